//! Development aid: extracts every page given on the command line `ROUNDS` times, for
//! profilers (`perf record`, `valgrind --tool=callgrind`).
//!
//!     cargo run --release --example profile -- ROUNDS FILE...

fn main() {
    let mut args = std::env::args().skip(1);
    let rounds: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let pages: Vec<Vec<u8>> = args.map(|p| std::fs::read(p).expect("read")).collect();
    let opts = qingyue::Options::default();
    let mut chars = 0;
    for _ in 0..rounds {
        for p in &pages {
            if let Ok(a) = qingyue::extract(p, &opts) {
                chars += a.length;
            }
        }
    }
    println!("{chars} characters extracted");
}
