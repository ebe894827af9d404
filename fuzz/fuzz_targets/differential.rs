//! Pass 1 against html5ever (a spec tree builder, through dom_query): on any page, the body's
//! visible text must hold the same characters — nothing lost, nothing invented — and, where
//! the page has none of the constructs pass 1 deliberately reads differently (text fostered
//! out of tables, formatting elements reopened across blocks, framesets, templates, foreign
//! content), the same lines, block by block.
#![no_main]

use dom_query::{Document, NodeRef};
use html5ever::tendril::TendrilSink;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{ParseOpts, parse_document};
use libfuzzer_sys::fuzz_target;
use qingyue::internals as fuzzing;

/// The browser's body text, with `\n` where blocks and `<br>` break lines.
fn browser_text(doc: &Document) -> String {
    let mut raw = String::new();
    let Some(body) = doc.body() else {
        return raw;
    };
    // Iterative depth-first walk: (node, entering).
    let mut stack: Vec<(NodeRef<'_>, bool)> = vec![(body, true)];
    while let Some((node, entering)) = stack.pop() {
        if node.is_text() {
            raw.push_str(&node.text());
            continue;
        }
        if !node.is_element() {
            continue;
        }
        // The local name (an HTML element may have a colon in it: `<x:noembed>`).
        let name = node
            .qual_name_ref()
            .map(|q| q.local.to_ascii_lowercase())
            .unwrap_or_default();
        if fuzzing::NOT_READ.contains(&name.as_str()) {
            continue;
        }
        if fuzzing::breaks(&name) {
            raw.push('\n');
        }
        if entering {
            stack.push((node.clone(), false));
            let children = node.children();
            for child in children.into_iter().rev() {
                stack.push((child, true));
            }
        }
    }
    raw
}

/// Non-whitespace characters, sorted.
fn characters(lines: &[String]) -> Vec<char> {
    let mut c: Vec<char> = lines.iter().flat_map(|l| l.chars()).filter(|c| !c.is_whitespace()).collect();
    c.sort_unstable();
    c
}

/// Constructs whose tree pass 1 reads differently on purpose (see `tree_conformance`).
const KNOWN_DIFFERENT: &[&str] = &[
    "<table", "<tr", "<td", "<th", "<tbody", "<thead", "<tfoot", "<caption", "<col",
    "<template", "<frameset", "<frame", "<svg", "<math", "<select", "<option",
    "<a", "<b", "<i", "<u", "<s", "<em", "<strong", "<font", "<nobr", "<code", "<big",
    "<small", "<strike", "<tt", "<body", "<html", "<head", "</body", "</html", "<p", "</p",
    "<plaintext", "<form", "<button", "<li", "<dd", "<dt",
];

fuzz_target!(|data: &[u8]| {
    let Ok(page) = std::str::from_utf8(data) else {
        return;
    };
    // As qingyue's decoder hands a page to pass 1.
    let page = page.replace('\0', "");
    let ours = fuzzing::body_lines(&page);
    // As a browser that runs scripts parses it (pass 1 reads `noscript` so too).
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: true,
            ..Default::default()
        },
        ..Default::default()
    };
    let doc = parse_document(Document::default(), opts).one(page.as_str());
    let theirs = fuzzing::lines(&browser_text(&doc));
    let lower = page.to_ascii_lowercase();
    if lower.contains("<frameset") || lower.contains("<template") {
        return;
    }
    assert_eq!(characters(&ours), characters(&theirs), "text lost or invented:\nours   {ours:?}\ntheirs {theirs:?}");
    if !KNOWN_DIFFERENT.iter().any(|k| lower.contains(k)) {
        assert_eq!(ours, theirs, "lines differ");
    }
});
