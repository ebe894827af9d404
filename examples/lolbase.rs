//! Development aid: the cost of lol_html alone — an element handler on every element, doing
//! nothing, and the doctype handler that keeps lol_html lexing, as qingyue's scan pass
//! registers them (text and end tags are read from the source between its events) — over the
//! given pages. The floor under the scan pass. `--scan-tags` leaves the doctype handler out
//! (lol_html's tag scanner, switching to its lexer at each start tag).
//!
//!     cargo run --release --example lolbase -- [--scan-tags] ../shared/corpus/*/html/*.html
use lol_html::{HtmlRewriter, Settings, doctype, element};
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let scan_tags = args.iter().any(|a| a == "--scan-tags");
    let pages: Vec<Vec<u8>> = args
        .iter()
        .filter(|a| *a != "--scan-tags")
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    let t = std::time::Instant::now();
    let mut n = 0usize;
    for _ in 0..3 {
        for p in &pages {
            let mut settings = Settings::new().with_strict(false);
            if !scan_tags {
                settings = settings.append_document_content_handler(doctype!(|_| Ok(())));
            }
            let settings = settings.append_element_content_handler(element!("*", |el| {
                n += el.source_location().bytes().len();
                Ok(())
            }));
            let mut rw = HtmlRewriter::new(settings, |_: &[u8]| {});
            rw.write(p).unwrap();
            rw.end().unwrap();
        }
    }
    println!(
        "{:.3} ms/page ({n})",
        t.elapsed().as_secs_f64() * 1e3 / (3.0 * pages.len() as f64)
    );
}
