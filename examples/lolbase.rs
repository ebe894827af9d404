//! Development aid: the cost of lol_html alone — an element handler (with an end-tag handler)
//! on every element and a text handler, doing nothing — over the given pages. The floor under
//! qingyue's scan pass.
//!
//!     cargo run --release --example lolbase -- ../shared/corpus/*/html/*.html
use lol_html::{HtmlRewriter, Settings, doc_text, element};
fn main() {
    let pages: Vec<Vec<u8>> = std::env::args()
        .skip(1)
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    let t = std::time::Instant::now();
    let mut n = 0usize;
    for _ in 0..3 {
        for p in &pages {
            let mut count = 0usize;
            {
                let settings = Settings::new()
                    .with_strict(false)
                    .append_element_content_handler(element!("*", |el| {
                        count += el.tag_name().len();
                        if el.can_have_content() {
                            let _ = el.on_end_tag(lol_html::end_tag!(|_e| Ok(())));
                        }
                        Ok(())
                    }))
                    .append_document_content_handler(doc_text!(|t| {
                        n += t.as_str().len();
                        Ok(())
                    }));
                let mut rw = HtmlRewriter::new(settings, |_: &[u8]| {});
                rw.write(p).unwrap();
                rw.end().unwrap();
            }
            n += count;
        }
    }
    let bytes: usize = pages.iter().map(|p| p.len()).sum();
    println!(
        "{:.3} ms/page ({n})",
        t.elapsed().as_secs_f64() * 1e3 / (3.0 * pages.len() as f64)
    );
    let _ = bytes;
}
