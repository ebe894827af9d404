//! The body of a page as pass 1 reads it, in plain terms: its text split in lines where
//! blocks and `<br>` break them, and its elements with their depth. The tree-construction
//! conformance test and the differential fuzz target (feature `fuzzing`) compare these with a
//! browser's parse.

use super::scan::{Event, Scan, flag, scan};
use crate::html::decode;
use crate::html::tags::{class, intern};
use crate::html::tokenizer::TextKind;

/// Whitespace collapsed, lines trimmed, empty lines dropped.
pub(crate) fn lines(raw: &str) -> Vec<String> {
    raw.split('\n')
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect()
}

/// Whether an element of this name starts and ends a line: a block, or `<br>`.
pub(crate) fn breaks(name: &str) -> bool {
    name == "br" || intern(name).is(class::BLOCK)
}

/// Elements whose text is not the reader's: pass 1 keeps it out of the body's text, as the
/// reader shows no script, style, form field, title or `noscript` content.
pub(crate) const NOT_READ: &[&str] = &[
    "script", "style", "textarea", "title", "noscript", "noembed", "noframes", "iframe", "template",
];

/// The name of node `id` as pass 1 knows it (an unknown element by its name as written).
fn name_of(s: &Scan, html: &str, id: u32) -> String {
    let node = &s.nodes[id as usize];
    if !node.tag.is_empty() {
        return node.tag.to_string();
    }
    s.events
        .iter()
        .find_map(|e| match e {
            Event::Start { id: i, tag } if *i == id => Some(tag.text(html)),
            _ => None,
        })
        .map(|t| {
            t.trim_start_matches('<')
                .split(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
                .next()
                .unwrap_or("")
                .to_ascii_lowercase()
        })
        .unwrap_or_default()
}

/// Pass 1's body: text lines and (element, depth) in order, the head left out.
pub(crate) fn body(html: &str) -> (Vec<String>, Vec<(String, usize)>) {
    let s = scan(html);
    let mut raw = String::new();
    let mut elements = Vec::new();
    // Depth per open node, counted from the body (html and body themselves not counted).
    let mut depth = vec![0usize; s.nodes.len()];
    let mut in_head = 0u32;
    // Before the body's first element or text, head elements are the (implied) head's.
    let mut in_body = false;
    // Open elements whose text is not the reader's ([`NOT_READ`]).
    let mut not_read = 0u32;
    let fostered = s.fostered_before();
    let mut moved = s.fostered.iter().map(|&(_, at)| at as usize).peekable();
    for (at, e) in s.events.iter().enumerate() {
        if moved.next_if_eq(&at).is_some() {
            continue;
        }
        match *e {
            Event::Start { id, .. } => {
                let node = &s.nodes[id as usize];
                let parent_depth = if node.parent == 0 {
                    0
                } else {
                    depth[node.parent as usize]
                };
                let skip = matches!(node.tag, "html" | "body");
                depth[id as usize] = parent_depth + usize::from(!skip);
                let implied_head =
                    !in_body && node.parent == 0 && node.tag_flags & class::HEAD_CONTENT != 0;
                in_body |= !implied_head && !matches!(node.tag, "html" | "head");
                if node.tag == "head" || in_head > 0 || implied_head {
                    if implied_head && node.has(flag::NO_CONTENT) {
                        continue;
                    }
                    in_head += u32::from(!node.has(flag::NO_CONTENT));
                    continue;
                }
                if NOT_READ.contains(&node.tag) && !node.has(flag::NO_CONTENT) {
                    not_read += 1;
                }
                if !skip {
                    for &t in fostered.get(&id).into_iter().flatten() {
                        if let Event::Text(span) = s.events[t as usize] {
                            raw.push_str(&decode::text(span.text(html), TextKind::Data));
                        }
                    }
                    elements.push((name_of(&s, html, id), parent_depth));
                    if breaks(node.tag) {
                        raw.push('\n');
                    }
                }
            }
            Event::End(id) => {
                if in_head > 0 {
                    in_head -= 1;
                    continue;
                }
                let tag = s.nodes[id as usize].tag;
                if NOT_READ.contains(&tag) {
                    not_read = not_read.saturating_sub(1);
                }
                if breaks(tag) {
                    raw.push('\n');
                }
            }
            Event::Text(span) | Event::Literal(span) if in_head == 0 && not_read == 0 => {
                let kind = if matches!(e, Event::Text(_)) {
                    TextKind::Data
                } else {
                    TextKind::Cdata
                };
                raw.push_str(&decode::text(span.text(html), kind));
            }
            _ => {}
        }
    }
    (lines(&raw), elements)
}
