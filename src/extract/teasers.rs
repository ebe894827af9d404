//! A stream of teasers: when the block chosen as the article is other articles' previews (each
//! a linked headline and an excerpt) and the page's own headline lies outside it, the article
//! is the short text under that headline, chosen again without the stream.
//!
//! Blogs and portals set a short story (a wire brief, a linked post) above "more from this
//! author": the previews together outscore it, though none of them is the page.

use super::scan::Node;
use super::score::{self, Attempt, Choice};
use crate::heuristics as h;
use crate::html::tree::NodeId;

/// The article under the page's headline (`headline`: its node) when `plain`, chosen without
/// looking at it, is a stream of teasers that the headline lies outside.
pub fn under_headline(nodes: &[Node], plain: &Choice, headline: NodeId) -> Option<Choice> {
    let inside = |r: NodeId| r <= headline && headline <= nodes[r as usize].end;
    let mut skip = vec![];
    let mut choice = plain.clone();
    // A page may hold several streams ("more by this author", "most read"): each one chosen is
    // set aside in turn.
    for _ in 0..h::TEASER_MAX_STREAMS {
        if choice.roots.iter().any(|&r| inside(r)) || !is_stream(nodes, &choice) {
            return None;
        }
        skip.extend(choice.roots.iter().map(|&r| r as usize));
        let alt = score::choose_without(nodes, Attempt::ALL[0], &skip);
        let &first = alt.roots.first()?;
        // The article starts at the headline: it holds it, or begins just after it.
        let near = inside(first)
            || (first > headline && first - headline <= h::TEASER_ARTICLE_AFTER_HEADLINE_NODES);
        if near {
            return (alt.text_len >= h::TEASER_ARTICLE_MIN_LEN).then_some(alt);
        }
        choice = alt;
    }
    None
}

/// Whether at least [`h::TEASER_MIN_UNITS`] siblings of one tag and `class` in the choice's
/// roots (inside them, or the roots themselves), each led by a linked headline, hold
/// [`h::TEASER_MIN_SHARE`] of the text it keeps.
fn is_stream(nodes: &[Node], choice: &Choice) -> bool {
    let roots = &choice.roots;
    let kept = |i: usize| !choice.drop.get(i).copied().unwrap_or(false);
    let mut runs: rustc_hash::FxHashMap<(u32, &str, u32), (u32, u32)> =
        rustc_hash::FxHashMap::default();
    let mut total = 0u32;
    let mut add = |u: usize, len: u32| {
        if nodes[u].tag != "a" && led_by_headline(nodes, u, len) {
            let run = runs
                .entry((nodes[u].parent, nodes[u].tag, nodes[u].class_head))
                .or_default();
            run.0 += 1;
            run.1 = run.1.saturating_add(len);
        }
    };
    for &r in roots {
        let root = r as usize;
        let Some(end) = nodes
            .get(root)
            .map(|n| (n.end as usize).min(nodes.len() - 1))
        else {
            continue;
        };
        // Text of every subtree inside the root.
        let mut len = vec![0u32; end.saturating_sub(root) + 1];
        for i in (root..=end).rev() {
            if !kept(i) {
                continue;
            }
            len[i - root] = len[i - root].saturating_add(nodes[i].text.len);
            if i > root {
                let p = (nodes[i].parent as usize).saturating_sub(root);
                len[p] = len[p].saturating_add(len[i - root]);
            }
        }
        total = total.saturating_add(len[0]);
        for u in (root + 1..=end).filter(|&u| kept(u)) {
            add(u, len[u - root]);
        }
        // Roots joined as siblings may be the teasers themselves.
        if roots.len() > 1 {
            add(root, len[0]);
        }
    }
    runs.values().any(|&(count, text)| {
        count >= h::TEASER_MIN_UNITS && text as f32 >= total as f32 * h::TEASER_MIN_SHARE
    })
}

/// Whether one of the first [`h::TEASER_HEAD_BLOCKS`] texts in `unit` (within
/// [`h::TEASER_HEAD_MAX_NODES`] elements; a source and a time may come first) is a link of at
/// least [`h::TEASER_HEADLINE_MIN_LEN`], and more text follows it (an excerpt).
fn led_by_headline(nodes: &[Node], unit: usize, unit_len: u32) -> bool {
    let end = (nodes[unit].end as usize).min(nodes.len() - 1);
    let last = end.min(unit + h::TEASER_HEAD_MAX_NODES);
    (unit..=last)
        .filter(|&k| nodes[k].text.len > 0)
        .take(h::TEASER_HEAD_BLOCKS)
        .any(|k| {
            let n = &nodes[k];
            n.text.len >= h::TEASER_HEADLINE_MIN_LEN
                && n.link_len as f32 >= n.text.len as f32 * h::TEASER_HEADLINE_MIN_LINK_SHARE
                && unit_len >= n.text.len.saturating_mul(2)
        })
}
