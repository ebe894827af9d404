//! Pass 1: one pass of the tokenizer that records plain statistics per element — no DOM.
//!
//! Each element becomes a [`Node`] (in document order, so a subtree is a contiguous id range).
//! Text is attributed to the nearest open block element, the way a reader sees paragraphs:
//! inline markup (`<b>`, `<a>`, `<span>`) inside a paragraph adds to that paragraph's figures.
//! The raw material for metadata (meta tags, JSON-LD, `<title>`, visible 作者/来源 lines) is
//! collected in the same pass.
//!
//! The page is read by [`crate::html::tokenizer`]: pass 1 is its [`Sink`], and plays the tree
//! builder's part in it — the open-element stack ([`crate::html::tree`]), the namespace
//! ([`crate::html::namespace`]) and which elements' content is raw text.

mod blocks;
mod boilerplate;
mod hints;

use std::borrow::Cow;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

pub use crate::html::Span;
use crate::html::tokenizer::{Content, EndTag, Sink, StartTag, TextKind, Tokenizer};

use crate::heuristics as h;
use crate::html::attrs::Attr;
use crate::html::namespace::{Namespaces, Ns, StartTagDetails};
use crate::html::tags::{TagInfo, class, intern, intern_hashed, read_name};
use crate::html::tree::{NodeId, OpenStack};
use crate::metadata::{LineProbe, RawMeta};
use crate::text::{Overlapping, Prefixes, SplitPatterns, TextStats, contains_in_order, is_space};

pub use blocks::text_hash;
use blocks::*;
use boilerplate::*;
use hints::*;
pub(crate) use hints::{element_is_chrome, is_chrome_role, style_hides};

/// Flags of a node, from its own tag and attributes.
pub mod flag {
    /// Block-level element: owns the text of its inline descendants.
    pub const BLOCK: u16 = 1;
    /// Class/id/role says page chrome (navigation, comments, related, share …).
    pub const UNLIKELY: u16 = 1 << 1;
    /// Hidden by `hidden`, `aria-hidden` or an inline style.
    pub const HIDDEN: u16 = 1 << 2;
    /// A tag that never reaches the article (script, nav, form …).
    pub const DROP_TAG: u16 = 1 << 3;
    /// Its text is a boilerplate line (责任编辑, copyright, share prompt …).
    pub const BOILERPLATE: u16 = 1 << 4;
    /// Class/id also says "content", which overrides [`UNLIKELY`].
    pub const MAYBE_CANDIDATE: u16 = 1 << 5;
    /// An ARIA role of chrome (navigation, complementary, dialog …): never overridden.
    pub const CHROME_ROLE: u16 = 1 << 6;
    /// Inside `<table>` or `<code>`: Readability never strips unlikely candidates there.
    pub const IN_TABLE_OR_CODE: u16 = 1 << 7;
    /// Class/id says comment section: excluded in every attempt.
    pub const COMMENTS: u16 = 1 << 8;
    /// A void or self-closing element: no content, no end.
    pub const NO_CONTENT: u16 = 1 << 9;
    /// The block's text ends like a sentence.
    pub const ENDS_SENTENCE: u16 = 1 << 10;
    /// A legal notice's heading: the rest of its parent is the notice.
    pub const NOTICE: u16 = 1 << 11;
    /// Hidden by a style that scripts undo (`visibility: hidden`): out unless it holds most of
    /// the page's text.
    pub const INVISIBLE: u16 = 1 << 12;
    /// Inside a comment section: its bylines name commenters.
    pub const IN_COMMENTS: u16 = 1 << 13;
    /// The block's text is in capitals (at least [`crate::heuristics::SHOUTED_MIN_LETTERS`]
    /// letters, none lowercase).
    pub const SHOUTED: u16 = 1 << 14;
    /// In the SVG or MathML namespace (where `<![CDATA[…]]>` is text).
    pub const FOREIGN: u16 = 1 << 15;
}

