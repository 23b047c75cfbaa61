//! Label metrics without a browser: a conservative estimate of how wide a name is drawn, and
//! how it wraps onto at most two lines. End-to-end tests check the estimate against the widths
//! the browser actually measures.

/// Font size of map labels, in CSS pixels.
pub const FONT_SIZE: f64 = 13.0;
/// Distance between label baselines, in CSS pixels.
pub const LINE_HEIGHT: f64 = 16.0;
/// Labels wider than this wrap onto a second line.
pub const WRAP_WIDTH: f64 = 104.0;
/// Labels longer than this many characters are shortened with an ellipsis.
pub const MAX_CHARS: usize = 28;

/// Width of one character in ems, by shape; generous, so real text fits inside.
fn advance(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' | '.' | ',' | '\'' | '’' | '!' | '|' | ':' | ';' => 0.30,
        'I' | 'f' | 't' | 'r' | ' ' | '(' | ')' | '-' => 0.38,
        'm' | 'w' => 0.90,
        'M' | 'W' | '@' => 0.98,
        'A'..='Z' => 0.74,
        '0'..='9' | 'a'..='z' => 0.60,
        c if c.is_ascii() => 0.62,
        // Wide scripts (CJK, Hangul, emoji) take a full em.
        c if u32::from(c) >= 0x1100 => 1.05,
        _ => 0.70,
    }
}

/// Estimated drawn width of `text` at the label font size, in CSS pixels.
pub fn text_width(text: &str) -> f64 {
    text.chars().map(advance).sum::<f64>() * FONT_SIZE
}

/// The name as it is drawn: shortened to [`MAX_CHARS`] and wrapped onto one or two lines.
pub fn label_lines(name: &str) -> Vec<String> {
    let name = name.trim();
    let short: String = if name.chars().count() > MAX_CHARS {
        let mut cut: String = name.chars().take(MAX_CHARS - 1).collect();
        cut.push('…');
        cut
    } else {
        name.to_owned()
    };
    if text_width(&short) <= WRAP_WIDTH {
        return vec![short];
    }
    // Break at the space that best balances the two lines.
    let best = short
        .char_indices()
        .filter(|(_, c)| *c == ' ')
        .map(|(at, _)| {
            let (a, b) = (&short[..at], &short[at + 1..]);
            (text_width(a).max(text_width(b)), at)
        })
        .min_by(|x, y| x.0.total_cmp(&y.0));
    match best {
        Some((_, at)) => vec![short[..at].to_owned(), short[at + 1..].to_owned()],
        None => vec![short],
    }
}

/// Width and height of a wrapped label.
pub fn label_size(lines: &[String]) -> (f64, f64) {
    let width = lines.iter().map(|l| text_width(l)).fold(0.0, f64::max);
    let height = lines.len() as f64 * LINE_HEIGHT;
    (width, height)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_stay_on_one_line() {
        assert_eq!(label_lines("Russia"), ["Russia"]);
        assert_eq!(label_lines("  NATO "), ["NATO"]);
    }

    #[test]
    fn long_names_wrap_at_the_balancing_space() {
        assert_eq!(label_lines("Volodimir Zelensky"), ["Volodimir", "Zelensky"]);
        let lines = label_lines("Government of Freedonia");
        assert_eq!(lines.join(" "), "Government of Freedonia");
        assert_eq!(lines.len(), 2);
        // The chosen break is the most balanced one.
        let widest = |a: &str, b: &str| text_width(a).max(text_width(b));
        assert!(widest(&lines[0], &lines[1]) <= widest("Government of", "Freedonia"));
    }

    #[test]
    fn very_long_names_are_shortened() {
        let lines = label_lines(&"x".repeat(1000));
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].chars().count(), MAX_CHARS);
        assert!(lines[0].ends_with('…'));
    }

    #[test]
    fn width_grows_with_text_and_wide_letters() {
        assert!(text_width("WWW") > text_width("iii"));
        assert!(text_width("Russia") > 0.0);
        assert!(text_width("").abs() < f64::EPSILON);
        assert!(text_width("東京") > text_width("ab"));
        let (w, h) = label_size(&label_lines("Mevlut Cavusoglu"));
        assert!(w > 40.0 && (h - 2.0 * LINE_HEIGHT).abs() < 1e-9);
    }
}
