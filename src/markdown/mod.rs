//! Output stage: the article as GitHub-flavoured Markdown, for notes, archives and language
//! models ([`crate::Article::to_markdown`]).
//!
//! - `tree`: the article's sanitized HTML read back by the crate's tokenizer;
//! - `write`: the Markdown writer (blocks, inline markup, tables, code, CJK spacing);
//! - `footnotes`: `[^n]` references matched to the page's notes;
//! - `math`: MathML as TeX.
//!
//! Written here rather than taken from htmd or html2md: both parse with html5ever, a second
//! HTML parser in a wasm module that already has one (about 200 KB), and neither writes
//! MathML as TeX, ruby as its base text, or Chinese text without inserted spaces. The
//! article's markup is the sanitizer's short allowlist, so the writer is small.

mod footnotes;
mod math;
mod tree;
mod write;

use crate::article::{Article, Kind};

/// Front matter, the title as a heading, then the body.
pub fn article(a: &Article) -> String {
    let mut out = String::from("---\n");
    let kind = match a.kind {
        Kind::Article => "article",
        Kind::Thread => "thread",
        Kind::Recipe => "recipe",
        Kind::Product => "product",
        Kind::Listing => "listing",
    };
    let fields = [
        ("title", Some(a.title.as_str())),
        ("author", a.byline.as_deref()),
        ("published", a.published_time.as_deref()),
        ("site", a.site_name.as_deref()),
        ("url", a.url.as_deref()),
        ("lang", a.lang.as_deref()),
        ("kind", Some(kind)),
    ];
    for (key, value) in fields {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            out.push_str(key);
            out.push_str(": ");
            out.push_str(&yaml_string(v.trim()));
            out.push('\n');
        }
    }
    out.push_str("---\n\n");
    let title = a.title.split_whitespace().collect::<Vec<_>>().join(" ");
    if !title.is_empty() {
        out.push_str("# ");
        out.push_str(&title);
        out.push_str("\n\n");
    }
    out.push_str(&body(&a.content));
    out
}

/// The body alone, from article HTML.
pub fn body(html: &str) -> String {
    write::write(&tree::Tree::parse(html))
}

/// A YAML double-quoted scalar (every string quoted: `no`, `1.0` and `: ` stay strings).
fn yaml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_quoted_yaml() {
        let a = Article {
            title: "A \"quoted\"\ttitle: yes".into(),
            byline: Some("张三".into()),
            url: Some("https://example.org/a".into()),
            content: "<div><p>Body.</p></div>".into(),
            kind: Kind::Thread,
            ..Article::default()
        };
        assert_eq!(
            article(&a),
            "---\ntitle: \"A \\\"quoted\\\"\\ttitle: yes\"\nauthor: \"张三\"\n\
             url: \"https://example.org/a\"\nkind: \"thread\"\n---\n\n\
             # A \"quoted\" title: yes\n\nBody.\n"
        );
    }
}
