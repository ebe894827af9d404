//! Converting HTML: text nodes and reader-visible attributes only, streamed through lol_html.
//!
//! * Text chunks are buffered to the end of their text node (a phrase split across chunks
//!   converts whole).
//! * The text nodes of one block (`<p>头<b>发</b></p>`) are joined, converted once and split
//!   back by character offsets, so phrases that cross inline markup convert as phrases
//!   (頭<b>髮</b>). Where the conversion changes the length (a regional phrase), each node is
//!   converted on its own instead. While streaming, each text node is written as a marker;
//!   the markers are replaced once the block's conversion is known.
//! * Never touched: markup, URLs, `script`, `style`, `code`, `pre`, `kbd`, `samp`, `textarea`,
//!   `translate="no"`, `.notranslate`, text whose `lang` is not Chinese, ruby annotations.
//! * `alt`, `title`, `aria-label` and `placeholder` are converted; the first element gets
//!   `lang` set to the target.

use std::cell::RefCell;
use std::rc::Rc;

use lol_html::html_content::{ContentType, Element, TextChunk, TextType};
use lol_html::{HtmlRewriter, Settings, doc_text, element};

use super::{ConvertOptions, Zh, gloss};
use crate::Error;
use crate::html::attrs;
use crate::html::tags::tag_of;

/// Marker delimiters: Unicode noncharacters, which never occur in real text (input that holds
/// one is converted node by node, without markers).
const MARK_OPEN: char = '\u{FDD0}';
const MARK_CLOSE: char = '\u{FDD1}';

/// Elements whose content is never converted.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "code", "pre", "kbd", "samp", "textarea", "var", "svg", "math",
];
/// Attributes a reader sees.
const TEXT_ATTRIBUTES: &[&str] = &["alt", "title", "aria-label", "placeholder"];
/// Inline elements: their text joins the surrounding block's text.
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "data", "del", "dfn", "em", "font", "i", "ins", "mark",
    "q", "ruby", "rb", "s", "small", "span", "strong", "sub", "sup", "time", "u", "big", "strike",
    "tt", "nobr", "label",
];

#[derive(Default)]
struct State {
    /// Open elements that stop conversion (skip tags, non-Chinese `lang`, `translate=no`).
    skip: u32,
    /// Open `<rt>`/`<rp>`.
    annotation: u32,
    /// Text nodes seen: the original and, once known, the converted text.
    nodes: Vec<(String, Option<String>)>,
    /// Nodes of the current block, not converted yet.
    block: Vec<usize>,
    pending: String,
    lang_set: bool,
    /// A block element ended: the next text starts a new block.
    block_end: bool,
}

/// Converts the text of `html` (see the module docs).
pub fn convert_html(zh: &Zh, html: &str, options: &ConvertOptions) -> Result<String, Error> {
    convert_html_split(zh, html, options, || usize::MAX)
}

/// [`convert_html`] with the input handed to the parser in pieces of `next_len()` bytes, as a
/// network stream would arrive: the output must not depend on where the pieces end (tested
/// with random splits).
#[doc(hidden)]
pub fn convert_html_split(
    zh: &Zh,
    html: &str,
    options: &ConvertOptions,
    mut next_len: impl FnMut() -> usize,
) -> Result<String, Error> {
    let config = zh.config_for(zh.source_for(html, options.target), options);
    let use_markers = !html.contains([MARK_OPEN, MARK_CLOSE]);
    let state = Rc::new(RefCell::new(State::default()));
    let mut out: Vec<u8> = Vec::with_capacity(html.len() + html.len() / 8);
    let target = options.target.lang();
    let convert_one = |s: &str| -> String {
        let s = if options.strip_glosses {
            gloss::strip_glosses(s)
        } else {
            std::borrow::Cow::Borrowed(s)
        };
        match config {
            Some(c) => zh.convert_config(&s, c).unwrap_or_else(|_| s.into_owned()),
            None => s.into_owned(),
        }
    };
    {
        let st_el = state.clone();
        let st_text = state.clone();
        let settings = Settings::new()
            .with_strict(false)
            .append_element_content_handler(element!("*", |el| {
                on_element(&st_el, el, html, options, target, &|s| convert_one(s));
                Ok(())
            }))
            .append_document_content_handler(doc_text!(|t| {
                on_text(&st_text, t, use_markers, &|s| convert_one(s));
                Ok(())
            }));
        let mut rewriter = HtmlRewriter::new(settings, |c: &[u8]| out.extend_from_slice(c));
        let mut rest = html.as_bytes();
        while !rest.is_empty() {
            let (piece, tail) = rest.split_at(next_len().clamp(1, rest.len()));
            rewriter.write(piece)?;
            rest = tail;
        }
        rewriter.end()?;
    }
    let mut st = state.borrow_mut();
    flush_block(&mut st, &|s| convert_one(s));
    let out = String::from_utf8(out).map_err(|e| Error::Parse(e.to_string()))?;
    Ok(if use_markers {
        replace_markers(&out, &st.nodes)
    } else {
        out
    })
}