/// What pass 1 knows of one element.
#[derive(Clone, Debug, Default)]
pub struct Node {
    /// Interned tag name (`""` for unknown tags).
    pub tag: &'static str,
    /// The tag's [`class`] bits.
    pub tag_flags: u16,
    /// Parent node (0 is the virtual root; the root is its own parent).
    pub parent: NodeId,
    /// [`flag`] bits.
    pub flags: u16,
    /// Positive or negative class/id weight (±[`h::CLASS_WEIGHT`]).
    pub class_weight: f32,
    /// Hash of the `class` attribute (0 when absent): siblings with the top candidate's class
    /// get a bonus.
    pub class_hash: u32,
    /// Hash of the `class` attribute's first word (0 when absent): a thread's posts share it
    /// where their full classes differ (`answer`, `answer accepted-answer`).
    pub class_head: u32,
    /// Text owned by this block (its inline descendants' text, not nested blocks').
    pub text: TextStats,
    /// Weighted length of the part of [`Node::text`] inside links.
    pub link_len: u32,
    /// Hash of the block's own text (0 when it has none): a block repeating an earlier one
    /// word for word (lightbox and slideshow copies of a caption) is dropped.
    pub text_hash: u32,
    /// Last descendant (a subtree is `id..=end`).
    pub end: NodeId,
}

impl Node {
    pub fn has(&self, f: u16) -> bool {
        self.flags & f != 0
    }
}

/// The result of pass 1.
#[derive(Debug, Default)]
pub struct Scan {
    pub nodes: Vec<Node>,
    /// The document as a sequence of element starts, text nodes and element ends, with
    /// source positions: pass 2 replays it instead of parsing the page again.
    pub events: Vec<Event>,
    /// Ranges of [`Scan::events`] (`start..end` indices, in order, disjoint) holding a line of
    /// a block's own text, split by `<br>`s or child blocks, that is boilerplate on its own
    /// (`本报记者张三发自北京`, `责任编辑：李四`): pass 2 leaves out their text.
    pub dropped_lines: Vec<(u32, u32)>,
    /// Text fostered out of a table (`<table>x<tr>…`, text where only rows may be): each as
    /// (the table, the index of its [`Event::Text`]), in event order. The event stays where
    /// the source has it; readers of the events show the text before the table, as browsers
    /// do ([`Scan::fostered_before`]).
    pub fostered: Vec<(NodeId, u32)>,
    pub meta: RawMeta,
}

impl Scan {
    /// The fostered text events, by table: for each table with fostered text, the indices of
    /// its text events in order. Empty (no allocation) on pages that foster nothing.
    pub fn fostered_before(&self) -> std::collections::HashMap<NodeId, Vec<u32>> {
        let mut by_table: std::collections::HashMap<NodeId, Vec<u32>> =
            std::collections::HashMap::new();
        for &(table, at) in &self.fostered {
            by_table.entry(table).or_default().push(at);
        }
        by_table
    }
}

/// One step of the document, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// Element `id` starts; `tag` is its start tag's source.
    Start { id: NodeId, tag: Span },
    /// A text node (normal text, not script or style), raw as in the source: its character
    /// references are decoded when it is read.
    Text(Span),
    /// Text shown as written, with no character references (`<xmp>`, `<plaintext>`, CDATA
    /// in SVG and MathML).
    Literal(Span),
    /// Element `id` ends (explicitly or implicitly).
    End(NodeId),
}

/// Text being collected for metadata.
struct Capture {
    id: NodeId,
    text: String,
    /// For a link: where its `href` value lies in the input.
    href: Option<Span>,
    /// A word that starts the next text is a new word ([`separate_captured_words`]).
    word_break: bool,
    /// An author inside a comment section: a post's author, never the page's byline.
    commenter: bool,
}

