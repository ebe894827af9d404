//! Interned tag names with their classes precomputed: one binary search per element gives the
//! `&'static str` name and a bit set (block, void, dropped, …), so the passes never compare
//! strings against tag lists in their hot loops.

use std::sync::LazyLock;

use super::tokenizer::Content;
use crate::heuristics as h;

/// Every HTML tag name the extractor knows, MathML's presentation elements, and `text` (an
/// element some archived Chinese pages wrap their body in); sorted.
const KNOWN: &[&str] = &[
    "a",
    "abbr",
    "acronym",
    "address",
    "annotation",
    "annotation-xml",
    "applet",
    "area",
    "article",
    "aside",
    "audio",
    "b",
    "base",
    "basefont",
    "bdi",
    "bdo",
    "bgsound",
    "big",
    "blink",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "datalist",
    "dd",
    "del",
    "details",
    "dfn",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fencedframe",
    "fieldset",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "frame",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "i",
    "iframe",
    "image",
    "img",
    "input",
    "ins",
    "isindex",
    "kbd",
    "keygen",
    "label",
    "legend",
    "li",
    "link",
    "listing",
    "maction",
    "main",
    "map",
    "mark",
    "marquee",
    "math",
    "menclose",
    "menu",
    "menuitem",
    "merror",
    "meta",
    "meter",
    "mfrac",
    "mglyph",
    "mi",
    "mmultiscripts",
    "mn",
    "mo",
    "mover",
    "mpadded",
    "mphantom",
    "mprescripts",
    "mroot",
    "mrow",
    "ms",
    "mspace",
    "msqrt",
    "mstyle",
    "msub",
    "msubsup",
    "msup",
    "mtable",
    "mtd",
    "mtext",
    "mtr",
    "multicol",
    "munder",
    "munderover",
    "nav",
    "nextid",
    "nobr",
    "noembed",
    "noframes",
    "none",
    "noscript",
    "object",
    "ol",
    "optgroup",
    "option",
    "output",
    "p",
    "param",
    "picture",
    "plaintext",
    "portal",
    "pre",
    "progress",
    "q",
    "rb",
    "rp",
    "rt",
    "rtc",
    "ruby",
    "s",
    "samp",
    "script",
    "search",
    "section",
    "select",
    "semantics",
    "slot",
    "small",
    "source",
    "spacer",
    "span",
    "strike",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "svg",
    "table",
    "tbody",
    "td",
    "template",
    "text",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "track",
    "tt",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
    "xmp",
];

// ---- The tree builder's lists (the HTML standard's): how elements open and close ----

/// Elements that close an open `<p>` when they start (HTML's "close a p element").
pub(crate) const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "plaintext",
    "pre",
    "search",
    "section",
    "summary",
    "table",
    "ul",
    "li",
    "dd",
    "dt",
    "xmp",
];

/// Elements that may stay inside `<head>`; any other start tag closes it.
pub(crate) const HEAD_CONTENT: &[&str] = &[
    "title", "meta", "link", "style", "script", "base", "noscript", "template",
];

/// Elements where a search for an element to close implicitly stops.
pub(crate) const SCOPE_STOPS: &[&str] = &[
    "html",
    "body",
    "table",
    "td",
    "th",
    "caption",
    "template",
    "object",
    "marquee",
    "applet",
    "button",
    "svg",
    "math",
    "mi",
    "mo",
    "mn",
    "ms",
    "mtext",
    "annotation-xml",
];

/// Elements that a later start tag can close implicitly.
pub(crate) const CLOSABLE: &[&str] = &[
    "p", "li", "dd", "dt", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "a", "head",
    "h1", "h2", "h3", "h4", "h5", "h6",
];

/// The standard's "special" elements: an end tag of another name does not close past one
/// (`<span><div>x</span>y` keeps `y` in the `div`).
pub(crate) const SPECIAL: &[&str] = &[
    "address",
    "applet",
    "area",
    "article",
    "aside",
    "base",
    "basefont",
    "bgsound",
    "blockquote",
    "body",
    "br",
    "button",
    "caption",
    "center",
    "col",
    "colgroup",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "frame",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "iframe",
    "img",
    "input",
    "keygen",
    "li",
    "link",
    "listing",
    "main",
    "marquee",
    "menu",
    "meta",
    "nav",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "p",
    "param",
    "plaintext",
    "pre",
    "script",
    "search",
    "section",
    "select",
    "source",
    "style",
    "summary",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "track",
    "ul",
    "wbr",
    "xmp",
];

