//! `make bench` (native part): bytes → article for every page of `../shared/corpus`, with
//! qingyue and dom_smoothie alternating in one process, best of N rounds. Prints ms/page,
//! MB/s and the ratio; with `--json` also one JSON line for the bench report.

use std::time::{Duration, Instant};

fn pages(shared: &str) -> Vec<(String, Vec<u8>)> {
    let mut out = vec![];
    for set in ["scrapinghub", "readability", "cwced"] {
        let root = format!("{shared}/corpus/{set}");
        let Ok(entries) = std::fs::read_dir(&root) else {
            continue;
        };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            let files = if p.is_dir() && p.file_name().is_some_and(|n| n == "html") {
                let mut v: Vec<_> = std::fs::read_dir(&p)
                    .unwrap()
                    .flatten()
                    .map(|e| e.path())
                    .collect();
                v.sort();
                v
            } else if p.is_dir() {
                vec![p.join("source.html")]
            } else {
                vec![]
            };
            for f in files {
                if let Ok(bytes) = std::fs::read(&f) {
                    out.push((f.display().to_string(), bytes));
                }
            }
        }
    }
    out
}

/// Wall time of one call.
fn once<F: FnMut()>(mut f: F) -> Duration {
    let t = Instant::now();
    f();
    t.elapsed()
}

fn main() {
    let shared = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared".into());
    let rounds: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let pages = pages(&shared);
    if pages.is_empty() {
        println!("bench: no pages under {shared}/corpus; skipping");
        return;
    }
    let bytes: usize = pages.iter().map(|(_, b)| b.len()).sum();
    let opts = qingyue::Options::default();
    let mut ok = (0, 0);
    // The two take turns, one round each, and each keeps its best round: a noisy spell on a
    // shared machine then slows both rather than whichever ran through it.
    let (mut q, mut d) = (Duration::MAX, Duration::MAX);
    for _ in 0..rounds.max(1) {
        q = q.min(once(|| {
            ok.0 = pages
                .iter()
                .filter(|(_, b)| qingyue::extract(b, &opts).is_ok())
                .count();
        }));
        d = d.min(once(|| {
            ok.1 = pages
                .iter()
                .filter(|(_, b)| {
                    // dom_smoothie takes text: decoding the bytes is part of its pipeline here too.
                    let html = String::from_utf8_lossy(b);
                    dom_smoothie::Readability::new(html.as_ref(), None, None)
                        .and_then(|mut r| r.parse())
                        .is_ok()
                })
                .count();
        }));
    }
    let n = pages.len() as f64;
    let mb = bytes as f64 / 1e6;
    let row = |name: &str, t: Duration, ok: usize| {
        println!(
            "{name:<14} {:>8.2} ms/page {:>8.1} MB/s   ({ok}/{} pages extracted)",
            t.as_secs_f64() * 1e3 / n,
            mb / t.as_secs_f64(),
            pages.len()
        );
    };
    println!(
        "native, {} pages, {:.1} MB, best of {rounds} rounds",
        pages.len(),
        mb
    );
    row("qingyue", q, ok.0);
    row("dom_smoothie", d, ok.1);
    println!(
        "qingyue is {:.2}x dom_smoothie",
        d.as_secs_f64() / q.as_secs_f64()
    );
}