/// The span of `value` (a slice of `source`, which starts at `offset` in the input). A value
/// that is not in `source` (an attribute written without one, `<a href>`, reads as a static
/// empty string) is an empty span at `offset`.
fn value_span(source: &str, offset: usize, value: &str) -> Span {
    let inside = (value.as_ptr() as usize)
        .checked_sub(source.as_ptr() as usize)
        .filter(|&at| at + value.len() <= source.len());
    match inside {
        Some(at) => Span::of(offset + at..offset + at + value.len()),
        None => Span::of(offset..offset),
    }
}

/// A block's text as it accumulates.
#[derive(Default)]
struct BlockBuf {
    id: NodeId,
    prefix: String,
    last: Option<char>,
    /// The current line: the block's own text since its last `<br>` or child block (up to
    /// [`h::LINE_TEXT_BYTES`]), tested on its own when the block's text is split in lines.
    line: String,
    /// Non-space characters of the current line.
    line_chars: u32,
    /// Weighted length of the current line, and of its part inside links.
    line_len: u32,
    line_links: u32,
    /// Index of the current line's first event.
    line_from: u32,
    /// The previous line was a related-links label alone (`Tags`): a line of links after it
    /// is that list.
    line_after_label: bool,
    /// Line ends seen in the block: `<br>`s and child blocks.
    splits: u32,
    /// The previous line ran long and stopped mid-sentence: text hard-wrapped by `<br>`s
    /// (`…只是追求自己这一派的优胜<br>；这样，…`), whose next line is no line of its own.
    wrapped: bool,
}

#[derive(Default)]
struct State {
    scan: Scan,
    stack: OpenStack,
    blocks: Vec<BlockBuf>,
    /// Open `<a>` elements whose text is link text.
    links: u32,
    /// Open `<a>` elements that no longer count in [`State::links`]: a link started inside
    /// them after a block had opened there, where HTML's adoption agency moves the blocks out
    /// of the outer link (`<a name=top/><div>…<a href=…>`: the page is not one link).
    unlinked: Vec<NodeId>,
    /// Open `<table>`/`<code>` elements.
    table_or_code: u32,
    /// Open elements that never reach the article, whatever the scoring decides: those of
    /// [`h::DROP_TAGS`] (`nav`, `footer`, `aside` …) and hidden ones. A block inside one is
    /// not tested for boilerplate.
    dropped: u32,
    /// Open `<rt>`/`<rp>` elements: ruby annotations are not the text.
    annotation: u32,
    /// Open elements whose text is collected: byline containers, `<time>`, and links (whose
    /// text may say "next page"; the href's span is kept).
    captures: Vec<Capture>,
    /// Emptied capture buffers, reused so links cost no allocation.
    free_buffers: Vec<String>,
    /// Hints of each `class` value seen, keyed by the value in the page's source (no copy):
    /// pages repeat a few hundred class values over thousands of elements.
    class_hints: ClassHints,
    /// A `style` value as [`classify`] compares it (lower case, no spaces), reused.
    style: String,
    /// The element just started reads its content as raw text (`<script>`, `<style>`,
    /// `<title>` …): the next gap starts with that text.
    raw: Option<RawText>,
    /// The tree builder's namespace at this point of the source.
    ns: Namespaces,
    popped: Vec<NodeId>,
    /// The last block with text was a related-links label alone ("DON'T MISS"): a block of
    /// links right after it is that list.
    after_link_label: bool,
    /// Which of `html`, `head` and `body` have been opened (each only once).
    opened: Vec<&'static str>,
}

/// Runs pass 1 over UTF-8 `html`.
#[cfg(any(test, feature = "internals"))]
pub fn scan(html: &str) -> Scan {
    let mut scanner = Scanner::new();
    scanner.feed(html, true);
    scanner.finish()
}

