//! Character classes and text statistics shared by the scan and emit stages.

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, MatchKind};

use crate::heuristics::CJK_CHAR_WEIGHT;

/// Is `c` a CJK ideograph, kana, hangul or bopomofo character (counted as one word-like unit)?
#[inline]
pub fn is_cjk(c: char) -> bool {
    let u = c as u32;
    if u < 0x3000 {
        return false;
    }
    if u > 0xFFFF {
        return (0x20000..=0x3134F).contains(&u); // extensions B–G
    }
    // Counted for every character of every page: one table look-up settles all but the
    // pages where a range starts or ends.
    match CJK_PAGES[(u >> 8) as usize] {
        0 => false,
        1 => true,
        _ => matches!(u, 0x3040..=0x30FF | 0x3100..=0x312F | 0x3400..=0x4DBF | 0xAC00..=0xD7AF),
    }
}

/// For each 256-code-point page of the BMP: 0 when none is CJK, 1 when all are, 2 when some
/// are. The ranges: hiragana and katakana 3040–30FF, bopomofo 3100–312F, extension A
/// 3400–4DBF, unified ideographs 4E00–9FFF, hangul syllables AC00–D7AF, compatibility
/// ideographs F900–FAFF.
const CJK_PAGES: [u8; 256] = {
    let mut pages = [0u8; 256];
    let mut p = 0x34;
    while p <= 0x4C {
        pages[p] = 1;
        p += 1;
    }
    p = 0x4E;
    while p <= 0x9F {
        pages[p] = 1;
        p += 1;
    }
    p = 0xAC;
    while p <= 0xD6 {
        pages[p] = 1;
        p += 1;
    }
    pages[0xF9] = 1;
    pages[0xFA] = 1;
    pages[0x30] = 2;
    pages[0x31] = 2;
    pages[0x4D] = 2;
    pages[0xD7] = 2;
    pages
};

/// Punctuation of Chinese text (CJK brackets and stops, full-width forms, dashes, quotes and
/// ellipses): neither letters, digits nor spaces, known without the Unicode tables that settle
/// other characters (a look-up of hundreds of instructions each).
#[inline]
pub fn is_cjk_punctuation(c: char) -> bool {
    matches!(
        c,
        '\u{2010}'..='\u{2027}'
            | '\u{3001}'..='\u{3003}'
            | '\u{3008}'..='\u{3011}'
            | '\u{FF01}'..='\u{FF0F}'
            | '\u{FF1A}'..='\u{FF20}'
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
        // ASCII (most English text nodes): counted on bytes, in one branch-free pass with byte
        // counters per 255-byte chunk, which vectorizes. The spaces are those
        // `char::is_whitespace` knows below 0x80.
        let (mut spaces, mut commas) = (0usize, 0usize);
        for chunk in bytes.chunks(255) {
            let (mut s, mut c) = (0u8, 0u8);
            for &b in chunk {
                s += u8::from(b == b' ' || b.wrapping_sub(0x09) < 5);
                c += u8::from(b == b',');
            }
            spaces += usize::from(s);
            commas += usize::from(c);
        }
        let chars = u32::try_from(bytes.len() - spaces).unwrap_or(u32::MAX);
        TextStats {
            len: chars,
            chars,
            cjk: 0,
            commas: u32::try_from(commas).unwrap_or(u32::MAX),
        }
    }

    fn of_chars(text: &str) -> Self {
        let mut s = TextStats::default();
        let mut rest = text;
        while !rest.is_empty() {
            // ASCII runs (spaces and Latin words between the ideographs) on bytes.
            let ascii = rest.bytes().take_while(u8::is_ascii).count();
            if ascii > 0 {
                let (run, tail) = rest.split_at(ascii);
                let stats = Self::of(run);
                s.chars += stats.chars;
                s.commas += stats.commas;
                rest = tail;
                // `1、`, `2、`: a list's numbering, no clause of prose.
                if run.ends_with(|c: char| c.is_ascii_digit()) {
                    if let Some(tail) = rest.strip_prefix('、') {
                        s.chars += 1;
                        rest = tail;
                    }
                }
                continue;
            }
            let mut chars = rest.chars();
            for c in chars.by_ref() {
                if c.is_ascii() {
                    // Back to the byte loop, from this character.
                    s.add_char(c);
                    break;
                }
                s.add_char(c);
            }
            rest = chars.as_str();
        }
        s.len = s.chars - s.cjk + s.cjk * CJK_CHAR_WEIGHT;
        s
    }

    fn add_char(&mut self, c: char) {
        // An ideograph first (most characters of Chinese text; none is a space): it skips the
        // Unicode whitespace table.
        if is_cjk(c) {
            self.chars += 1;
            self.cjk += 1;
            return;
        }
        if is_space(c) {
            return;
        }
        self.chars += 1;
        if is_clause_punct(c) {
            self.commas += 1;
        }
    }

    /// Adds `other` into `self` (saturating: a 4 GiB text node cannot wrap the counters).
    pub fn add(&mut self, other: &TextStats) {
        self.len = self.len.saturating_add(other.len);
        self.chars = self.chars.saturating_add(other.chars);
        self.cjk = self.cjk.saturating_add(other.cjk);
        self.commas = self.commas.saturating_add(other.commas);
    }
}

