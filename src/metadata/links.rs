//! Page links: "next page" links and numbered page lists, for articles split over pages.

use super::*;

/// A link of an article's page list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageLink {
    /// "Next page" (`下一页`, `余下全文`, `Next page` …).
    Next,
    /// A page number (`2`, `【2】`, `[2]`, `第2页`).
    Number(u32),
}

/// What a link's text makes it in a page list, if anything.
pub fn page_link(text: &str) -> Option<PageLink> {
    // Every link's text comes here, often indented.
    let t = crate::text::trim(text);
    if t.len() > 32 {
        return None;
    }
    if NEXT_PAGE_LABELS.iter().any(|l| t.eq_ignore_ascii_case(l)) {
        return Some(PageLink::Next);
    }
    let n = t
        .trim_start_matches(['【', '[', '(', '（'])
        .trim_end_matches(['】', ']', ')', '）'])
        .trim();
    let n = n
        .strip_prefix('第')
        .and_then(|n| n.strip_suffix(['页', '頁']))
        .unwrap_or(n);
    (!n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))
        .then(|| n.parse().ok())
        .flatten()
        .filter(|&n| n > 0)
        .map(PageLink::Number)
}

/// The next page of a numbered page list in or just after the article (`【1】【2】【3】`,
/// `1 [2] [3]`): the number after this page's — the link back to this page's URL, else 1 when
/// the list runs 2, 3, … (the first page shows its own number unlinked). Links into this
/// document (`[1]` citations to `#note-1`) are no pages.
pub(super) fn numbered_next_page(
    raw: &RawMeta,
    (article_start, article_end): (NodeId, NodeId),
    base: Option<&Url>,
    resolve_url: &dyn Fn(&str) -> Option<String>,
) -> Option<String> {
    let without_fragment = |u: &str| u.split('#').next().unwrap_or(u).to_string();
    let here = base.map(|b| without_fragment(b.as_str()));
    let pages: Vec<(u32, String)> = raw
        .next_links
        .iter()
        .filter(|(id, _, _)| {
            *id > article_start && *id <= article_end.saturating_add(PAGE_LIST_AFTER_ARTICLE_NODES)
        })
        .filter_map(|(_, kind, h)| match kind {
            PageLink::Number(n) => Some((*n, resolve_url(h)?)),
            PageLink::Next => None,
        })
        .filter(|(_, u)| !(u.contains('#') && here.as_deref() == Some(&without_fragment(u))))
        .collect();
    let current = pages
        .iter()
        .find(|(_, u)| here.as_deref() == Some(u.as_str()))
        .map(|(n, _)| *n)
        .or_else(|| {
            let runs_from_two =
                pages.len() >= 2 && pages.iter().zip(2..).all(|((n, _), want)| *n == want);
            runs_from_two.then_some(1)
        })?;
    pages
        .iter()
        .find(|(n, _)| *n == current + 1)
        .map(|(_, u)| u.clone())
}
