//! The map legends' colours against WCAG 2.1 AA non-text contrast (1.4.11), read from the
//! stylesheet itself: every swatch must stand out from the page by at least 3:1 in both
//! colour schemes, and every status and position the pages draw must have a colour.

use crate::reviews::projection::Position;
use crate::standards::AdoptionStatus;

const CSS: &str = include_str!("../../../style/main.css");

/// `--name: #rrggbb;` inside the first block that follows `selector {`.
fn property(css: &str, selector: &str, name: &str) -> Option<(u8, u8, u8)> {
    let start = css.find(&format!("{selector} {{"))?;
    let block = &css[start..start + css[start..].find('}')?];
    let value = block.split(&format!("{name}:")).nth(1)?.trim_start();
    let hex = value.strip_prefix('#')?.get(..6)?;
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some((channel(0)?, channel(2)?, channel(4)?))
}

/// Relative luminance (WCAG 2.1).
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The light scheme (`:root`) and the dark one (the `prefers-color-scheme: dark` block).
fn schemes() -> [(&'static str, &'static str); 2] {
    let dark_start = CSS.find("@media (prefers-color-scheme: dark)").expect("a dark scheme");
    [("light", CSS), ("dark", &CSS[dark_start..])]
}

#[test]
fn contrast_follows_wcag() {
    assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 0.01);
    assert!((contrast((0x77, 0x77, 0x77), (255, 255, 255)) - 4.48).abs() < 0.01);
}

#[test]
fn every_swatch_border_stands_out_from_the_page() {
    let swatch = &CSS[CSS.find(".swatch {").expect("a swatch rule")..];
    let swatch = &swatch[..swatch.find('}').expect("rule ends")];
    assert!(swatch.contains("border: 1px solid var(--muted)"), "{swatch}");
    for (scheme, css) in schemes() {
        let border = property(css, ":root", "--muted").expect("--muted");
        for background in ["--paper", "--panel"] {
            let page = property(css, ":root", background).expect("background");
            let ratio = contrast(border, page);
            assert!(ratio >= 3.0, "{scheme}: swatch border on {background} is {ratio:.2}:1");
        }
    }
    // A filtered-out swatch is paler inside, never fainter at its edge.
    let muted = &CSS[CSS.find(".swatch.muted {").expect("a muted swatch rule")..];
    assert!(!muted[..muted.find('}').expect("rule ends")].contains("opacity"), "the border keeps its contrast");
}

#[test]
fn every_status_and_position_has_a_colour() {
    for status in AdoptionStatus::ALL {
        let class = format!(".status-{}", status.slug());
        assert!(property(CSS, &class, "--status").is_some(), "{class} has no colour");
    }
    for position in Position::ALL {
        let class = format!(".position-{}", position.slug());
        assert!(property(CSS, &class, "--status").is_some(), "{class} has no colour");
    }
}
