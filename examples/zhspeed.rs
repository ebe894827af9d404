//! Development aid: conversion speed over the text of the given files.
use qingyue::zh::{Zh, config};
fn main() {
    let text: String = std::env::args()
        .skip(1)
        .map(|p| std::fs::read_to_string(p).unwrap_or_default())
        .collect();
    let zh = Zh::builtin().unwrap();
    for name in ["s2t", "s2tw", "s2hk", "t2s"] {
        let c = config::find(name).unwrap();
        let t0 = std::time::Instant::now();
        let first = zh.convert_config("测试", c).unwrap();
        let first_ms = t0.elapsed().as_secs_f64() * 1e3;
        let t = std::time::Instant::now();
        let out = zh.convert_config(&text, c).unwrap();
        let s = t.elapsed().as_secs_f64();
        println!(
            "{name}: {:.1} MB/s ({} bytes; first call {first_ms:.1} ms) {}",
            text.len() as f64 / 1e6 / s,
            out.len(),
            first.len()
        );
    }
}
