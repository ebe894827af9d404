//! Pass 2: replays pass 1's [`Event`]s over the same text and writes the chosen subtrees,
//! leaving out dropped nodes and everything the [`sanitize`] allowlist does not name.
//!
//! Pass 1 recorded every element start (with its start tag's source position), text node and
//! element end, in document order; the page is not parsed a second time. Attributes are read
//! only for emitted elements, from their start tag's source ([`attrs`]). The article HTML and
//! its plain text (`textContent`, one paragraph per line) are built together.

use crate::url::Url;

use super::sanitize::{self, TagRule};
use super::scan::{Event, Scan, flag};
use super::score::Choice;
use crate::html::attrs::{self, Attr};
use crate::html::tags::{TagInfo, class, intern};
use crate::html::tokenizer::TextKind;
use crate::html::tree::NodeId;
use crate::text::collapse_spaces;

/// The article body as emitted.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Emitted {
    pub html: String,
    pub text: String,
    /// Elements of the page written to the article (renamed or unwrapped ones included).
    pub kept: u32,
}

/// What pass 2 does with an element (one byte per node of the page: the emitted name is
/// kept only for the open elements, on a stack).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Outside,
    Skip,
    Unwrap,
    Emit,
}

/// Runs pass 2.
pub fn emit(html: &str, scan: &Scan, choice: &Choice, base: Option<&Url>) -> Emitted {
    let (nodes, events) = (&scan.nodes, &scan.events);
    // Boilerplate lines of blocks split by `<br>`s or child blocks, in event order.
    let mut dropped = scan.dropped_lines.iter().peekable();
    let mut is_root = vec![false; nodes.len()];
    for &r in &choice.roots {
        if let Some(slot) = is_root.get_mut(r as usize) {
            *slot = true;
        }
    }
    // A `<div>` that holds no block (WeChat's and many editors' paragraphs) is written as a
    // `<p>`, as Readability retags it, so it is spaced as one.
    let mut holds_block = vec![false; nodes.len()];
    for j in (1..nodes.len()).rev() {
        let p = nodes[j].parent as usize;
        if p != j && (holds_block[j] || nodes[j].has(flag::BLOCK) || nodes[j].tag == "img") {
            holds_block[p] = true;
        }
    }
    let mut modes = vec![Mode::Outside; nodes.len()];
    // A boilerplate block kept for the blocks inside it ("Updated <time>…</time>" beside the
    // headline) loses its own text: inline descendants inherit the mute, child blocks decide
    // for themselves.
    let mut muted = vec![false; nodes.len()];
    // What an element's children may be: MathML only inside `<math>` (see [`sanitize`]).
    let mut context = vec![sanitize::Context::Html; nodes.len()];
    if choice.roots == [0] {
        modes[0] = Mode::Emit;
    }
    let mut out = Emitted {
        html: String::with_capacity(html.len() / 8),
        ..Emitted::default()
    };
    let mut text = PlainText::default();
    out.html.push_str("<div>");
    // The innermost open element is the last `Start` without its `End`.
    let mut open: Vec<NodeId> = vec![0];
    // The emitted elements without their `End` yet, with the names they are written under.
    let mut emitted: Vec<(NodeId, TagInfo)> = Vec::new();
    let mut pre = 0u32;
    let mut annotation = 0u32;
    // One attribute vector for every emitted start tag.
    let mut attributes = Vec::new();
    // Events before the first root's start and after the last root's subtree are outside
    // the article: the loop runs from the one to the other. A root inherits the mute of the
    // block around it (events not replayed: read from the tree).
    let (begin, last) = if choice.roots.contains(&0) {
        (0, NodeId::MAX)
    } else {
        let first = choice.roots.iter().min().copied().unwrap_or(0);
        let begin = events
            .iter()
            .position(|e| matches!(*e, Event::Start { id, .. } if id == first))
            .unwrap_or(events.len());
        let last = choice.roots.iter().map(|&r| nodes[r as usize].end).max();
        for &r in &choice.roots {
            let p = nodes[r as usize].parent as usize;
            muted[p] = enclosing_block_muted(nodes, p);
        }
        (begin, last.unwrap_or(0))
    };
    // Text fostered out of a table is written before the table and skipped where it lies.
    let fostered = scan.fostered_before();
    let mut moved = scan.fostered.iter().map(|&(_, at)| at as usize).peekable();
    while moved.next_if(|&at| at < begin).is_some() {}
    for (at, ev) in events.iter().enumerate().skip(begin) {
        if moved.next_if_eq(&at).is_some() {
            continue;
        }
        match *ev {
            Event::Start { id, .. } if id > last => break,
            Event::Start { id, tag } => {
                let i = id as usize;
                let Some(node) = nodes.get(i) else { continue };
                let parent_mode = modes[node.parent as usize];
                let inside = is_root[i] || parent_mode != Mode::Outside;
                // An emitted element's name as written (`TagRule::Emit` may rename it).
                let (mode, written) = if !inside {
                    (Mode::Outside, None)
                } else if parent_mode == Mode::Skip || choice.drop[i] {
                    (Mode::Skip, None)
                } else {
                    // The allowlist decides first; only what it emits as a table part may be
                    // rewritten (never inside MathML, where it unwraps HTML).
                    let rule = match sanitize::tag_rule(node.tag, context[node.parent as usize]) {
                        // A layout table's cells are blocks; its other parts go.
                        TagRule::Emit(_) if choice.layout.get(i).copied().unwrap_or(false) => {
                            match node.tag {
                                "td" | "th" | "caption" => TagRule::Emit("div"),
                                _ => TagRule::Unwrap,
                            }
                        }
                        rule => rule,
                    };
                    match rule {
                        TagRule::Emit("div") if !holds_block[i] => (Mode::Emit, Some(intern("p"))),
                        TagRule::Emit(name) => (Mode::Emit, Some(intern(name))),
                        TagRule::Unwrap => (Mode::Unwrap, None),
                        TagRule::Drop => (Mode::Skip, None),
                    }
                };
                modes[i] = mode;
                context[i] = match (written, mode) {
                    (Some(info), _) => context[node.parent as usize].inside(info.name),
                    (None, Mode::Unwrap) => context[node.parent as usize],
                    _ => sanitize::Context::Html,
                };
                muted[i] = if node.has(flag::BLOCK) {
                    node.has(flag::BOILERPLATE)
                } else {
                    muted[node.parent as usize]
                };
                if matches!(mode, Mode::Emit | Mode::Unwrap) {
                    out.kept += 1;
                }
                if let Some(texts) = fostered.get(&id) {
                    // Its parent's text, or the table's when the table is the root.
                    let p = node.parent as usize;
                    let shown = if is_root[i] {
                        mode == Mode::Emit
                    } else {
                        matches!(parent_mode, Mode::Emit | Mode::Unwrap) && !muted[p]
                    };
                    for &t in texts.iter().filter(|_| shown) {
                        if let Event::Text(span) = events[t as usize] {
                            let value = crate::html::decode::text(span.text(html), TextKind::Data);
                            out.html.push_str(&htmlize::escape_text(value.as_ref()));
                            if annotation == 0 {
                                text.push_collapsed(&value);
                            }
                        }
                    }
                }
                if let Some(info) = written {
                    if !node.has(flag::NO_CONTENT) {
                        emitted.push((id, info));
                    }
                    if info.is(class::BLOCK) {
                        text.end_line();
                    }
                    match info.name {
                        "pre" => pre += 1,
                        "rt" | "rp" => annotation += 1,
                        _ => {}
                    }
                    attrs::parse_into(tag.text(html), &mut attributes);
                    write_start_tag(&mut out.html, &attributes, info.name, base);
                    if info.name == "br" {
                        text.end_line();
                    }
                }
                if !node.has(flag::NO_CONTENT) {
                    open.push(id);
                }
            }
            Event::End(id) => {
                if open.last() == Some(&id) {
                    open.pop();
                }
                if let Some(&(_, info)) = emitted.last().filter(|&&(e, _)| e == id) {
                    emitted.pop();
                    if !info.is(class::VOID) {
                        out.html.push_str("</");
                        out.html.push_str(info.name);
                        out.html.push('>');
                    }
                    match info.name {
                        "pre" => pre = pre.saturating_sub(1),
                        "rt" | "rp" => annotation = annotation.saturating_sub(1),
                        _ => {}
                    }
                    if info.is(class::BLOCK) {
                        text.end_line();
                    }
                }
            }
            Event::Text(span) | Event::Literal(span) => {
                let at = u32::try_from(at).unwrap_or(u32::MAX);
                while dropped.next_if(|&&(_, end)| end <= at).is_some() {}
                if dropped.peek().is_some_and(|&&(start, _)| start <= at) {
                    continue;
                }
                let top = open.last().copied().unwrap_or(0) as usize;
                if matches!(modes[top], Mode::Emit | Mode::Unwrap) && !muted[top] {
                    let kind = if matches!(ev, Event::Text(_)) {
                        TextKind::Data
                    } else {
                        TextKind::Cdata
                    };
                    let value = crate::html::decode::text(span.text(html), kind);
                    out.html.push_str(&htmlize::escape_text(value.as_ref()));
                    // Ruby annotations stay in the HTML but not in the plain text: pinyin
                    // glosses flattened into text ("團(tuán)") are what a reader mode undoes.
                    if annotation == 0 {
                        if pre > 0 {
                            text.push_preformatted(&value);
                        } else {
                            text.push_collapsed(&value);
                        }
                    }
                }
            }
        }
    }
    out.html.push_str("</div>");
    out.text = text.finish();
    out
}

