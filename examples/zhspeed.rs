//! Development aid and `make bench` part: native conversion speed per config, over the
//! article text of a truth.json (`{id: {articleBody}}`) or plain text files, repeated to 1 MB;
//! t2s converts that text's s2t output.
//!
//!     cargo run --release --example zhspeed -- ../shared/corpus/cwced/truth.json
use qingyue::zh::{Zh, config};

fn main() {
    let mut text = String::new();
    for path in std::env::args().skip(1) {
        let raw = std::fs::read_to_string(&path).unwrap_or_default();
        match serde_json::from_str::<serde_json::Value>(&raw) {
            Ok(serde_json::Value::Object(map)) => {
                for v in map.values() {
                    text.push_str(v["articleBody"].as_str().unwrap_or(""));
                    text.push('\n');
                }
            }
            _ => text.push_str(&raw),
        }
    }
    if text.is_empty() {
        println!("zhspeed: no text; skipping");
        return;
    }
    while text.len() < 1_000_000 {
        text = text.repeat(2);
    }
    let zh = match Zh::builtin() {
        Ok(zh) => zh,
        Err(e) => return println!("zhspeed: {e}"),
    };
    println!(
        "native conversion, {:.2} MB, best of 15",
        text.len() as f64 / 1e6
    );
    // t2s converts Traditional text, made here by s2t (as bench/js/zh.mjs does).
    let s2t = config::find("s2t").expect("known config");
    for name in ["s2t", "s2tw", "s2hk", "t2s"] {
        let c = config::find(name).expect("known config");
        let traditional;
        let text = if name == "t2s" {
            traditional = zh.convert_config(&text, s2t).expect("convert");
            &traditional
        } else {
            &text
        };
        let t0 = std::time::Instant::now();
        zh.convert_config("测试", c).expect("convert");
        let first_ms = t0.elapsed().as_secs_f64() * 1e3;
        let best = (0..15)
            .map(|_| {
                let t = std::time::Instant::now();
                std::hint::black_box(zh.convert_config(text, c).expect("convert"));
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min);
        println!(
            "{name:5} {:7.1} MB/s (first call, building its tables: {first_ms:.1} ms)",
            text.len() as f64 / 1e6 / best
        );
    }
}
