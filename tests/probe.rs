//! The reader probe (`is_probably_readerable`): no on the pages that have no article
//! (`tests/probe/*.html`, one loop), yes on the project's samples, and in agreement with the
//! full extractor over `../shared/corpus` (skipped, loudly, when it is absent).

use std::path::Path;

use qingyue::{Options, extract, is_probably_readerable};

#[path = "common/corpus.rs"]
mod corpus;

/// Share of the corpus's articles the probe must say yes to, and of all its pages on which it
/// must agree with the extractor.
const ARTICLES_FOUND: f64 = 0.95;
const AGREEMENT: f64 = 0.95;
/// The extractor "found an article" when it returns at least a paragraph: this many weighted
/// characters (a CJK character counts 3), Readability's `minContentLength`.
const ARTICLE_WEIGHT: usize = 140;

fn weight(text: &str) -> usize {
    text.chars()
        .map(|c| {
            if matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}')
            {
                3
            } else {
                1
            }
        })
        .sum()
}

fn found_article(bytes: &[u8]) -> bool {
    extract(bytes, &Options::default()).is_ok_and(|a| weight(&a.text_content) >= ARTICLE_WEIGHT)
}

#[test]
fn pages_without_an_article_are_not_readerable() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/probe");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        assert!(!is_probably_readerable(&bytes), "{}", path.display());
        seen += 1;
    }
    assert!(seen >= 6, "fixtures missing from {}", dir.display());
}

#[test]
fn the_samples_are_readerable() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/samples");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "html") {
            let bytes = std::fs::read(&path).unwrap();
            assert!(is_probably_readerable(&bytes), "{}", path.display());
        }
    }
}

#[test]
fn hostile_input_gets_an_answer() {
    assert!(!is_probably_readerable(b""));
    assert!(!is_probably_readerable(&[0xff, 0xfe, 0x00, 0xd8]));
    let deep = "<div>".repeat(100_000) + "<p>" + &"word ".repeat(200);
    assert!(is_probably_readerable(deep.as_bytes()));
    let unclosed = "<p>".repeat(50_000);
    assert!(!is_probably_readerable(unclosed.as_bytes()));
}

#[test]
fn agrees_with_the_extractor_on_the_corpus() {
    let Some(pages) = corpus::pages() else {
        eprintln!(
            "SKIPPED: the probe's corpus agreement: ../shared/corpus is not beside the project"
        );
        return;
    };
    let (mut articles, mut said_yes, mut agree) = (0, 0, 0);
    let mut disagreements = Vec::new();
    for page in &pages {
        let bytes = std::fs::read(page).unwrap();
        let (probe, found) = (is_probably_readerable(&bytes), found_article(&bytes));
        articles += usize::from(found);
        said_yes += usize::from(found && probe);
        if probe == found {
            agree += 1;
        } else {
            disagreements.push((probe, page.display().to_string()));
        }
    }
    let yes = said_yes as f64 / articles as f64;
    let agreement = agree as f64 / pages.len() as f64;
    eprintln!(
        "probe: yes to {said_yes}/{articles} articles ({yes:.3}); agrees with the extractor on \
         {agree}/{} pages ({agreement:.3}); disagreements: {disagreements:?}",
        pages.len()
    );
    assert!(yes >= ARTICLES_FOUND, "yes to {yes:.3} of articles");
    assert!(agreement >= AGREEMENT, "agreement {agreement:.3}");
}