/// `str::trim`, with ASCII whitespace (the indentation of most pages' text) taken off a
/// byte at a time first rather than decoded as characters.
pub fn trim(s: &str) -> &str {
    s.trim_ascii().trim()
}

/// Collapses runs of whitespace into one space, as a browser renders normal text.
pub fn collapse_spaces(text: &str, out: &mut String) {
    // On bytes: a space is an ASCII one, or a non-ASCII character whose UTF-8 form starts
    // with C2, E1, E2 or E3 (U+0085, U+1680, U+2000-U+205F, U+3000), decoded only there.
    // Continuation bytes (80-BF) are never one of those.
    static MAY_BE_SPACE: [bool; 256] = {
        let mut t = [false; 256];
        let mut c = 0;
        while c < 256 {
            t[c] = matches!(c as u8, b' ' | b'\t'..=b'\r' | 0xc2 | 0xe1..=0xe3);
            c += 1;
        }
        t
    };
    let b = text.as_bytes();
    // At `i` (a character boundary): the length of a collapsible space there, or 0.
    let space_at = |i: usize| -> usize {
        if b[i] < 0x80 {
            return 1;
        }
        match text[i..].chars().next() {
            Some(c) if is_space(c) && c != '\u{a0}' => c.len_utf8(),
            _ => 0,
        }
    };
    // A no-break space is written as a space but never collapsed; most text holds none.
    let nbsp = memchr::memmem::find(b, "\u{a0}".as_bytes()).is_some();
    let mut pending_space = false;
    let mut i = 0;
    while i < b.len() {
        if MAY_BE_SPACE[usize::from(b[i])] {
            let len = space_at(i);
            if len > 0 {
                pending_space = true;
                i += len;
                continue;
            }
        }
        // A word: up to the next collapsible space.
        let word = i;
        i += 1;
        loop {
            while i < b.len() && !MAY_BE_SPACE[usize::from(b[i])] {
                i += 1;
            }
            if i >= b.len() || space_at(i) > 0 {
                break;
            }
            i += 1;
        }
        if pending_space && !out.is_empty() && !out.ends_with(['\n', ' ']) {
            out.push(' ');
        }
        pending_space = false;
        let word = &text[word..i];
        if nbsp && word.contains('\u{a0}') {
            out.push_str(&word.replace('\u{a0}', " "));
        } else {
            out.push_str(word);
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

/// Whether `text` holds a character from U+3000 up (CJK, kana, hangul, full-width forms): a
/// UTF-8 lead byte E3–EF. English text (curly quotes, dashes and `©` included) holds none.
pub fn has_wide(text: &str) -> bool {
    // Sixteen bytes at a time, each block's maximum taken without a branch (vectorized).
    let b = text.as_bytes();
    let mut blocks = b.chunks_exact(16);
    blocks.any(|c| c.iter().fold(0, |m, &x| m.max(x)) >= WIDE_LEAD)
        || blocks.remainder().iter().any(|&x| x >= WIDE_LEAD)
}

/// Every occurrence of a set of patterns, overlapping ones included, found by walking an
/// Aho-Corasick automaton byte by byte. `AhoCorasick::find_overlapping_iter` returns to its caller
/// (through a dynamically dispatched search and an iterator state) at every match; the class
/// values and short lines this runs on are tens of bytes, often with several matches.
///
/// The automaton is a contiguous NFA, not a DFA: building the page's DFAs was most of a cold
/// first extraction (1.6–1.9 ms of it natively, more in a browser's baseline-compiled wasm),
/// the NFAs build in a third of that, and on these short haystacks they search as fast
/// (`make bench`, `docs/benchmarks.md`).
pub struct Overlapping {
    nfa: NFA,
}

impl Overlapping {
    pub fn new<'p>(
        patterns: impl IntoIterator<Item = &'p str>,
        ascii_case_insensitive: bool,
    ) -> Self {
        let nfa = NFA::builder()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(ascii_case_insensitive)
            // No prefilter: then only dead and match states are special.
            .prefilter(false)
            .build(patterns)
            .expect("valid patterns");
        Overlapping { nfa }
    }

    /// Calls `f(pattern, start, end)` for each occurrence in `hay`, in order of `end`, until
    /// it returns `true`; returns whether one did.
    #[inline]
    pub fn any(&self, hay: &[u8], mut f: impl FnMut(usize, usize, usize) -> bool) -> bool {
        let nfa = &self.nfa;
        let Ok(mut sid) = nfa.start_state(Anchored::No) else {
            return false;
        };
        for (i, &byte) in hay.iter().enumerate() {
            sid = nfa.next_state(Anchored::No, sid, byte);
            if nfa.is_special(sid) {
                if nfa.is_dead(sid) {
                    return false;
                }
                for k in 0..nfa.match_len(sid) {
                    let pattern = nfa.match_pattern(sid, k);
                    let end = i + 1;
                    if f(pattern.as_usize(), end - nfa.pattern_len(pattern), end) {
                        return true;
                    }
                }
            }
        }
        false
    }
}

/// A builder for the word lists' automata: contiguous NFAs, which build in a third of a DFA's
/// time (see [`Overlapping`]); every list is built on first use, during a page's extraction.
pub fn automaton() -> aho_corasick::AhoCorasickBuilder {
    let mut builder = AhoCorasick::builder();
    builder.kind(Some(AhoCorasickKind::ContiguousNFA));
    builder
}

/// The lowest UTF-8 lead byte of a character from U+3000 up.
const WIDE_LEAD: u8 = 0xE3;

/// A list of patterns searched as two automata: those that start with a character from
/// U+3000 up, searched only in text that holds one ([`has_wide`]), and the rest. The block
/// tests of the scan run these on every short block; in English text the wide half (most
/// of the patterns are Chinese) is skipped, and the narrow half, a few dozen patterns, is
/// first looked for with a vectorized search for their first bytes (Teddy, on x86-64 and
/// ARM), which a set with the Chinese patterns in it cannot have: most lines hold none of
/// them.
pub struct SplitPatterns {
    wide: Overlapping,
    narrow: Overlapping,
    /// The narrow patterns again, leftmost-first: only that kind of automaton has Teddy.
    /// Where aho-corasick has no Teddy (wasm), none: its fallback there, Rabin-Karp, is no
    /// faster than the automaton.
    narrow_gate: Option<AhoCorasick>,
    /// The index in the full list of each pattern of `wide`, and of `narrow`.
    wide_ids: Vec<usize>,
    narrow_ids: Vec<usize>,
}

impl SplitPatterns {
    pub fn new<'p>(patterns: impl IntoIterator<Item = &'p str>) -> Self {
        let (mut wide, mut narrow) = (vec![], vec![]);
        for (i, p) in patterns.into_iter().enumerate() {
            if p.as_bytes().first().is_some_and(|&b| b >= WIDE_LEAD) {
                wide.push((i, p));
            } else {
                narrow.push((i, p));
            }
        }
        SplitPatterns {
            wide: Overlapping::new(wide.iter().map(|(_, p)| *p), false),
            narrow: Overlapping::new(narrow.iter().map(|(_, p)| *p), false),
            narrow_gate: cfg!(any(target_arch = "x86_64", target_arch = "aarch64")).then(|| {
                automaton()
                    .match_kind(MatchKind::LeftmostFirst)
                    .build(narrow.iter().map(|(_, p)| p))
                    .expect("valid patterns")
            }),
            wide_ids: wide.iter().map(|(i, _)| *i).collect(),
            narrow_ids: narrow.iter().map(|(i, _)| *i).collect(),
        }
    }

    /// Whether `text` holds one of the patterns. `wide`: [`has_wide`] of `text` (or of a text
    /// that `text` was derived from by taking characters out).
    pub fn is_match(&self, text: &str, wide: bool) -> bool {
        let hay = text.as_bytes();
        // The gate holds the narrow patterns: its match settles it.
        let narrow = match &self.narrow_gate {
            Some(gate) => gate.is_match(text),
            None => self.narrow.any(hay, |_, _, _| true),
        };
        narrow || (wide && self.wide.any(hay, |_, _, _| true))
    }

    /// Calls `f` with the index (into the list given to [`SplitPatterns::new`]) of each
    /// pattern `text` holds, with repeats, in no particular order, until it returns `true`;
    /// returns whether it did.
    pub fn any_overlapping(
        &self,
        text: &str,
        wide: bool,
        mut f: impl FnMut(usize) -> bool,
    ) -> bool {
        let hay = text.as_bytes();
        (self
            .narrow_gate
            .as_ref()
            .is_none_or(|gate| gate.is_match(text))
            && self.narrow.any(hay, |p, _, _| f(self.narrow_ids[p])))
            || (wide && self.wide.any(hay, |p, _, _| f(self.wide_ids[p])))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_finds_what_find_overlapping_iter_finds() {
        let patterns = ["comment", "comments", "ment", "nav", "Share", "作者"];
        for ci in [false, true] {
            let ac = AhoCorasick::builder()
                .ascii_case_insensitive(ci)
                .build(patterns)
                .unwrap();
            let ours = Overlapping::new(patterns, ci);
            for hay in [
                "",
                "comments-nav",
                "COMMENTS share",
                "作者：张三 shareNav",
                "none here",
            ] {
                let expected: Vec<_> = ac
                    .find_overlapping_iter(hay)
                    .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                    .collect();
                let mut found = vec![];
                let stopped = ours.any(hay.as_bytes(), |p, s, e| {
                    found.push((p, s, e));
                    false
                });
                assert!(!stopped);
                assert_eq!(found, expected, "{hay} (case-insensitive: {ci})");
                // `true` from the callback stops the walk at the first occurrence.
                let mut first = vec![];
                let hit = ours.any(hay.as_bytes(), |p, s, e| {
                    first.push((p, s, e));
                    true
                });
                assert_eq!(hit, !expected.is_empty());
                assert_eq!(first, expected.into_iter().take(1).collect::<Vec<_>>());
            }
        }
    }

    #[test]
    fn trim_is_str_trim() {
        for s in [
            "",
            " \t\n",
            "\n\t\t 作者：张三 \r\n",
            "\u{3000}\u{a0} 中文 \u{2003}",
            "\x0b x \x0b",
            " \u{85}a\u{2028} ",
            "no space",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn cjk_punctuation_is_neither_letter_digit_space_nor_ideograph() {
        let ranges = [
            '\u{2010}'..='\u{2027}',
            '\u{3001}'..='\u{3003}',
            '\u{3008}'..='\u{3011}',
            '\u{FF01}'..='\u{FF0F}',
            '\u{FF1A}'..='\u{FF20}',
        ];
        for c in ranges.into_iter().flatten() {
            assert!(is_cjk_punctuation(c), "{c}");
            assert!(
                !c.is_alphanumeric() && !c.is_whitespace() && !is_cjk(c),
                "{c} U+{:04X}",
                c as u32
            );
        }
        for c in [
            'a', '字', '〇', '々', 'Ａ', '０', ' ', '\u{3000}', '\u{2009}',
        ] {
            assert!(!is_cjk_punctuation(c), "{c}");
        }
    }

    #[test]
    fn the_cjk_page_table_agrees_with_the_ranges() {
        let ranges = |c: char| {
            matches!(c as u32,
                0x3040..=0x30FF
                | 0x3100..=0x312F
                | 0x3400..=0x4DBF
                | 0x4E00..=0x9FFF
                | 0xAC00..=0xD7AF
                | 0xF900..=0xFAFF
                | 0x20000..=0x3134F
            )
        };
        for c in (0..=0x32000u32).filter_map(char::from_u32) {
            assert_eq!(is_cjk(c), ranges(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn text_stats_count_mixed_text_by_runs() {
        let s = TextStats::of("中文 text, 「引號」，and\u{a0}more。한국");
        assert_eq!((s.chars, s.cjk, s.commas), (22, 6, 3));
        // As one pass over the characters counts them.
        for text in [
            "",
            "a",
            "\u{3000}中",
            "x。y ，z",
            "é, b\u{2003}c",
            "𠀀a𠀁 ",
            "  ,, 、",
        ] {
            let mut one = TextStats::default();
            for c in text.chars() {
                one.add_char(c);
            }
            one.len = one.chars - one.cjk + one.cjk * CJK_CHAR_WEIGHT;
            assert_eq!(TextStats::of(text), one, "{text:?}");
        }
    }

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
        // A list's numbering (`10、`) is no comma; an enumeration in prose is.
        let numbered = TextStats::of("10、赴港上市真的冷了吗？");
        assert_eq!((numbered.commas, numbered.chars), (1, 13));
        assert_eq!(TextStats::of("苹果、香蕉、梨").commas, 2);
        assert_eq!(TextStats::of("第3版、第4版").commas, 1);
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
    fn collapse_keeps_single_spaces() {
        let mut out = String::new();
        collapse_spaces("  a \n\t b\u{a0}c  ", &mut out);
        assert_eq!(out, "a b c ");
        // As a loop over the characters writes it, after any text already written.
        let by_chars = |text: &str, out: &mut String| {
            let mut pending = false;
            for c in text.chars() {
                if is_space(c) && c != '\u{a0}' {
                    pending = true;
                    continue;
                }
                if pending && !out.is_empty() && !out.ends_with(['\n', ' ']) {
                    out.push(' ');
                }
                pending = false;
                out.push(if c == '\u{a0}' { ' ' } else { c });
            }
            if pending && !out.is_empty() && !out.ends_with(['\n', ' ']) {
                out.push(' ');
            }
        };
        for before in ["", "x", "x\n", "x "] {
            for text in [
                "",
                " ",
                "\u{a0}",
                " \u{a0} ",
                "中文\u{3000}字",
                "a\u{a0}\u{a0} b",
                "\u{a0}a",
                "a \u{2003}\n b ",
                "\u{85}x\u{1680}y\u{205f}z\u{2029}",
                "é 😀\u{3000}\u{a0}\u{202f}終\u{b}",
            ] {
                let (mut a, mut b) = (before.to_string(), before.to_string());
                collapse_spaces(text, &mut a);
                by_chars(text, &mut b);
                assert_eq!(a, b, "{before:?} + {text:?}");
            }
        }
    }

    #[test]
    fn fragments_in_order() {
        assert!(contains_in_order(
            "本文系观察者网独家稿件",
            &["本文系", "稿件"]
        ));
        assert!(!contains_in_order("稿件本文系", &["本文系", "稿件"]));
    }

    #[test]
    fn wide_is_from_u3000_up() {
        assert!(!has_wide(""));
        assert!(!has_wide(
            "\u{201c}Quoted\u{201d} \u{2014} \u{a9} 2024 caf\u{e9}"
        ));
        assert!(has_wide("中"));
        assert!(has_wide("\u{3000}"));
        assert!(has_wide("\u{ff5c}"));
        // In the sixteen-byte blocks and in the remainder after them.
        assert!(has_wide(&format!("{}中{}", "a".repeat(20), "b".repeat(20))));
        assert!(has_wide(&format!("{}中", "a".repeat(32))));
        assert!(!has_wide(&"\u{2014}".repeat(40)));
    }

    #[test]
    fn split_patterns_find_what_one_automaton_finds() {
        let patterns = [
            "责任编辑",
            "Copyright",
            "\u{a9}",
            "版权所有",
            " is a ",
            "编辑",
            "All rights",
            "【点击",
        ];
        let whole = AhoCorasick::new(patterns).unwrap();
        let split = SplitPatterns::new(patterns);
        for text in [
            "",
            "Copyright \u{a9} 2024 Example. All rights reserved.",
            "责任编辑：张三 版权所有 Copyright",
            "She is a reporter. 【点击投票】",
            "No pattern here at all, even in a longer line of English text.",
            "文章没有这些词",
        ] {
            let mut expected: Vec<usize> = whole
                .find_overlapping_iter(text)
                .map(|m| m.pattern().as_usize())
                .collect();
            let mut found: Vec<usize> = vec![];
            split.any_overlapping(text, has_wide(text), |i| {
                found.push(i);
                false
            });
            expected.sort_unstable();
            found.sort_unstable();
            assert_eq!(found, expected, "{text}");
            assert_eq!(
                split.is_match(text, has_wide(text)),
                !expected.is_empty(),
                "{text}"
            );
        }
        // A set of one kind only.
        let chinese = SplitPatterns::new(["记者", "通讯员"]);
        assert!(chinese.is_match("本报记者 张三", true));
        assert!(!chinese.is_match("By Jane Doe", false));
    }
}
