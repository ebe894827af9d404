//! The reader probe: is there an article to read on this page? ([`crate::is_probably_readerable`])
//!
//! Readability's `isProbablyReaderable`, which Firefox runs to show its Reader View icon,
//! made CJK-aware and cheaper. One pass of the crate's tokenizer and tree rules. Text counts
//! for its nearest block element, and only outside links. A block counts when it is visible,
//! not a heading, not chrome by its class or id, and not inside navigation, form controls, a
//! chrome landmark or a list item. Each block with at least [`PROBE_MIN_TEXT`] weighted
//! characters adds `sqrt(text - PROBE_MIN_TEXT)`; the page is readerable once the sum passes
//! [`PROBE_MIN_SCORE`], and reading stops there. A page of shorter paragraphs is readerable
//! when its blocks of [`PROBE_MIN_PARAGRAPH`] or more hold [`PROBE_MIN_PROSE`] together (a
//! short notice is an article too). Text is weighted as the extractor weighs it (a CJK
//! character counts [`CJK_CHAR_WEIGHT`]): Readability's 140 characters are a long English
//! sentence but three Chinese ones.

use crate::decode::decode;
use crate::extract::scan::{element_is_chrome, is_chrome_role, style_hides};
use crate::heuristics::{
    CJK_CHAR_WEIGHT, PROBE_CHUNK_BYTES, PROBE_MIN_PARAGRAPH, PROBE_MIN_PROSE, PROBE_MIN_SCORE,
    PROBE_MIN_TEXT, PROBE_SKIPPED_TAGS,
};
use crate::html::attrs::Attr;
use crate::html::tags::{self, class, intern_hashed, read_name};
use crate::html::tokenizer::{Content, EndTag, Sink, StartTag, TextKind, Tokenizer};
use crate::html::tree::{NodeId, OpenStack, name_hash};
use crate::text::is_cjk;

/// Whether a page (its bytes, in any charset qingyue reads) probably has an article.
pub fn is_probably_readerable(input: &[u8]) -> bool {
    let Ok(decoded) = decode(input, None, None) else {
        return false;
    };
    probe(&decoded.text)
}

/// The probe on text already decoded (a JS string).
pub(crate) fn probe(html: &str) -> bool {
    let mut sink = Probe {
        src: html,
        stack: OpenStack::new(),
        elements: vec![Element::default()],
        popped: Vec::new(),
        space: false,
        score: 0.0,
        prose: 0,
    };
    let mut tokenizer = Tokenizer::new();
    // Fed in slices so that reading stops once the page has shown enough.
    let mut end = 0;
    while end < html.len() && !sink.readerable() {
        end = (end + PROBE_CHUNK_BYTES).min(html.len());
        while !html.is_char_boundary(end) {
            end += 1;
        }
        tokenizer.feed(&html[..end], end == html.len(), &mut sink);
    }
    if !sink.readerable() {
        let mut popped = std::mem::take(&mut sink.popped);
        sink.stack.close_all(&mut popped);
        sink.finish(&mut popped);
    }
    sink.readerable()
}

/// What the probe keeps of an element (16 bytes; ids are not reused).
#[derive(Clone, Copy, Default)]
struct Element {
    /// Weighted text whose nearest block is this element, outside links.
    own: u64,
    /// The nearest block: this element or an ancestor.
    block: NodeId,
    /// It is hidden, navigation, a form control, a chrome landmark or a list item, or inside one.
    skipped: bool,
    /// A block whose own text counts (not a heading, not chrome by its class or id).
    counts: bool,
    /// Inside a link: its text is a link's, not prose.
    link: bool,
    /// A list item or inside one.
    item: bool,
}

struct Probe<'a> {
    src: &'a str,
    stack: OpenStack,
    /// Indexed by element id; ids are not reused, so this grows with the page (16 bytes per
    /// element, a small fraction of the page's own size).
    elements: Vec<Element>,
    popped: Vec<NodeId>,
    space: bool,
    score: f64,
    /// Weighted text of the counted blocks of at least [`PROBE_MIN_PARAGRAPH`].
    prose: u64,
}