/// Whether the text of node `i` is muted: that of its nearest block (the tree's root never
/// is).
fn enclosing_block_muted(nodes: &[super::scan::Node], mut i: usize) -> bool {
    while i != 0 && !nodes[i].has(flag::BLOCK) {
        i = nodes[i].parent as usize;
    }
    i != 0 && nodes[i].has(flag::BOILERPLATE)
}

fn write_start_tag(
    html: &mut String,
    attributes: &[Attr<'_>],
    name: &'static str,
    base: Option<&Url>,
) {
    html.push('<');
    html.push_str(name);
    let attr = |n: &str| {
        attributes
            .iter()
            .find(|a| a.name == n)
            .map(|a| crate::html::decode::attribute_value(a.value).into_owned())
    };
    for a in attributes {
        if sanitize::allowed_attribute(name, &a.name) {
            push_attr(
                html,
                &a.name,
                &crate::html::decode::attribute_value(a.value),
            );
        }
    }
    for &an in sanitize::url_attributes(name) {
        let mut value = attr(an);
        if name == "img" && value.as_deref().is_none_or(sanitize::is_placeholder_src) {
            if let Some(lazy) = sanitize::LAZY_SRC_ATTRIBUTES.iter().find_map(|l| attr(l)) {
                value = Some(lazy);
            }
        }
        if let Some(url) = value.and_then(|v| sanitize::clean_url(&v, base, name == "img")) {
            push_attr(html, an, &url);
        }
    }
    if matches!(name, "img" | "source") {
        if let Some(set) = attr("srcset")
            .or_else(|| attr("data-srcset"))
            .and_then(|v| sanitize::clean_srcset(&v, base))
        {
            push_attr(html, "srcset", &set);
        }
    }
    if name == "a" {
        html.push_str(r#" rel="noopener noreferrer""#);
    }
    if matches!(name, "pre" | "code") {
        let language = attr("class")
            .and_then(|c| sanitize::code_language_of_class(&c))
            .or_else(|| attr("data-lang").or_else(|| attr("data-language")))
            .and_then(|l| sanitize::code_language(&l));
        if let Some(language) = language {
            push_attr(html, "class", &format!("language-{language}"));
        }
    }
    html.push('>');
}

fn push_attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    out.push_str(&htmlize::escape_attribute(value));
    out.push('"');
}

/// The article's plain text (`textContent`), written tidy as it goes: one paragraph per
/// line, each line trimmed, no empty lines. No second pass over the text and no second copy
/// of it (on a 60 MiB page that copy was 44 MB of the peak).
#[derive(Default)]
struct PlainText {
    text: String,
    /// Where the current line starts in `text`.
    line: usize,
}

impl PlainText {
    /// Ends the current line (at a block's edge or a `<br>`): trimmed, and kept when not empty.
    fn end_line(&mut self) {
        let end = self.text.trim_end().len().max(self.line);
        self.text.truncate(end);
        let line = &self.text[self.line..];
        let lead = line.len() - line.trim_start().len();
        if lead > 0 {
            self.text.drain(self.line..self.line + lead);
        }
        if self.text.len() > self.line {
            self.text.push('\n');
            self.line = self.text.len();
        }
    }

    /// Normal text: runs of spaces written as one ([`collapse_spaces`]).
    fn push_collapsed(&mut self, s: &str) {
        collapse_spaces(s, &mut self.text);
    }

    /// Text of a `<pre>`: its line breaks are lines.
    fn push_preformatted(&mut self, s: &str) {
        let mut lines = s.split('\n');
        self.text.push_str(lines.next().unwrap_or(""));
        for line in lines {
            self.end_line();
            self.text.push_str(line);
        }
    }

    fn finish(mut self) -> String {
        self.end_line();
        if self.text.ends_with('\n') {
            self.text.pop();
        }
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::scan::scan;
    use crate::extract::score::{Attempt, choose};

    fn run(html: &str) -> Emitted {
        let s = scan(html);
        let choice = choose(&s.nodes, Attempt::ALL[0]);
        emit(html, &s, &choice, None)
    }

    #[test]
    fn plain_text_is_written_tidy() {
        let mut t = PlainText::default();
        t.end_line();
        t.push_collapsed("  Hello \n world ");
        t.end_line();
        t.end_line();
        t.push_collapsed("\u{a0}\u{a0}after no-break spaces ");
        t.end_line();
        t.push_preformatted("  fn main() {\n\n      x\u{3000}\n}");
        t.text.push_str(" \t");
        assert_eq!(
            t.finish(),
            "Hello world\nafter no-break spaces\nfn main() {\nx\n}"
        );
    }

    #[test]
    fn keeps_reading_markup_and_drops_the_rest() {
        let p = "<p>这是一段足够长的正文，用来测试输出。它有逗号，也有句号。</p>".repeat(5);
        let html = format!(
            r#"<body><div class=content>{p}<p onclick="x()" style="color:red">a <span>b</span> <script>bad()</script><img src="javascript:x" onerror="y"> <a href="javascript:z">c</a></p></div></body>"#
        );
        let out = run(&html);
        assert!(out.html.contains("这是一段足够长的正文"));
        assert!(
            !out.html.contains("onclick")
                && !out.html.contains("style")
                && !out.html.contains("script")
        );
        assert!(!out.html.contains("onerror") && !out.html.contains("javascript"));
        assert!(
            out.html.contains(r#"<a rel="noopener noreferrer">c</a>"#),
            "{}",
            out.html
        );
        assert!(out.text.lines().count() >= 5);
    }

    #[test]
    fn formulas_stay_mathml_with_only_text_in_tokens() {
        let p =
            "<p>The energy of a body at rest, as the paper derives below, is this.</p>".repeat(4);
        let html = format!(
            r#"<body><div>{p}<p>So <math display="block"><mi mathvariant="bold" href="javascript:x">E</mi><mo>=</mo><mi><b>m</b></mi><msup><mi>c</mi><mn>2</mn></msup><annotation encoding="TeX">E=mc^2</annotation></math> holds.</p><p><mi>stray</mi></p></div></body>"#
        );
        let out = run(&html);
        assert!(
            out.html.contains(
                r#"<math display="block"><mi mathvariant="bold">E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math>"#
            ),
            "{}",
            out.html
        );
        assert!(out.html.contains("<p>stray</p>"), "{}", out.html);
        assert!(out.text.contains("So E=mc2 holds."), "{}", out.text);
    }

    #[test]
    fn text_is_escaped_and_entities_decoded_once() {
        let p =
            "<p>Fish &amp; chips &lt;script&gt; are tasty, cheap, and served hot.</p>".repeat(4);
        let out = run(&format!("<body><div>{p}</div></body>"));
        assert!(
            out.html.contains("Fish &amp; chips &lt;script&gt;"),
            "{}",
            out.html
        );
        assert!(out.text.contains("Fish & chips <script>"));
    }

    #[test]
    fn a_kept_boilerplate_container_loses_only_its_own_text() {
        let p = "<p>The council voted on Tuesday, after a long debate, to expand the park.</p>"
            .repeat(5);
        let html = format!(
            "<body><div><div><h1>Council expands the park</h1><p>Jane Doe, Staff Writer</p>\
             <span>Updated <time>5:27 am, Wednesday, November 20, 2019</time></span></div>{p}</div></body>"
        );
        let out = run(&html);
        assert!(
            out.text.contains("Council expands the park"),
            "{}",
            out.text
        );
        assert!(out.text.contains("Jane Doe"));
        assert!(!out.text.contains("Updated") && !out.html.contains("5:27"));
    }

    #[test]
    fn implicitly_closed_paragraphs_are_closed_in_output() {
        let html = format!(
            "<body><div>{}</div></body>",
            "<p>一段正文，有内容，很长很长很长很长很长很长很长很长。".repeat(5)
        );
        let out = run(&html);
        assert_eq!(
            out.html.matches("<p>").count(),
            out.html.matches("</p>").count()
        );
        assert_eq!(out.text.lines().count(), 5);
    }

    #[test]
    fn text_fostered_out_of_a_table_comes_before_it() {
        let p = "<p>The council voted on Tuesday, after a long debate, to expand the park.</p>"
            .repeat(4);
        let html = format!(
            "<body><div>{p}<table>Stray words<tr><td>In the cell, the park plan gets its figures, line by line, and a map.</td></tr></table></div></body>"
        );
        let out = run(&html);
        let (stray, cell) = (out.text.find("Stray words"), out.text.find("In the cell"));
        assert!(stray.is_some() && stray < cell, "{}", out.text);
        let (stray, cell) = (out.html.find("Stray words"), out.html.find("In the cell"));
        assert!(stray.is_some() && stray < cell, "{}", out.html);
        assert_eq!(out.text.matches("Stray words").count(), 1);
    }

    #[test]
    fn divs_holding_only_text_are_paragraphs() {
        let paras: String = (1..=4)
            .map(|n| format!("<div>小区门口的早点铺开了{n}十几年，每天清晨排队的人从巷口一直排到路边，老板说不涨价。</div>"))
            .collect();
        let html = format!("<body><div>{paras}</div></body>");
        let out = run(&html);
        assert_eq!(out.html.matches("<p>").count(), 4, "{}", out.html);
        // The container holds blocks: it stays a div.
        assert!(out.html.starts_with("<div><div><p>"), "{}", out.html);
    }

    #[test]
    fn layout_tables_are_unwrapped_and_data_tables_kept() {
        let paras: String = (1..=4)
            .map(|n| format!("<p>The council voted on Tuesday, after debate number {n}, to expand the park by the river.</p>"))
            .collect();
        let data = "<table><tr><th>Ingredient</th><th>Amount</th></tr><tr><td>Flour</td><td>200 g</td></tr><tr><td>Eggs</td><td>3</td></tr></table>";
        let html = format!("<body><table><tr><td>{paras}{data}</td></tr></table></body>");
        let out = run(&html);
        assert_eq!(out.html.matches("<table>").count(), 1, "{}", out.html);
        assert!(out.html.contains("<th>Ingredient</th>"), "{}", out.html);
        assert!(!out.html.contains("<td><p>"), "{}", out.html);
        assert!(out.text.contains("debate number 4"));
    }

    #[test]
    fn layout_tables_inside_mathml_stay_unwrapped_html() {
        // A hostile payload of the mutation-XSS family: the page is nothing else.
        let html = "<body><math><mi><table><tr><td><math><mi>x</mi></math></td></tr></table></mi></math></body>";
        let s = scan(html);
        // The laxest attempt, which keeps the table.
        let out = emit(html, &s, &choose(&s.nodes, Attempt::ALL[3]), None);
        let math = &out.html[out.html.find("<math").unwrap()..];
        for html_tag in ["<p", "<div", "<table", "<td"] {
            assert!(
                !math.contains(html_tag),
                "{html_tag} inside math: {}",
                out.html
            );
        }
    }
}
