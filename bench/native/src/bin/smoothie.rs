//! dom_smoothie, the Rust peer, for `bench/peers.py`: one JSON line per file,
//! `{"source", "textContent"}` (empty when it found nothing). The bytes are decoded in the
//! charset the page declares (a BOM, or a `<meta>` charset in its first 4 KB), else UTF-8, as
//! the JS peers' pages are.
//!
//!     cargo run --release --manifest-path bench/native/Cargo.toml --bin smoothie -- FILE...

use std::io::Write;

fn decode(bytes: &[u8]) -> String {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let declared = head.find("charset").and_then(|at| {
        let rest = head[at + "charset".len()..]
            .trim_start()
            .strip_prefix('=')?;
        let label: String = rest
            .trim_start_matches([' ', '"', '\''])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        encoding_rs::Encoding::for_label(label.as_bytes())
    });
    let (text, _, _) = declared.unwrap_or(encoding_rs::UTF_8).decode(bytes);
    text.into_owned()
}

fn main() {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for source in std::env::args().skip(1) {
        let text = std::fs::read(&source)
            .ok()
            .and_then(|b| {
                let html = decode(&b);
                dom_smoothie::Readability::new(html.as_str(), None, None)
                    .and_then(|mut r| r.parse())
                    .ok()
            })
            .map(|a| a.text_content.to_string())
            .unwrap_or_default();
        let line = serde_json::json!({ "source": source, "textContent": text });
        writeln!(out, "{line}").expect("stdout");
    }
}