/// Pass 1 over a page that arrives in pieces: [`Scanner::feed`] reads what has arrived,
/// [`Scanner::finish`] closes the document. Any split gives the [`Scan`] of one call.
pub struct Scanner {
    st: State,
    tokenizer: Tokenizer,
    /// How much of the input the vectors were reserved for.
    reserved_for: usize,
}

impl std::fmt::Debug for Scanner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scanner")
            .field("nodes", &self.st.scan.nodes.len())
            .field("events", &self.st.scan.events.len())
            .finish_non_exhaustive()
    }
}

impl Default for Scanner {
    fn default() -> Self {
        Scanner::new()
    }
}

impl Scanner {
    pub fn new() -> Self {
        let mut st = State {
            stack: OpenStack::new(),
            ..State::default()
        };
        st.scan.nodes.push(Node {
            tag: "#root",
            tag_flags: class::BLOCK,
            flags: flag::BLOCK,
            ..Node::default()
        });
        st.blocks.push(BlockBuf::default());
        Scanner {
            st,
            tokenizer: Tokenizer::new(),
            reserved_for: 0,
        }
    }

    /// Reads `html`, everything received so far (a prefix of it was read before); `eof`
    /// when it is all of the page.
    pub fn feed(&mut self, html: &str, eof: bool) {
        self.reserve(html);
        let mut pass = Pass {
            st: &mut self.st,
            html,
        };
        self.tokenizer.feed(html, eof, &mut pass);
    }

    /// Every element and text node starts at a '<' or after one: the vectors are reserved
    /// from their count in the input not yet counted, which avoids the doubling slack (and
    /// the copy) of growing vectors on large pages read at once.
    fn reserve(&mut self, html: &str) {
        let Some(new) = html.as_bytes().get(self.reserved_for..) else {
            return;
        };
        self.reserved_for = html.len();
        let mut tags = memchr::memchr_iter(b'<', new).count();
        if tags > new.len() / h::DENSE_MARKUP_BYTES_PER_LT {
            // Denser than markup: `<` in text ("a<b", a page of `<<<<`). Only a `<` that may
            // open markup counts (a letter, `/` or `!` after it), one at a time (the plain
            // count above is vectorized).
            tags = memchr::memchr_iter(b'<', new)
                .filter(|&i| {
                    new.get(i + 1)
                        .is_some_and(|&c| c.is_ascii_alphabetic() || c == b'/' || c == b'!')
                })
                .count();
        }
        // At most one per [`h::MIN_BYTES_PER_TAG`].
        let tags = tags.min(new.len() / h::MIN_BYTES_PER_TAG);
        let (nodes, events) = if html.len() <= h::ROOMY_RESERVE_MAX_BYTES {
            h::ROOMY_RESERVE
        } else {
            h::TIGHT_RESERVE
        };
        // Divided first: `usize` is 32 bits in wasm.
        reserve(&mut self.st.scan.nodes, tags / nodes.1 * nodes.0 + 1);
        reserve(&mut self.st.scan.events, tags / events.1 * events.0 + 1);
    }

    /// The end of the page (after the last [`Scanner::feed`], with `eof`): closes what is
    /// open and completes the statistics.
    pub fn finish(self) -> Scan {
        let mut st = self.st;
        let mut popped = std::mem::take(&mut st.popped);
        st.stack.close_all(&mut popped);
        finish_popped(&mut st, &mut popped);
        finish_block_root(&mut st);
        let mut scan = st.scan;
        compute_ends(&mut scan.nodes);
        mark_notices(&mut scan.nodes);
        scan
    }
}

/// Reserves room for `more` items: exactly, for an empty vector (a page read at once), else
/// at least doubling (a page read in pieces reserves once per piece).
fn reserve<T>(v: &mut Vec<T>, more: usize) {
    if v.capacity() - v.len() < more {
        v.reserve_exact(more.max(v.len()));
    }
}

