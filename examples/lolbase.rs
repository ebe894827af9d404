//! Development aid: the cost of lol_html alone over the given pages, with the handler qingyue's
//! scan pass registers (SVG and MathML elements, doing nothing here): the floor under the
//! scan pass. `--every-tag` registers what the scan pass did before it read HTML start tags
//! itself: a handler on every element, and a doctype handler that keeps lol_html lexing.
//!
//!     cargo run --release --example lolbase -- [--every-tag] ../shared/corpus/*/html/*.html
use lol_html::{HtmlRewriter, Settings, doctype, element};
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let every_tag = args.iter().any(|a| a == "--every-tag");
    let pages: Vec<Vec<u8>> = args
        .iter()
        .filter(|a| *a != "--every-tag")
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    let t = std::time::Instant::now();
    let mut n = 0usize;
    for _ in 0..3 {
        for p in &pages {
            let mut settings = Settings::new().with_strict(false);
            let selector = if every_tag {
                settings = settings.append_document_content_handler(doctype!(|_| Ok(())));
                "*"
            } else {
                "svg, svg *, math, math *"
            };
            let settings = settings.append_element_content_handler(element!(selector, |el| {
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
