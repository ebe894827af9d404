//! Development aid: native time of the reader's script toggle (`convert_html` to zh-Hant) on
//! the sample article repeated to 50 KB, best of N runs, and the first toggle's (which builds
//! the tables); for profilers.
//!
//!     cargo run --release --example toggle -- [RUNS]
fn main() {
    let page = std::fs::read("www/samples/guancha.html").unwrap();
    let a = qingyue::extract(&page, &qingyue::Options::default()).unwrap();
    let mut article = a.content.clone();
    while article.len() < 50_000 {
        article.push_str(&a.content);
    }
    let t = std::time::Instant::now();
    let zh = qingyue::zh::Zh::builtin().unwrap();
    let opts = qingyue::zh::ConvertOptions::to(qingyue::zh::Target::Hant);
    qingyue::zh::html::convert_html(zh, &article, &opts).unwrap();
    let first = t.elapsed().as_secs_f64();
    let n = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    let mut best = f64::INFINITY;
    for _ in 0..n {
        let t = std::time::Instant::now();
        std::hint::black_box(qingyue::zh::html::convert_html(zh, &article, &opts).unwrap());
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{} bytes best {:.2} ms (first, building the tables: {:.2} ms)",
        article.len(),
        best * 1e3,
        first * 1e3
    );
}
