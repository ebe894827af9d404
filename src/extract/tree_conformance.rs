//! html5lib-tests' tree-construction suite (MIT; `../shared/html5lib-tests/tree-construction`)
//! on what pass 1 keeps of a document: the body's text, block by block, and its elements.
//!
//! Pass 1 builds no DOM: it records where elements start and end and what text lies between,
//! as a reader needs them. Two figures are measured per test, on the body (the head's
//! elements and raw text are not the reader's):
//! - **text by block**: the body's text split where blocks and `<br>` break lines, each line
//!   with its whitespace collapsed — what a reader shows;
//! - **structure**: the body's elements in document order with their depth.
//!
//! Fragment tests (`#document-fragment`) and scripting-off tests (`#script-off`: pass 1 reads
//! `noscript` as a browser that runs scripts) are left out. The input is handed to pass 1
//! as qingyue's decoder hands a page, without NUL characters; the text of scripts, styles,
//! form fields, titles and `noscript` is not the reader's, on either side. The counts are printed and held
//! at least at the floors below; the README reports them.

use super::visible::{self, NOT_READ, breaks, lines};

/// Tests whose body text, block by block, must match: the count when this was written.
const TEXT_FLOOR: usize = 1542;
/// Tests whose body structure must match.
const STRUCTURE_FLOOR: usize = 1071;

/// One test: its input and its expected document tree's lines.
struct Case {
    data: String,
    document: Vec<String>,
    skip: bool,
}

fn cases(file: &str) -> Vec<Case> {
    let mut out = Vec::new();
    for block in file
        .split("\n\n#data\n")
        .map(|b| b.trim_start_matches("#data\n"))
    {
        let mut data = String::new();
        let mut document = Vec::new();
        let mut section = "data";
        let mut skip = false;
        for line in block.split('\n') {
            if let Some(name) = line.strip_prefix('#') {
                if matches!(
                    name,
                    "errors"
                        | "new-errors"
                        | "document"
                        | "document-fragment"
                        | "script-off"
                        | "script-on"
                ) {
                    section = name;
                    skip |= matches!(name, "document-fragment" | "script-off");
                    continue;
                }
            }
            match section {
                "data" => {
                    if !data.is_empty() || line.is_empty() {
                        data.push('\n');
                    }
                    data.push_str(line);
                }
                "document" => document.push(line.to_string()),
                _ => {}
            }
        }
        // The data's last newline separates it from `#errors`.
        out.push(Case {
            data,
            document,
            skip,
        });
    }
    out
}

/// A node of the expected tree: element (name), text, or something else, with its depth.
enum Expected {
    Element(String, usize),
    Text(String, usize),
}

/// The expected tree's nodes inside `<body>`, in document order (depth relative to body).
fn expected_body(document: &[String]) -> Vec<Expected> {
    let mut out = Vec::new();
    let mut body_depth: Option<usize> = None;
    let mut lines = document.iter();
    while let Some(line) = lines.next() {
        let Some(rest) = line.strip_prefix("| ") else {
            continue;
        };
        let depth = (rest.len() - rest.trim_start().len()) / 2;
        let item = rest.trim_start();
        if let Some(b) = body_depth {
            if depth <= b {
                body_depth = None;
            }
        }
        if let Some(first) = item.strip_prefix('"') {
            let mut text = first.to_string();
            while !text.ends_with('"') {
                match lines.next() {
                    Some(more) => {
                        text.push('\n');
                        text.push_str(more);
                    }
                    None => break,
                }
            }
            text.pop();
            if let Some(b) = body_depth {
                out.push(Expected::Text(text, depth - b - 1));
            }
        } else if let Some(name) = item.strip_prefix('<').and_then(|i| i.strip_suffix('>')) {
            if name.starts_with('!') || name.starts_with('?') {
                continue;
            }
            match body_depth {
                Some(b) => {
                    // `svg path` → `path`.
                    let name = name.rsplit(' ').next().unwrap_or(name).to_ascii_lowercase();
                    out.push(Expected::Element(name, depth - b - 1));
                }
                None if name == "body" => body_depth = Some(depth),
                None => {}
            }
        }
    }
    out
}

fn expected_text(body: &[Expected]) -> Vec<String> {
    let mut raw = String::new();
    let mut open: Vec<(String, usize)> = Vec::new();
    let close_to = |open: &mut Vec<(String, usize)>, raw: &mut String, depth: usize| {
        while open.last().is_some_and(|(_, d)| *d >= depth) {
            if let Some((n, _)) = open.pop() {
                if breaks(&n) {
                    raw.push('\n');
                }
            }
        }
    };
    for node in body {
        match node {
            Expected::Element(name, depth) => {
                close_to(&mut open, &mut raw, *depth);
                if breaks(name) {
                    raw.push('\n');
                }
                open.push((name.clone(), *depth));
            }
            Expected::Text(t, depth) => {
                close_to(&mut open, &mut raw, *depth);
                if !open.iter().any(|(n, _)| NOT_READ.contains(&n.as_str())) {
                    raw.push_str(t);
                }
            }
        }
    }
    lines(&raw)
}

#[test]
fn html5lib_tree_construction_suite() {
    let Some(dir) = crate::html::suite_dir("tree-construction") else {
        eprintln!(
            "SKIPPED: html5lib-tests' tree-construction suite: ../shared/html5lib-tests is not \
             beside the project"
        );
        return;
    };
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("suite folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "dat"))
        .collect();
    files.sort();
    let (mut run, mut skipped, mut text_ok, mut structure_ok) = (0, 0, 0, 0);
    for path in &files {
        let file = std::fs::read_to_string(path).expect("read");
        for case in cases(&file) {
            if case.skip {
                skipped += 1;
                continue;
            }
            run += 1;
            let body = expected_body(&case.document);
            // As qingyue's decoder hands pages to pass 1: without NUL characters.
            let (text, elements) = visible::body(&case.data.replace('\0', ""));
            let want_text = expected_text(&body);
            if text != want_text && std::env::var("TREE_FAILS").is_ok() {
                eprintln!(
                    "TEXT {:?}\n  want {want_text:?}\n  got  {text:?}",
                    case.data
                );
            }
            text_ok += usize::from(text == want_text);
            let want: Vec<(String, usize)> = body
                .iter()
                .filter_map(|n| match n {
                    Expected::Element(name, d) => Some((name.clone(), *d)),
                    Expected::Text(..) => None,
                })
                .collect();
            if elements != want && std::env::var("TREE_FAILS_STRUCTURE").is_ok() {
                eprintln!(
                    "STRUCT {:?}\n  want {want:?}\n  got  {elements:?}",
                    case.data
                );
            }
            structure_ok += usize::from(elements == want);
        }
    }
    eprintln!(
        "html5lib tree-construction suite, {run} documents ({skipped} fragment and \
         scripting-off tests left out): body text by block {text_ok} passed, {} failed; \
         body structure {structure_ok} passed, {} failed",
        run - text_ok,
        run - structure_ok
    );
    assert!(
        text_ok >= TEXT_FLOOR,
        "text by block: {text_ok} < {TEXT_FLOOR}"
    );
    assert!(
        structure_ok >= STRUCTURE_FLOOR,
        "structure: {structure_ok} < {STRUCTURE_FLOOR}"
    );
}
