//! Class, id, role and style hints: what an element's attributes say it is (navigation,
//! comments, content, hidden), one automaton pass per distinct value.

use super::*;

/// Class/id hint words (from [`h`]) in one automaton: one pass over a `class` or `id` value
/// finds every hint instead of one substring search per word, and the whole-token words
/// (tokens split on non-alphanumerics) as matches with a token boundary on each side.
pub(super) struct Hints {
    pub(super) ac: Overlapping,
    /// [`hint`] bits of each pattern.
    pub(super) bits: Vec<u16>,
}

pub(super) mod hint {
    pub const UNLIKELY: u16 = 1;
    pub const MAYBE: u16 = 1 << 1;
    pub const POSITIVE: u16 = 1 << 2;
    pub const NEGATIVE: u16 = 1 << 3;
    pub const BYLINE: u16 = 1 << 4;
    /// Whole-token words: bits that count only where the match is a whole token (or, for a
    /// comment prefix, starts one).
    pub const UNLIKELY_TOKEN: u16 = 1 << 5;
    pub const COLLAPSED_TOKEN: u16 = 1 << 6;
    pub const COMMENT_PREFIX: u16 = 1 << 7;
    /// A post's author in a thread ([`crate::heuristics::POST_AUTHOR_HINTS`]).
    pub const POST_AUTHOR: u16 = 1 << 8;
    /// A dialog's or hiding class name ([`crate::heuristics::DIALOG_CLASSES`],
    /// [`crate::heuristics::HIDING_CLASSES`]) as a token: checked against the whole
    /// class names where it matches.
    pub const DIALOG_TOKEN: u16 = 1 << 9;
    /// The bits that hold wherever the word is.
    pub const SUBSTRING: u16 = UNLIKELY | MAYBE | POSITIVE | NEGATIVE | BYLINE | POST_AUTHOR;
}

pub(super) static HINTS: LazyLock<Hints> = LazyLock::new(|| {
    let mut words: Vec<(&str, u16)> = vec![];
    for (list, bit) in [
        (h::UNLIKELY_HINTS, hint::UNLIKELY),
        (h::MAYBE_CANDIDATE_HINTS, hint::MAYBE),
        (h::POSITIVE_HINTS, hint::POSITIVE),
        (h::NEGATIVE_HINTS, hint::NEGATIVE),
        (h::BYLINE_HINTS, hint::BYLINE),
        (h::UNLIKELY_TOKENS, hint::UNLIKELY_TOKEN),
        (h::COLLAPSED_TOKENS, hint::COLLAPSED_TOKEN),
        (h::COMMENT_TOKEN_PREFIXES, hint::COMMENT_PREFIX),
        (h::POST_AUTHOR_HINTS, hint::POST_AUTHOR),
        (h::DIALOG_CLASSES, hint::DIALOG_TOKEN),
        (h::HIDING_CLASSES, hint::DIALOG_TOKEN),
    ] {
        for w in list {
            match words.iter_mut().find(|(x, _)| x == w) {
                Some((_, b)) => *b |= bit,
                None => words.push((w, bit)),
            }
        }
    }
    let ac = Overlapping::new(words.iter().map(|(w, _)| *w), true);
    Hints {
        ac,
        bits: words.iter().map(|(_, b)| *b).collect(),
    }
});

/// Readability's `_getClassWeight` for one attribute value.
pub(super) fn class_weight(bits: u16) -> f32 {
    let mut w = 0.0;
    if bits & hint::NEGATIVE != 0 {
        w -= h::CLASS_WEIGHT;
    }
    if bits & hint::POSITIVE != 0 {
        w += h::CLASS_WEIGHT;
    }
    w
}

/// Reads the class/id/role/style hints of an element. Returns whether it is a byline
/// container (Readability: class/id byline|author|dateline, rel=author, itemprop=author).
/// What a `class` or `id` value says: its hint words, and whether one of its tokens is an
/// unlikely or a comment token.
#[derive(Clone, Copy, Default)]
pub(super) struct ValueHints {
    pub(super) bits: u16,
    pub(super) unlikely: bool,
    pub(super) comments: bool,
    pub(super) collapsed: bool,
    pub(super) dialog: bool,
}

