//! Development aid: shows how the extractor saw a page — the chosen roots, the best-scoring
//! candidates and the excluded subtrees with the most text.
//!
//!     cargo run --example explain -- page.html

use qingyue::internals::{scan, score};

fn main() {
    let path = std::env::args().nth(1).expect("usage: explain FILE");
    let bytes = std::fs::read(&path).expect("read");
    let decoded = qingyue::internals::decode(&bytes, None, None).expect("decode");
    let s = scan::scan(&decoded.text);
    for attempt in score::Attempt::ALL {
        let c = score::choose(&s.nodes, attempt);
        println!(
            "attempt {attempt:?}: text_len {} top_score {:.1}",
            c.text_len, c.top_score
        );
        for &r in &c.roots {
            let n = &s.nodes[r as usize];
            println!(
                "  root {r} <{}> parent {} end {} flags {:#x} weight {}",
                n.tag, n.parent, n.end, n.flags, n.class_weight
            );
        }
    }
    println!("nodes: {}", s.nodes.len());
    for h in &s.meta.headings {
        println!("heading {h:?}");
    }
    let mut blocks: Vec<(usize, &scan::Node)> = s
        .nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.text.len > 200)
        .collect();
    blocks.sort_by_key(|(_, n)| std::cmp::Reverse(n.text.len));
    for (i, n) in blocks.iter().take(15) {
        let mut chain = vec![];
        let mut p = *i;
        while p != 0 && chain.len() < 12 {
            let a = &s.nodes[p];
            chain.push(format!(
                "{}{}",
                a.tag,
                if a.flags & !1 != 0 {
                    format!("[{:#x}]", a.flags)
                } else {
                    String::new()
                }
            ));
            p = a.parent as usize;
        }
        println!(
            "block {i} len {} link {}: {}",
            n.text.len,
            n.link_len,
            chain.join(" < ")
        );
    }
}
