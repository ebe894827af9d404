//! Development aid: time per pipeline phase over the given pages.
use qingyue::internals::{emit, scan, score};
use std::time::{Duration, Instant};
fn main() {
    let pages: Vec<Vec<u8>> = std::env::args()
        .skip(1)
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    let mut t = [Duration::ZERO; 5];
    for _ in 0..3 {
        for p in &pages {
            let a = Instant::now();
            let d = qingyue::internals::decode(p, None, None).unwrap();
            let b = Instant::now();
            let s = scan::scan(&d.text);
            let c = Instant::now();
            let ch = score::choose(&s.nodes, score::Attempt::ALL[0]);
            let e = Instant::now();
            let out = emit::emit(&d.text, &s, &ch, None);
            let f = Instant::now();
            let m = qingyue::internals::resolve(&s.meta, &d.text, (0, 0), None);
            let g = Instant::now();
            std::hint::black_box((out, m));
            t[0] += b - a;
            t[1] += c - b;
            t[2] += e - c;
            t[3] += f - e;
            t[4] += g - f;
        }
    }
    let n = 3.0 * pages.len() as f64;
    for (name, d) in ["decode", "scan", "score", "emit", "metadata"]
        .iter()
        .zip(t)
    {
        println!("{name:10} {:.3} ms/page", d.as_secs_f64() * 1e3 / n);
    }
}