impl ValueHints {
    /// One overlapping pass of [`HINTS`] over `value`.
    pub(super) fn of(value: &str) -> Self {
        let mut hints = ValueHints::default();
        if value.is_empty() {
            return hints;
        }
        let b = value.as_bytes();
        let boundary = |i: usize| b.get(i).is_none_or(|c| !c.is_ascii_alphanumeric());
        let hint_set = &*HINTS;
        hint_set.ac.any(b, |pattern, start, end| {
            let bits = hint_set.bits[pattern];
            hints.bits |= bits & hint::SUBSTRING;
            if bits & !hint::SUBSTRING == 0 || !(start == 0 || boundary(start - 1)) {
                return false;
            }
            let whole = boundary(end);
            hints.unlikely |= whole && bits & hint::UNLIKELY_TOKEN != 0;
            hints.collapsed |= whole && bits & hint::COLLAPSED_TOKEN != 0;
            hints.dialog |= whole && bits & hint::DIALOG_TOKEN != 0;
            if bits & hint::COMMENT_PREFIX != 0 && !hints.comments {
                let len = b[start..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .count();
                let token = &value[start..start + len];
                hints.comments = !h::COMMENT_TOKEN_EXCEPTIONS
                    .iter()
                    .any(|x| token.eq_ignore_ascii_case(x));
            }
            false
        });
        hints
    }

    /// Through `cache` (bounded: a page of unique values stops filling it). `value` is a
    /// slice of `html`, where the cache's keys lie.
    pub(super) fn cached(value: &str, (cache, html): (&mut ClassHints, &str)) -> Self {
        let hash_of = |s: &str| {
            use std::hash::Hasher;
            let mut hasher = rustc_hash::FxHasher::default();
            hasher.write(s.as_bytes());
            hasher.finish()
        };
        let hash = hash_of(value);
        let key_hash = |(span, _): &(Span, ValueHints)| hash_of(span.text(html));
        if let Some((_, v)) = cache.find(hash, |(span, _)| span.text(html) == value) {
            return *v;
        }
        let v = ValueHints::of(value);
        if cache.len() < h::CLASS_HINT_CACHE_ENTRIES {
            cache.insert_unique(hash, (value_span(html, 0, value), v), key_hash);
        }
        v
    }
}

pub(super) fn classify(
    attributes: &[Attr<'_>],
    info: TagInfo,
    node: &mut Node,
    class_hints: (&mut ClassHints, &str),
    style: &mut String,
) -> Author {
    if info.is(class::BLOCK) {
        node.flags |= flag::BLOCK;
    }
    if info.is(class::DROP) {
        node.flags |= flag::DROP_TAG;
    }
    if attributes.is_empty() {
        return Author::default();
    }
    let (mut class, mut id_attr, mut byline) = ("", "", false);
    for a in attributes {
        match a.name.as_ref() {
            "class" => class = a.value,
            "id" => id_attr = a.value,
            "hidden" => node.flags |= flag::HIDDEN,
            "aria-hidden" if a.value.trim().eq_ignore_ascii_case("true") => {
                node.flags |= flag::HIDDEN
            }
            "style" => {
                let (hidden, invisible) = style_hides(a.value, style);
                if hidden {
                    node.flags |= flag::HIDDEN;
                }
                if invisible {
                    node.flags |= flag::INVISIBLE;
                }
            }
            "role" if is_chrome_role(a.value) => node.flags |= flag::CHROME_ROLE,
            "rel"
                if a.value
                    .split_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("author")) =>
            {
                byline = true
            }
            "itemprop" => {
                let v = a.value.to_ascii_lowercase();
                if v.contains("author") {
                    byline = true;
                }
                if v.contains("datepublished") || v.contains("datemodified") {
                    node.flags |= flag::BOILERPLATE;
                }
                if v.contains("articlebody") {
                    // schema.org's own word for the article body outweighs any class name.
                    node.flags |= flag::MAYBE_CANDIDATE;
                    node.class_weight += h::CLASS_WEIGHT;
                }
            }
            _ => {}
        }
    }
    if !class.is_empty() {
        node.class_hash = hash_str(class.trim());
        node.class_head = hash_str(class.split_whitespace().next().unwrap_or(""));
    }
    if class.is_empty() && id_attr.is_empty() {
        return Author {
            byline,
            post: byline,
        };
    }
    let class_hints = if class.is_empty() {
        ValueHints::default()
    } else {
        ValueHints::cached(class, class_hints)
    };
    let id_hints = if id_attr.is_empty() {
        ValueHints::default()
    } else {
        ValueHints::of(id_attr)
    };
    let (class_bits, id_bits) = (class_hints.bits, id_hints.bits);
    let bits = class_bits | id_bits;
    if bits & hint::UNLIKELY != 0 || class_hints.unlikely || id_hints.unlikely {
        node.flags |= flag::UNLIKELY;
    }
    // A collapsed box that calls itself content (`story collapsed` behind a "read more"
    // button) is the article, not an aside (`article-body` is rescued as a maybe-candidate
    // anyway).
    if class_hints.collapsed && class_hints.bits & hint::POSITIVE == 0 {
        node.flags |= flag::UNLIKELY;
    }
    if class_hints.dialog && !matches!(node.tag, "html" | "body") && hidden_by_class(class) {
        node.flags |= flag::HIDDEN;
    }
    let comments = class_hints.comments || id_hints.comments;
    if comments {
        node.flags |= flag::COMMENTS;
    }
    if bits & hint::MAYBE != 0 {
        node.flags |= flag::MAYBE_CANDIDATE;
    }
    node.class_weight += class_weight(class_bits) + class_weight(id_bits);
    if bits & hint::BYLINE != 0 && !comments {
        let lower = format!("{class} {id_attr}").to_ascii_lowercase();
        byline |= !h::BYLINE_EXCLUDE_HINTS.iter().any(|x| lower.contains(x));
    }
    Author {
        byline,
        post: byline || bits & (hint::POST_AUTHOR | hint::BYLINE) != 0,
    }
}

/// What an element's attributes say of its text as a name.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Author {
    /// A byline container (Readability: class/id byline|author|dateline, rel=author,
    /// itemprop=author): the page's author.
    pub(super) byline: bool,
    /// A post's author in a thread (`username`, `comment-author` …).
    pub(super) post: bool,
}

