//! Checking what a person typed or chose, with errors a page can show.
//!
//! Every error names the field it belongs to (the id of its input, so the
//! error summary can link to it) and a Fluent message id saying what to do.

use serde::Serialize;

use crate::date::{Date, YearMonth};
use crate::timeline::ApproximateDate;

/// One thing to fix on a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The id of the field's input (or of the first input of a group).
    pub field: &'static str,
    /// The Fluent message id of the error text.
    pub message: &'static str,
    /// The most characters the field takes, for an error that says so (its
    /// message's `$max`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<usize>,
}

impl FieldError {
    /// An error on `field` with message `message`.
    pub const fn new(field: &'static str, message: &'static str) -> FieldError {
        FieldError {
            field,
            message,
            limit: None,
        }
    }

    /// This error, saying the field takes at most `limit` characters.
    const fn over(self, limit: usize) -> FieldError {
        FieldError {
            limit: Some(limit),
            ..self
        }
    }
}

/// The most characters a free-text answer may have, counted as a person
/// counts them (Unicode scalar values, not bytes).
pub const LONG_TEXT_LIMIT: usize = 5000;

/// The most characters a one-line answer (a name, a service) may have.
pub const SHORT_TEXT_LIMIT: usize = 200;

/// The most characters of an earlier complaint's reference: ours are 13, a
/// council's own are rarely more than 20.
pub const REFERENCE_LIMIT: usize = 40;

/// The number of characters in `text` as the character count shows it.
///
/// ```
/// assert_eq!(redress_core::validate::char_count("café"), 4);
/// ```
pub fn char_count(text: &str) -> usize {
    text.chars().count()
}

/// A required choice: the value, or `error` if nothing was chosen.
pub fn choice<T>(value: Option<T>, error: FieldError) -> Result<T, FieldError> {
    value.ok_or(error)
}

/// Required text: trimmed, not empty, at most `limit` characters. Text over
/// the limit is refused with `too_long`, saying the limit, but never cut:
/// the page keeps it.
///
/// ```
/// use redress_core::validate::{text, FieldError};
/// let empty = FieldError::new("service", "service-error-empty");
/// let long = FieldError::new("service", "service-error-too-long");
/// assert_eq!(text("  Libraries ", 200, empty, long), Ok("Libraries".to_string()));
/// assert_eq!(text("   ", 200, empty, long), Err(empty));
/// let refused = text(&"x".repeat(201), 200, empty, long).unwrap_err();
/// assert_eq!((refused.message, refused.limit), (long.message, Some(200)));
/// ```
pub fn text(
    input: &str,
    limit: usize,
    empty: FieldError,
    too_long: FieldError,
) -> Result<String, FieldError> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        Err(empty)
    } else if char_count(trimmed) > limit {
        Err(too_long.over(limit))
    } else {
        Ok(trimmed.to_owned())
    }
}

/// Optional text: trimmed, possibly empty, at most `limit` characters.
pub fn optional_text(
    input: &str,
    limit: usize,
    too_long: FieldError,
) -> Result<String, FieldError> {
    let trimmed = input.trim();
    if char_count(trimmed) > limit {
        Err(too_long.over(limit))
    } else {
        Ok(trimmed.to_owned())
    }
}

/// A reference the council gave: optional text, at most
/// [`REFERENCE_LIMIT`] characters, with its digits written in ASCII
/// ([`ascii_digits`]), as staff search their systems by it.
///
/// ```
/// use redress_core::validate::{reference, FieldError};
/// let too_long = FieldError::new("reference", "too-long");
/// assert_eq!(reference(" CMP-١٢٣٤ ", too_long), Ok("CMP-1234".to_string()));
/// ```
pub fn reference(input: &str, too_long: FieldError) -> Result<String, FieldError> {
    optional_text(&ascii_digits(input), REFERENCE_LIMIT, too_long)
}

