//! The Markdown output, read back by a CommonMark parser (pulldown-cmark, GFM extensions),
//! holds the article's text: token F1 against `textContent` over every page of
//! `../shared/corpus` (skipped, loudly, when it is absent), with CJK characters as tokens as
//! `eval/score.py` counts them.

use std::collections::HashMap;

use pulldown_cmark::{Event, Options as Md, Parser, Tag, TagEnd};
use qingyue::{Options, extract};

#[path = "common/corpus.rs"]
mod corpus;

/// Mean F1 over the corpus, and the floor for any one page.
const MEAN_F1: f64 = 0.99;
const PAGE_F1: f64 = 0.95;

/// The text a Markdown renderer shows: text, code and math, a line per block.
fn rendered_text(markdown: &str) -> String {
    let options = Md::ENABLE_TABLES
        | Md::ENABLE_FOOTNOTES
        | Md::ENABLE_STRIKETHROUGH
        | Md::ENABLE_MATH
        | Md::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut out = String::new();
    // Metadata and image descriptions are not the text (`textContent` has no `alt`).
    let mut hidden = 0;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::MetadataBlock(_) | Tag::Image { .. }) => hidden += 1,
            Event::End(TagEnd::MetadataBlock(_) | TagEnd::Image) => hidden -= 1,
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t)
                if hidden == 0 =>
            {
                out.push_str(&t)
            }
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::FootnoteDefinition,
            ) => out.push('\n'),
            Event::Html(h) | Event::InlineHtml(h) if h.contains("<br") => out.push('\n'),
            _ => {}
        }
    }
    out
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}' | '\u{ac00}'..='\u{d7af}' | '\u{20000}'..='\u{3134f}')
}

fn tokens(text: &str) -> HashMap<String, u32> {
    let mut out = HashMap::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut HashMap<String, u32>| {
        if !word.is_empty() {
            *out.entry(std::mem::take(word)).or_insert(0) += 1;
        }
    };
    for c in text.chars() {
        if is_cjk(c) {
            flush(&mut word, &mut out);
            *out.entry(c.to_string()).or_insert(0) += 1;
        } else if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
        }
    }
    flush(&mut word, &mut out);
    out
}

fn f1(truth: &str, got: &str) -> f64 {
    let (t, g) = (tokens(truth), tokens(got));
    let (nt, ng) = (t.values().sum::<u32>(), g.values().sum::<u32>());
    if nt == 0 && ng == 0 {
        return 1.0;
    }
    let common: u32 = t
        .iter()
        .map(|(k, &n)| n.min(g.get(k).copied().unwrap_or(0)))
        .sum();
    if common == 0 {
        return 0.0;
    }
    let (p, r) = (
        f64::from(common) / f64::from(ng),
        f64::from(common) / f64::from(nt),
    );
    2.0 * p * r / (p + r)
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// The body: front matter and the title heading left out (`textContent` has neither).
fn body(markdown: &str) -> &str {
    let rest = markdown
        .strip_prefix("---\n")
        .and_then(|m| m.split_once("\n---\n"))
        .map_or(markdown, |(_, rest)| rest.trim_start());
    match rest.strip_prefix("# ") {
        Some(r) => r.split_once('\n').map_or("", |(_, b)| b),
        None => rest,
    }
}

#[test]
fn markdown_keeps_the_articles_text_on_the_whole_corpus() {
    let Some(pages) = corpus::pages() else {
        eprintln!("SKIPPED: the Markdown round trip: ../shared/corpus is not beside the project");
        return;
    };
    let mut scores = Vec::new();
    for page in &pages {
        let bytes = std::fs::read(page).unwrap();
        let Ok(article) = extract(&bytes, &Options::default()) else {
            continue;
        };
        let markdown = article.to_markdown();
        let rendered = rendered_text(body(&markdown));
        // A thread's content heads each post with its author and time, which `textContent`
        // (the posts' text) leaves out.
        let mut expected = article.text_content.clone();
        for header in article.content.split("<header>").skip(1) {
            let header = header.split("</header>").next().unwrap_or("");
            expected.push('\n');
            expected.push_str(&strip_tags(header));
        }
        let score = f1(&expected, &rendered);
        if std::env::var_os("MARKDOWN_DEBUG").is_some_and(|p| page.ends_with(p)) {
            std::fs::write("/tmp/md-expected.txt", &expected).unwrap();
            std::fs::write("/tmp/md-rendered.txt", &rendered).unwrap();
            std::fs::write("/tmp/md.md", &markdown).unwrap();
        }
        // Formulas are TeX in Markdown and MathML's text in `textContent`: such pages count in
        // the mean, not against the floor.
        let floor = if article.content.contains("<math") {
            0.0
        } else {
            PAGE_F1
        };
        scores.push((score, page.display().to_string(), floor));
    }
    scores.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mean = scores.iter().map(|s| s.0).sum::<f64>() / scores.len() as f64;
    eprintln!(
        "Markdown round trip: {} pages, mean token F1 {mean:.4}, lowest {:?}",
        scores.len(),
        scores[..scores.len().min(5)]
            .iter()
            .map(|s| (s.0, &s.1))
            .collect::<Vec<_>>()
    );
    assert!(mean >= MEAN_F1, "mean F1 {mean:.4} < {MEAN_F1}");
    for (score, page, floor) in &scores {
        assert!(score >= floor, "{page} has F1 {score:.4} < {floor}");
    }
}

#[test]
fn markdown_front_matter_and_structure() {
    let page = r#"<html lang="zh-CN"><head><title>菜谱：番茄炒蛋</title>
        <link rel="canonical" href="https://example.org/recipe/1"></head><body><article>
        <h1>菜谱：番茄炒蛋</h1><p class="byline">作者：张三</p>
        <p>番茄炒蛋是一道家常菜，做法简单，味道鲜美，老少皆宜，几乎每个家庭都会做。</p>
        <table><tr><th>食材</th><th>用量</th></tr><tr><td>番茄</td><td>2 个</td></tr>
        <tr><td>鸡蛋</td><td>3 个</td></tr></table>
        <ol><li>鸡蛋打散，加少许盐。</li><li>番茄切块，先炒鸡蛋再炒番茄。</li></ol>
        <pre><code class="language-python">print("好吃")</code></pre></article></body></html>"#;
    let article = extract(page.as_bytes(), &Options::default()).unwrap();
    let md = article.to_markdown();
    assert!(md.starts_with("---\ntitle: \"菜谱：番茄炒蛋\"\n"), "{md}");
    assert!(
        md.contains("\nurl: \"https://example.org/recipe/1\"\n"),
        "{md}"
    );
    assert!(md.contains("\nlang: \"zh-CN\"\n"), "{md}");
    assert!(
        md.contains("| 食材 | 用量 |\n| --- | --- |\n| 番茄 | 2 个 |"),
        "{md}"
    );
    assert!(md.contains("1. 鸡蛋打散，加少许盐。\n2. 番茄切块"), "{md}");
    assert!(md.contains("```python\nprint(\"好吃\")\n```"), "{md}");
}
