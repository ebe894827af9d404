//! Character classes and text statistics shared by the scan and emit stages.

use std::borrow::Cow;

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
        let bytes = text.as_bytes();
        if !bytes.is_ascii() {
            return Self::of_chars(text);
        }
        // ASCII (most English text nodes): counted on bytes, which vectorizes. The spaces are
        // those `char::is_whitespace` knows below 0x80.
        let chars = bytes
            .iter()
            .filter(|&&b| !matches!(b, b' ' | 0x09..=0x0D))
            .count();
        let commas = bytes.iter().filter(|&&b| b == b',').count();
        let chars = u32::try_from(chars).unwrap_or(u32::MAX);
        TextStats {
            len: chars,
            chars,
            cjk: 0,
            commas: u32::try_from(commas).unwrap_or(u32::MAX),
        }
    }

    fn of_chars(text: &str) -> Self {
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

/// Character references decoded in text (`htmlize::unescape`), skipped at memchr speed when
/// there is no `&` (most text nodes).
pub fn unescape(s: &str) -> Cow<'_, str> {
    if memchr::memchr(b'&', s.as_bytes()).is_none() {
        Cow::Borrowed(s)
    } else {
        htmlize::unescape(s)
    }
}

/// [`unescape`] for an attribute value (`htmlize::unescape_attribute`).
pub fn unescape_attribute(s: &str) -> Cow<'_, str> {
    if memchr::memchr(b'&', s.as_bytes()).is_none() {
        Cow::Borrowed(s)
    } else {
        htmlize::unescape_attribute(s)
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

/// A list of prefixes indexed by their first two bytes: finding which of them a text starts
/// with looks at the few sharing its first two bytes instead of comparing with each (the block
/// tests of the scan run this on every block, against lists of a hundred).
pub struct Prefixes {
    patterns: Vec<&'static str>,
    /// Pattern indices, grouped by bucket.
    order: Vec<u16>,
    /// `order[start[b]..start[b + 1]]` are the patterns of bucket `b`.
    start: Vec<u16>,
}

impl Prefixes {
    const BUCKETS: usize = 512;

    fn bucket(bytes: &[u8]) -> usize {
        let (a, b) = (bytes[0] as usize, bytes.get(1).map_or(0, |&b| b as usize));
        (a.wrapping_mul(31) ^ b.wrapping_mul(7)) % Self::BUCKETS
    }

    /// An index of `patterns`, each at least two bytes long.
    pub fn new(patterns: impl IntoIterator<Item = &'static str>) -> Self {
        let patterns: Vec<&'static str> = patterns.into_iter().collect();
        assert!(
            patterns.iter().all(|p| p.len() >= 2) && patterns.len() < usize::from(u16::MAX),
            "prefixes are at least two bytes, and fewer than 65535"
        );
        let mut count = vec![0u16; Self::BUCKETS + 1];
        for p in &patterns {
            count[Self::bucket(p.as_bytes()) + 1] += 1;
        }
        for b in 0..Self::BUCKETS {
            count[b + 1] += count[b];
        }
        let start = count.clone();
        let mut order = vec![0u16; patterns.len()];
        for (i, p) in patterns.iter().enumerate() {
            let b = Self::bucket(p.as_bytes());
            order[usize::from(count[b])] = i as u16;
            count[b] += 1;
        }
        Prefixes {
            patterns,
            order,
            start,
        }
    }

    /// The indices (into the list given to [`Prefixes::new`]) of the patterns `text` starts
    /// with.
    pub fn of<'s>(&'s self, text: &'s str) -> impl Iterator<Item = usize> + 's {
        let range = if text.len() < 2 {
            0..0
        } else {
            let b = Self::bucket(text.as_bytes());
            usize::from(self.start[b])..usize::from(self.start[b + 1])
        };
        self.order[range]
            .iter()
            .map(|&i| usize::from(i))
            .filter(move |&i| text.starts_with(self.patterns[i]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_found_as_a_scan_of_the_list_finds_them() {
        let list = [
            "Photo:",
            "Photos:",
            "Ph",
            "By ",
            "发布时间",
            "发布",
            "发表于",
            "Related:",
            "RELATED:",
        ];
        let index = Prefixes::new(list);
        for text in [
            "Photo: AP",
            "Photos: Getty",
            "Philosophy",
            "By Jane",
            "发布时间：2024-01-02",
            "发布会",
            "发表于 昨天",
            "Related: x",
            "P",
            "",
            "related",
        ] {
            let mut found: Vec<usize> = index.of(text).collect();
            found.sort_unstable();
            let want: Vec<usize> = (0..list.len())
                .filter(|&i| text.starts_with(list[i]))
                .collect();
            assert_eq!(found, want, "{text}");
        }
    }

    #[test]
    fn stats_weight_cjk_and_count_cjk_commas() {
        let s = TextStats::of("我们，你们。 ab, c");
        assert_eq!(s.cjk, 4);
        assert_eq!(s.commas, 3);
        assert_eq!(s.chars, 4 + 3 + 3);
        assert_eq!(s.len, 4 * CJK_CHAR_WEIGHT + 6);
    }

    #[test]
    fn ascii_stats_count_as_the_character_loop_does() {
        for text in [
            "",
            "Hello, world.",
            " a\tb\nc\rd\x0be\x0cf ,,, ",
            "x\x1fy\x7f",
            "no-spaces-at-all",
        ] {
            assert_eq!(TextStats::of(text), TextStats::of_chars(text), "{text:?}");
        }
    }

    #[test]
    fn unescaping_skips_text_without_references() {
        assert!(matches!(unescape("plain text, 中文"), Cow::Borrowed(_)));
        assert_eq!(unescape("a &amp; b &lt;c&gt; &#20013;"), "a & b <c> 中");
        assert_eq!(unescape_attribute("?a=1&amp;b=2&c"), "?a=1&b=2&c");
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
