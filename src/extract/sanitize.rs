//! The output allowlist: which tags and attributes reach the article, and how URLs are
//! checked. An allowlist, never a blocklist — anything not named here is dropped.
//!
//! * Tags: reading markup only (headings, paragraphs, lists, quotes, code, inline emphasis,
//!   links, images, figures, tables, ruby, details). Layout containers become `<div>`; inline
//!   wrappers (`span`, `font`, unknown tags) are unwrapped, keeping their text; everything else
//!   (script, style, forms, embeds, `svg`, `template` …) goes with its content.
//! * MathML: `<math>` and the presentation elements inside it (MathML Core), so formulas
//!   render; inside `<math>` nothing else is emitted — an HTML element there is unwrapped to
//!   its text, so a browser re-parsing the output can never switch namespaces
//!   (the `<math><mtext><table><mglyph><style>` family of mutation attacks). `annotation` and
//!   `annotation-xml` (an HTML integration point) go with their content.
//! * Attributes: a short list per tag. No `on*`, `style`, `id`, `srcdoc`, `formaction`,
//!   `xlink:href` ever survives, and `class` only as a code block's language
//!   (`class="language-rust"`, from the page's `lang-rust`, `brush: rust` or `data-lang`); `id` is dropped so nothing can clobber the host
//!   page's globals.
//! * URLs: resolved against the page URL and `<base>`; only `http`, `https` and `mailto`
//!   (and relative URLs when no base is known) survive; `data:` only as an image with an image
//!   MIME type. Links get `rel="noopener noreferrer"`.

use std::borrow::Cow;

use crate::url::Url;

use crate::heuristics::{CODE_LANGUAGE_PREFIXES, MAX_CODE_LANGUAGE};

/// What to do with an element inside the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TagRule {
    /// Emit it under this (allowlisted) name.
    Emit(&'static str),
    /// Leave the tag out, keep its content.
    Unwrap,
    /// Leave it out with its content.
    Drop,
}

/// MathML presentation elements emitted inside `<math>` (sorted, each starting with `m`, `n`
/// or `s`: [`is_mathml`] relies on both).
const MATHML_TAGS: &[&str] = &[
    "menclose",
    "merror",
    "mfrac",
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
    "munder",
    "munderover",
    "none",
    "semantics",
];

/// Presentation attributes kept on MathML elements (no `href`, no colours, no `style`).
const MATHML_ATTRIBUTES: &[&str] = &[
    "accent",
    "accentunder",
    "alttext",
    "columnalign",
    "columnlines",
    "columnspan",
    "depth",
    "display",
    "displaystyle",
    "fence",
    "form",
    "frame",
    "height",
    "largeop",
    "linethickness",
    "lspace",
    "mathsize",
    "mathvariant",
    "maxsize",
    "minsize",
    "movablelimits",
    "notation",
    "rowalign",
    "rowlines",
    "rowspan",
    "rspace",
    "scriptlevel",
    "separator",
    "stretchy",
    "symmetric",
    "voffset",
    "width",
];

fn is_mathml(tag: &str) -> bool {
    // Asked for every emitted element and most of their attributes: the first letter rules
    // out nearly every HTML tag, and the sorted list is searched in halves.
    matches!(tag.as_bytes().first(), Some(b'm' | b'n' | b's'))
        && (tag == "math" || MATHML_TAGS.binary_search(&tag).is_ok())
}

/// Where an element sits in the emitted markup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    Html,
    /// Inside `<math>`, where elements are MathML.
    Math,
    /// Inside a MathML token element (`mi`, `mo`, `mn`, `ms`, `mtext`): a browser parses a
    /// start tag there as HTML, so only text may follow.
    MathText,
}

impl Context {
    /// The context of an emitted `tag`'s children.
    pub fn inside(self, tag: &str) -> Context {
        match (self, tag) {
            (Context::Html, "math") => Context::Math,
            (Context::Math, "mi" | "mo" | "mn" | "ms" | "mtext") => Context::MathText,
            (c, _) => c,
        }
    }
}

