# Probe: Welsh cardinals and ordinals, which have six categories each.
items = { $n ->
    [zero] dim eitemau
    [one] { $n } eitem
    [two] { $n } eitem (dau)
    [few] { $n } eitem (tri)
    [many] { $n } eitem (chwech)
   *[other] { $n } eitem (arall)
}
rank = { NUMBER($n, type: "ordinal") ->
    [zero] { $n }fed
    [one] { $n }af
    [two] { $n }ail
    [few] { $n }ydd
    [many] { $n }ed
   *[other] { $n }fed
}
