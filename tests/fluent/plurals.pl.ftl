# Probe: Polish plurals (one, few, many, other) and a fraction.
days = { $n ->
    [one] { $n } dzień roboczy
    [few] { $n } dni robocze
    [many] { $n } dni roboczych
   *[other] { $n } dnia roboczego
}
