# Probe: a file with syntax errors among valid entries. The entries around
# them must still render, as fluent-bundle renders them.
before = Cyn y gwall { $name }
broken = { $name
after = Ar ôl y gwall
-term = Tymor
    .attr = { 
uses-term = { -term }
also-broken = { -term.attr -> }
last = Yr olaf { 2 }