/// Collects the errors of several fields: `Ok` only if every field is.
pub fn all(
    results: impl IntoIterator<Item = Result<(), FieldError>>,
) -> Result<(), Vec<FieldError>> {
    let errors: Vec<FieldError> = results.into_iter().filter_map(Result::err).collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The zero of each decimal digit script people may type numbers in beside
/// ASCII, in the languages Redress ships or that keyboards offer them:
/// Arabic-Indic (Arabic), Extended Arabic-Indic (Urdu, Persian), Devanagari,
/// Bengali and Gurmukhi (Punjabi). Each script's digits follow its zero.
const DIGIT_ZEROS: [char; 5] = ['\u{0660}', '\u{06F0}', '\u{0966}', '\u{09E6}', '\u{0A66}'];

/// `text` as staff's systems read it: the digits of every script in
/// [`DIGIT_ZEROS`] as ASCII digits, and full-width forms (`１２`, `＋`,
/// `（`, `Ａ`, as Chinese, Japanese and Korean keyboards type them) as
/// their ASCII characters. Everything else is kept.
///
/// ```
/// use redress_core::validate::ascii_digits;
/// assert_eq!(ascii_digits("২৭ ৩ ২০২৫"), "27 3 2025");
/// assert_eq!(ascii_digits("٢٧/٣"), "27/3");
/// assert_eq!(ascii_digits("＋４４ ７７００"), "+44 7700");
/// assert_eq!(ascii_digits("Flat ৩, Ωmega"), "Flat 3, Ωmega");
/// ```
pub fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| {
            let code = u32::from(c);
            if (0xFF01..=0xFF5E).contains(&code) {
                // The full-width block mirrors ASCII from `!` to `~`.
                return char::from_u32(code - 0xFF01 + 0x21).unwrap_or(c);
            }
            DIGIT_ZEROS
                .iter()
                .find_map(|&zero| {
                    let digit = code.checked_sub(u32::from(zero))?;
                    char::from_digit(digit, 10)
                })
                .unwrap_or(c)
        })
        .collect()
}

/// What is wrong with a date typed as day, month and year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateProblem {
    /// A day was given but no month.
    MissingMonth,
    /// No year, or not four digits.
    MissingYear,
    /// Parts that are not numbers, or no such day (31 February).
    NotReal,
    /// Later than today.
    InFuture,
}

impl DateProblem {
    /// Which of the three inputs to point the person at.
    pub const fn part(self) -> DatePart {
        match self {
            DateProblem::MissingMonth => DatePart::Month,
            DateProblem::MissingYear => DatePart::Year,
            DateProblem::NotReal | DateProblem::InFuture => DatePart::Day,
        }
    }
}

/// One of the three inputs of a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    /// The day of the month.
    Day,
    /// The month, 1 to 12.
    Month,
    /// The year, four digits.
    Year,
}

/// Reads a date typed in three boxes where the day may be left out: an exact
/// date, a month and year, or nothing at all (`Ok(None)`). Spaces are
/// ignored, and digits may be in any script [`ascii_digits`] reads; the
/// date must not be after `today`.
///
/// ```
/// use redress_core::validate::{approximate_date, DateProblem};
/// let today = "2026-11-20".parse().unwrap();
/// assert_eq!(approximate_date("", "3", "2026", today), Ok(Some("2026-03".parse().unwrap())));
/// assert_eq!(approximate_date(" 5", "03 ", "2026", today), Ok(Some("2026-03-05".parse().unwrap())));
/// assert_eq!(approximate_date("", "", "", today), Ok(None));
/// assert_eq!(approximate_date("৫", "৩", "২০২৬", today), Ok(Some("2026-03-05".parse().unwrap())));
/// assert_eq!(approximate_date("31", "2", "2026", today), Err(DateProblem::NotReal));
/// assert_eq!(approximate_date("", "12", "2026", today), Err(DateProblem::InFuture));
/// ```
pub fn approximate_date(
    day: &str,
    month: &str,
    year: &str,
    today: Date,
) -> Result<Option<ApproximateDate>, DateProblem> {
    let clean = |text: &str| -> String {
        ascii_digits(text)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect()
    };
    let (day, month, year) = (clean(day), clean(month), clean(year));
    if day.is_empty() && month.is_empty() && year.is_empty() {
        return Ok(None);
    }
    if month.is_empty() {
        return Err(DateProblem::MissingMonth);
    }
    if year.len() != 4 {
        return Err(DateProblem::MissingYear);
    }
    let number = |text: &str| -> Result<u32, DateProblem> {
        if text.is_empty() || text.len() > 4 || !text.chars().all(|c| c.is_ascii_digit()) {
            Err(DateProblem::NotReal)
        } else {
            text.parse().map_err(|_| DateProblem::NotReal)
        }
    };
    let (month, year) = (number(&month)?, number(&year)? as i32);
    let date = if day.is_empty() {
        let month = YearMonth::new(year, month).map_err(|_| DateProblem::NotReal)?;
        if month.first_day() > today {
            return Err(DateProblem::InFuture);
        }
        ApproximateDate::Month(month)
    } else {
        let date = Date::new(year, month, number(&day)?).map_err(|_| DateProblem::NotReal)?;
        if date > today {
            return Err(DateProblem::InFuture);
        }
        ApproximateDate::Exact(date)
    };
    Ok(Some(date))
}