/// Whether an element's class, id or role calls it chrome (navigation, comments, share bars,
/// ads …), as the scan reads them, unless a word such as `content` rescues it (Readability's
/// `unlikelyCandidates` and `okMaybeItsACandidate`). For the reader probe, which keeps
/// nothing else of the element.
pub(crate) fn element_is_chrome(attributes: &[Attr<'_>]) -> bool {
    let mut hints = ValueHints::default();
    for a in attributes {
        match a.name.as_ref() {
            "class" | "id" => {
                let v = ValueHints::of(a.value);
                hints.bits |= v.bits;
                hints.unlikely |= v.unlikely;
                hints.comments |= v.comments;
            }
            "role" if is_chrome_role(a.value) => return true,
            _ => {}
        }
    }
    hints.comments
        || ((hints.bits & hint::UNLIKELY != 0 || hints.unlikely) && hints.bits & hint::MAYBE == 0)
}

/// Whether a `role` value names page chrome ([`h::CHROME_ROLES`]).
pub(crate) fn is_chrome_role(value: &str) -> bool {
    h::CHROME_ROLES
        .iter()
        .any(|r| value.trim().eq_ignore_ascii_case(r))
}

/// What an inline style says: whether it hides the element (`display: none`) and whether it
/// makes it invisible (`visibility: hidden`). `buf` is reused between calls.
pub(crate) fn style_hides(value: &str, buf: &mut String) -> (bool, bool) {
    buf.clear();
    buf.extend(
        value
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_lowercase()),
    );
    (
        h::HIDDEN_STYLES.iter().any(|s| buf.contains(s)),
        h::INVISIBLE_STYLES.iter().any(|s| buf.contains(s)),
    )
}

/// Whether a class attribute hides its element: a dialog's class ([`h::DIALOG_CLASSES`]), or
/// a hiding class ([`h::HIDING_CLASSES`]) that no other class overrides at some width
/// ([`h::SHOWN_AT_WIDTH_MARKS`]). Whole class names only.
pub(super) fn hidden_by_class(class: &str) -> bool {
    let is = |list: &[&str], c: &str| list.iter().any(|d| c.eq_ignore_ascii_case(d));
    let mut classes = class.split_ascii_whitespace();
    if classes.clone().any(|c| is(h::DIALOG_CLASSES, c)) {
        return true;
    }
    classes.clone().any(|c| is(h::HIDING_CLASSES, c))
        && !classes.any(|c| {
            let c = c.to_ascii_lowercase();
            h::SHOWN_AT_WIDTH_MARKS.iter().any(|m| c.contains(m))
        })
}
