//! Character classes and text statistics shared by the scan and emit stages.

use crate::heuristics::CJK_CHAR_WEIGHT;

/// Is `c` a CJK ideograph, kana, hangul or bopomofo character (counted as one word-like unit)?
#[inline]
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // hiragana, katakana
        | 0x3100..=0x312F    // bopomofo
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xAC00..=0xD7AF    // hangul syllables
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0x20000..=0x3134F  // extensions B–G
    )
}

/// Punctuation that separates clauses: Readability counts ASCII commas only; Chinese text uses
/// full-width commas, enumeration commas, full stops and the like.
#[inline]
pub fn is_clause_punct(c: char) -> bool {
    matches!(
        c,
        ',' | '，' | '、' | '。' | '；' | '：' | '！' | '？' | '﹐' | '､' | '．'
    )
}

/// Does a paragraph end like a sentence (Readability checks for `. `; Chinese uses 。！？)?
#[inline]
pub fn is_sentence_end(c: char) -> bool {
    matches!(
        c,
        '.' | '。' | '！' | '？' | '!' | '?' | '”' | '"' | '」' | '…' | '）' | ')'
    )
}

/// HTML whitespace plus the no-break space, which pages use as layout filler.
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{3000}'
}

/// Statistics of a run of text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TextStats {
    /// Weighted length: non-space characters, CJK ones counting [`CJK_CHAR_WEIGHT`].
    pub len: u32,
    /// Non-space characters.
    pub chars: u32,
    /// CJK characters.
    pub cjk: u32,
    /// Clause punctuation (commas and their CJK kin).
    pub commas: u32,
}

impl TextStats {
    /// Measures `text`.
    pub fn of(text: &str) -> Self {
        let mut s = TextStats::default();
        for c in text.chars() {
            if is_space(c) {
                continue;
            }
            s.chars += 1;
            if is_cjk(c) {
                s.cjk += 1;
            } else if is_clause_punct(c) {
                s.commas += 1;
            }
        }
        s.len = s.chars - s.cjk + s.cjk * CJK_CHAR_WEIGHT;
        s
    }

    /// Adds `other` into `self` (saturating: a 4 GiB text node cannot wrap the counters).
    pub fn add(&mut self, other: &TextStats) {
        self.len = self.len.saturating_add(other.len);
        self.chars = self.chars.saturating_add(other.chars);
        self.cjk = self.cjk.saturating_add(other.cjk);
        self.commas = self.commas.saturating_add(other.commas);
    }
}

/// Collapses runs of whitespace into one space, as a browser renders normal text.
pub fn collapse_spaces(text: &str, out: &mut String) {
    let mut pending_space = false;
    for c in text.chars() {
        if is_space(c) && c != '\u{a0}' {
            pending_space = true;
        } else {
            if pending_space && !out.is_empty() && !out.ends_with(['\n', ' ']) {
                out.push(' ');
            }
            pending_space = false;
            out.push(if c == '\u{a0}' { ' ' } else { c });
        }
    }
    if pending_space && !out.is_empty() && !out.ends_with(['\n', ' ']) {
        out.push(' ');
    }
}

/// Does `text` contain all `fragments`, in order?
pub fn contains_in_order(text: &str, fragments: &[&str]) -> bool {
    let mut rest = text;
    for f in fragments {
        match rest.find(f) {
            Some(i) => rest = &rest[i + f.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stats_weight_cjk_and_count_cjk_commas() {
        let s = TextStats::of("我们，你们。 ab, c");
        assert_eq!(s.cjk, 4);
        assert_eq!(s.commas, 3);
        assert_eq!(s.chars, 4 + 3 + 3);
        assert_eq!(s.len, 4 * CJK_CHAR_WEIGHT + 6);
    }

    #[test]
    fn collapse_keeps_single_spaces() {
        let mut out = String::new();
        collapse_spaces("  a \n\t b\u{a0}c  ", &mut out);
        assert_eq!(out, "a b c ");
    }

    #[test]
    fn fragments_in_order() {
        assert!(contains_in_order(
            "本文系观察者网独家稿件",
            &["本文系", "稿件"]
        ));
        assert!(!contains_in_order("稿件本文系", &["本文系", "稿件"]));
    }
}