/// An email address as people type it: trimmed, with one `@`, something
/// before it and a domain with a dot after it, and no spaces. Deliberately
/// lenient: the only real check of an address is a reply reaching it.
///
/// ```
/// use redress_core::validate::email;
/// assert_eq!(email(" Ann.Lee+council@Example.org "), Some("Ann.Lee+council@Example.org".to_string()));
/// assert_eq!(email("ann@localhost"), None);
/// assert_eq!(email("ann lee@example.org"), None);
/// ```
pub fn email(input: &str) -> Option<String> {
    let address = input.trim();
    let (local, domain) = address.rsplit_once('@')?;
    let labels_ok = domain
        .split('.')
        .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'));
    let ok = !local.is_empty()
        && !local.contains('@')
        && domain.contains('.')
        && labels_ok
        && address.len() <= 254
        && !address.chars().any(|c| c.is_whitespace() || c.is_control());
    ok.then(|| address.to_owned())
}

/// A phone number as people type it, in the form staff can dial: UK numbers
/// (`01226 770770`, `(01226) 770-770`, `+44 1226 770770`, `0044…`) become
/// national digits (`01226770770`); other countries' numbers keep their
/// `+` and country code. Digits may be in any script [`ascii_digits`]
/// reads.
///
/// ```
/// use redress_core::validate::phone;
/// assert_eq!(phone("+44 (0)1226 770770").as_deref(), Some("01226770770"));
/// assert_eq!(phone("07700 900 123").as_deref(), Some("07700900123"));
/// assert_eq!(phone("+48 22 123 45 67").as_deref(), Some("+48221234567"));
/// assert_eq!(phone("০৭৭০০ ৯০০ ১২৩").as_deref(), Some("07700900123"));
/// assert_eq!(phone("12345"), None);
/// ```
pub fn phone(input: &str) -> Option<String> {
    let mut text: String = ascii_digits(input)
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.' | '(' | ')'))
        .collect();
    if let Some(rest) = text.strip_prefix("00") {
        text = format!("+{rest}");
    }
    // "+44 (0)1226": the bracketed trunk 0 is dropped with the brackets' contents kept.
    if let Some(rest) = text.strip_prefix("+440") {
        text = format!("+44{rest}");
    }
    if let Some(rest) = text.strip_prefix("+44") {
        text = format!("0{rest}");
    }
    let digits = text.trim_start_matches('+');
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let uk = text.starts_with('0') && matches!(text.len(), 10 | 11) && !text.starts_with("00");
    let international = text.starts_with('+') && (8..=15).contains(&digits.len());
    (uk || international).then_some(text)
}