/// An element starts.
fn start_element(st: &mut State, start: &StartTag<'_>, html: &str) {
    // The name is read from the start tag's source; the tokenizer read the attributes.
    let source = html.get(start.span.clone()).unwrap_or("");
    let (mut info, written, written_hash) = read_name(source);
    // `<image>` in HTML content is an `<img>`, as the tree builder renames it.
    if written.eq_ignore_ascii_case(b"image") && st.ns.current() == Ns::Html {
        info = intern("img");
    }
    // A second `<html>` or `<body>` (a page pasted into another), or a `<head>` once the body
    // has begun, opens nothing: the tree builder only merges its attributes.
    if st.ns.current() == Ns::Html {
        let seen = |tag: &str| st.opened.contains(&tag);
        let ignored = match info.name {
            "html" => seen("html"),
            "body" => seen("body"),
            "head" => seen("body") || seen("head"),
            _ => false,
        };
        if ignored {
            return;
        }
        if matches!(info.name, "html" | "body" | "head") {
            st.opened.push(info.name);
        }
    }
    open_element(
        st,
        html,
        (info, written, written_hash),
        start.span.clone(),
        start.self_closing,
        start.attributes,
    );
}

/// An element opens: `name` is its interned name, its name as written and that name's hash;
/// `span` its start tag's source (empty for an element the tree builder inserts).
fn open_element(
    st: &mut State,
    html: &str,
    (info, written, written_hash): (TagInfo, &[u8], u32),
    span: std::ops::Range<usize>,
    self_closing: bool,
    attributes: &[Attr<'_>],
) {
    let tag = info.name;
    let (ns_before, ns) = st.ns.start(
        written,
        &TagSource {
            self_closing,
            attributes,
        },
    );
    let foreign = ns != Ns::Html;
    // A self-closing tag has no content in foreign content only.
    let can_have_content = !(info.is(class::VOID) || foreign && self_closing);
    if !st.captures.is_empty() && (tag == "a" || tag == "br" || info.is(class::BLOCK)) {
        separate_captured_words(st);
    }
    let id = NodeId::try_from(st.scan.nodes.len()).unwrap_or(NodeId::MAX);
    if tag == "a" && st.links > 0 {
        if let Some(outer) = st.stack.link_around_blocks() {
            if !st.unlinked.contains(&outer) {
                st.unlinked.push(outer);
                st.links -= 1;
            }
        }
    }
    let mut popped = std::mem::take(&mut st.popped);
    let parent = st
        .stack
        .open(id, info, written_hash, can_have_content, &mut popped);
    finish_popped(st, &mut popped);
    st.popped = popped;

    let mut node = Node {
        tag,
        tag_flags: info.flags,
        parent,
        end: id,
        ..Node::default()
    };
    if !can_have_content {
        node.flags |= flag::NO_CONTENT;
    }
    if foreign {
        node.flags |= flag::FOREIGN;
    }
    let author = classify(
        attributes,
        info,
        &mut node,
        (&mut st.class_hints, html),
        &mut st.style,
    );
    if st
        .scan
        .nodes
        .get(parent as usize)
        .is_some_and(|p| p.flags & (flag::COMMENTS | flag::IN_COMMENTS) != 0)
    {
        node.flags |= flag::IN_COMMENTS;
    }
    // In a comment section an author names a commenter: kept for the thread's posts only.
    let in_comments = node.flags & (flag::COMMENTS | flag::IN_COMMENTS) != 0;
    let commenter = in_comments || !author.byline;
    let author_hint = author.post;
    if st.table_or_code > 0 {
        node.flags |= flag::IN_TABLE_OR_CODE;
    }
    st.scan.meta.observe_element(id, tag, attributes);
    if can_have_content && node.has(flag::DROP_TAG | flag::HIDDEN) {
        st.dropped += 1;
    }
    st.scan.nodes.push(node);
    st.scan.events.push(Event::Start {
        id,
        tag: Span::of(span.clone()),
    });
    // Raw text starts where the tokenizer switches to it: at a raw-text tag read in
    // HTML content (not at a `<title>` in SVG, an integration point whose content is markup).
    if ns_before == Ns::Html {
        st.raw = raw_text_tag(written);
    }
    if tag == "br" {
        close_line(st, st.scan.events.len() - 1);
    }

    // A label written right before the element holding its value (`作者<span>张三</span>`):
    // the label is a word of its own, as a label followed by a space. Only a label that
    // starts the line or follows a space (`本文仅代表作者<b>个人</b>观点` is a sentence).
    if !info.is(class::BLOCK) {
        if let Some(buf) = st.blocks.last_mut() {
            for text in [&mut buf.prefix, &mut buf.line] {
                let labelled = h::LABELS_BEFORE_ELEMENT.iter().any(|l| {
                    text.strip_suffix(l).is_some_and(|before| {
                        before.trim().is_empty() || before.ends_with(char::is_whitespace)
                    })
                });
                if labelled {
                    text.push(' ');
                }
            }
        }
    }
    if can_have_content {
        match tag {
            "a" => st.links += 1,
            "table" | "code" => st.table_or_code += 1,
            "rt" | "rp" => st.annotation += 1,
            _ => {}
        }
        if info.is(class::BLOCK) {
            // A child block ends the outer block's line, as a `<br>` does.
            close_line(st, st.scan.events.len() - 1);
            let prefix = st.free_buffers.pop().unwrap_or_default();
            let line = st.free_buffers.pop().unwrap_or_default();
            st.blocks.push(BlockBuf {
                id,
                prefix,
                last: None,
                line,
                line_chars: 0,
                line_len: 0,
                line_links: 0,
                line_from: u32::try_from(st.scan.events.len()).unwrap_or(u32::MAX),
                line_after_label: false,
                splits: 0,
                wrapped: false,
            });
        }
        let href = if tag == "a" && !author_hint {
            attributes
                .iter()
                .find(|a| a.name == "href")
                .map(|a| value_span(html, 0, a.value))
        } else {
            None
        };
        if author_hint || tag == "time" || href.is_some() {
            let text = st.free_buffers.pop().unwrap_or_default();
            st.captures.push(Capture {
                id,
                text,
                href,
                word_break: false,
                commenter,
            });
        }
    }
}

/// Hints of each `class` value seen, keyed by where the value lies in the page (no copy):
/// pages repeat a few hundred class values over thousands of elements.
type ClassHints = hashbrown::HashTable<(Span, ValueHints)>;

/// A start tag as [`Namespaces`] reads it.
struct TagSource<'a, 'h> {
    self_closing: bool,
    attributes: &'a [Attr<'h>],
}

