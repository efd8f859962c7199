//! A council's brand colour, focus colour and font, checked before use. A
//! colour that would fail WCAG 2.2 AA contrast where the wizard uses it is
//! refused with a warning, and the default kept: a theme can never make the
//! wizard harder to read.

use std::fmt;
use std::str::FromStr;

use serde::Deserialize;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colour {
    /// Red, 0 to 255.
    pub red: u8,
    /// Green, 0 to 255.
    pub green: u8,
    /// Blue, 0 to 255.
    pub blue: u8,
}

/// White: the text on the header's brand colour, and the page behind links.
pub const WHITE: Colour = Colour {
    red: 255,
    green: 255,
    blue: 255,
};

/// The wizard's text colour, also the text on the focus colour.
pub const TEXT: Colour = Colour {
    red: 0x0b,
    green: 0x0c,
    blue: 0x0c,
};

/// The contrast WCAG 2.2 AA asks of normal text (1.4.3).
pub const AA_TEXT: f64 = 4.5;

impl FromStr for Colour {
    type Err = ();

    /// `#rgb` or `#rrggbb`, in either case.
    fn from_str(text: &str) -> Result<Colour, ()> {
        let hex = text.trim().strip_prefix('#').ok_or(())?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(());
        }
        let digit = |i: usize, len: usize| u8::from_str_radix(&hex[i..i + len], 16).map_err(|_| ());
        match hex.len() {
            3 => Ok(Colour {
                red: digit(0, 1)? * 17,
                green: digit(1, 1)? * 17,
                blue: digit(2, 1)? * 17,
            }),
            6 => Ok(Colour {
                red: digit(0, 2)?,
                green: digit(2, 2)?,
                blue: digit(4, 2)?,
            }),
            _ => Err(()),
        }
    }
}

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.red, self.green, self.blue)
    }
}

impl Colour {
    /// Relative luminance (WCAG 2.2, "relative luminance").
    pub fn luminance(self) -> f64 {
        let channel = |value: u8| {
            let c = f64::from(value) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                power_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * channel(self.red) + 0.7152 * channel(self.green) + 0.0722 * channel(self.blue)
    }
}

/// `x` to the power 2.4, for `x` from 0 to 1: x² times the fifth root of
/// x², the root by Newton's method. `f64::powf` would bring libm's `pow`
/// into the wasm's first load, which applies the theme: 1.4 KB of code for
/// the few colours a theme has.
fn power_2_4(x: f64) -> f64 {
    let square = x * x;
    if square <= 0.0 {
        return 0.0;
    }
    // From 1, above the root of any number up to 1, each step comes down
    // towards it, until rounding stops it.
    let mut root = 1.0_f64;
    for _ in 0..100 {
        let next = (4.0 * root + square / (root * root * root * root)) / 5.0;
        if next >= root {
            break;
        }
        root = next;
    }
    square * root
}

/// The contrast ratio of two colours, from 1 to 21.
///
/// ```
/// use redress_core::theme::{contrast, Colour, WHITE};
///
/// let black: Colour = "#000".parse().unwrap();
/// assert_eq!((contrast(black, WHITE) * 10.0).round() / 10.0, 21.0);
/// let govuk_blue: Colour = "#1d70b8".parse().unwrap();
/// assert!(contrast(govuk_blue, WHITE) > 4.5);
/// ```
pub fn contrast(a: Colour, b: Colour) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

/// What a council may set, in its configuration's `theme`.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// The header's background and the colour of links: `#rrggbb`; must
    /// reach 4.5:1 against white.
    pub brand: Option<String>,
    /// The background of whatever has keyboard focus: `#rrggbb`; must reach
    /// 4.5:1 against the text colour (#0b0c0c).
    pub focus: Option<String>,
    /// A font stack, such as `"Source Sans 3", Arial, sans-serif`: fonts
    /// installed on the person's device (nothing is downloaded).
    pub font: Option<String>,
}