/// The standard's formatting elements: their end tag runs the adoption agency, which closes
/// them without closing a block opened inside them (`<b><p>x</b>y</p>` keeps `y` in the
/// paragraph).
pub(crate) const FORMATTING: &[&str] = &[
    "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
];

/// Tag classes, as bits of [`TagInfo::flags`].
pub mod class {
    pub const BLOCK: u16 = 1;
    pub const VOID: u16 = 1 << 1;
    pub const DROP: u16 = 1 << 2;
    pub const PARAGRAPH: u16 = 1 << 3;
    pub const CLEAN: u16 = 1 << 4;
    pub const HEADING: u16 = 1 << 5;
    /// HTML's tree-building lists ([`crate::html::tree`]): closes an open `<p>`; may stay in
    /// `<head>`; stops the search for an element to close; may be closed by a later start tag.
    pub const CLOSES_P: u16 = 1 << 6;
    pub const HEAD_CONTENT: u16 = 1 << 7;
    pub const SCOPE_STOP: u16 = 1 << 8;
    pub const CLOSABLE: u16 = 1 << 9;
    /// The standard's special and formatting elements ([`SPECIAL`],
    /// [`super::FORMATTING`]): how end tags close.
    pub const SPECIAL: u16 = 1 << 10;
    pub const FORMATTING: u16 = 1 << 11;
}

/// An interned tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TagInfo {
    /// The tag name, or `""` for a tag the extractor does not know (custom elements and
    /// typos, treated as generic inline containers).
    pub name: &'static str,
    pub flags: u16,
}

impl TagInfo {
    pub fn is(&self, class: u16) -> bool {
        self.flags & class != 0
    }
}

static FLAGS: LazyLock<Vec<u16>> = LazyLock::new(|| KNOWN.iter().map(|t| classify(t)).collect());

fn classify(tag: &str) -> u16 {
    let mut f = 0;
    for (list, bit) in [
        (h::BLOCK_TAGS, class::BLOCK),
        (h::DROP_TAGS, class::DROP),
        (h::PARAGRAPH_TAGS, class::PARAGRAPH),
        (h::CLEAN_TAGS, class::CLEAN),
        (&["h1", "h2", "h3", "h4", "h5", "h6"][..], class::HEADING),
        (CLOSES_P, class::CLOSES_P),
        (HEAD_CONTENT, class::HEAD_CONTENT),
        (SCOPE_STOPS, class::SCOPE_STOP),
        (CLOSABLE, class::CLOSABLE),
        (SPECIAL, class::SPECIAL),
        (FORMATTING, class::FORMATTING),
    ] {
        if list.contains(&tag) {
            f |= bit;
        }
    }
    if is_void(tag) {
        f |= class::VOID;
    }
    f
}

/// The interned tag of a start tag's source (`<DIV class=x>` → `div`).
pub(crate) fn tag_of(source: &str) -> Option<TagInfo> {
    let name = source.strip_prefix('<')?;
    let len = name
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
        .count();
    if name
        .as_bytes()
        .get(len)
        .is_some_and(|&c| !super::tokenizer::is_name_end(c))
    {
        return Some(TagInfo { name: "", flags: 0 });
    }
    let name = &name[..len];
    if name.is_empty() {
        return None;
    }
    Some(intern(name))
}

/// Slots of [`INDEX`]: a power of two over four times the known tags, so probes are short.
const INDEX_SLOTS: usize = 1024;

/// FNV-1a's starting value and one step of it: [`slot_hash`] and
/// [`name_hash`](super::tree::name_hash) are FNV-1a over the lower-cased name, so a caller
/// that hashes a name as it reads it ([`intern_hashed`]) hashes it once for both.
pub const FNV_START: u32 = 0x811c_9dc5;

#[inline]
pub fn fnv_step(h: u32, b: u8) -> u32 {
    (h ^ u32::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0193)
}

/// FNV-1a over the name's bytes.
fn slot_hash(tag: &[u8]) -> usize {
    tag.iter().fold(FNV_START, |h, &b| fnv_step(h, b)) as usize & (INDEX_SLOTS - 1)
}

/// Open-addressed table from a name's hash to its index in [`KNOWN`] + 1 (0: empty): one hash
/// and usually one comparison per element instead of a binary search's seven.
static INDEX: LazyLock<Vec<u16>> = LazyLock::new(|| {
    let mut index = vec![0u16; INDEX_SLOTS];
    for (i, tag) in KNOWN.iter().enumerate() {
        let mut s = slot_hash(tag.as_bytes());
        while index[s] != 0 {
            s = (s + 1) & (INDEX_SLOTS - 1);
        }
        index[s] = i as u16 + 1;
    }
    index
});

