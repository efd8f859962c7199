# Probe: Arabic's six plural categories, and ordinals.
items = { $n ->
    [zero] لا عناصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $n } عناصر
    [many] { $n } عنصرًا
   *[other] { $n } عنصر
}
days = خلال { NUMBER($n, minimumFractionDigits: 1) } يوم
rank = { NUMBER($n, type: "ordinal") ->
   *[other] المرتبة { $n }
}