/// A UK postcode as people type it (any case, any spacing, digits in any
/// script [`ascii_digits`] reads), written the standard way (`S70 2TA`),
/// or `None` if it cannot be one.
///
/// ```
/// use redress_core::validate::postcode;
/// assert_eq!(postcode("s702ta").as_deref(), Some("S70 2TA"));
/// assert_eq!(postcode(" sw1a  1aa ").as_deref(), Some("SW1A 1AA"));
/// assert_eq!(postcode("12345"), None);
/// ```
pub fn postcode(input: &str) -> Option<String> {
    let compact: String = ascii_digits(input)
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if !(5..=7).contains(&compact.len()) || !compact.is_ascii() {
        return None;
    }
    let (outward, inward) = compact.split_at(compact.len() - 3);
    let inward_ok = {
        let b = inward.as_bytes();
        b[0].is_ascii_digit() && b[1].is_ascii_alphabetic() && b[2].is_ascii_alphabetic()
    };
    // Outward code: a letter or two, a digit, then an optional digit or letter.
    let o = outward.as_bytes();
    let letters = o.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let outward_ok = (1..=2).contains(&letters)
        && o.len() > letters
        && o[letters].is_ascii_digit()
        && o.len() - letters <= 2
        && o[letters..].iter().all(|c| c.is_ascii_alphanumeric());
    (inward_ok && outward_ok).then(|| format!("{outward} {inward}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const EMPTY: FieldError = FieldError::new("f", "empty");
    const LONG: FieldError = FieldError::new("f", "long");

    #[test]
    fn counts_characters_not_bytes() {
        assert_eq!(char_count("ਪੰਜਾਬੀ"), 6);
        assert_eq!(char_count("اردو"), 4);
        assert_eq!(char_count(""), 0);
    }

    #[test]
    fn the_limit_itself_is_allowed() {
        assert!(text(&"é".repeat(10), 10, EMPTY, LONG).is_ok());
        // The error says what the limit is.
        let over = FieldError {
            limit: Some(10),
            ..LONG
        };
        assert_eq!(text(&"é".repeat(11), 10, EMPTY, LONG), Err(over));
        assert_eq!(text("  ", 10, EMPTY, LONG), Err(EMPTY));
        assert_eq!(optional_text("", 10, LONG), Ok(String::new()));
        assert_eq!(optional_text(&"a".repeat(11), 10, LONG), Err(over));
        assert_eq!(optional_text(&"é".repeat(10), 10, LONG), Ok("é".repeat(10)));
    }

    #[test]
    fn date_parts_are_plain_digits_of_at_most_four() {
        let today: Date = "2026-11-20".parse().unwrap();
        for (day, month) in [("+5", "3"), ("5", "+3"), ("00005", "3"), ("5", "00003")] {
            assert_eq!(
                approximate_date(day, month, "2026", today),
                Err(DateProblem::NotReal),
                "{day}/{month}"
            );
        }
        assert_eq!(
            approximate_date("0005", "0003", "2026", today),
            Ok(Some(ApproximateDate::Exact("2026-03-05".parse().unwrap())))
        );
    }

    #[test]
    fn this_month_is_not_in_the_future_even_on_its_first_day() {
        let first: Date = "2026-11-01".parse().unwrap();
        assert_eq!(
            approximate_date("", "11", "2026", first),
            Ok(Some(ApproximateDate::Month("2026-11".parse().unwrap())))
        );
        assert_eq!(
            approximate_date("", "12", "2026", first),
            Err(DateProblem::InFuture)
        );
    }

    #[test]
    fn phone_numbers_are_digits_only() {
        assert_eq!(phone("01226 77077x"), None);
        assert_eq!(phone("+"), None);
        assert_eq!(phone("01226 770770").as_deref(), Some("01226770770"));
    }

    #[test]
    fn an_outward_code_needs_its_digit() {
        assert_eq!(postcode("AB 1AA"), None);
        assert_eq!(postcode("A 1AA"), None);
        assert_eq!(postcode("A1 1AA").as_deref(), Some("A1 1AA"));
    }

    #[test]
    fn collects_every_error() {
        assert_eq!(all([Ok(()), Err(EMPTY), Err(LONG)]), Err(vec![EMPTY, LONG]));
        assert_eq!(all([Ok(()), Ok(())]), Ok(()));
    }

    #[test]
    fn dates_need_a_month_and_a_four_digit_year_and_must_be_real() {
        let today: Date = "2026-11-20".parse().unwrap();
        let read = |d, m, y| approximate_date(d, m, y, today);
        assert_eq!(read("4", "", "2026"), Err(DateProblem::MissingMonth));
        assert_eq!(read("", "4", ""), Err(DateProblem::MissingYear));
        assert_eq!(read("", "4", "26"), Err(DateProblem::MissingYear));
        assert_eq!(read("", "13", "2026"), Err(DateProblem::NotReal));
        assert_eq!(read("x", "4", "2026"), Err(DateProblem::NotReal));
        assert_eq!(read("-1", "4", "2026"), Err(DateProblem::NotReal));
        assert_eq!(
            read("29", "2", "2024"),
            Ok(Some("2024-02-29".parse().unwrap()))
        );
        assert_eq!(read("29", "2", "2025"), Err(DateProblem::NotReal));
        assert_eq!(read("21", "11", "2026"), Err(DateProblem::InFuture));
        assert!(read("20", "11", "2026").unwrap().is_some());
        assert!(read("", "11", "2026").unwrap().is_some());
        assert_eq!(DateProblem::MissingYear.part(), DatePart::Year);
    }

    #[test]
    fn accepts_real_email_addresses_and_refuses_others() {
        for good in [
            "a@b.co",
            "first.last@council.gov.uk",
            "o'neil@example.org",
            "名前@例え.jp",
        ] {
            assert!(email(good).is_some(), "{good}");
        }
        for bad in [
            "",
            "@example.org",
            "a@",
            "a@b",
            "a@.org",
            "a@b..org",
            "a b@c.org",
            "a@-b.org",
        ] {
            assert_eq!(email(bad), None, "{bad}");
        }
    }

    #[test]
    fn accepts_uk_phone_numbers_in_every_common_form() {
        for (typed, dialled) in [
            ("01226 770770", "01226770770"),
            ("(01226) 770-770", "01226770770"),
            ("+44 1226 770770", "01226770770"),
            ("0044 1226 770770", "01226770770"),
            ("+44 (0)20 7946 0000", "02079460000"),
            ("07700 900123", "07700900123"),
            ("0800 123 4567", "08001234567"),
            ("+353 1 234 5678", "+35312345678"),
        ] {
            assert_eq!(phone(typed).as_deref(), Some(dialled), "{typed}");
        }
        for bad in [
            "",
            "999",
            "012267707",
            "1226770770",
            "phone me",
            "+44",
            "0122677077012",
        ] {
            assert_eq!(phone(bad), None, "{bad}");
        }
    }

    #[test]
    fn accepts_every_shape_of_uk_postcode() {
        for (typed, written) in [
            ("M1 1AE", "M1 1AE"),
            ("b338th", "B33 8TH"),
            ("CR2 6XH", "CR2 6XH"),
            ("dn551pt", "DN55 1PT"),
            ("W1A 0AX", "W1A 0AX"),
            ("ec1a 1bb", "EC1A 1BB"),
        ] {
            assert_eq!(postcode(typed).as_deref(), Some(written), "{typed}");
        }
        for bad in [
            "", "S70", "S70 2T", "70 2TA", "S70 TTA", "SSS7 2TA", "S70-2TA",
        ] {
            assert_eq!(postcode(bad), None, "{bad}");
        }
    }

    /// `ascii` (ASCII digits and anything else) with its digits written in
    /// the script whose zero is `zero`.
    fn in_script(ascii: &str, zero: char) -> String {
        ascii
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(u32::from(zero) + d).unwrap(),
                None => c,
            })
            .collect()
    }

    /// Every script a person may type digits in: ASCII, the five of
    /// [`DIGIT_ZEROS`], and full-width.
    const EVERY_ZERO: [char; 7] = ['0', '٠', '۰', '०', '০', '੦', '０'];

    #[test]
    fn each_script_s_digits_are_read_as_ascii() {
        // Each script in full, as Unicode lists it.
        for (digits, script) in [
            ("٠١٢٣٤٥٦٧٨٩", "Arabic-Indic"),
            ("۰۱۲۳۴۵۶۷۸۹", "Extended Arabic-Indic"),
            ("०१२३४५६७८९", "Devanagari"),
            ("০১২৩৪৫৬৭৮৯", "Bengali"),
            ("੦੧੨੩੪੫੬੭੮੯", "Gurmukhi"),
            ("０１２３４５６７８９", "full-width"),
        ] {
            assert_eq!(ascii_digits(digits), "0123456789", "{script}");
        }
        // The characters either side of each script's digits are kept.
        for zero in DIGIT_ZEROS {
            let before = char::from_u32(u32::from(zero) - 1).unwrap();
            let after = char::from_u32(u32::from(zero) + 10).unwrap();
            let text = format!("{before}{after}");
            assert_eq!(ascii_digits(&text), text);
        }
        assert_eq!(ascii_digits("\u{FF00}\u{FF5F}"), "\u{FF00}\u{FF5F}");
        assert_eq!(ascii_digits("＋（）－ＡＺａｚ～！"), "+()-AZaz~!");
    }

    #[test]
    fn dates_phone_numbers_postcodes_and_references_in_every_script() {
        let today: Date = "2026-11-20".parse().unwrap();
        for zero in EVERY_ZERO {
            let typed = |ascii: &str| in_script(ascii, zero);
            assert_eq!(
                approximate_date(&typed("27"), &typed("3"), &typed("2025"), today),
                Ok(Some(ApproximateDate::Exact("2025-03-27".parse().unwrap()))),
                "{zero}"
            );
            assert_eq!(
                approximate_date("", &typed("12"), &typed("2026"), today),
                Err(DateProblem::InFuture),
                "{zero}"
            );
            assert_eq!(
                phone(&typed("07700 900 123")).as_deref(),
                Some("07700900123")
            );
            assert_eq!(
                phone(&typed("+44 1226 770770")).as_deref(),
                Some("01226770770")
            );
            assert_eq!(postcode(&typed("s70 2ta")).as_deref(), Some("S70 2TA"));
            assert_eq!(
                reference(&typed(" 2026/417 "), LONG),
                Ok("2026/417".to_owned())
            );
        }
    }

    proptest! {
        #[test]
        fn ascii_digits_is_idempotent_and_keeps_the_length(input in "\\PC{0,30}") {
            let ascii = ascii_digits(&input);
            prop_assert_eq!(ascii_digits(&ascii), ascii.clone());
            prop_assert_eq!(ascii.chars().count(), input.chars().count());
        }

        #[test]
        fn a_date_reads_the_same_in_every_script(
            day in 1u32..=28, month in 1u32..=12, year in 1950i32..=2026, zero in 0usize..7,
        ) {
            let today: Date = "2026-11-20".parse().unwrap();
            let zero = EVERY_ZERO[zero];
            let (d, m, y) = (day.to_string(), month.to_string(), year.to_string());
            prop_assert_eq!(
                approximate_date(&in_script(&d, zero), &in_script(&m, zero), &in_script(&y, zero), today),
                approximate_date(&d, &m, &y, today)
            );
            prop_assert_eq!(
                approximate_date("", &in_script(&m, zero), &in_script(&y, zero), today),
                approximate_date("", &m, &y, today)
            );
        }

        #[test]
        fn a_phone_number_reads_the_same_in_every_script(
            number in "(\\+44 ?|0)[1-9][0-9]{3} ?[0-9]{6}|\\+[1-9][0-9]{7,13}", zero in 0usize..7,
        ) {
            prop_assert_eq!(phone(&in_script(&number, EVERY_ZERO[zero])), phone(&number));
        }

        #[test]
        fn contact_validators_never_panic_and_are_idempotent(input in "\\PC{0,30}") {
            if let Some(address) = email(&input) {
                prop_assert_eq!(email(&address), Some(address.clone()));
            }
            if let Some(number) = phone(&input) {
                prop_assert_eq!(phone(&number), Some(number.clone()));
            }
            if let Some(code) = postcode(&input) {
                prop_assert_eq!(postcode(&code), Some(code.clone()));
            }
        }


        #[test]
        fn reading_a_date_never_panics(day in "\\PC{0,6}", month in "\\PC{0,6}", year in "\\PC{0,6}") {
            let today: Date = "2026-11-20".parse().unwrap();
            if let Ok(Some(ApproximateDate::Exact(date))) = approximate_date(&day, &month, &year, today) {
                prop_assert!(date <= today);
            }
        }


        #[test]
        fn accepted_text_is_trimmed_non_empty_and_within_the_limit(input in "\\PC{0,40}", limit in 1usize..30) {
            match text(&input, limit, EMPTY, LONG) {
                Ok(value) => {
                    prop_assert_eq!(value.trim(), value.as_str());
                    prop_assert!(!value.is_empty());
                    prop_assert!(char_count(&value) <= limit);
                }
                Err(error) if error == EMPTY => prop_assert!(input.trim().is_empty()),
                Err(_) => prop_assert!(char_count(input.trim()) > limit),
            }
        }
    }
}
