//! Pass 2: a second streaming lol_html pass over the same text writes the chosen subtrees,
//! leaving out dropped nodes and everything the [`sanitize`] allowlist does not name.
//!
//! Node ids are given in the same document order as in pass 1 and the open-element stack
//! applies the same rules, so `choice.drop[id]` refers to the same element in both passes. The
//! article HTML and its plain text (`textContent`, one paragraph per line) are built together.

use std::cell::RefCell;
use std::rc::Rc;

use lol_html::html_content::{Element, TextChunk, TextType};
use lol_html::{HtmlRewriter, Settings, doc_text, element};
use url::Url;

use super::heuristics::BLOCK_TAGS;
use super::sanitize::{self, TagRule};
use super::scan::Node;
use super::score::Choice;
use super::tags::{intern, is_void};
use super::text::collapse_spaces;
use super::tree::{NodeId, OpenStack};

/// The article body as emitted.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Emitted {
    pub html: String,
    pub text: String,
    /// Elements of the page left out of the article.
    pub removed: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Outside,
    Skip,
    Unwrap,
    Emit(&'static str),
}

struct State {
    drop: Vec<bool>,
    is_root: Vec<bool>,
    base: Option<Url>,
    modes: Vec<Mode>,
    stack: OpenStack,
    next_id: NodeId,
    popped: Vec<NodeId>,
    pending: String,
    /// Open `<pre>` elements being emitted.
    pre: u32,
    /// Open `<rt>`/`<rp>` elements being emitted.
    annotation: u32,
    out: Emitted,
}

/// Runs pass 2.
pub fn emit(
    html: &str,
    nodes: &[Node],
    choice: &Choice,
    base: Option<&Url>,
) -> Result<Emitted, lol_html::errors::RewritingError> {
    let mut is_root = vec![false; nodes.len()];
    for &r in &choice.roots {
        if let Some(slot) = is_root.get_mut(r as usize) {
            *slot = true;
        }
    }
    let whole_document = choice.roots == [0];
    let mut modes = vec![Mode::Outside; nodes.len()];
    if whole_document {
        modes[0] = Mode::Emit("div");
    }
    let state = Rc::new(RefCell::new(State {
        drop: choice.drop.clone(),
        is_root,
        base: base.cloned(),
        modes,
        stack: OpenStack::new(),
        next_id: 1,
        popped: vec![],
        pending: String::new(),
        pre: 0,
        annotation: 0,
        out: Emitted {
            html: String::with_capacity(html.len() / 4),
            ..Emitted::default()
        },
    }));
    state.borrow_mut().out.html.push_str("<div>");
    {
        let st_el = state.clone();
        let st_text = state.clone();
        let settings = Settings::new()
            .with_strict(false)
            .append_element_content_handler(element!("*", move |el| {
                on_element(&st_el, el);
                Ok(())
            }))
            .append_document_content_handler(doc_text!(move |t| {
                on_text(&st_text, t);
                Ok(())
            }));
        let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
        rewriter.write(html.as_bytes())?;
        rewriter.end()?;
    }
    let mut st = state.borrow_mut();
    let mut popped = std::mem::take(&mut st.popped);
    st.stack.close_all(&mut popped);
    close_nodes(&mut st, &mut popped);
    st.out.html.push_str("</div>");
    let mut out = std::mem::take(&mut st.out);
    out.text = tidy_text(&out.text);
    Ok(out)
}

fn on_element(state: &Rc<RefCell<State>>, el: &mut Element) {
    let tag = intern(&el.tag_name());
    let can_have_content = el.can_have_content() && !is_void(tag);
    let mut guard = state.borrow_mut();
    let st = &mut *guard;
    let id = st.next_id;
    st.next_id += 1;
    let mut popped = std::mem::take(&mut st.popped);
    let parent = st.stack.open(id, tag, can_have_content, &mut popped);
    close_nodes(st, &mut popped);
    st.popped = popped;
    let Some(mode_slot) = st.modes.get(id as usize).copied() else {
        return; // more elements than pass 1 saw: cannot happen with the same input
    };
    debug_assert_eq!(mode_slot, Mode::Outside);
    let parent_mode = st.modes[parent as usize];
    let inside = st.is_root[id as usize] || !matches!(parent_mode, Mode::Outside);
    let mode = if !inside {
        Mode::Outside
    } else if parent_mode == Mode::Skip || st.drop[id as usize] {
        Mode::Skip
    } else {
        match sanitize::tag_rule(tag) {
            TagRule::Emit(name) => Mode::Emit(name),
            TagRule::Unwrap => Mode::Unwrap,
            TagRule::Drop => Mode::Skip,
        }
    };
    st.modes[id as usize] = mode;
    if mode == Mode::Skip && parent_mode != Mode::Skip {
        st.out.removed += 1;
    }
    if let Mode::Emit(name) = mode {
        if BLOCK_TAGS.contains(&name) {
            st.out.text.push('\n');
        }
        match name {
            "pre" => st.pre += 1,
            "rt" | "rp" => st.annotation += 1,
            _ => {}
        }
        write_start_tag(st, el, name);
    }
    if can_have_content {
        // Outside the article nothing is written, but the stack must still follow the tree.
        let st_end = state.clone();
        let _ = el.on_end_tag(Box::new(move |_end| {
            let mut st = st_end.borrow_mut();
            let mut popped = std::mem::take(&mut st.popped);
            st.stack.close(id, &mut popped);
            close_nodes(&mut st, &mut popped);
            st.popped = popped;
            Ok(())
        }));
    }
}