impl Probe<'_> {
    fn readerable(&self) -> bool {
        self.score > PROBE_MIN_SCORE || self.prose >= PROBE_MIN_PROSE
    }

    fn finish(&mut self, popped: &mut Vec<NodeId>) {
        for &id in popped.iter() {
            let e = self.elements[id as usize];
            if !e.counts || e.skipped {
                continue;
            }
            if e.own >= PROBE_MIN_TEXT {
                // Lengths are far below 2^52: exact as f64.
                self.score += ((e.own - PROBE_MIN_TEXT) as f64).sqrt();
            }
            if e.own >= PROBE_MIN_PARAGRAPH {
                self.prose += e.own;
            }
        }
        popped.clear();
    }
}

/// Whether an element's own attributes hide it (`hidden`, `aria-hidden="true"`, an inline
/// `display: none` or `visibility: hidden`) or make it a chrome landmark (`role`).
fn hidden_or_chrome_role(attributes: &[Attr<'_>]) -> bool {
    let mut buf = String::new();
    attributes.iter().any(|a| match &*a.name {
        "hidden" => true,
        "aria-hidden" => a.value.trim().eq_ignore_ascii_case("true"),
        // Only a style that names one of the values is read (most styles name neither).
        "style" if a.value.contains("none") || a.value.contains("hidden") => {
            let (hidden, invisible) = style_hides(a.value, &mut buf);
            hidden || invisible
        }
        "role" => is_chrome_role(a.value),
        _ => false,
    })
}

impl Sink for Probe<'_> {
    fn text(&mut self, span: std::ops::Range<usize>, kind: TextKind) {
        if kind != TextKind::Data {
            return;
        }
        let top = self
            .elements
            .get(self.stack.top() as usize)
            .copied()
            .unwrap_or_default();
        if top.link || top.skipped {
            return;
        }
        let mut weight = 0u64;
        for &b in self.src[span.clone()].as_bytes() {
            // ASCII counts by the byte; a multi-byte character counts at its lead byte.
            if b.is_ascii_whitespace() {
                weight += u64::from(!self.space);
                self.space = true;
            } else if !(0x80..0xC0).contains(&b) {
                self.space = false;
                weight += 1;
            }
        }
        // CJK characters (three bytes each in UTF-8) weigh more: counted apart, only where
        // the text has any.
        if weight as usize != span.len() {
            let cjk = self.src[span].chars().filter(|&c| is_cjk(c)).count() as u64;
            weight += cjk * (u64::from(CJK_CHAR_WEIGHT) - 1);
        }
        if let Some(block) = self.elements.get_mut(top.block as usize) {
            block.own += weight;
        }
    }

    fn start_tag(&mut self, tag: &StartTag<'_>) -> Content {
        let (info, written, hash) = read_name(&self.src[tag.span.clone()]);
        let id = NodeId::try_from(self.elements.len()).unwrap_or(NodeId::MAX);
        let void = info.is(class::VOID);
        let mut popped = std::mem::take(&mut self.popped);
        let parent = self.stack.open(id, info, hash, !void, &mut popped);
        self.finish(&mut popped);
        self.popped = popped;
        let up = self
            .elements
            .get(parent as usize)
            .copied()
            .unwrap_or_default();
        let block = info.is(class::BLOCK);
        let item = up.item || info.name == "li";
        self.elements.push(Element {
            own: 0,
            block: if block { id } else { up.block },
            skipped: up.skipped
                || item
                || PROBE_SKIPPED_TAGS.contains(&info.name)
                || hidden_or_chrome_role(tag.attributes),
            // A class or id judges the element's own text only, as Readability's probe reads
            // it: a page wrapper named `header-image` still holds the article.
            counts: block && !info.is(class::HEADING) && !element_is_chrome(tag.attributes),
            link: up.link || info.name == "a",
            item,
        });
        if void {
            return Content::Data;
        }
        tags::raw_text_content(written).unwrap_or(Content::Data)
    }

    fn end_tag(&mut self, tag: &EndTag) {
        let name = &self.src.as_bytes()[tag.span.start + 2..tag.name_end];
        let hash = name_hash(name);
        let mut popped = std::mem::take(&mut self.popped);
        if !self.stack.close_top(hash, &mut popped) {
            self.stack
                .close_named(hash, intern_hashed(name, hash), &mut popped);
        }
        self.finish(&mut popped);
        self.popped = popped;
    }

    fn comment(&mut self, _span: std::ops::Range<usize>, _data: std::ops::Range<usize>) {}

    fn doctype(&mut self, _span: std::ops::Range<usize>) {}

    fn cdata_allowed(&self) -> bool {
        false
    }
}
