//! Footnotes, as GFM's `[^1]` references and `[^1]: …` definitions.
//!
//! The sanitizer drops `id`s, so a reference is matched to its note by number: a reference is
//! a `<sup>` holding one in-page link (`#…`) whose text is a short label (`1`, `[2]`); the
//! notes are an `<ol>` whose every item links back into the page with an arrow (`↩`, `↑`,
//! `^`). Both must agree — every reference's number names one of the list's items — or the
//! page's markup is written as it is.

use super::tree::{Data, Id, Tree};
use crate::heuristics::{FOOTNOTE_BACKLINKS, MAX_FOOTNOTE_LABEL};

/// The footnotes found in an article tree.
#[derive(Debug, Default)]
pub struct Footnotes {
    /// `<sup>` reference → its number.
    pub refs: Vec<(Id, u32)>,
    /// The notes' `<ol>` and the number of its first item.
    pub list: Option<(Id, u32)>,
}

impl Footnotes {
    pub fn find(tree: &Tree) -> Footnotes {
        let all = tree.descendants(0);
        let mut refs = Vec::new();
        let mut list = None;
        for &id in &all {
            match tree.name(id) {
                "sup" => {
                    if let Some(n) = reference_number(tree, id) {
                        refs.push((id, n));
                    }
                }
                "ol" if is_notes_list(tree, id) => {
                    let start = tree
                        .attr(id, "start")
                        .and_then(|s| s.trim().parse().ok())
                        .unwrap_or(1);
                    list = Some((id, start));
                }
                _ => {}
            }
        }
        let Some((ol, start)) = list else {
            return Footnotes::default();
        };
        let items = item_count(tree, ol);
        let known = |n: u32| n >= start && n - start < items;
        if refs.is_empty() || !refs.iter().all(|&(_, n)| known(n)) {
            return Footnotes::default();
        }
        Footnotes {
            refs,
            list: Some((ol, start)),
        }
    }

    pub fn reference(&self, sup: Id) -> Option<u32> {
        self.refs.iter().find(|(id, _)| *id == sup).map(|&(_, n)| n)
    }

    pub fn is_list(&self, ol: Id) -> bool {
        self.list.is_some_and(|(id, _)| id == ol)
    }
}

fn item_count(tree: &Tree, ol: Id) -> u32 {
    let n = tree
        .children(ol)
        .iter()
        .filter(|&&c| tree.name(c) == "li")
        .count();
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// `<sup><a href="#fn1">1</a></sup>` → 1.
fn reference_number(tree: &Tree, sup: Id) -> Option<u32> {
    let kids: Vec<Id> = tree
        .children(sup)
        .iter()
        .copied()
        .filter(|&c| !matches!(&tree.nodes[c as usize].data, Data::Text(t) if t.trim().is_empty()))
        .collect();
    let [a] = kids[..] else { return None };
    if tree.name(a) != "a" || !tree.attr(a, "href").is_some_and(|h| h.starts_with('#')) {
        return None;
    }
    let text = tree.text_of(a);
    let label = text.trim().trim_start_matches('[').trim_end_matches(']');
    let n: u32 = label.parse().ok()?;
    (1..=MAX_FOOTNOTE_LABEL).contains(&n).then_some(n)
}

/// Every item of the list holds an in-page link written as a back arrow.
fn is_notes_list(tree: &Tree, ol: Id) -> bool {
    let items: Vec<Id> = tree
        .children(ol)
        .iter()
        .copied()
        .filter(|&c| tree.name(c) == "li")
        .collect();
    !items.is_empty() && items.iter().all(|&li| backlink(tree, li).is_some())
}

/// The back link inside a note.
pub fn backlink(tree: &Tree, li: Id) -> Option<Id> {
    tree.descendants(li).into_iter().find(|&id| {
        tree.name(id) == "a"
            && tree.attr(id, "href").is_some_and(|h| h.starts_with('#'))
            && FOOTNOTE_BACKLINKS.contains(&tree.text_of(id).trim())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r##"<p>Claim<sup><a href="#fn1">1</a></sup> and<sup><a href="#fn2">[2]</a></sup>.</p>
        <ol><li><p>One. <a href="#r1">↩</a></p></li><li><p>Two. <a href="#r2">↩</a></p></li></ol>"##;

    #[test]
    fn references_and_notes_agree() {
        let tree = Tree::parse(PAGE);
        let f = Footnotes::find(&tree);
        assert_eq!(f.refs.iter().map(|r| r.1).collect::<Vec<_>>(), [1, 2]);
        assert!(f.list.is_some());
    }

    #[test]
    fn a_reference_without_its_note_leaves_the_markup_alone() {
        let tree = Tree::parse(&PAGE.replace("[2]", "[7]"));
        let f = Footnotes::find(&tree);
        assert!(f.refs.is_empty() && f.list.is_none());
        let plain = Tree::parse("<p>x<sup>2</sup></p><ol><li>a</li></ol>");
        assert!(Footnotes::find(&plain).list.is_none());
    }
}
