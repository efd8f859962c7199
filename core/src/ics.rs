//! A calendar file (iCalendar, RFC 5545) of a complaint's key dates, so a
//! person can put "we will reply by" in their own calendar.
//!
//! ```
//! use redress_core::ics::{calendar, CalendarEvent};
//!
//! let events = [CalendarEvent {
//!     uid: "stage1-response.RDX-0000-0000@redress".into(),
//!     date: "2026-12-04".parse().unwrap(),
//!     summary: "Reply due, complaint RDX-0000-0000".into(),
//!     description: "From the council; call 0113 496 0000.".into(),
//! }];
//! let file = calendar(&events, "20261120T164500Z");
//! assert!(file.contains("DTSTART;VALUE=DATE:20261204\r\n"));
//! assert!(file.ends_with("END:VCALENDAR\r\n"));
//! ```

use crate::date::Date;

/// One all-day event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Globally unique and stable, so importing the file twice updates
    /// rather than duplicates.
    pub uid: String,
    /// The day.
    pub date: Date,
    /// The title, in the person's language.
    pub summary: String,
    /// More detail, in the person's language.
    pub description: String,
}

/// Escapes TEXT as RFC 5545 section 3.3.11 requires: backslash, semicolon,
/// comma and newlines. Other control characters are dropped: they have no
/// place in a calendar and some readers choke on them.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' | '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (RFC 5545 section 3.1), never inside a
/// UTF-8 character, ending every physical line with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        let size = c.len_utf8();
        if width + size > 75 {
            out.push_str("\r\n ");
            // The leading space of a continuation counts towards its 75.
            width = 1;
        }
        out.push(c);
        width += size;
    }
    out.push_str("\r\n");
    out
}

fn compact(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// The whole file. `stamp_utc` is when it was made, as `YYYYMMDDTHHMMSSZ`.
pub fn calendar(events: &[CalendarEvent], stamp_utc: &str) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Redress//Complaint dates//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    for event in events {
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", escape_text(&event.uid)),
            format!("DTSTAMP:{}", escape_text(stamp_utc)),
            format!("DTSTART;VALUE=DATE:{}", compact(event.date)),
            format!("DTEND;VALUE=DATE:{}", compact(event.date.add_days(1))),
            format!("SUMMARY:{}", escape_text(&event.summary)),
            format!("DESCRIPTION:{}", escape_text(&event.description)),
            "TRANSP:TRANSPARENT".to_owned(),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|line| fold(line)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn unfold(text: &str) -> String {
        text.replace("\r\n ", "")
    }

    #[test]
    fn escapes_what_rfc_5545_requires() {
        assert_eq!(escape_text("a;b,c\\d\ne\r\nf"), "a\\;b\\,c\\\\d\\ne\\nf");
        assert_eq!(escape_text("<script>\u{7}"), "<script>");
        assert_eq!(escape_text("\u{202E}ردو"), "\u{202E}ردو");
    }

    #[test]
    fn folds_long_lines_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "ਪੰਜਾਬੀ".repeat(20));
        let folded = fold(&line);
        for physical in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        assert_eq!(unfold(&folded), format!("{line}\r\n"));
    }

    #[test]
    fn an_event_is_an_all_day_event_on_its_date() {
        let event = CalendarEvent {
            uid: "a@redress".into(),
            date: "2026-12-31".parse().unwrap(),
            summary: "Reply due".into(),
            description: "Complaint, ref; x".into(),
        };
        let file = calendar(&[event], "20261120T164500Z");
        assert!(file.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"));
        assert!(file.contains("DESCRIPTION:Complaint\\, ref\\; x\r\n"));
        assert!(file.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert_eq!(file.matches("BEGIN:VEVENT").count(), 1);
    }

    proptest! {
        #[test]
        fn any_text_stays_one_property_line(text in "\\PC{0,300}") {
            let event = CalendarEvent {
                uid: "u".into(),
                date: "2026-01-01".parse().unwrap(),
                summary: text.clone(),
                description: text,
            };
            let file = calendar(&[event], "20260101T000000Z");
            for physical in file.split("\r\n").filter(|l| !l.is_empty()) {
                prop_assert!(physical.len() <= 75);
            }
            let unfolded = unfold(&file);
            let summary = unfolded.lines().find(|l| l.starts_with("SUMMARY:")).unwrap();
            prop_assert!(!summary.contains('\n'));
            prop_assert_eq!(unfolded.matches("\r\nEND:VEVENT").count(), 1);
        }
    }
}