fn write_start_tag(st: &mut State, el: &Element, name: &'static str) {
    let out = &mut st.out.html;
    out.push('<');
    out.push_str(name);
    let attr = |n: &str| {
        el.get_attribute(n)
            .map(|v| htmlize::unescape_attribute(&v).into_owned())
    };
    for a in el.attributes() {
        let an = a.name();
        if sanitize::allowed_attribute(name, &an) {
            push_attr(out, &an, &htmlize::unescape_attribute(a.value()));
        }
    }
    for &an in sanitize::url_attributes(name) {
        let mut value = attr(an);
        if name == "img" && value.as_deref().is_none_or(sanitize::is_placeholder_src) {
            if let Some(lazy) = sanitize::LAZY_SRC_ATTRIBUTES.iter().find_map(|l| attr(l)) {
                value = Some(lazy);
            }
        }
        if let Some(url) =
            value.and_then(|v| sanitize::clean_url(&v, st.base.as_ref(), name == "img"))
        {
            push_attr(out, an, &url);
        }
    }
    if matches!(name, "img" | "source") {
        if let Some(set) = attr("srcset")
            .or_else(|| attr("data-srcset"))
            .and_then(|v| sanitize::clean_srcset(&v, st.base.as_ref()))
        {
            push_attr(out, "srcset", &set);
        }
    }
    if name == "a" {
        out.push_str(r#" rel="noopener noreferrer""#);
    }
    out.push('>');
    if name == "br" {
        st.out.text.push('\n');
    }
}

fn push_attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    out.push_str(&htmlize::escape_attribute(value));
    out.push('"');
}

fn close_nodes(st: &mut State, popped: &mut Vec<NodeId>) {
    for id in popped.drain(..) {
        if let Some(Mode::Emit(name)) = st.modes.get(id as usize).copied() {
            if !is_void(name) {
                st.out.html.push_str("</");
                st.out.html.push_str(name);
                st.out.html.push('>');
            }
            match name {
                "pre" => st.pre = st.pre.saturating_sub(1),
                "rt" | "rp" => st.annotation = st.annotation.saturating_sub(1),
                _ => {}
            }
            if BLOCK_TAGS.contains(&name) {
                st.out.text.push('\n');
            }
        }
    }
}

fn on_text(state: &Rc<RefCell<State>>, t: &mut TextChunk) {
    let mut guard = state.borrow_mut();
    let st = &mut *guard;
    st.pending.push_str(t.as_str());
    if !t.last_in_text_node() {
        return;
    }
    let raw = std::mem::take(&mut st.pending);
    let top = st.stack.top();
    let emitting = matches!(
        st.modes.get(top as usize),
        Some(Mode::Emit(_) | Mode::Unwrap)
    );
    // Ruby annotations stay in the HTML but not in the plain text: pinyin glosses flattened
    // into text ("團(tuán)") are what a reader mode exists to undo.
    let annotation = st.annotation > 0;
    if emitting
        && matches!(t.text_type(), TextType::Data | TextType::CDataSection)
        && !raw.is_empty()
    {
        let text = htmlize::unescape(&raw);
        st.out.html.push_str(&htmlize::escape_text(text.as_ref()));
        if st.pre > 0 && !annotation {
            st.out.text.push_str(&text);
        } else if !annotation {
            collapse_spaces(&text, &mut st.out.text);
        }
    }
    st.pending = raw;
    st.pending.clear();
}

/// One paragraph per line: trims lines and drops empty ones.
fn tidy_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = line.trim_matches(|c: char| c.is_whitespace());
        if !line.is_empty() {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::scan::scan;
    use crate::extract::score::{Attempt, choose};

    fn run(html: &str) -> Emitted {
        let s = scan(html).unwrap();
        let choice = choose(&s.nodes, Attempt::ALL[0]);
        emit(html, &s.nodes, &choice, None).unwrap()
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
}
