//! Line probes: what a short visible line says (a label such as 作者： or 来源：, a date), read
//! once per line during the scan and by the resolvers.

use super::*;

/// Whether a line starts with an author or source label of Chinese pages (`作者：`, `文/`,
/// `来源：`): the scan leaves such short lines out of the article text. Bare labels (`记者`,
/// `By `) are not enough on their own there.
pub(crate) fn starts_with_label(line: &str) -> bool {
    starts_with_label_tight(&tight_separators(line))
}

/// [`starts_with_label`] of a line already written with [`tight_separators`].
pub(super) fn starts_with_label_tight(tight: &str) -> bool {
    static CREDIT_LABELS: LazyLock<Prefixes> = LazyLock::new(|| {
        Prefixes::new(
            AUTHOR_LABELS
                .iter()
                .chain(SOURCE_LABELS)
                .filter(|l| !l.is_ascii() && l.ends_with([':', '：', ' ', '|', '｜', '/', '／']))
                .copied(),
        )
    });
    CREDIT_LABELS.of(tight).next().is_some()
}

/// A block's or line's text (trimmed) that the scan's boilerplate tests and
/// [`RawMeta::observe_block`] both read: where its first date starts and its
/// [`tight_separators`] form are worked out once, when first asked.
pub struct LineProbe<'a> {
    text: &'a str,
    date: std::cell::OnceCell<Option<usize>>,
    tight: std::cell::OnceCell<Cow<'a, str>>,
    wide: std::cell::OnceCell<bool>,
}

impl<'a> LineProbe<'a> {
    pub fn new(text: &'a str) -> Self {
        LineProbe {
            text,
            date: std::cell::OnceCell::new(),
            tight: std::cell::OnceCell::new(),
            wide: std::cell::OnceCell::new(),
        }
    }

    /// [`has_wide`](crate::text::has_wide): whether the Chinese patterns can match.
    pub fn has_wide(&self) -> bool {
        *self.wide.get_or_init(|| crate::text::has_wide(self.text))
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Where the first date ([`date::find_date`]) starts.
    pub fn date_start(&self) -> Option<usize> {
        *self
            .date
            .get_or_init(|| date::find_date(self.text).map(|d| d.start))
    }

    pub(super) fn tight(&self) -> &str {
        self.tight
            .get_or_init(|| tight_separators_known(self.text, self.has_wide()))
    }

    /// [`starts_with_label`].
    pub fn starts_with_label(&self) -> bool {
        starts_with_label_tight(self.tight())
    }
}

/// Writes a credit's separators the one way the labels spell them: `丨` (a CJK stroke that
/// Chinese media use as a bar) as `|`, and no spaces around `|`, `｜`, `/`, `／`
/// (`文 | 张三` → `文|张三`, `张三 / 文` → `张三/文`).
pub(super) fn tight_separators(line: &str) -> Cow<'_, str> {
    tight_separators_known(line, crate::text::has_wide(line))
}

/// [`tight_separators`], where `wide` is [`has_wide`](crate::text::has_wide) of
/// `line`: without a character from U+3000 up, only the ASCII bars can be there.
pub(super) fn tight_separators_known(line: &str, wide: bool) -> Cow<'_, str> {
    const BARS: [char; 5] = ['|', '｜', '/', '／', '丨'];
    let bar = if wide {
        has_bar(line)
    } else {
        memchr::memchr2(b'|', b'/', line.as_bytes()).is_some()
    };
    if !bar {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() && out.ends_with(BARS) {
            continue;
        }
        if c.is_whitespace() {
            // Spaces before a bar go; others stay (collapsed to one).
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            if chars.peek().is_some_and(|c| BARS.contains(c)) {
                continue;
            }
            out.push(' ');
            continue;
        }
        out.push(if c == '丨' { '|' } else { c });
    }
    Cow::Owned(out)
}

/// Whether `line` holds one of [`tight_separators`]' bars, searched for by their bytes (most
/// lines hold none, and a check character by character decodes each one): `|`, `/`, and the
/// lead byte of full-width forms (`｜` is `EF BD 9C`, `／` `EF BC 8F`) in one pass, `丨` in
/// another.
pub(super) fn has_bar(line: &str) -> bool {
    static STROKE: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("丨"));
    let b = line.as_bytes();
    memchr::memchr3_iter(b'|', b'/', 0xEF, b)
        .any(|i| b[i] != 0xEF || matches!(b.get(i + 1..i + 3), Some([0xBD, 0x9C] | [0xBC, 0x8F])))
        || STROKE.find(b).is_some()
}

/// Script variables that hold the publication time, for pages that render it client-side.
pub(super) static SCRIPT_DATE_KEY_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    crate::text::automaton()
        .ascii_case_insensitive(true)
        .build(SCRIPT_DATE_KEYS)
        .expect("valid keys")
});

/// Every label, for one automaton pass over each short line.
pub(super) static LABELS: LazyLock<SplitPatterns> = LazyLock::new(|| {
    SplitPatterns::new(
        AUTHOR_LABELS
            .iter()
            .chain(CO_CREDIT_LABELS)
            .chain(COPYRIGHT_LABELS)
            .chain(SOURCE_LABELS)
            .chain(DATE_LABELS)
            .chain(MODIFIED_LABELS)
            .copied(),
    )
});