impl StartTagDetails for TagSource<'_, '_> {
    fn self_closing(&self) -> bool {
        self.self_closing
    }

    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.value)
    }
}

/// Pass 1 as the tokenizer's sink: text, start and end tags update [`State`].
struct Pass<'a, 'h> {
    st: &'a mut State,
    html: &'h str,
}

impl Sink for Pass<'_, '_> {
    fn text(&mut self, span: std::ops::Range<usize>, kind: TextKind) {
        let st = &mut *self.st;
        let top = st.stack.top();
        let tag = st.scan.nodes[top as usize].tag;
        // `<xmp>` and `<plaintext>` show their raw text as text; the other raw-text elements
        // (scripts, styles, titles, form fields, `noscript`) are not the page's text.
        let shown = match kind {
            TextKind::Data | TextKind::Cdata => true,
            TextKind::Raw => matches!(tag, "xmp" | "plaintext"),
            TextKind::Rcdata => false,
        };
        if shown {
            if tag == "head" && kind == TextKind::Data {
                let raw = &self.html.as_bytes()[span.clone()];
                if !raw.iter().all(|&c| crate::html::tokenizer::is_space(c)) {
                    let mut popped = std::mem::take(&mut st.popped);
                    st.stack.text_starts_body(&mut popped);
                    finish_popped(st, &mut popped);
                    st.popped = popped;
                }
            }
            if kind == TextKind::Data && st.ns.current() == Ns::Html {
                if let Some(table) = st.stack.foster_table() {
                    let raw = &self.html.as_bytes()[span.clone()];
                    if !raw.iter().all(|&c| crate::html::tokenizer::is_space(c)) {
                        let at = u32::try_from(st.scan.events.len()).unwrap_or(u32::MAX);
                        st.scan.fostered.push((table, at));
                    }
                }
            }
            data_text(st, self.html, span.start, span.end, kind);
        } else {
            st.scan
                .meta
                .observe_raw_text(top, tag, self.html, Span::of(span));
        }
    }