fn on_element(
    state: &Rc<RefCell<State>>,
    el: &mut Element,
    html: &str,
    options: &ConvertOptions,
    target: &str,
    convert: &dyn Fn(&str) -> String,
) {
    // Name and attributes come from the start tag's source, as in the extractor's scan:
    // asking lol_html allocates a string per name and per attribute looked up.
    let source = html.get(el.source_location().bytes()).unwrap_or("");
    let attributes = attrs::parse(source);
    let attr = |name: &str| attributes.iter().find(|a| a.name == name).map(|a| a.value);
    let owned;
    let tag: &str = match tag_of(source) {
        Some(info) if !info.name.is_empty() => info.name,
        _ => {
            owned = el.tag_name();
            &owned
        }
    };
    let mut st = state.borrow_mut();
    if !INLINE_TAGS.contains(&tag) {
        flush_block(&mut st, convert);
    }
    let lang_other = attr("lang")
        .is_some_and(|l| !l.trim().is_empty() && !l.trim().to_ascii_lowercase().starts_with("zh"));
    if !st.lang_set {
        // The root gets the target's tag, unless it says it is not Chinese at all.
        st.lang_set = true;
        if !lang_other {
            let _ = el.set_attribute("lang", target);
        }
    }
    let annotation = matches!(tag, "rt" | "rp");
    if annotation && options.strip_ruby {
        el.remove();
        return;
    }
    let skip = SKIP_TAGS.contains(&tag)
        || lang_other
        || attr("translate").is_some_and(|t| t.trim().eq_ignore_ascii_case("no"))
        || attr("class").is_some_and(|c| c.split_whitespace().any(|c| c == "notranslate"));
    if st.skip == 0 && !skip {
        for name in TEXT_ATTRIBUTES {
            if attr(name).is_none() {
                continue;
            }
            if let Some(v) = el.get_attribute(name) {
                let converted = convert(&crate::html::decode::attribute_value(&v));
                let _ = el.set_attribute(name, &converted);
            }
        }
    }
    if !el.can_have_content() {
        return;
    }
    if skip || annotation {
        if skip {
            st.skip += 1;
        } else {
            st.annotation += 1;
        }
        let st_end = state.clone();
        let _ = el.on_end_tag(Box::new(move |_| {
            let mut st = st_end.borrow_mut();
            if skip {
                st.skip = st.skip.saturating_sub(1);
            } else {
                st.annotation = st.annotation.saturating_sub(1);
            }
            Ok(())
        }));
    }
    if !INLINE_TAGS.contains(&tag) {
        // The block's end is a boundary too.
        let st_end = state.clone();
        let _ = el.on_end_tag(Box::new(move |_| {
            st_end.borrow_mut().block_end = true;
            Ok(())
        }));
    }
}

fn on_text(
    state: &Rc<RefCell<State>>,
    t: &mut TextChunk,
    use_markers: bool,
    convert: &dyn Fn(&str) -> String,
) {
    let mut st = state.borrow_mut();
    if st.block_end {
        st.block_end = false;
        flush_block(&mut st, convert);
    }
    if st.skip > 0 || st.annotation > 0 || !matches!(t.text_type(), TextType::Data) {
        return;
    }
    st.pending.push_str(t.as_str());
    if !t.last_in_text_node() {
        t.remove();
        return;
    }
    let text = std::mem::take(&mut st.pending);
    if !text.chars().any(crate::text::is_cjk) && !text.contains(['(', '（']) {
        // Nothing to convert; keep the node out of the block (it cannot join a phrase).
        t.replace(&text, ContentType::Html);
        return;
    }
    if use_markers {
        let index = st.nodes.len();
        st.nodes.push((text, None));
        st.block.push(index);
        t.replace(
            &format!("{MARK_OPEN}{index}{MARK_CLOSE}"),
            ContentType::Html,
        );
    } else {
        t.replace(&convert(&text), ContentType::Html);
    }
}

/// Converts the pending block's text nodes: joined when that keeps every node's length.
fn flush_block(st: &mut State, convert: &dyn Fn(&str) -> String) {
    if st.block.is_empty() {
        return;
    }
    let block = std::mem::take(&mut st.block);
    let originals: Vec<&str> = block.iter().map(|&i| st.nodes[i].0.as_str()).collect();
    let joined_result = if block.len() > 1 {
        let joined: String = originals.concat();
        let converted = convert(&joined);
        split_like(&converted, &originals)
    } else {
        None
    };
    match joined_result {
        Some(parts) => {
            for (&i, part) in block.iter().zip(parts) {
                st.nodes[i].1 = Some(part);
            }
        }
        None => {
            for &i in &block {
                let c = convert(&st.nodes[i].0);
                st.nodes[i].1 = Some(c);
            }
        }
    }
}

/// Splits `converted` into pieces of the original pieces' character counts, when the
/// conversion kept the total count.
fn split_like(converted: &str, originals: &[&str]) -> Option<Vec<String>> {
    let total: usize = originals.iter().map(|s| s.chars().count()).sum();
    if converted.chars().count() != total {
        return None;
    }
    let mut chars = converted.chars();
    Some(
        originals
            .iter()
            .map(|o| chars.by_ref().take(o.chars().count()).collect())
            .collect(),
    )
}

fn replace_markers(out: &str, nodes: &[(String, Option<String>)]) -> String {
    let mut result = String::with_capacity(out.len() + out.len() / 8);
    let mut rest = out;
    while let Some(i) = rest.find(MARK_OPEN) {
        result.push_str(&rest[..i]);
        let after = &rest[i + MARK_OPEN.len_utf8()..];
        let Some(j) = after.find(MARK_CLOSE) else {
            result.push_str(&rest[i..]);
            return result;
        };
        let index: usize = after[..j].parse().unwrap_or(usize::MAX);
        match nodes.get(index) {
            Some((orig, conv)) => result.push_str(conv.as_deref().unwrap_or(orig)),
            None => result.push_str(&rest[i..i + MARK_OPEN.len_utf8() + j + MARK_CLOSE.len_utf8()]),
        }
        rest = &after[j + MARK_CLOSE.len_utf8()..];
    }
    result.push_str(rest);
    result
}