/// The rule for an (interned) tag whose parent's children are in `context`.
pub fn tag_rule(tag: &'static str, context: Context) -> TagRule {
    let html = || match tag_rule(tag, Context::Html) {
        TagRule::Drop => TagRule::Drop,
        _ => TagRule::Unwrap,
    };
    match context {
        Context::Html => {}
        Context::Math => {
            return match tag {
                "annotation" | "annotation-xml" => TagRule::Drop,
                _ if MATHML_TAGS.contains(&tag) => TagRule::Emit(tag),
                _ => html(),
            };
        }
        Context::MathText => return html(),
    }
    match tag {
        "math" => TagRule::Emit("math"),
        // MathML out of place, and `maction` anywhere (its first child is what it shows).
        _ if is_mathml(tag) => TagRule::Unwrap,
        "maction" | "mglyph" => TagRule::Unwrap,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "br" | "hr" | "ul" | "ol" | "li" | "dl"
        | "dt" | "dd" | "blockquote" | "pre" | "code" | "em" | "strong" | "b" | "i" | "u" | "s"
        | "sub" | "sup" | "small" | "mark" | "q" | "cite" | "abbr" | "time" | "a" | "img"
        | "picture" | "source" | "figure" | "figcaption" | "table" | "caption" | "thead"
        | "tbody" | "tfoot" | "tr" | "td" | "th" | "col" | "colgroup" | "ruby" | "rt" | "rp"
        | "rb" | "details" | "summary" | "kbd" | "samp" | "var" | "del" | "ins" | "dfn" | "bdi"
        | "bdo" | "data" | "wbr" | "address" | "div" => TagRule::Emit(tag),
        "section" | "article" | "main" | "header" | "center" | "text" | "hgroup" | "body"
        | "html" | "#root" | "multicol" => TagRule::Emit("div"),
        "listing" | "xmp" | "plaintext" => TagRule::Emit("pre"),
        "strike" => TagRule::Emit("s"),
        "tt" => TagRule::Emit("code"),
        "span" | "font" | "big" | "nobr" | "blink" | "marquee" | "acronym" | "rtc" | "spacer"
        | "slot" | "image" | "form" | "fieldset" | "legend" | "label" | "" => TagRule::Unwrap,
        _ => TagRule::Drop,
    }
}

/// Attributes kept on an emitted tag (besides URL attributes, handled by [`url_attributes`]).
pub fn allowed_attribute(tag: &str, attr: &str) -> bool {
    match attr {
        "lang" | "dir" | "title" | "translate" => true,
        "alt" | "width" | "height" | "sizes" => matches!(tag, "img" | "source"),
        "type" | "media" => tag == "source",
        "colspan" | "rowspan" | "headers" | "scope" => matches!(tag, "td" | "th"),
        "start" | "reversed" => tag == "ol",
        "value" => matches!(tag, "li" | "data"),
        "datetime" => matches!(tag, "time" | "del" | "ins"),
        "span" => matches!(tag, "col" | "colgroup"),
        "open" => tag == "details",
        _ => is_mathml(tag) && MATHML_ATTRIBUTES.contains(&attr),
    }
}

/// A code block's language named by its class (`language-rust`, `lang-js`, `brush: py;`).
pub fn code_language_of_class(class: &str) -> Option<String> {
    let lower = class.to_ascii_lowercase();
    let words: Vec<&str> = lower.split_ascii_whitespace().collect();
    words.iter().enumerate().find_map(|(i, w)| {
        CODE_LANGUAGE_PREFIXES.iter().find_map(|p| {
            let rest = w.strip_prefix(p)?;
            // `brush: js;` puts the name in the next word.
            let name = if rest.is_empty() {
                words.get(i + 1)?
            } else {
                rest
            };
            code_language(name.trim_end_matches(';'))
        })
    })
}

/// A language name as written in `class="language-…"`: letters, digits and `+#._-`, short.
pub fn code_language(name: &str) -> Option<String> {
    let name = name.trim().to_ascii_lowercase();
    let ok = !name.is_empty()
        && name.len() <= MAX_CODE_LANGUAGE
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+#._-".contains(&b));
    ok.then_some(name)
}

/// URL-valued attributes kept per tag.
pub fn url_attributes(tag: &str) -> &'static [&'static str] {
    match tag {
        "a" => &["href"],
        "img" => &["src"],
        "blockquote" | "q" | "del" | "ins" => &["cite"],
        _ => &[],
    }
}