    fn start_tag(&mut self, tag: &StartTag) -> Content {
        start_element(self.st, tag, self.html);
        match self.st.raw.take() {
            None => Content::Data,
            Some(raw) => raw.content,
        }
    }

    fn end_tag(&mut self, tag: &EndTag) {
        let name = &self.html.as_bytes()[tag.span.start + 2..tag.name_end];
        let hash = crate::html::tree::name_hash(name);
        let st = &mut *self.st;
        st.ns.end(name);
        let mut popped = std::mem::take(&mut st.popped);
        if st.ns.current() != Ns::Html {
            st.stack.close_foreign(hash, &mut popped);
        } else if st.stack.close_top(hash, &mut popped) {
            // Most end tags close the innermost element.
        } else {
            let info = intern_hashed(name, hash);
            match info.name {
                // `</br>` is a line break, as browsers read it.
                "br" => {
                    st.popped = popped;
                    let at = tag.span.start;
                    open_element(st, self.html, (info, name, hash), at..at, false, &[]);
                    return;
                }
                // `</p>` with no paragraph open is an empty paragraph: a break.
                "p" if !st.stack.has_p_in_scope() => {
                    st.popped = popped;
                    let at = tag.span.start;
                    open_element(st, self.html, (info, name, hash), at..at, false, &[]);
                    popped = std::mem::take(&mut st.popped);
                }
                _ => {}
            }
            if let crate::html::tree::EndTag::Formatting(id) =
                st.stack.close_named(hash, info, &mut popped)
            {
                // The link ends; the block opened inside it goes on without it.
                if info.name == "a" && !st.unlinked.contains(&id) {
                    st.unlinked.push(id);
                    st.links = st.links.saturating_sub(1);
                }
            }
        }
        finish_popped(st, &mut popped);
        st.popped = popped;
    }

    fn comment(&mut self, _span: std::ops::Range<usize>, _data: std::ops::Range<usize>) {}

    fn doctype(&mut self, _span: std::ops::Range<usize>) {}

    fn cdata_allowed(&self) -> bool {
        self.st.ns.current() != Ns::Html
    }
}

/// An element whose content the tokenizer reads as text up to its end tag (the spec's RCDATA,
/// RAWTEXT and script data states) or to the end of the input (PLAINTEXT).
#[derive(Clone, Copy)]
struct RawText {
    content: Content,
}

/// The raw-text element a start tag's name opens in HTML content.
fn raw_text_tag(name: &[u8]) -> Option<RawText> {
    crate::html::tags::raw_text_content(name).map(|content| RawText { content })
}

/// Fills `Node::end` (last descendant) without recursion: children come after parents.
fn compute_ends(nodes: &mut [Node]) {
    for i in (1..nodes.len()).rev() {
        let end = nodes[i].end.max(i as NodeId);
        nodes[i].end = end;
        let p = nodes[i].parent as usize;
        if nodes[p].end < end {
            nodes[p].end = end;
        }
    }
    if let Some(last) = nodes.len().checked_sub(1) {
        nodes[0].end = last as NodeId;
    }
}

#[cfg(test)]
mod tests;