/// A theme setting refused, and why; the default is used instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    /// The setting, such as `theme.brand`.
    pub path: &'static str,
    /// Why, and what is accepted.
    pub message: String,
}

/// The CSS custom properties a theme sets, and the settings refused.
///
/// ```
/// use redress_core::theme::{Theme, apply};
///
/// let theme = Theme { brand: Some("#ffdd00".into()), focus: None, font: Some("Arial, sans-serif".into()) };
/// let (properties, refused) = apply(&theme);
/// assert_eq!(properties, vec![("--redress-font", "Arial, sans-serif".to_owned())]);
/// assert_eq!(refused[0].path, "theme.brand");
/// ```
pub fn apply(theme: &Theme) -> (Vec<(&'static str, String)>, Vec<Refused>) {
    let mut properties = Vec::new();
    let mut refused = Vec::new();
    let mut colour = |path: &'static str, value: &Option<String>, against: Colour, what: &str| {
        let value = value.as_deref()?;
        let Ok(colour) = value.parse::<Colour>() else {
            refused.push(Refused {
                path,
                message: format!(
                    "\"{value}\" is not a colour such as #1d70b8; the default is used"
                ),
            });
            return None;
        };
        let ratio = contrast(colour, against);
        if ratio < AA_TEXT {
            // Rounded down, so a ratio just under 4.5 never reads as 4.50;
            // written with whole numbers, which keeps float formatting out
            // of the wasm's first load.
            let hundredths = (ratio * 100.0).floor() as u32;
            refused.push(Refused {
                path,
                message: format!(
                    "{colour} has a contrast of {}.{:02}:1 against {what}, below the 4.5:1 WCAG 2.2 AA needs; the default is used",
                    hundredths / 100,
                    hundredths % 100
                ),
            });
            return None;
        }
        Some(colour.to_string())
    };
    if let Some(brand) = colour("theme.brand", &theme.brand, WHITE, "white text") {
        properties.push(("--redress-brand", brand.clone()));
        properties.push(("--redress-link", brand));
    }
    if let Some(focus) = colour("theme.focus", &theme.focus, TEXT, "the text colour #0b0c0c") {
        properties.push(("--redress-focus", focus));
    }
    if let Some(font) = theme.font.as_deref() {
        let safe = !font.trim().is_empty()
            && font.len() <= 200
            && font
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, ' ' | ',' | '-' | '"' | '\'' | '_'));
        if safe {
            properties.push(("--redress-font", font.trim().to_owned()));
        } else {
            refused.push(Refused {
                path: "theme.font",
                message: "must be a list of font names such as \"Source Sans 3\", Arial, sans-serif (letters, digits, spaces, quotes, hyphens and commas); the default is used".into(),
            });
        }
    }
    (properties, refused)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_power_of_a_channel_is_libms_to_the_last_digits() {
        for value in 0..=255u32 {
            let x = f64::from(value) / 255.0;
            let (ours, libm) = (power_2_4(x), x.powf(2.4));
            assert!(
                (ours - libm).abs() <= 1e-15 * libm.max(1e-300),
                "{value}: {ours} against {libm}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn the_power_is_libms_anywhere_from_0_to_1(x in 0.0f64..=1.0) {
            let (ours, libm) = (power_2_4(x), x.powf(2.4));
            proptest::prop_assert!((ours - libm).abs() <= 1e-14 * libm.max(1e-300), "{} against {}", ours, libm);
        }
    }
    use proptest::prelude::*;

    #[test]
    fn colours_parse_in_short_and_long_form() {
        assert_eq!("#FFF".parse::<Colour>(), Ok(WHITE));
        assert_eq!("#0b0c0c".parse::<Colour>(), Ok(TEXT));
        for bad in [
            "1d70b8",
            "#12345",
            "#gggggg",
            "",
            "#",
            "red",
            "#1d70b8 !important",
        ] {
            assert!(bad.parse::<Colour>().is_err(), "{bad}");
        }
    }

    #[test]
    fn the_defaults_pass_and_pale_or_dark_choices_are_refused() {
        // GOV.UK's own pairs.
        assert!(contrast("#1d70b8".parse().unwrap(), WHITE) >= AA_TEXT);
        assert!(contrast("#ffdd00".parse().unwrap(), TEXT) >= AA_TEXT);
        let theme = Theme {
            brand: Some("#7fb2e5".into()),
            focus: Some("#333333".into()),
            font: Some("x; background: url(https://evil.example/)".into()),
        };
        let (properties, refused) = apply(&theme);
        assert!(properties.is_empty());
        let paths: Vec<_> = refused.iter().map(|r| r.path).collect();
        assert_eq!(paths, ["theme.brand", "theme.focus", "theme.font"]);
        assert!(
            refused[0].message.contains(":1 against white text"),
            "{}",
            refused[0].message
        );
    }

    #[test]
    fn a_good_theme_sets_its_properties() {
        let theme = Theme {
            brand: Some("#6f1d46".into()),
            focus: Some("#fd0".into()),
            font: Some("\"Source Sans 3\", Arial, sans-serif".into()),
        };
        let (properties, refused) = apply(&theme);
        assert!(refused.is_empty(), "{refused:?}");
        assert_eq!(
            properties,
            vec![
                ("--redress-brand", "#6f1d46".to_owned()),
                ("--redress-link", "#6f1d46".to_owned()),
                ("--redress-focus", "#ffdd00".to_owned()),
                (
                    "--redress-font",
                    "\"Source Sans 3\", Arial, sans-serif".to_owned()
                ),
            ]
        );
    }

    proptest! {
        #[test]
        fn contrast_is_symmetric_and_bounded(a in any::<(u8, u8, u8)>(), b in any::<(u8, u8, u8)>()) {
            let a = Colour { red: a.0, green: a.1, blue: a.2 };
            let b = Colour { red: b.0, green: b.1, blue: b.2 };
            let ratio = contrast(a, b);
            prop_assert!((1.0..=21.0001).contains(&ratio));
            prop_assert!((ratio - contrast(b, a)).abs() < 1e-12);
            prop_assert_eq!(a.to_string().parse::<Colour>(), Ok(a));
        }

        /// A refused colour's ratio reads as the ratio rounded down to two
        /// decimal places.
        #[test]
        fn a_refused_colour_names_its_ratio_rounded_down(brand in any::<(u8, u8, u8)>()) {
            let colour = Colour { red: brand.0, green: brand.1, blue: brand.2 };
            let ratio = contrast(colour, WHITE);
            let (_, refused) = apply(&Theme { brand: Some(colour.to_string()), focus: None, font: None });
            if ratio < AA_TEXT {
                let expected = format!("{colour} has a contrast of {:.2}:1 against", (ratio * 100.0).floor() / 100.0);
                prop_assert!(refused[0].message.starts_with(&expected), "{} / {}", refused[0].message, expected);
            } else {
                prop_assert!(refused.is_empty());
            }
        }

        #[test]
        fn every_accepted_colour_meets_aa(brand in "#[0-9a-f]{6}", focus in "#[0-9a-f]{6}", font in "\\PC{0,40}") {
            let (properties, _) = apply(&Theme { brand: Some(brand), focus: Some(focus), font: Some(font) });
            for (name, value) in properties {
                match name {
                    "--redress-brand" | "--redress-link" => prop_assert!(contrast(value.parse().unwrap(), WHITE) >= AA_TEXT),
                    "--redress-focus" => prop_assert!(contrast(value.parse().unwrap(), TEXT) >= AA_TEXT),
                    _ => prop_assert!(!value.contains(';') && !value.contains('(')),
                }
            }
        }
    }
}