/// Attributes that hold a lazily loaded image's real URL, in order of preference.
pub const LAZY_SRC_ATTRIBUTES: &[&str] = &[
    "data-src",
    "data-original",
    "data-lazy-src",
    "data-actualsrc",
    "data-url",
    "data-echo",
    "data-lazyload",
];

/// `src` values that are placeholders for a lazily loaded image.
pub fn is_placeholder_src(src: &str) -> bool {
    let s = src.trim().to_ascii_lowercase();
    s.is_empty()
        || (s.starts_with("data:") && s.len() < 200)
        || [
            "placeholder",
            "blank.",
            "loading.",
            "spacer.",
            "grey.gif",
            "lazy.",
            "1x1.",
        ]
        .iter()
        .any(|p| s.contains(p))
}

/// Resolves and checks a URL attribute value (already entity-decoded). `None` drops it.
pub fn clean_url(value: &str, base: Option<&Url>, image: bool) -> Option<String> {
    // Browsers strip ASCII tab and newline anywhere in a URL and C0 controls/spaces at its
    // ends: strip them the same way before looking at the scheme.
    let stripped: Cow<'_, str> = if memchr::memchr3(b'\t', b'\n', b'\r', value.as_bytes()).is_some()
    {
        value
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect::<String>()
            .into()
    } else {
        Cow::Borrowed(value)
    };
    let cleaned = stripped.trim_matches(|c: char| c <= ' ');
    if cleaned.is_empty() {
        return None;
    }
    if cleaned.starts_with('#') {
        return Some(cleaned.to_string());
    }
    // A data URL (an inline image, often many kilobytes) is judged on its scheme alone, as
    // below, whether or not the URL parser takes it: parsing it would only copy it.
    if cleaned
        .get(..5)
        .is_some_and(|s| s.eq_ignore_ascii_case("data:"))
    {
        return (image && is_image_data_url(cleaned)).then(|| cleaned.to_string());
    }
    if is_plain_http_url(cleaned) {
        return Some(cleaned.to_string());
    }
    let parsed = match base {
        Some(b) => b.join(cleaned).ok(),
        None => Url::parse(cleaned).ok(),
    };
    match parsed {
        Some(u) => match u.scheme() {
            "http" | "https" | "mailto" => Some(u.to_string()),
            "data" if image && is_image_data_url(cleaned) => Some(cleaned.to_string()),
            _ => None,
        },
        // Relative URL without a base: keep it unless it smuggles a scheme.
        None if base.is_none() && !has_scheme(cleaned) => Some(cleaned.to_string()),
        None => None,
    }
}

