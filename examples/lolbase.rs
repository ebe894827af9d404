//! Development aid: the cost of lol_html alone — an element handler on every element, doing
//! nothing, as qingyue's scan pass registers (text and end tags are read from the source
//! between its events) — over the given pages. The floor under the scan pass.
//!
//!     cargo run --release --example lolbase -- ../shared/corpus/*/html/*.html
use lol_html::{HtmlRewriter, Settings, element};
fn main() {
    let pages: Vec<Vec<u8>> = std::env::args()
        .skip(1)
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    let t = std::time::Instant::now();
    let mut n = 0usize;
    for _ in 0..3 {
        for p in &pages {
            let settings = Settings::new()
                .with_strict(false)
                .append_element_content_handler(element!("*", |el| {
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
