//! Development aid and `make bench` part: converts stdin with one named OpenCC config (no
//! script detection, no gloss handling), for comparisons against OpenCC itself.
//!
//!     cargo run --release --example zhconfig -- s2twp < text.txt
use std::io::{Read, Write};

use qingyue::zh::{Zh, config};

fn main() {
    let name = std::env::args().nth(1).unwrap_or_default();
    let Some(c) = config::find(&name) else {
        eprintln!("zhconfig: unknown config {name:?}");
        std::process::exit(2);
    };
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("zhconfig: {e}");
        std::process::exit(1);
    }
    let out = Zh::builtin().and_then(|zh| zh.convert_config(&text, c));
    match out {
        Ok(out) => {
            let _ = std::io::stdout().write_all(out.as_bytes());
        }
        Err(e) => {
            eprintln!("zhconfig: {e}");
            std::process::exit(1);
        }
    }
}