/// `srcset`: each candidate URL is checked like `src`.
pub fn clean_srcset(value: &str, base: Option<&Url>) -> Option<String> {
    let parts: Vec<String> = value
        .split(',')
        .filter_map(|cand| {
            let cand = cand.trim();
            let (url, descriptor) = cand.split_once(char::is_whitespace).unwrap_or((cand, ""));
            let url = clean_url(url, base, false)?;
            Some(if descriptor.trim().is_empty() {
                url
            } else {
                format!("{url} {}", descriptor.trim())
            })
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// An absolute `http`/`https` URL that the URL parser would write back exactly as it is:
/// lower-case scheme and host, the host a name (letters, digits, hyphens, dots; no IP
/// address, no `xn--` label, no port or user), a path, and a path and query of characters
/// that are never percent-encoded or rewritten, without dot segments or a fragment. Most
/// links and images of a page are such; parsing each costs thousands of instructions.
fn is_plain_http_url(s: &str) -> bool {
    let Some(rest) = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
    else {
        return false;
    };
    let Some(slash) = rest.find('/') else {
        return false;
    };
    let (host, tail) = rest.split_at(slash);
    let plain_labels = host.split('.').all(|l| {
        !l.is_empty()
            && !l.starts_with("xn--")
            && l.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    });
    // A last label that is not a word makes the host an IPv4 address (`127.1`, `0x7f`).
    let named = host
        .rsplit('.')
        .next()
        .is_some_and(|l| l.starts_with(|c: char| c.is_ascii_lowercase()));
    if !plain_labels || !named {
        return false;
    }
    let safe = |b: u8| b.is_ascii_alphanumeric() || b"-._~!$&()*+,;=:@/?%".contains(&b);
    let path = tail.split('?').next().unwrap_or("");
    tail.bytes().all(safe)
        && !path.split('/').any(|seg| seg == "." || seg == "..")
        // `%2e` is a dot, and `%2e%2e` a dot segment.
        && !tail
            .as_bytes()
            .windows(3)
            .any(|w| w[0] == b'%' && w[1] == b'2' && w[2].eq_ignore_ascii_case(&b'e'))
}

fn has_scheme(s: &str) -> bool {
    match s.find(':') {
        Some(i) => {
            let head = &s[..i];
            !head.is_empty()
                && !head.contains(['/', '?', '#'])
                && head
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }
        None => false,
    }
}

fn is_image_data_url(s: &str) -> bool {
    let lower = s.get(..32).unwrap_or(s).to_ascii_lowercase();
    lower.starts_with("data:image/") && !lower.starts_with("data:image/svg")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_blocks_language_is_the_only_class_kept() {
        let cases = [
            ("language-rust", Some("rust")),
            ("hljs lang-JS", Some("js")),
            ("brush: py; gutter: false", Some("py")),
            ("highlight-c++", Some("c++")),
            ("language-\"onmouseover=x", None),
            ("prettyprint", None),
        ];
        for (class, want) in cases {
            assert_eq!(code_language_of_class(class).as_deref(), want, "{class}");
        }
    }

    #[test]
    fn mathml_tags_are_sorted_and_start_as_is_mathml_expects() {
        assert!(MATHML_TAGS.windows(2).all(|w| w[0] < w[1]));
        for tag in MATHML_TAGS.iter().chain(&["math"]) {
            assert!(is_mathml(tag), "{tag}");
        }
        for tag in [
            "div", "p", "span", "img", "section", "main", "mark", "nav", "small", "",
        ] {
            assert!(!is_mathml(tag), "{tag}");
        }
    }

    /// The fast path agrees with the URL parser: on hand-picked URLs, and on every quoted or
    /// spaced-out value starting with `http` in the development corpus's pages when
    /// `../shared` is there.
    #[test]
    fn plain_urls_are_written_as_the_parser_writes_them() {
        let agrees = |u: &str| {
            if is_plain_http_url(u) {
                let parsed = Url::parse(u).map(|p| p.to_string());
                assert_eq!(parsed.as_deref(), Ok(u), "{u}");
                true
            } else {
                false
            }
        };
        for u in [
            "https://example.com/a/b.jpg",
            "http://www.example.com/news/2019/09/07/story.html?id=1&x=y",
            "https://cdn.example.com/img/a_b-c~d.png?w=640,h=480;q=80",
            "https://ex-ample.co.uk/@user/post:1/(x)*+$!",
            "https://example.com/%E4%B8%AD%E6%96%87",
            "https://1.example.com/",
        ] {
            assert!(agrees(u), "{u}");
        }
        for u in [
            "https://Example.com/",
            "HTTP://example.com/",
            "https://example.com",
            "https://example.com?x",
            "https://example.com:443/",
            "https://user@example.com/",
            "https://127.0.0.1/",
            "https://127.1/",
            "https://0x7f/",
            "https://example.123/",
            "https://xn--fiqs8s.cn/",
            "https://example..com/",
            "https://example.com./",
            "https://example.com/a/../b",
            "https://example.com/a/./b",
            "https://example.com/a/%2e%2E/b",
            "https://example.com/a b",
            "https://example.com/a#top",
            "https://example.com/a'b?c'd",
            "https://example.com/a\\b",
            "https://example.com/a|b",
            "https://example.com/中文",
        ] {
            assert!(!agrees(u), "{u}");
        }
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        let Ok(sets) = std::fs::read_dir(&corpus) else {
            eprintln!("skipped: no {}", corpus.display());
            return;
        };
        let mut plain = 0;
        for page in sets
            .flatten()
            .flat_map(|set| {
                std::fs::read_dir(set.path().join("html"))
                    .into_iter()
                    .flatten()
            })
            .flatten()
        {
            let html = String::from_utf8_lossy(&std::fs::read(page.path()).unwrap_or_default())
                .into_owned();
            for value in html.split(['"', '\'', ' ', '>', '<', '=']) {
                if value.starts_with("http") {
                    plain += usize::from(agrees(value));
                }
            }
        }
        assert!(plain > 1000, "{plain} plain URLs in the corpus");
    }

    #[test]
    fn script_urls_are_dropped_in_every_disguise() {
        for bad in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "\u{1}javascript:x",
            "vbscript:x",
            "data:text/html,<script>",
        ] {
            assert_eq!(clean_url(bad, None, false), None, "{bad:?}");
            let base = Url::parse("https://example.com/a/").unwrap();
            assert_eq!(clean_url(bad, Some(&base), false), None, "{bad:?}");
        }
    }

    #[test]
    fn relative_urls_resolve_against_the_base() {
        let base = Url::parse("https://example.com/news/a.html").unwrap();
        assert_eq!(
            clean_url("../img/x.png", Some(&base), true).as_deref(),
            Some("https://example.com/img/x.png")
        );
        assert_eq!(
            clean_url("img/x.png", None, true).as_deref(),
            Some("img/x.png")
        );
        assert_eq!(
            clean_url("mailto:a@b.c", None, false).as_deref(),
            Some("mailto:a@b.c")
        );
        assert!(clean_url("data:image/png;base64,AAAA", None, true).is_some());
        assert!(clean_url("data:image/svg+xml,<svg onload=x>", None, true).is_none());
    }

    #[test]
    fn data_urls_are_judged_on_their_scheme_with_or_without_a_base() {
        let base = Url::parse("https://example.com/a/").unwrap();
        for base in [None, Some(&base)] {
            assert_eq!(
                clean_url(" DATA:image/png;base64,\tAAAA ", base, true).as_deref(),
                Some("DATA:image/png;base64,AAAA")
            );
            assert_eq!(clean_url("data:image/png;base64,AAAA", base, false), None);
            assert_eq!(clean_url("data:,hello", base, true), None);
            assert_eq!(clean_url("data://x", base, true), None);
        }
    }

    #[test]
    fn srcset_candidates_are_checked() {
        let base = Url::parse("https://e.com/").unwrap();
        assert_eq!(
            clean_srcset("a.jpg 1x, javascript:x 2x, b.jpg 2x", Some(&base)).as_deref(),
            Some("https://e.com/a.jpg 1x, https://e.com/b.jpg 2x")
        );
    }

    #[test]
    fn only_reading_tags_survive() {
        assert_eq!(tag_rule("script", Context::Html), TagRule::Drop);
        assert_eq!(tag_rule("svg", Context::Html), TagRule::Drop);
        assert_eq!(tag_rule("section", Context::Html), TagRule::Emit("div"));
        assert_eq!(tag_rule("span", Context::Html), TagRule::Unwrap);
        assert!(!allowed_attribute("mi", "href"));
        assert!(allowed_attribute("mi", "mathvariant"));
        assert!(!allowed_attribute("p", "mathvariant"));
    }

    #[test]
    fn mathml_only_inside_math_and_nothing_else_inside_it() {
        use Context::*;
        assert_eq!(tag_rule("math", Html), TagRule::Emit("math"));
        assert_eq!(tag_rule("mi", Html), TagRule::Unwrap);
        assert_eq!(tag_rule("mi", Math), TagRule::Emit("mi"));
        assert_eq!(tag_rule("math", Math), TagRule::Unwrap);
        for html in ["p", "table", "img", "div", "a", "mglyph", "maction"] {
            assert_eq!(tag_rule(html, Math), TagRule::Unwrap, "{html}");
        }
        for gone in ["style", "script", "svg", "annotation-xml", "annotation"] {
            assert_eq!(tag_rule(gone, Math), TagRule::Drop, "{gone}");
        }
        // A browser parses a start tag inside a token element as HTML: only text there.
        assert_eq!(Html.inside("math").inside("mrow").inside("mi"), MathText);
        assert_eq!(tag_rule("mi", MathText), TagRule::Unwrap);
        assert_eq!(tag_rule("mrow", MathText), TagRule::Unwrap);
        assert_eq!(tag_rule("style", MathText), TagRule::Drop);
        assert!(!allowed_attribute("img", "onerror"));
        assert!(!allowed_attribute("p", "style"));
        assert!(allowed_attribute("td", "colspan"));
    }
}
