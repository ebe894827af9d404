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

use std::borrow::Cow;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

pub use crate::html::Span;
use crate::html::tokenizer::{Content, EndTag, Sink, StartTag, TextKind, Tokenizer, is_name_end};

use crate::heuristics as h;
use crate::html::attrs::Attr;
use crate::html::namespace::{Namespaces, Ns, StartTagDetails};
use crate::html::tags::{FNV_START, TagInfo, class, fnv_step, intern, intern_hashed};
use crate::html::tree::{NodeId, OpenStack};
use crate::metadata::{LineProbe, RawMeta};
use crate::text::{Overlapping, Prefixes, SplitPatterns, TextStats, contains_in_order, is_space};

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
    pub meta: RawMeta,
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
}

/// The span of `value` (a slice of `source`, which starts at `offset` in the input).
fn value_span(source: &str, offset: usize, value: &str) -> Span {
    let start = offset + (value.as_ptr() as usize - source.as_ptr() as usize);
    Span::of(start..start + value.len())
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
    let author_hint = classify(
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
    let author_hint = author_hint && node.flags & (flag::COMMENTS | flag::IN_COMMENTS) == 0;
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

/// The raw-text element a start tag's name opens in HTML content, as a browser that runs
/// scripts reads it (`noscript` is raw text there).
fn raw_text_tag(name: &[u8]) -> Option<RawText> {
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
        .map(|&(_, content)| RawText { content })
}

/// A start tag's interned name ([`crate::html::tags::tag_of`]), its name as written (up to whitespace, `/` or `>`: unknown
/// elements share one interned name, `<mjx-c>` is matched to its end tag on this) and the
/// [`name_hash`](crate::html::tree::name_hash) of that, read in one pass that hashes the name once
/// for both.
fn read_name(source: &str) -> (TagInfo, &[u8], u32) {
    let rest = source.as_bytes().get(1..).unwrap_or_default();
    let mut hash = FNV_START;
    let mut i = 0;
    while i < rest.len() && (rest[i].is_ascii_alphanumeric() || rest[i] == b'-') {
        hash = fnv_step(hash, rest[i]);
        i += 1;
    }
    // A name that goes on past letters, digits and dashes (`<div<div>`, `<svg:rect>`) is no
    // known element's.
    let info = if i == 0 || rest.get(i).is_some_and(|&c| !is_name_end(c)) {
        TagInfo { name: "", flags: 0 }
    } else {
        intern_hashed(&rest[..i], hash)
    };
    while i < rest.len() && !is_name_end(rest[i]) {
        hash = fnv_step(hash, rest[i]);
        i += 1;
    }
    let written = &rest[..i];
    (info, written, hash)
}

/// Class/id hint words (from [`h`]) in one automaton: one pass over a `class` or `id` value
/// finds every hint instead of one substring search per word, and the whole-token words
/// (tokens split on non-alphanumerics) as matches with a token boundary on each side.
struct Hints {
    ac: Overlapping,
    /// [`hint`] bits of each pattern.
    bits: Vec<u8>,
}

mod hint {
    pub const UNLIKELY: u8 = 1;
    pub const MAYBE: u8 = 1 << 1;
    pub const POSITIVE: u8 = 1 << 2;
    pub const NEGATIVE: u8 = 1 << 3;
    pub const BYLINE: u8 = 1 << 4;
    /// Whole-token words: bits that count only where the match is a whole token (or, for a
    /// comment prefix, starts one).
    pub const UNLIKELY_TOKEN: u8 = 1 << 5;
    pub const COLLAPSED_TOKEN: u8 = 1 << 6;
    pub const COMMENT_PREFIX: u8 = 1 << 7;
    /// The bits that hold wherever the word is.
    pub const SUBSTRING: u8 = UNLIKELY | MAYBE | POSITIVE | NEGATIVE | BYLINE;
}

static HINTS: LazyLock<Hints> = LazyLock::new(|| {
    let mut words: Vec<(&str, u8)> = vec![];
    for (list, bit) in [
        (h::UNLIKELY_HINTS, hint::UNLIKELY),
        (h::MAYBE_CANDIDATE_HINTS, hint::MAYBE),
        (h::POSITIVE_HINTS, hint::POSITIVE),
        (h::NEGATIVE_HINTS, hint::NEGATIVE),
        (h::BYLINE_HINTS, hint::BYLINE),
        (h::UNLIKELY_TOKENS, hint::UNLIKELY_TOKEN),
        (h::COLLAPSED_TOKENS, hint::COLLAPSED_TOKEN),
        (h::COMMENT_TOKEN_PREFIXES, hint::COMMENT_PREFIX),
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
fn class_weight(bits: u8) -> f32 {
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
struct ValueHints {
    bits: u8,
    unlikely: bool,
    comments: bool,
    collapsed: bool,
}

impl ValueHints {
    /// One overlapping pass of [`HINTS`] over `value`.
    fn of(value: &str) -> Self {
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
    fn cached(value: &str, (cache, html): (&mut ClassHints, &str)) -> Self {
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

fn classify(
    attributes: &[Attr<'_>],
    info: TagInfo,
    node: &mut Node,
    class_hints: (&mut ClassHints, &str),
    style: &mut String,
) -> bool {
    if info.is(class::BLOCK) {
        node.flags |= flag::BLOCK;
    }
    if info.is(class::DROP) {
        node.flags |= flag::DROP_TAG;
    }
    if attributes.is_empty() {
        return false;
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
                style.clear();
                style.extend(
                    a.value
                        .chars()
                        .filter(|c| !c.is_whitespace())
                        .map(|c| c.to_ascii_lowercase()),
                );
                if h::HIDDEN_STYLES.iter().any(|s| style.contains(s)) {
                    node.flags |= flag::HIDDEN;
                }
                if h::INVISIBLE_STYLES.iter().any(|s| style.contains(s)) {
                    node.flags |= flag::INVISIBLE;
                }
            }
            "role"
                if h::CHROME_ROLES
                    .iter()
                    .any(|r| a.value.trim().eq_ignore_ascii_case(r)) =>
            {
                node.flags |= flag::CHROME_ROLE;
            }
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
    }
    if class.is_empty() && id_attr.is_empty() {
        return byline;
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
    byline
}

/// [`Node::text_hash`] of a block whose whole text is `text` (trimmed).
pub fn text_hash(text: &str) -> u32 {
    let text = text.trim();
    hash_str(text) ^ TextStats::of(text).chars
}

fn hash_str(s: &str) -> u32 {
    // FNV-1a: stable across runs, no allocation; collisions only cost a sibling bonus.
    s.bytes().fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    }) | 1
}

/// A text node of the document (`start..end` of the input, raw as in the source), of `kind`.
fn data_text(st: &mut State, html: &str, start: usize, end: usize, kind: TextKind) {
    let Some(raw) = html.get(start..end).filter(|r| !r.is_empty()) else {
        return;
    };
    let span = Span::of(start..end);
    st.scan.events.push(if kind == TextKind::Data {
        Event::Text(span)
    } else {
        Event::Literal(span)
    });
    if st.annotation > 0 {
        return;
    }
    // Whitespace between tags (most text nodes): no reference to decode, nothing to count;
    // only the captured texts take it (it separates their words).
    let blank = raw
        .bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'));
    let text = if blank {
        Cow::Borrowed(raw)
    } else {
        crate::html::decode::text(raw, kind)
    };
    for Capture {
        text: buf,
        word_break,
        ..
    } in st.captures.iter_mut()
    {
        if buf.len() < h::BLOCK_TEXT_PREFIX_BYTES {
            // Not before punctuation: `By <a>Maria Lindqvist</a>, Local Affairs Reporter`.
            if std::mem::take(word_break)
                && text.starts_with(char::is_alphanumeric)
                && !buf.ends_with(is_space)
            {
                buf.push(' ');
            }
            buf.push_str(&text);
        }
    }
    if blank {
        // It still separates the words of a block's lines (`<span>作者：张三</span> <span>
        // 2024-06-05</span>`): one space, where the text so far does not end in one.
        if let Some(buf) = st.blocks.last_mut() {
            let open = |s: &String| !s.is_empty() && !s.ends_with(is_space);
            if buf.prefix.len() < h::BLOCK_TEXT_PREFIX_BYTES && open(&buf.prefix) {
                buf.prefix.push(' ');
            }
            if buf.splits > 0 && buf.line.len() < h::LINE_TEXT_BYTES && open(&buf.line) {
                buf.line.push(' ');
            }
        }
        return;
    }
    let stats = TextStats::of(&text);
    if stats.chars > 0 {
        let block = st.blocks.last_mut().map_or(0, |b| b.id);
        let node = &mut st.scan.nodes[block as usize];
        node.text.add(&stats);
        if st.links > 0 {
            node.link_len = node.link_len.saturating_add(stats.len);
        }
        if let Some(buf) = st.blocks.last_mut() {
            if buf.prefix.len() < h::BLOCK_TEXT_PREFIX_BYTES {
                buf.prefix.push_str(&text);
            }
            // The first line is the block's prefix (see `test_line`).
            if buf.splits > 0 && buf.line.len() < h::LINE_TEXT_BYTES {
                buf.line.push_str(&text);
            }
            buf.line_chars = buf.line_chars.saturating_add(stats.chars);
            buf.line_len = buf.line_len.saturating_add(stats.len);
            if st.links > 0 {
                buf.line_links = buf.line_links.saturating_add(stats.len);
            }
            buf.last = text.chars().rev().find(|c| !is_space(*c));
        }
    }
}

/// A link's edges, a block or a line break inside a byline container separate the words on
/// either side: a box with `<a>王文</a><span>中国人民大学重阳金融研究院执行院长</span>` names
/// 王文, then a title. (Phrasing and ruby elements do not: `國<ruby>產<rt>chǎn</rt></ruby>`;
/// nor anything in `<time>` and links' own texts: `2019-09-<b>07</b>`.)
fn separate_captured_words(st: &mut State) {
    let nodes = &st.scan.nodes;
    for c in st.captures.iter_mut() {
        let byline = c.href.is_none() && nodes.get(c.id as usize).is_some_and(|n| n.tag != "time");
        c.word_break |= byline && !c.text.is_empty();
    }
}

/// Bookkeeping for elements that just closed.
fn finish_popped(st: &mut State, popped: &mut Vec<NodeId>) {
    for id in popped.drain(..) {
        st.scan.events.push(Event::End(id));
        let tag = st.scan.nodes[id as usize].tag;
        match tag {
            "a" => {
                match st.unlinked.iter().position(|&a| a == id) {
                    Some(i) => {
                        st.unlinked.swap_remove(i);
                    }
                    None => st.links = st.links.saturating_sub(1),
                }
                if !st.captures.is_empty() {
                    separate_captured_words(st);
                }
            }
            "table" | "code" => st.table_or_code = st.table_or_code.saturating_sub(1),
            "rt" | "rp" => st.annotation = st.annotation.saturating_sub(1),
            _ => {}
        }
        let node = &st.scan.nodes[id as usize];
        if node.has(flag::DROP_TAG | flag::HIDDEN) && !node.has(flag::NO_CONTENT) {
            st.dropped = st.dropped.saturating_sub(1);
        }
        if st.captures.last().is_some_and(|c| c.id == id) {
            if let Some(Capture {
                text: mut buf,
                href,
                ..
            }) = st.captures.pop()
            {
                match href {
                    Some(href) => {
                        if let Some(kind) = crate::metadata::page_link(&buf) {
                            if st.scan.meta.next_link_spans.len() < h::MAX_PAGE_LINKS {
                                st.scan.meta.next_link_spans.push((id, kind, href));
                            }
                        }
                    }
                    None => st.scan.meta.observe_captured(id, tag, &buf),
                }
                buf.clear();
                st.free_buffers.push(buf);
            }
        }
        if st.blocks.len() > 1 && st.blocks.last().is_some_and(|b| b.id == id) {
            if let Some(buf) = st.blocks.pop() {
                finish_block(st, buf);
            }
            // The outer block's next line starts after the child.
            let next = u32::try_from(st.scan.events.len()).unwrap_or(u32::MAX);
            if let Some(outer) = st.blocks.last_mut() {
                outer.line_from = next;
            }
        }
    }
}

/// [`test_block`], then the block's text buffer goes back to the pool.
fn finish_block(st: &mut State, mut buf: BlockBuf) {
    // The block's end ends its last line, when its text was split in lines.
    if buf.splits > 0 {
        buf.splits += 1;
        let end = st.scan.events.len();
        test_line(st, &mut buf, end);
    }
    test_block(st, &buf);
    let (mut prefix, mut line) = (buf.prefix, buf.line);
    prefix.clear();
    line.clear();
    st.free_buffers.push(prefix);
    st.free_buffers.push(line);
}

/// A `<br>` or a child block ends the current line of the innermost block (`end`: the index
/// of its event).
fn close_line(st: &mut State, end: usize) {
    // Most lines that end are empty (whitespace between child blocks): nothing to test.
    if let Some(buf) = st.blocks.last_mut().filter(|b| b.line_chars == 0) {
        buf.splits = buf.splits.saturating_add(1);
        buf.line_after_label = false;
        buf.wrapped = false;
        next_line(buf, end);
        return;
    }
    let Some(mut buf) = st.blocks.pop() else {
        return;
    };
    buf.splits = buf.splits.saturating_add(1);
    buf.line_after_label = test_line(st, &mut buf, end);
    buf.wrapped = buf.line_chars >= h::WRAPPED_LINE_MIN_CHARS
        && !buf.last.is_some_and(crate::text::is_sentence_end);
    next_line(&mut buf, end);
    st.blocks.push(buf);
}

/// The block's next line starts after event `end`, empty.
fn next_line(buf: &mut BlockBuf, end: usize) {
    buf.line.clear();
    buf.line_chars = 0;
    buf.line_len = 0;
    buf.line_links = 0;
    buf.line_from = u32::try_from(end + 1).unwrap_or(u32::MAX);
}

/// Leaves out a line of a block whose text is split in lines (events `line_from..end`) that
/// is boilerplate on its own. Returns whether the line is a related-links label alone.
fn test_line(st: &mut State, buf: &mut BlockBuf, end: usize) -> bool {
    let chars = buf.line_chars;
    if buf.wrapped || chars == 0 || chars > h::LINE_TEST_MAX_CHARS {
        return false;
    }
    let node = &st.scan.nodes[buf.id as usize];
    let (in_data, tag) = (node.has(flag::IN_TABLE_OR_CODE), node.tag);
    // The first line is the block's prefix (its own text so far): whole if it stopped short
    // of its cap, else too long to be a line of boilerplate.
    let line = if buf.splits > 1 {
        &buf.line
    } else if buf.prefix.len() < h::BLOCK_TEXT_PREFIX_BYTES {
        &buf.prefix
    } else {
        return false;
    };
    let trimmed = crate::text::trim(line);
    if trimmed.starts_with(crate::text::is_clause_punct) || is_photo_caption(trimmed) {
        return false;
    }
    let mostly_links = is_mostly_links(buf.line_links, buf.line_len);
    let (links, label_alone) = is_link_list_line(
        trimmed,
        chars,
        mostly_links,
        buf.line_after_label,
        in_data,
        false,
    );
    let probe = LineProbe::new(trimmed);
    if links || is_boilerplate_line(&probe, chars, in_data, in_data || is_cell(tag)) {
        let end = u32::try_from(end).unwrap_or(u32::MAX);
        st.scan.dropped_lines.push((buf.line_from, end));
        // Out of the text, still read for metadata: a credit or a dateline names the
        // author or the time.
        st.scan.meta.observe_block(buf.id, "", chars, &probe);
    }
    label_alone
}

fn finish_block_root(st: &mut State) {
    while let Some(buf) = st.blocks.pop() {
        finish_block(st, buf);
    }
}

/// The first fragment of every boilerplate pattern (pattern `i` of the automaton is
/// [`h::BOILERPLATE_PATTERNS`]`[i]`): one pass finds the patterns whose first fragment a block
/// holds, and only those are tried.
static BOILERPLATE_FIRST: LazyLock<SplitPatterns> = LazyLock::new(|| {
    SplitPatterns::new(
        h::BOILERPLATE_PATTERNS
            .iter()
            .filter_map(|(frags, _)| frags.first().copied()),
    )
});
/// [`h::BOILERPLATE_PREFIXES`], then the breadcrumb labels, with the longest block each may
/// remove.
static BOILERPLATE_PREFIX_LIMITS: LazyLock<Vec<(&str, u32)>> = LazyLock::new(|| {
    let breadcrumbs = h::BREADCRUMB_LABELS
        .iter()
        .map(|l| (*l, h::BREADCRUMB_LINE_MAX_CHARS));
    h::BOILERPLATE_PREFIXES
        .iter()
        .copied()
        .chain(breadcrumbs)
        .collect()
});
static BOILERPLATE_PREFIX_INDEX: LazyLock<Prefixes> =
    LazyLock::new(|| Prefixes::new(BOILERPLATE_PREFIX_LIMITS.iter().map(|(p, _)| *p)));
/// Dateline prefixes without their closing space, which stands for any whitespace
/// ([`starts_with_word`]).
static DATELINE_PREFIX_INDEX: LazyLock<Prefixes> =
    LazyLock::new(|| Prefixes::new(h::DATELINE_PREFIXES.iter().map(|p| p.trim_end_matches(' '))));
/// [`h::LINK_LIST_LABELS`], and the same without a closing colon (a label alone is compared
/// with its colon, and what follows it, trimmed off).
static LINK_LABEL_INDEX: LazyLock<Prefixes> =
    LazyLock::new(|| Prefixes::new(h::LINK_LIST_LABELS.iter().copied()));
static BARE_LINK_LABEL_INDEX: LazyLock<Prefixes> =
    LazyLock::new(|| Prefixes::new(h::LINK_LIST_LABELS.iter().map(|l| l.trim_end_matches(':'))));
static BOILERPLATE_MAX_CHARS: LazyLock<u32> = LazyLock::new(|| {
    h::BOILERPLATE_PATTERNS
        .iter()
        .map(|(_, max)| *max)
        .max()
        .unwrap_or(0)
});

/// A block closed: test its text for boilerplate and hand short lines to metadata.
fn test_block(st: &mut State, buf: &BlockBuf) {
    let after_link_label = st.after_link_label;
    let node = &mut st.scan.nodes[buf.id as usize];
    if buf.last.is_some_and(crate::text::is_sentence_end) {
        node.flags |= flag::ENDS_SENTENCE;
    }
    if node.text.chars == 0 {
        return;
    }
    let chars = node.text.chars;
    let trimmed = crate::text::trim(&buf.prefix);
    let mostly_links = is_mostly_links(node.link_len, node.text.len);
    node.text_hash = hash_str(trimmed) ^ chars;
    // Only a paragraph of links is dropped for capitals (`score`).
    if node.link_len > 0 && is_shouted(trimmed) {
        node.flags |= flag::SHOUTED;
    }
    let in_data = node.flags & flag::IN_TABLE_OR_CODE != 0;
    let (links, label_alone) = is_link_list_line(
        trimmed,
        chars,
        mostly_links,
        after_link_label,
        in_data,
        true,
    );
    let probe = LineProbe::new(trimmed);
    // In a dropped subtree (this block's, or one around it: its counter is down already when
    // the block is the dropped element) the flag would change nothing.
    let dropped = st.dropped > 0 || node.has(flag::DROP_TAG | flag::HIDDEN);
    let boilerplate = links
        || (!dropped && is_boilerplate_line(&probe, chars, in_data, in_data || is_cell(node.tag)));
    if chars <= h::NOTICE_HEADING_MAX_CHARS
        && h::NOTICE_HEADINGS.iter().any(|p| trimmed.starts_with(p))
    {
        node.flags |= flag::NOTICE | flag::BOILERPLATE;
    }
    if boilerplate {
        node.flags |= flag::BOILERPLATE;
    }
    let tag = node.tag;
    st.after_link_label = label_alone;
    st.scan.meta.observe_block(buf.id, tag, chars, &probe);
}

/// Whether links hold most of a text's weighted length.
fn is_mostly_links(link_len: u32, len: u32) -> bool {
    link_len as f32 >= len as f32 * h::LINK_LIST_MIN_DENSITY
}

/// The link-list tests of a block or line (`chars` non-space characters, trimmed): a
/// related-links label alone, a list of links after a label (on the same line, or alone on
/// the line before: `after_label`), a page list. Returns whether it is boilerplate, and
/// whether it is a label alone. `pages`: also a page list (a block of its own; inside a block,
/// a "Next" link steps through a carousel or a tour).
fn is_link_list_line(
    trimmed: &str,
    chars: u32,
    mostly_links: bool,
    after_label: bool,
    in_data: bool,
    pages: bool,
) -> (bool, bool) {
    // A Chinese label must end where a separator follows (相关文章：…), not run into a
    // headline that happens to begin with it (相关文章标题).
    let link_label = |t: &str| {
        LINK_LABEL_INDEX.of(t).any(|i| {
            let l = h::LINK_LIST_LABELS[i];
            l.is_ascii()
                || t[l.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| h::LINK_LIST_LABEL_ENDS.contains(c))
        })
    };
    let label_alone = chars <= h::LINK_LIST_LABEL_MAX_CHARS && {
        let bare = trimmed.trim_end_matches([':', '：', ' ', '>', '»']);
        BARE_LINK_LABEL_INDEX
            .of(bare)
            .any(|i| h::LINK_LIST_LABELS[i].trim_end_matches(':').len() == bare.len())
    };
    let boilerplate = label_alone
        || (chars <= h::LINK_LIST_MAX_CHARS
            && mostly_links
            && (after_label || link_label(trimmed)))
        || (pages
            && chars <= h::PAGINATION_MAX_CHARS
            && mostly_links
            && !in_data
            && is_pagination_line(trimmed));
    (boilerplate, label_alone)
}

/// A list item or table cell: a date alone there is data, not a timestamp line.
fn is_cell(tag: &str) -> bool {
    matches!(tag, "li" | "dd" | "dt" | "td" | "th")
}

/// Whether a line of text (`chars` non-space characters, trimmed) is boilerplate on its own:
/// a photo credit or teaser label, a dateline or timestamp, a byline, a counter, an editor or
/// copyright line. `in_data`: inside a table or code, where comment counts are data;
/// `in_cell`: there or in a list item or cell, where a date alone is data.
fn is_boilerplate_line(line: &LineProbe, chars: u32, in_data: bool, in_cell: bool) -> bool {
    let trimmed = line.text();
    BOILERPLATE_PREFIX_INDEX
        .of(trimmed)
        .any(|i| chars <= BOILERPLATE_PREFIX_LIMITS[i].1)
        || (chars <= h::DATELINE_MAX_CHARS
            && DATELINE_PREFIX_INDEX
                .of(trimmed)
                .any(|i| starts_with_word(trimmed, h::DATELINE_PREFIXES[i]))
            && (has_date(line) || (has_clock_time(trimmed) && !by_clock_time(trimmed))))
        || (chars <= h::DATE_FIRST_MAX_CHARS && is_date_first_line(line))
        || (chars <= h::TIMESTAMP_LINE_MAX_CHARS && !in_cell && is_timestamp_line(line))
        || (chars <= h::BYLINE_LINE_MAX_CHARS && is_byline_line(line))
        || (chars <= h::CREDIT_MAX_CHARS && h::CREDIT_SUFFIXES.iter().any(|s| trimmed.ends_with(s)))
        || (chars <= h::COUNTED_CAPTION_MAX_CHARS && is_counter(trimmed))
        || (chars <= h::TEASER_MAX_CHARS && h::TEASER_ENDS.iter().any(|e| trimmed.ends_with(e)))
        || (chars <= h::HASHTAG_LINE_MAX_CHARS && is_hashtag_line(trimmed))
        || (chars <= h::SHARE_LINE_MAX_CHARS && is_share_line(trimmed))
        || (chars <= h::TAG_LINE_MAX_CHARS && !in_data && is_tag_line(trimmed))
        || (!in_data && is_comment_count(trimmed))
        || (chars <= *BOILERPLATE_MAX_CHARS
            && BOILERPLATE_FIRST.any_overlapping(trimmed, line.has_wide(), |i| {
                let (frags, max) = h::BOILERPLATE_PATTERNS[i];
                chars <= max && contains_in_order(trimmed, frags)
            }))
}

/// Whether `text` starts with `prefix`, where a space ending `prefix` stands for any
/// whitespace ("By\n<a>Name</a>").
fn starts_with_word(text: &str, prefix: &str) -> bool {
    match prefix.strip_suffix(' ') {
        Some(word) => text
            .strip_prefix(word)
            .is_some_and(|rest| rest.starts_with(char::is_whitespace)),
        None => text.starts_with(prefix),
    }
}

/// "By 11:30 PM the square was empty": "By" and no name after it, a sentence.
fn by_clock_time(text: &str) -> bool {
    ["By", "BY"].iter().any(|by| {
        text.strip_prefix(by).is_some_and(|rest| {
            !rest
                .trim_start()
                .starts_with(|c: char| c.is_ascii_uppercase())
        })
    })
}

/// Whether `text` holds a clock time of the 12-hour kind ("11:04 PM", "11:08 a.m.").
fn has_clock_time(text: &str) -> bool {
    let b = text.as_bytes();
    (1..b.len().saturating_sub(2)).any(|i| {
        b[i] == b':'
            && b[i - 1].is_ascii_digit()
            && b[i + 1].is_ascii_digit()
            && b.get(i + 2).is_some_and(u8::is_ascii_digit)
            && {
                let rest = text[i + 3..].trim_start();
                ["AM", "PM", "a.m.", "p.m.", "am", "pm"]
                    .iter()
                    .any(|m| rest.starts_with(m))
            }
    })
}

/// Whether `text` is in capitals: enough Latin letters, none of them lowercase (ASCII case
/// only: the Unicode case tables would cost the wasm module kilobytes for this one test).
fn is_shouted(text: &str) -> bool {
    let mut upper = 0;
    for c in text.chars() {
        if c.is_ascii_lowercase() {
            return false;
        }
        upper += usize::from(c.is_ascii_uppercase());
    }
    upper >= h::SHOUTED_MIN_LETTERS
}

/// Whether `text` holds a date: numeric (2019-11-18, 2019年11月18日) or English (Nov. 18, 2019).
fn has_date(line: &LineProbe) -> bool {
    let text = line.text();
    line.date_start().is_some()
        || (text
            .as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit) && (w[0] == b'1' || w[0] == b'2'))
            && h::MONTHS.iter().any(|m| text.contains(m)))
}

/// "Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m.": dates, times and their labels, nothing
/// else.
fn is_timestamp_line(line: &LineProbe) -> bool {
    if !has_date(line) {
        return false;
    }
    // Whether `s` has at most the allowed letters (counting stops past them).
    let few_letters = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphabetic())
            .take(h::TIMESTAMP_MAX_OTHER_LETTERS + 1)
            .count()
            <= h::TIMESTAMP_MAX_OTHER_LETTERS
    };
    // Taking words out only removes letters: few letters to begin with settle it.
    if few_letters(line.text()) {
        return true;
    }
    let mut rest = line.text().to_string();
    for w in h::TIMESTAMP_WORDS.iter().chain(h::MONTHS) {
        if rest.contains(w) {
            rest = rest.replace(w, " ");
        }
    }
    few_letters(&rest)
}

/// "2022.01.20 16:31 来源：河南日报客户端": starts with a date, carries a metadata label.
fn is_date_first_line(line: &LineProbe) -> bool {
    let text = line.text();
    line.date_start() == Some(0)
        && !text.contains(h::PROSE_PUNCTUATION)
        && h::DATE_FIRST_LABELS.iter().any(|l| text.contains(l))
}

/// "光明日报记者 王建宏 张文攀": an author line (see [`h::BYLINE_LINE_MARKERS`]).
fn is_byline_line(line: &LineProbe) -> bool {
    let text = line.text();
    // The markers first: most lines have none, and the automaton skips ahead by bytes where
    // the punctuation test decodes every character.
    ((line.has_wide() && BYLINE_MARKERS.is_match(text)) || line.starts_with_label())
        && !text.contains(h::PROSE_PUNCTUATION)
}

static BYLINE_MARKERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(h::BYLINE_LINE_MARKERS)
        .expect("valid markers")
});

/// A caption that closes with its photographer (`这次生育对小李的身体影响很大 本报记者 惠禾 摄`),
/// not a photo credit alone (`新华社记者 张三 摄`, `张三/摄`): inside running text, a line
/// that is kept (a block of its own that ends with a credit goes, as a credit).
fn is_photo_caption(text: &str) -> bool {
    let Some(body) = text.strip_suffix(['摄', '攝']) else {
        return false;
    };
    // What comes before the credit: before its marker (`本报记者`), else before the name.
    let lead = match BYLINE_MARKERS.find(body) {
        Some(m) => &body[..m.start()],
        None => body
            .trim_end()
            .trim_end_matches(['/', '／'])
            .rsplit_once(char::is_whitespace)
            .map_or("", |(lead, _)| lead),
    };
    lead.trim().chars().count() > h::CAPTION_CREDIT_MAX_LEAD
}

/// After a legal notice's heading, the rest of its parent is the notice (when short enough).
fn mark_notices(nodes: &mut [Node]) {
    for i in 0..nodes.len() {
        if nodes[i].flags & flag::NOTICE == 0 {
            continue;
        }
        let (start, stop) = (
            nodes[i].end as usize + 1,
            nodes[nodes[i].parent as usize].end as usize,
        );
        // Bounded: a notice is a few elements, so a page of thousands of notice headings
        // costs thousands of short looks, not a look at the rest of the page each.
        if start > stop || stop + 1 - start > h::NOTICE_MAX_NODES {
            continue;
        }
        let Some(rest) = nodes.get_mut(start..=stop) else {
            continue;
        };
        if rest.iter().map(|n| n.text.chars).sum::<u32>() <= h::NOTICE_MAX_CHARS {
            for n in rest {
                n.flags |= flag::BOILERPLATE;
            }
        }
    }
}

/// A line of hashtags and nothing else: `#天文航天#月球#中国航天 #嫦娥五号`, `#AI #opensource`,
/// `#嫦娥五号#`. One `#` is not enough: `#洞窟艺术` may be a section's heading.
fn is_hashtag_line(text: &str) -> bool {
    if !text.starts_with(['#', '＃']) {
        return false;
    }
    let marks = text.chars().filter(|c| matches!(c, '#' | '＃')).count();
    marks >= 2
        && text.split_whitespace().all(|t| t.starts_with(['#', '＃']))
        && text.chars().any(char::is_alphanumeric)
}

/// A share bar's links alone ([`h::SHARE_TARGETS`]), with the icon-font glyphs (private use
/// characters) that sites set before them (`\u{e608}微信 \u{e609}微博`).
fn is_share_line(text: &str) -> bool {
    let mut words = 0;
    for word in text.split_whitespace() {
        let word = word.trim_matches(|c| ('\u{E000}'..='\u{F8FF}').contains(&c));
        if word.is_empty() {
            continue;
        }
        if !h::SHARE_TARGETS.contains(&word) {
            return false;
        }
        words += 1;
    }
    words >= 2
}

/// Short words between bars, no sentence ([`h::TAG_LINE_MAX_CHARS`]).
fn is_tag_line(text: &str) -> bool {
    // Most short lines hold no bar: found by one byte search for `|` and the last byte of
    // `｜` (EF BD 9C), without decoding the line (a substring search of a short line costs
    // its set-up).
    let b = text.as_bytes();
    if !memchr::memchr2_iter(b'|', 0x9C, b).any(|i| b[i] == b'|' || b[..i].ends_with(&[0xEF, 0xBD]))
    {
        return false;
    }
    let parts = text.split(['|', '｜']);
    let mut n = 0;
    for part in parts {
        let part = part.trim();
        if part.is_empty()
            || part.chars().count() > h::TAG_PART_MAX_CHARS
            || part.contains(['，', '。', '！', '？', '：', ',', '.', '!', '?', ':'])
        {
            return false;
        }
        n += 1;
    }
    n >= h::TAG_LINE_MIN_PARTS
}

/// A slideshow counter, alone or leading its caption: "Image 2 of 5", "Image 2 of 5 A
/// shopper…", "1of4Grass Valley's…" (without a counter word only in the glued form).
fn is_counter(text: &str) -> bool {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let counted = |s: &str, spaced: bool| {
        let n = digits(s);
        let rest = &s[n..];
        let rest = if spaced { rest.trim_start() } else { rest };
        n > 0
            && rest.strip_prefix("of").is_some_and(|rest| {
                let rest = if spaced { rest.trim_start() } else { rest };
                digits(rest) > 0
            })
    };
    match h::COUNTER_WORDS.iter().find_map(|w| text.strip_prefix(w)) {
        Some(rest) => counted(rest, true),
        None => counted(text, false),
    }
}

/// "12 comments", "comments", "0评论": a comment counter alone.
fn is_comment_count(text: &str) -> bool {
    let rest = text
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ',')
        .trim_start();
    h::COMMENT_COUNT_WORDS.contains(&rest)
}

/// `【1】【2】【3】`, `上一页 1 2 3 下一页`, `« Prev 1 2 Next »`: page numbers and page-list
/// words, at least two numbers or one word.
fn is_pagination_line(text: &str) -> bool {
    // Most short link blocks (navigation) fail on their first characters, before any copy.
    static ALLOWED: LazyLock<Vec<char>> = LazyLock::new(|| {
        let mut chars: Vec<char> = h::PAGINATION_WORDS
            .iter()
            .flat_map(|w| w.chars())
            .chain(h::PAGINATION_MARKS.chars())
            .collect();
        chars.sort_unstable();
        chars.dedup();
        chars
    });
    let allowed = |c: char| c.is_ascii_digit() || ALLOWED.binary_search(&c).is_ok();
    if !text.chars().all(allowed) {
        return false;
    }
    let mut rest = text.to_string();
    let mut words = 0;
    for w in h::PAGINATION_WORDS {
        if rest.contains(w) {
            words += 1;
            rest = rest.replace(w, " ");
        }
    }
    let numbers = rest
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty())
        .count();
    rest.chars()
        .all(|c| c.is_ascii_digit() || h::PAGINATION_MARKS.contains(c))
        && (numbers >= 2 || words >= 1)
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
mod tests {
    use super::*;
    use crate::html::attrs;
    use crate::html::tags::tag_of;

    #[test]
    fn read_name_is_tag_of_written_name_and_name_hash_in_one() {
        for source in [
            "<div>",
            "<DIV class=x>",
            "<Section id=a>",
            "<mjx-c>",
            "<foo:bar x>",
            "<svg:rect/>",
            "<a\u{c}href=x>",
            "<img/src=a alt='b c'>",
            "<p/>",
            "<h1\n>",
            "<",
            "<a",
            "<x-y-z>",
            "<unknown-el>",
            "<IMG src=a>",
            "<br/>",
        ] {
            let (info, written, hash) = read_name(source);
            let expected = tag_of(source).unwrap_or(TagInfo { name: "", flags: 0 });
            assert_eq!(
                (info.name, info.flags),
                (expected.name, expected.flags),
                "{source}"
            );
            let expected_written = source
                .as_bytes()
                .get(1..)
                .map(|r| &r[..r.iter().position(|&c| is_name_end(c)).unwrap_or(r.len())]);
            assert_eq!(Some(written), expected_written.or(Some(b"")), "{source}");
            assert_eq!(hash, crate::html::tree::name_hash(written), "{source}");
            let mut after_name = vec![];
            attrs::parse_into_after_name(source, 1 + written.len(), &mut after_name);
            assert_eq!(after_name, attrs::parse(source), "{source}");
        }
    }

    #[test]
    fn boilerplate_tests_resume_after_dropped_and_hidden_elements() {
        // Blocks inside `nav` and hidden elements are not tested (they never reach the
        // article); the counter of those open must come back down when they close, void and
        // implicitly closed ones included.
        let s = scan(
            "<nav><p>责任编辑：甲</p><input hidden><b>来源：新华社</b></nav><div hidden><p>责任编辑：乙</p>\
             <img hidden></div><footer><ul><li>责任编辑：丙</ul></footer><p>责任编辑：张三</p>",
        );
        let ps = find(&s, "p");
        assert!(!ps[0].1.has(flag::BOILERPLATE) && !ps[1].1.has(flag::BOILERPLATE));
        assert!(ps[2].1.has(flag::BOILERPLATE));
        // The metadata still reads the lines inside them.
        assert!(s.meta.lines.iter().any(|(_, l)| l.contains("新华社")));
    }

    #[test]
    fn byline_markers_are_wide() {
        // `is_byline_line` looks for them only in lines that hold a wide character.
        assert!(
            h::BYLINE_LINE_MARKERS
                .iter()
                .all(|m| crate::text::has_wide(m) && m.as_bytes()[0] >= 0xE3)
        );
    }

    /// Which paragraphs of `s` are marked boilerplate, in page order.
    fn boilerplate_paragraphs(s: &Scan) -> Vec<bool> {
        find(s, "p")
            .iter()
            .map(|(_, n)| n.has(flag::BOILERPLATE))
            .collect()
    }

    fn find<'a>(s: &'a Scan, tag: &str) -> Vec<(usize, &'a Node)> {
        s.nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| n.tag == tag)
            .collect()
    }

    #[test]
    fn text_goes_to_the_nearest_block() {
        let s = scan("<body><div><p>你好，<b>世界</b>。<a href=x>链接</a></p>tail</div></body>");
        let (_, p) = find(&s, "p")[0];
        assert_eq!(p.text.cjk, 6);
        assert_eq!(p.text.commas, 2);
        assert_eq!(p.link_len, 2 * h::CJK_CHAR_WEIGHT);
        let (_, div) = find(&s, "div")[0];
        assert_eq!(div.text.chars, 4);
    }

    #[test]
    fn whitespace_between_elements_separates_a_block_line_words() {
        let s = scan(
            "<body><div><span>作者：张三</span> <span>2024-06-05</span>\n<span>10:12</span></div>\
             <div><span>来源：</span><a>新华社</a></div></body>",
        );
        let lines: Vec<&str> = s.meta.lines.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(lines, ["作者：张三 2024-06-05 10:12", "来源：新华社"]);
    }

    #[test]
    fn parents_and_ends_form_a_tree() {
        let s = scan("<div><p>a<p>b</div><span>c</span>");
        let ps = find(&s, "p");
        assert_eq!(ps.len(), 2);
        assert_eq!(ps[0].1.parent, ps[1].1.parent);
        let (div_id, div) = find(&s, "div")[0];
        assert_eq!(div.end as usize, ps[1].0);
        let (_, span) = find(&s, "span")[0];
        assert_eq!(span.parent, 0);
        assert!(div_id < ps[0].0);
    }

    #[test]
    fn lt_in_text_reserves_no_nodes() {
        // 64 Ki `<` of text and one paragraph: room for a handful of nodes, not one per `<`.
        let page = format!(
            "<p>x</p>{}{}",
            "<".repeat(1 << 16),
            " a < b".repeat(1 << 10)
        );
        let s = scan(&page);
        assert_eq!(s.nodes.len(), 2, "the root and the paragraph");
        assert!(
            s.nodes.capacity() < 64,
            "{} nodes reserved",
            s.nodes.capacity()
        );
        assert!(
            s.events.capacity() < 64,
            "{} events reserved",
            s.events.capacity()
        );
    }

    #[test]
    fn a_long_comment_hides_its_tags() {
        // A long comment hides the markup in it, SVG too, and what follows reads whole.
        let inside = "<p>not a paragraph</p><svg></svg>".repeat(4000);
        let html = format!("<div><p>before</p><!--{inside}--><p>after，正文。</p></div>");
        let s = scan(&html);
        let paragraphs = find(&s, "p");
        assert_eq!(paragraphs.len(), 2, "{} nodes", s.nodes.len());
        assert_eq!(
            paragraphs[1].1.text.chars,
            "after，正文。".chars().count() as u32
        );
    }

    #[test]
    fn html_tags_between_foreign_ones_take_the_tree_builder_namespace() {
        let flags = |html: &str, tag: &str| -> Vec<u16> {
            find(&scan(html), tag)
                .iter()
                .map(|(_, n)| n.flags & (flag::FOREIGN | flag::NO_CONTENT))
                .collect()
        };
        // `</div>` closes the `<svg>` element but not SVG content: the `<mi/>` after it is
        // foreign and self-closed; the `<p>` leaves SVG content.
        assert_eq!(
            flags("<div><svg></div><mi/><p>x</p></div>", "mi"),
            [flag::FOREIGN | flag::NO_CONTENT]
        );
        assert_eq!(flags("<div><svg></div><mi/><p>x</p></div>", "p"), [0]);
        // `<title>` holds markup in SVG (an integration point), text in HTML, also where
        // `</p>` has just left MathML inside an open `<math>`.
        assert_eq!(flags("<svg><title><p>x</p></title></svg>", "p").len(), 1);
        // (The `</p>` is an empty paragraph of its own.)
        assert_eq!(
            flags("<math></p><title><p>x</p></title></math>", "p").len(),
            1
        );
        assert!(flags("<title><p>x</p></title>", "p").is_empty());
        // CDATA is text in foreign content only.
        // (In HTML it is a bogus comment up to the first `>`: `</p>` is then an empty
        // paragraph, as in a browser.)
        let s = scan("<svg><![CDATA[<p>x</p>]]></svg><![CDATA[<p>y</p>]]>");
        assert!(find(&s, "p").iter().all(|(_, p)| p.text.chars == 0));
        assert!(
            s.events
                .iter()
                .any(|e| matches!(e, Event::Literal(t) if t.text(
            "<svg><![CDATA[<p>x</p>]]></svg><![CDATA[<p>y</p>]]>"
        ) == "<p>x</p>"))
        );
    }

    #[test]
    fn end_tags_are_read_between_events() {
        // A custom element closes by its own name; an end tag in a comment, a script or an
        // attribute closes nothing; end tags match in any case.
        let s = scan(
            "<div id=a><my-el><p>x</p></my-el><!-- a > b </div> --><script>'</div>'</script>\
             <b title='</div>'>y</b><span>y</span></DIV><p>z</p>",
        );
        let (div_id, div) = find(&s, "div")[0];
        for tag in ["my-el", "script", "b", "span"] {
            let (_, n) = s
                .nodes
                .iter()
                .enumerate()
                .find(|(_, n)| n.tag == tag || (tag == "my-el" && n.tag.is_empty()))
                .unwrap();
            assert_eq!(n.parent as usize, div_id, "{tag}");
        }
        let ps = find(&s, "p");
        assert_eq!(ps[0].1.parent as usize, div_id + 1, "inside my-el");
        assert_eq!(ps[1].1.parent, 0, "after </DIV>");
        assert!((div.end as usize) < ps[1].0);
    }

    #[test]
    fn text_is_read_between_events() {
        // What the HTML tokenizer calls text: around bogus comments, raw-text elements, quoted
        // `>` in end tags and CDATA, which is text only in SVG and MathML.
        let cases: &[(&str, &[&str])] = &[
            ("<p>a < b, 1 <2</p>", &["a < b, 1 <2"]),
            (
                "<p>1 </> 2 <? pi ?> 3 <!doctype x> 4 </1bogus> 5</p>",
                &["1 ", " 2 ", " 3 ", " 4 ", " 5"],
            ),
            (
                "<p>a<!--x--!>b<!-- y --!x> c --> d<!-->e<!--->f</p>",
                &["a", "b", " d", "e", "f"],
            ),
            (
                r#"<div><script><!-- document.write("<script>x</script>"); //--></script>after"#,
                &["after"],
            ),
            ("<p>a</p><SCRIPT>s</ScRiPt\n><p>b</p>", &["a", "b"]),
            ("<p>x</p x=\">\">y", &["x", "y"]),
            (
                "<svg><title>t</title><style>s</style><![CDATA[c]]></svg><p><![CDATA[no]]>p",
                &["t", "s", "c", "p"],
            ),
            (
                "<textarea><p>t</p></textarea><xmp><b>x</b></xmp><noscript><p>n</p></noscript>z",
                &["<b>x</b>", "z"],
            ),
            ("<style>a</styles></style>z", &["z"]),
            ("<p>x</p><script>never closed <p>y</p>", &["x"]),
            ("<p>x<plaintext><p>raw</p>", &["x", "<p>raw</p>"]),
            ("<p>x<xmp>&lt;</xmp>", &["x", "&lt;"]),
            ("<p>x <!-- never closed <p>y</p>", &["x "]),
            ("<p>x</p", &["x"]),
        ];
        for (html, want) in cases {
            let s = scan(html);
            let got: Vec<&str> = s
                .events
                .iter()
                .filter_map(|e| match e {
                    Event::Text(span) | Event::Literal(span) => Some(span.text(html)),
                    _ => None,
                })
                .collect();
            assert_eq!(&got, want, "{html}");
        }
        let s = scan("<title>T &amp; <b>x</b></title><p>y");
        assert_eq!(s.meta.title.as_deref(), Some("T & <b>x</b>"));
    }

    #[test]
    fn end_tags_close_as_a_browser_closes_them() {
        let parent_tag = |s: &Scan, tag: &str, k: usize| {
            let (_, n) = find(s, tag)[k];
            s.nodes[n.parent as usize].tag
        };
        // A stray `</div>` inside a table cell closes nothing: the article's container holds
        // what follows the table.
        let s = scan("<div><table><tr><td><p>x</div>y</td></tr></table><p>more</p></div>");
        assert_eq!(parent_tag(&s, "p", 1), "div");
        // A formatting element's end tag leaves the paragraph opened inside it open.
        let s = scan("<b><p>x</b>y</p>");
        let (_, p) = find(&s, "p")[0];
        assert_eq!(p.text.chars, 2, "x and y are the paragraph's");
        // And a link's end tag ends its link text there.
        let s = scan("<a href=x><p>link</a>not a link, but prose</p>");
        let (_, p) = find(&s, "p")[0];
        assert_eq!(p.link_len, 4);
        // Any other end tag stops at a special element: `y` stays in the `div`.
        let s = scan("<span><div>x</span>y</div>z");
        let (_, div) = find(&s, "div")[0];
        assert_eq!(div.text.chars, 2);
        // A heading's end tag closes any heading; `</body>` closes nothing.
        let s = scan("<body><h2>t</h3><p>a</p></body><p>b</p>");
        assert_eq!(parent_tag(&s, "p", 0), "body");
        assert_eq!(parent_tag(&s, "p", 1), "body");
    }

    #[test]
    fn tree_builder_repairs_keep_text_as_browsers_show_it() {
        // `</br>` is a line break, `</p>` with no paragraph an empty one.
        let s = scan("<div>a</br>b</p>c</div>");
        assert_eq!(find(&s, "br").len(), 1);
        assert_eq!(find(&s, "p").len(), 1);
        // `<image>` is an `<img>`.
        let s = scan("<p><image src=a.png>x</p>");
        assert_eq!(find(&s, "img").len(), 1);
        // `<xmp>` and `<plaintext>` show their markup as text, written as it is.
        let html = "<xmp><b>x</b> &amp;</xmp><plaintext><p>y</p>";
        let s = scan(html);
        let literal: Vec<&str> = s
            .events
            .iter()
            .filter_map(|e| match e {
                Event::Literal(span) => Some(span.text(html)),
                _ => None,
            })
            .collect();
        assert_eq!(literal, ["<b>x</b> &amp;", "<p>y</p>"]);
        assert!(find(&s, "b").is_empty() && find(&s, "p").is_empty());
    }

    #[test]
    fn whole_token_words_need_token_boundaries() {
        let of = ValueHints::of;
        assert!(of("main-AD box").unlikely);
        assert!(!of("loading").unlikely, "ad inside a word");
        assert!(of("post Comments-list").comments);
        assert!(of("cmt_box").comments);
        assert!(!of("acomment").comments, "a prefix starts its token");
        assert!(!of("commentary").comments);
        assert!(
            of("commentary comments").comments,
            "an exception spares its token only"
        );
        assert!(of("mw-collapsed").collapsed);
        assert!(!of("uncollapsed").collapsed);
    }

    #[test]
    fn boilerplate_patterns_sharing_a_first_fragment_are_all_tried() {
        // Four patterns start with 不代表; only the third matches.
        let line = "文章内容不代表平台的观点和立场";
        assert!(is_boilerplate_line(&LineProbe::new(line), 15, false, false));
        assert!(!is_boilerplate_line(
            &LineProbe::new("文章内容不代表平台的看法"),
            12,
            false,
            false
        ));
    }

    #[test]
    fn chrome_hints_and_boilerplate_are_flagged() {
        let s = scan(
            r#"<div class="share-bar">x</div><nav>n</nav><p style="display: none">h</p>
               <p>责任编辑：史岱君</p><div class="article-content">t</div><p>编辑｜李四</p>
               <div class="smg-zone-widget-custom-cta-letter">Support us</div>
               <div class="octagon">f</div>"#,
        );
        assert!(find(&s, "div")[0].1.has(flag::UNLIKELY));
        assert!(
            find(&s, "div")[2].1.has(flag::UNLIKELY),
            "call-to-action box"
        );
        assert!(
            !find(&s, "div")[3].1.has(flag::UNLIKELY),
            "cta only as a whole token"
        );
        assert!(find(&s, "nav")[0].1.has(flag::DROP_TAG));
        assert!(find(&s, "p")[0].1.has(flag::HIDDEN));
        assert!(find(&s, "p")[1].1.has(flag::BOILERPLATE));
        assert!(
            find(&s, "p")[2].1.has(flag::BOILERPLATE),
            "an editor after a bar"
        );
        // Bylines of commenters and follow-the-author widgets name no author.
        let widgets = scan(
            r#"<ul class="comments-list"><li><div class="byline">J</div></li></ul>
               <li class="author-follow">Katie Couric</li><div class="author-name">Jane Doe</div>"#,
        );
        let bylines: Vec<&str> = widgets
            .meta
            .bylines
            .iter()
            .map(|(_, t)| t.as_str())
            .collect();
        assert_eq!(bylines, ["Jane Doe"]);
        // Chinese sites' pinyin box names.
        let pinyin = scan(
            r#"<div class="xgxw">a</div><div id="paihang_list">b</div><div class="rmtj">c</div>
               <div class="dqwz">d</div><div class="zhengwen">e</div>"#,
        );
        let unlikely: Vec<bool> = find(&pinyin, "div")
            .iter()
            .map(|(_, n)| n.has(flag::UNLIKELY))
            .collect();
        assert_eq!(unlikely, [true, true, true, true, false]);
        assert!(find(&s, "p")[1].1.has(flag::BOILERPLATE));
        let content = find(&s, "div")[1].1;
        assert!(content.class_weight > 0.0);
    }

    #[test]
    fn datelines_and_counters_are_boilerplate_prose_is_not() {
        let s = scan(
            "<p>By HNN Staff | November 18, 2019 at 2:26 PM HST</p><p>Image 2 of 5</p>\
             <p>By 2030 the city plans to plant a million trees along its rivers.</p><p>发布时间：2024-06-05 08:00</p>\
             <p>Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.</p>\
             <p>Follow the river north for two days and you reach the town on the border.</p>\
             <p>Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.</p>\
             <p>By\n<a href=/w>Jane Roe</a> - 11/18/19 11:04 PM EST</p><p>Updated at 1:23 p.m.</p>\
             <p>By 11:30 PM the square was empty and the band had packed up.</p>\
             <p>On Nov. 20, 2019 the dam broke.</p>\
             <table><tr><td><p>February 2015</p></td></tr></table>\
             <p><strong>DON'T MISS</strong><br><a href=/a>Plague warning: CDC names EIGHT deadly diseases</a><br><a href=/b>Plane passengers quarantined after outbreak</a></p>\
             <p>Read more about <a href=/c>ad blocking here</a>.</p>\
             <p><strong>DON'T MISS</strong></p>\
             <p><a href=/d>China furious at Macron for protest jibe</a> [INSIGHT]<br><a href=/e>Lakers vs Nets: NBA make final decision</a> [VIDEO]</p>\
             <p><a href=/f>The report</a> was published on Monday by the city council.</p>",
        );
        let ps: Vec<&Node> = s.nodes.iter().filter(|n| n.tag == "p").collect();
        assert!(ps[0].has(flag::BOILERPLATE));
        assert!(ps[1].has(flag::BOILERPLATE));
        assert!(!ps[2].has(flag::BOILERPLATE));
        assert!(ps[3].has(flag::BOILERPLATE));
        assert!(ps[4].has(flag::BOILERPLATE));
        assert!(!ps[5].has(flag::BOILERPLATE));
        assert!(ps[6].has(flag::BOILERPLATE));
        assert!(ps[7].has(flag::BOILERPLATE), "a byline with a clock time");
        assert!(ps[8].has(flag::BOILERPLATE), "an update time");
        assert!(
            !ps[9].has(flag::BOILERPLATE),
            "a sentence that starts with By and a time"
        );
        assert!(!ps[10].has(flag::BOILERPLATE));
        assert!(!ps[11].has(flag::BOILERPLATE), "a date in a table is data");
        assert!(ps[12].has(flag::BOILERPLATE), "a labelled list of links");
        assert!(!ps[13].has(flag::BOILERPLATE), "a sentence");
        assert!(ps[14].has(flag::BOILERPLATE), "a label alone");
        assert!(ps[15].has(flag::BOILERPLATE), "the links after a label");
        assert!(!ps[16].has(flag::BOILERPLATE), "prose after the list");
        // Portals' recommendation labels, alone or leading their links; in a headline a
        // label's words are a headline.
        let s = scan(
            "<p>大家都在看</p><p><a href=/a>国务院常务会议部署推进新型城镇化建设</a><br><a href=/b>多地出台措施稳定就业</a></p>\
             <p>猜你喜欢：<a href=/c>多地出台措施稳定就业</a> <a href=/d>国务院部署城镇化建设</a></p>\
             <p>猜你喜欢的城市有哪些？一项调查显示，年轻人最想去的城市是成都。</p>",
        );
        let ps: Vec<&Node> = s.nodes.iter().filter(|n| n.tag == "p").collect();
        assert!(ps[0].has(flag::BOILERPLATE), "a label alone");
        assert!(ps[1].has(flag::BOILERPLATE), "the links after a label");
        assert!(ps[2].has(flag::BOILERPLATE), "a labelled list of links");
        assert!(!ps[3].has(flag::BOILERPLATE), "a sentence");
    }

    #[test]
    fn gallery_counters_and_comment_counts_are_boilerplate() {
        let s = scan(
            "<p>1of4Grass Valley's Dionicio Torres looks at the gas can selection.</p>\
             <p>Image 2 of 5 A shopper looks at extension cords.</p>\
             <p>1 of 4 Americans say they have never been to a hardware store.</p>\
             <p><span></span> comments</p><p>12 Comments</p><p>0评论</p>\
             <p>Comments are closed on this article after two weeks, as always.</p>\
             <table><tr><td><p>Comment</p></td></tr></table>\
             <p>First Published: Tuesday, November 19, 2019 08:38 AM</p>\
             <p>Mark Esper, left, shakes hands in Hanoi, Vietnam, on Wednesday ... more</p>\
             <p>(Reporting by Greg Roumeliotis; editing by Martin Howell.)</p>\
             <p>Copyright @ 2019 The New Arab.</p><p>Via SyndiGate.info</p>\
             <p>Need more space? Subscribe to our sister title for the latest news.</p>\
             <p>(Leggi anche su: I Cavalieri dello Zodiaco – FOTO)</p>\
             <p>Via the old mountain road, the trip takes three hours longer than by the coast.</p>",
        );
        let flags = boilerplate_paragraphs(&s);
        assert_eq!(
            flags,
            vec![
                true, true, false, true, true, true, false, false, true, true, true, true, true,
                true, true, false
            ]
        );
    }

    #[test]
    fn chinese_label_lines_are_boilerplate_prose_is_not() {
        let s = scan(
            "<p>2022.01.20 16:31 来源：河南日报客户端</p><p>光明日报记者 王建宏 张文攀</p>\
             <p>来源：新闻晨报</p><p>记者从市政府获悉，新区今年将建成三所学校。</p>\
             <p>2017年2月17日 一审判决</p>",
        );
        let flags = boilerplate_paragraphs(&s);
        assert_eq!(flags, vec![true, true, true, false, false]);
        // Portal and platform notices.
        let s = scan(
            "<p>(责编：张三、李四)</p>             <p>海量资讯、精准解读，尽在新浪财经APP</p>             <p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>             <p>新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。</p>             <p>免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</p>             <p>他在APP里看到了新闻，尽在掌握之中的感觉让他很满意，于是他继续读了下去，一直读到深夜才睡。</p>\
             <p>（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）</p>\
             <p>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。</p>\
             <p>本文来自微信公众号“某某”（ID：mm），作者：张三，36氪经授权发布。</p>\
             <p>编辑 张三 校对 李四</p>\
             <p>欢迎关注我们的公众号</p>\
             <p>发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)</p>\
             <p>译者：张三</p>\
             <p>图/视觉中国</p>\
             <p>市民在公园里晨练 新华社记者 张三 摄</p>\
             <p>他说，禁止拍摄</p>",
        );
        let flags = boilerplate_paragraphs(&s);
        assert_eq!(
            flags,
            vec![
                true, true, true, true, true, false, true, true, true, true, true, true, true,
                true, true, false
            ]
        );
    }

    #[test]
    fn chinese_page_furniture_is_boilerplate_prose_is_not() {
        let furniture = [
            "【纠错】",
            "当前位置：<a href=/>首页</a> &gt; <a href=/n>新闻</a> &gt; 正文",
            "扫一扫在手机打开当前页",
            "打印本页 关闭窗口",
            "【<a href=#>打印本页</a>】【<a href=#>关闭窗口</a>】",
            "【字体：大 中 小】",
            "举报/反馈",
            "打开APP阅读",
            "展开全文",
            "阅读原文",
            "点击右上角分享给朋友",
            "点赞",
            "在看",
            "收藏",
            "我要评论",
            "已有0人参与",
            "版权声明：本文为原创文章，转载请注明出处。",
            "未经许可，禁止转载",
            "新闻热线：010-12345678",
            "投稿邮箱：news@example.com",
            "题图来源：视觉中国",
            "文章来源：人民日报",
            "<a href=/1>【1】</a><a href=/2>【2】</a><a href=/3>【3】</a><a href=/4>【4】</a>",
            "<a href=/p>上一页</a> <a href=/1>1</a> <a href=/2>2</a> <a href=/n>下一页</a>",
            "<a href=/t>点击进入“文艺星青年”&gt;&gt;</a>",
            "声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担。",
            "股市有风险，投资需谨慎",
            "您所在的位置：<a href=/>首页</a> &gt; <a href=/k>快讯</a>",
            "监制：王五 统筹：赵六 策划：钱七",
            "审核：孙八",
            "下一篇：<a href=/n>某某文章的标题</a>",
            "相关标签：<a href=/t1>宏观经济</a> <a href=/t2>财政政策</a> <a href=/t3>国务院</a>",
            "图片来自网络，如有侵权，请联系删除。",
            "（原标题：多地项目连环爆雷 狂奔的龙湖集团“暗伤”曝露？）",
            "（原题为《是“收割韭菜”还是“回归理性”》）",
            "#天文航天#月球#中国航天 #嫦娥五号",
            "- THE END -",
            "“2018十大经济年度人物评选”火热进行中！【<a href=/v>点击投票</a>】Pick你心目中的商业领袖",
            "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.",
            "<a href=/w><i>\u{e608}</i>微信</a> <a href=/b><i>\u{e609}</i>微博</a>",
            "Facebook Twitter Email",
            "20190926|国贸|增长率|全球经济",
            "首页 | 新闻 | 国内 | 正文",
            "关键词 &gt;&gt; 新型冠状病毒,新冠病毒,味觉嗅觉丧失",
            "返回腾讯网首页&gt;&gt;",
            "看都看完了，点【在看】试试",
            "5、回复【美图】看看广州有多惊艳",
            "点击菜单栏【便民服务】解锁更多服务！",
            "扫描下方二维码解锁更多技能",
        ];
        let prose = [
            "上一篇文章中我们提到，收藏家们在看展时点赞最多的是宋代瓷器。",
            "在看守所里，他写下了第一篇小说。",
            "举报人称，该企业长期违规排放污水，当地环保部门已介入调查。",
            "标签化的报道方式受到了批评。",
            "#洞窟艺术",
            "收藏家",
            "<a href=/x>2019</a>年和<a href=/y>2020</a>年",
            "<a href=/a>Next</a>door neighbours",
            "他在首页的位置写下了名字，这是一个很长的句子，用来说明位置和首页出现在同一段落里也可以是正文，只要段落足够长，超过八十个字符的限制就不会被当作面包屑导航处理，读者也不会因此错过任何一句正文的内容。",
            "在看守所",
            "根据规定，投资者应风险自担。",
            "股市有风险，入市需谨慎，这是每个投资者都应该记住的道理。",
            "微信",
            "微信支付与微博热搜",
            "甲方 | 乙方：合同双方 | 丙方 | 丁方",
            "A | B",
        ];
        let html: String = furniture
            .iter()
            .chain(&prose)
            .map(|line| format!("<p>{line}</p>"))
            .collect();
        let s = scan(&html);
        let flags = boilerplate_paragraphs(&s);
        for (i, line) in furniture.iter().chain(&prose).enumerate() {
            assert_eq!(flags[i], i < furniture.len(), "{line}");
        }
    }

    #[test]
    fn a_legal_notice_takes_the_rest_of_its_parent_when_short() {
        let notice = "<div><p>正文第一段，很长的文章。</p></div><div><p><b>反侵权公告：</b></p>\
             <p>一、任何单位或个人转载须经授权；</p><p>陈律师 0432-62099222</p></div>";
        let s = scan(notice);
        let flags = boilerplate_paragraphs(&s);
        assert_eq!(flags, vec![false, true, true, true]);
        // A disclaimer heading over a whole article removes only itself.
        let article = format!(
            "<div><p>免责声明</p>{}</div>",
            "<p>这是文章的正文段落，内容很长很长，足够说明这是文章而不是声明。</p>".repeat(30)
        );
        let s = scan(&article);
        let removed = find(&s, "p")
            .iter()
            .filter(|(_, n)| n.has(flag::BOILERPLATE))
            .count();
        assert_eq!(removed, 1);
    }

    #[test]
    fn byline_boxes_separate_links_and_blocks_from_other_words() {
        let s = scan(
            r#"<div class="author"><p><a href="/WangWen">王文</a><span>中国人民大学重阳金融研究院执行院长</span></p></div>
               <p class="byline">By <a href="/m">Maria Lindqvist</a>, Local Affairs Reporter</p>
               <p class="byline">國<ruby>產<rt>chǎn</rt></ruby>芯</p>
               <span class="authorized">我已授权</span>
               <div id="filter_dateline_menu">排序: 发帖时间</div>
               <time>2019-09-<b>07</b></time>"#,
        );
        let bylines: Vec<&str> = s.meta.bylines.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            bylines,
            [
                "王文 中国人民大学重阳金融研究院执行院长",
                "By Maria Lindqvist, Local Affairs Reporter",
                "國產芯"
            ]
        );
        assert!(s.meta.lines.iter().any(|(_, l)| l == "2019-09-07"));
    }

    #[test]
    fn a_link_inside_an_unclosed_anchor_ends_the_anchor_s_link_text() {
        // `<a name=top/>` stays open (the slash means nothing on an `<a>`) and holds the
        // page, until a link starts: the browser's adoption agency moves the blocks out of it.
        let html = "<body><a name=top/><div id=page><p>Text before any link.</p>\
                    <p>See <a href=/x>this</a> now.</p><p>Text after the link.</p></div></body>";
        let s = scan(html);
        let p = find(&s, "p");
        assert_eq!(p.len(), 3);
        assert_eq!(
            p[0].1.link_len, p[0].1.text.len,
            "inside the anchor before the link"
        );
        // `See ` is still inside the anchor, `this` is the link, ` now.` is neither.
        assert!(p[1].1.link_len < p[1].1.text.len, "{:?}", p[1].1);
        assert_eq!(p[2].1.link_len, 0, "after it, no link text");
        // A link inside a link without a block between closes it, as before.
        let s = scan("<p><a href=/a>one <a href=/b>two</a> three</p>");
        let p = find(&s, "p");
        let (link, all) = (p[0].1.link_len, p[0].1.text.len);
        assert!(
            link > 0 && link < all,
            "{link} of {all}: ` three` is no link text"
        );
    }

    #[test]
    fn deep_nesting_does_not_recurse() {
        let html = "<div>".repeat(200_000) + "deep text";
        let s = scan(&html);
        assert_eq!(s.nodes.len(), 200_001);
        assert_eq!(s.nodes[200_000].text.chars, 8);
        assert_eq!(s.nodes[1].end, 200_000);
    }
}
