# Probe messages for tests/fluent_conformance.rs: every Fluent feature a
# translator may use, rendered by Redress's resolver and by fluent-bundle,
# which must agree.

-brand = Redress
    .gender = neuter
-council = { $case ->
   *[nominative] the council
    [genitive] the council's
}
-stage = Stage { $number }

plain = Just text
variable = Hello { $name }, welcome
alone = { $name }
nested-placeable = Before {{ $name }} after
multiline = First line
    second line { $name }
    third line

## Literals
number-literal = { 1.50 } and { -3 } and { 1000000 } and { 0.125 }
string-literal = A { "quoted" } word, { "\u00E9" } and { "\U01F600" }

## Numbers
number-default = { $n } items
number-options = { NUMBER($n, useGrouping: "false") }, { NUMBER($n, minimumFractionDigits: 2) }, { NUMBER($n, maximumFractionDigits: 0) }, { NUMBER($n, minimumIntegerDigits: 3) }
number-significant = { NUMBER($n, maximumSignificantDigits: 2) } and { NUMBER($n, minimumSignificantDigits: 3) }
number-chained = { NUMBER(NUMBER($n, minimumFractionDigits: 2), useGrouping: "false") }
number-of-literal = { NUMBER(12345, useGrouping: "false") }
number-unknown-option = { NUMBER($n, style: "percent", colour: "blue") }

## Selection
plural = { $n ->
    [0] none
    [one] one item
   *[other] { $n } items
}
plural-fraction = { NUMBER($n, minimumFractionDigits: 1) ->
    [one] one
   *[other] other { NUMBER($n, minimumFractionDigits: 1) }
}
ordinal = { NUMBER($n, type: "ordinal") ->
    [one] { $n }st
    [two] { $n }nd
    [few] { $n }rd
   *[other] { $n }th
}
category-before-number = { $n ->
    [one] the category
    [1] the number
   *[other] other
}
number-before-category = { $n ->
    [1] the number
    [one] the category
   *[other] other
}
string-select = { $kind ->
    [complaint] a complaint
    [compliment] a compliment
   *[other] feedback
}
literal-select = { 1 ->
    [one] literal one
   *[other] literal other
}
string-literal-select = { "b" ->
    [a] chose a
   *[b] chose b
}
select-in-select = { $n ->
    [one] { $kind ->
        [complaint] one complaint
       *[other] one thing
    }
   *[other] many
}
missing-variable-select = { $absent ->
    [a] chose a
   *[b] chose b
}
default-in-middle = { $kind ->
    [a] chose a
   *[b] chose b
    [c] chose c
}

## Dates
date-default = By { $date }.
date-parts = { DATETIME($date, day: "numeric", month: "long") } / { DATETIME($date, weekday: "short") } / { DATETIME($date, dateStyle: "short") } / { DATETIME($date, month: "2-digit", year: "2-digit", day: "2-digit") }
date-ignored-option = { DATETIME($date, timeZone: "Pacific/Kiritimati", day: "numeric", month: "long") }
date-no-options = { DATETIME($date) }
wrong-kind = { NUMBER($date) } and { DATETIME($n) } and { NUMBER($name) }
unknown-function = { UPPER($name) }

## Terms
term = Made by { -brand }.
term-attribute = { -brand.gender ->
    [neuter] it
   *[other] they
}
term-args = Ask { -council(case: "genitive") } office
term-number-arg = Go to { -stage(number: 2) }.
term-no-leak = { -stage } for { $name }
missing-term = { -nothing } and { -brand.nothing }

## Message references
message-ref = { plain } then { variable }
message-attr-ref = { with-attrs.label }
with-attrs = Value
    .label = Label { $name }
    .title = Title
only-attrs =
    .label = Only an attribute
ref-only-attrs = { only-attrs }
missing-ref = { nothing } and { plain.nothing }
cycle = { cycle }
cycle-a = a { cycle-b }
cycle-b = b { cycle-a }
duplicate = the first
duplicate = the second
