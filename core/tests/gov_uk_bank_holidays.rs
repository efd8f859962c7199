//! The bank-holiday generator against GOV.UK's published list, every division
//! and every year the fixture covers: the same days off, with the same titles.

use redress_core::calendar::Division;
use std::collections::BTreeMap;

const FIXTURE: &str = include_str!("fixtures/gov-uk-bank-holidays.csv");

/// Where GOV.UK's own titles disagree with each other. In 2012 and 2017, years
/// when 1 January was a Sunday, GOV.UK lists Scotland's Monday as "2nd January"
/// and New Year's Day's substitute on the Tuesday, as the 1971 Act reads; for
/// 2023, the same pattern, it swaps the two titles. The dates agree; the
/// generator keeps the Act's reading.
const TITLES_GOV_UK_CONTRADICTS: &[(&str, &str)] =
    &[("scotland", "2023-01-02"), ("scotland", "2023-01-03")];

/// (division, year) -> [(date, title)] from the fixture.
fn published() -> BTreeMap<(String, i32), Vec<(String, String)>> {
    let mut years: BTreeMap<(String, i32), Vec<(String, String)>> = BTreeMap::new();
    for line in FIXTURE
        .lines()
        .filter(|line| !line.starts_with('#'))
        .skip(1)
    {
        let mut fields = line.splitn(3, ',');
        let (division, date, title) = (
            fields.next().unwrap(),
            fields.next().unwrap(),
            fields.next().unwrap(),
        );
        let year: i32 = date[..4].parse().unwrap();
        years
            .entry((division.to_owned(), year))
            .or_default()
            .push((date.to_owned(), title.to_owned()));
    }
    years
}

#[test]
fn the_fixture_covers_every_division_from_2012_to_2027() {
    let years = published();
    for division in Division::ALL {
        for year in 2012..=2027 {
            assert!(
                years.contains_key(&(division.id().to_owned(), year)),
                "{division} {year}"
            );
        }
    }
    assert_eq!(years.len(), 3 * 16);
}

#[test]
fn generated_bank_holidays_match_gov_uk() {
    for ((division, year), expected) in published() {
        let generated: Vec<(String, String)> = division
            .parse::<Division>()
            .unwrap()
            .bank_holidays(year)
            .into_iter()
            .map(|holiday| (holiday.date.to_string(), holiday.title))
            .collect();
        let dates = |list: &[(String, String)]| -> Vec<String> {
            list.iter().map(|(date, _)| date.clone()).collect()
        };
        assert_eq!(dates(&generated), dates(&expected), "{division} {year}");
        for ((date, title), (_, published_title)) in generated.iter().zip(&expected) {
            if !TITLES_GOV_UK_CONTRADICTS.contains(&(division.as_str(), date.as_str())) {
                assert_eq!(title, published_title, "{division} {date}");
            }
        }
    }
}

#[test]
fn the_contradicted_titles_really_are_swapped() {
    // Guards the exception list: it must name only GOV.UK's 2023 swap.
    let generated = Division::Scotland.bank_holidays(2023);
    assert_eq!(generated[0].title, "2nd January");
    assert_eq!(generated[1].title, "New Year’s Day");
    let published = &published()[&("scotland".to_owned(), 2023)];
    assert_eq!(published[0].1, "New Year’s Day");
    assert_eq!(published[1].1, "2nd January");
}
