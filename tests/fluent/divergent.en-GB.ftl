# Probe: where fluent-bundle 0.16 departs from the Fluent specification and
# fluent.js, which Redress follows: an exact number key matches a number of
# that value whatever its options (fluent-bundle also compares the options, a
# key's fraction digits among them, so these keys never match there). tests/fluent_conformance.rs says what
# each message must give.
exact-with-options = { NUMBER($n, minimumFractionDigits: 2) ->
    [1] exactly one
   *[other] other
}
ordinal-exact = { NUMBER($n, type: "ordinal") ->
    [1] first
    [one] { $n }st
   *[other] { $n }th
}
fraction-key = { $n ->
    [1.5] one and a half
   *[other] not
}