/// Interns a tag name (ASCII case does not matter).
pub fn intern(tag: &str) -> TagInfo {
    intern_hashed(tag.as_bytes(), tag.bytes().fold(FNV_START, fnv_step))
}

/// [`intern`] for a name in any case, given its hash (FNV-1a of its lower-cased bytes, from
/// [`FNV_START`] by [`fnv_step`]).
#[inline(always)]
pub fn intern_hashed(tag: &[u8], hash: u32) -> TagInfo {
    let mut s = hash as usize & (INDEX_SLOTS - 1);
    loop {
        match INDEX[s] {
            0 => return TagInfo { name: "", flags: 0 },
            k => {
                let i = usize::from(k - 1);
                if KNOWN[i].as_bytes().eq_ignore_ascii_case(tag) {
                    return TagInfo {
                        name: KNOWN[i],
                        flags: FLAGS[i],
                    };
                }
            }
        }
        s = (s + 1) & (INDEX_SLOTS - 1);
    }
}

/// Void elements: no content, no end tag.
pub fn is_void(tag: &str) -> bool {
    matches!(
        tag,
        "area"
            | "base"
            | "basefont"
            | "bgsound"
            | "br"
            | "col"
            | "embed"
            | "frame"
            | "hr"
            | "image"
            | "img"
            | "input"
            | "keygen"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// A start tag's interned name ([`tag_of`]), its name as written (up to whitespace, `/` or `>`: unknown
/// elements share one interned name, `<mjx-c>` is matched to its end tag on this) and the
/// [`name_hash`](crate::html::tree::name_hash) of that, read in one pass that hashes the name once
/// for both.
pub(crate) fn read_name(source: &str) -> (TagInfo, &[u8], u32) {
    let rest = source.as_bytes().get(1..).unwrap_or_default();
    let mut hash = FNV_START;
    let mut i = 0;
    while i < rest.len() && (rest[i].is_ascii_alphanumeric() || rest[i] == b'-') {
        hash = fnv_step(hash, rest[i]);
        i += 1;
    }
    // A name that goes on past letters, digits and dashes (`<div<div>`, `<svg:rect>`) is no
    // known element's.
    let info = if i == 0
        || rest
            .get(i)
            .is_some_and(|&c| !super::tokenizer::is_name_end(c))
    {
        TagInfo { name: "", flags: 0 }
    } else {
        intern_hashed(&rest[..i], hash)
    };
    while i < rest.len() && !super::tokenizer::is_name_end(rest[i]) {
        hash = fnv_step(hash, rest[i]);
        i += 1;
    }
    let written = &rest[..i];
    (info, written, hash)
}

/// The raw-text element a start tag's name opens in HTML content, as a browser that runs
/// scripts reads it (`noscript` is raw text there).
pub fn raw_text_content(name: &[u8]) -> Option<Content> {
    let candidates: &[(&str, Content)] = match name.len() {
        3 => &[("xmp", Content::Rawtext)],
        5 => &[("style", Content::Rawtext), ("title", Content::Rcdata)],
        6 => &[
            ("iframe", Content::Rawtext),
            ("script", Content::ScriptData),
        ],
        7 => &[("noembed", Content::Rawtext)],
        8 => &[
            ("noframes", Content::Rawtext),
            ("noscript", Content::Rawtext),
            ("textarea", Content::Rcdata),
        ],
        9 => &[("plaintext", Content::Plaintext)],
        _ => return None,
    };
    candidates
        .iter()
        .find(|(t, _)| t.as_bytes().eq_ignore_ascii_case(name))
        .map(|&(_, content)| content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_list_is_sorted_and_interns() {
        assert!(KNOWN.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(intern("div").name, "div");
        assert!(intern("div").is(class::BLOCK) && !intern("span").is(class::BLOCK));
        assert!(intern("img").is(class::VOID) && intern("script").is(class::DROP));
        assert_eq!(intern("my-widget").name, "");
        assert_eq!(intern("DiV").name, "div");
        assert!(KNOWN.iter().all(|t| intern(t).name == *t));
        assert!(KNOWN.len() * 4 <= INDEX_SLOTS);
        assert!(is_void("img") && !is_void("p"));
    }
}
