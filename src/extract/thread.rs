//! A thread's posts: the opening post and the replies, each with its author, time and content.
//!
//! In the article chosen for a thread, the posts are the largest run of sibling elements of
//! one tag and `class` that each carry an author or a time (what sets a post apart from a
//! paragraph) and hold text. Each post's author is the first element marked as an author inside
//! it (`class="username"`, `itemprop="author"` …) and its time the first `<time datetime>` or
//! dated line; both leave the post's content and head it instead. A part of the article before
//! the run (the opening post, where a board prints it apart from the replies) is the first post.

use crate::url::Url;

use super::emit::{self, Emitted};
use super::scan::{Node, Scan};
use super::score::{self, Choice};
use crate::article::Post;
use crate::heuristics as h;
use crate::html::tree::NodeId;
use crate::metadata::date;

/// A post's marks, gathered up the tree: an author, a time, a floor (`#3`, `2楼`).
const HAS_AUTHOR: u8 = 1;
const HAS_TIME: u8 = 2;
pub const HAS_FLOOR: u8 = 4;

/// Whether marks `m` make a post: an author or a time (a floor alone numbers a ranked list).
pub fn is_post(m: u8) -> bool {
    m & (HAS_AUTHOR | HAS_TIME) != 0
}

/// The posts and the article they make: HTML (each post an `<article>` headed by its author and
/// time) and its plain text.
#[derive(Debug)]
pub struct Thread {
    pub posts: Vec<Post>,
    pub emitted: Emitted,
}

/// The posts of the thread `choice` (fewer than two posts: not a thread to present as one);
/// `marks` are [`post_marks`].
pub fn posts(
    html: &str,
    scan: &Scan,
    choice: &mut Choice,
    base: Option<&Url>,
    article: &Emitted,
    marks: &[u8],
) -> Option<Thread> {
    let nodes = &scan.nodes;
    let n = nodes.len();
    if n < 2 || choice.drop.len() != n {
        return None;
    }
    let run = run_in(nodes, choice, marks, h::THREAD_MIN_POSTS)?;
    let len = &run.len;
    let (container, tag, class) = (run.container, run.tag, run.class);
    let inside = |i: usize, r: usize| i > r && i <= nodes[r].end as usize;
    // Parts of the article before the run: the opening post.
    let mut units: Vec<usize> = choice
        .roots
        .iter()
        .map(|&r| r as usize)
        .filter(|&r| r < container && !inside(container, r) && len[r] > 0)
        .collect();
    // Or, where one root holds the run, the block before the run inside it (a question before
    // its answers).
    if units.is_empty() {
        units.extend(opening_before(nodes, choice, len, container));
    }
    let mut j = container + 1;
    while j <= nodes[container].end as usize && j < n {
        if !choice.drop[j]
            && nodes[j].tag == tag
            && nodes[j].class_head == class
            && len[j] >= h::THREAD_POST_MIN_LEN
        {
            units.push(j);
        }
        j = nodes[j].end as usize + 1;
    }
    // Past the cap, the remaining replies are one last post (their text stays). Each post is
    // written by its own pass over the page's nodes: a huge page lists fewer posts apart.
    let cap = h::MAX_POSTS.min(h::POSTS_NODE_BUDGET / n).max(1);
    let rest = units.split_off(units.len().min(cap));
    let mut posts = Vec::with_capacity(units.len() + 1);
    // Characters of the posts' headers (user cards, meta lines): the article's text, though
    // no post's content.
    let mut in_headers = 0;
    for &u in &units {
        let (p, headers) = post(html, scan, choice, base, marks, &[u]);
        posts.push(p);
        in_headers += headers;
    }
    if !rest.is_empty() {
        let (mut last, headers) = post(html, scan, choice, base, marks, &rest);
        (last.author, last.published_time) = (None, None);
        posts.push(last);
        in_headers += headers;
    }
    posts.retain(|p| !p.text_content.is_empty() || p.content.contains("<img"));
    if posts.len() < h::THREAD_MIN_POSTS as usize {
        return None;
    }
    // The posts must carry the article: a run that misses much of it (answers apart from the
    // question, a second list of replies) is not the thread.
    let chars = |t: &str| t.chars().filter(|c| !c.is_whitespace()).count();
    let in_posts: usize = posts.iter().map(|p| chars(&p.text_content)).sum::<usize>() + in_headers;
    if (in_posts as f32) < chars(&article.text) as f32 * h::THREAD_POSTS_MIN_SHARE {
        return None;
    }
    let emitted = present(&posts);
    Some(Thread { posts, emitted })
}

/// The opening post of a run in `container` that a root of `choice` holds: walking up from the
/// container inside that root, the nearest earlier sibling with kept text of a post's length
/// (the question before its answers; a title alone is shorter).
fn opening_before(nodes: &[Node], choice: &Choice, len: &[u32], container: usize) -> Option<usize> {
    let root = choice
        .roots
        .iter()
        .map(|&r| r as usize)
        .find(|&r| r < container && container <= nodes[r].end as usize)?;
    let mut at = container;
    while at > root {
        let parent = nodes[at].parent as usize;
        let mut j = parent + 1;
        let mut last = None;
        while j < at {
            if !choice.drop[j] && len[j] >= h::THREAD_OPENING_MIN_LEN {
                last = Some(j);
            }
            j = nodes[j].end as usize + 1;
        }
        if last.is_some() {
            return last;
        }
        at = parent;
    }
    None
}

/// The container of the run of posts that the article `plain` lies in: walking up from its
/// first root (at most [`h::THREAD_UNIT_MAX_DEPTH`] + 2 levels), the first element whose
/// parent holds at least [`h::THREAD_MIN_REPLIES`] like it (tag and `class`), each carrying an
/// author or a time (`marks`) and text. A board that prints every post alike (the opening one
/// too): the article found is the first post only.
pub fn enclosing_run(nodes: &[Node], plain: &Choice, marks: &[u8]) -> Option<NodeId> {
    let n = nodes.len();
    let mut len = vec![0u32; n];
    for i in (1..n).rev() {
        let p = nodes[i].parent as usize;
        len[i] = len[i].saturating_add(nodes[i].text.len);
        len[p] = len[p].saturating_add(len[i]);
    }
    let marked = |j: usize, need: u8| {
        marks
            .get(j)
            .is_some_and(|&m| m & need == need && is_post(m))
            && len[j] >= h::THREAD_POST_MIN_LEN
    };
    let from = *plain.roots.first()? as usize;
    let depth = h::THREAD_UNIT_MAX_DEPTH + 4;
    score::run_container(nodes, from, depth, h::THREAD_MIN_REPLIES, |j| marked(j, 0))
        // Two posts that each name an author and a time: the opening post and one reply.
        .or_else(|| {
            score::run_container(nodes, from, depth, h::THREAD_MIN_POSTS, |j| {
                marked(j, HAS_AUTHOR | HAS_TIME)
            })
        })
        .map(|p| p as NodeId)
}

/// A run of posts inside an article: their container, tag and `class`, and the kept text of
/// every subtree.
pub struct Run {
    pub container: usize,
    tag: &'static str,
    class: u32,
    len: Vec<u32>,
}

/// The run of sibling elements of one tag and `class` inside the article `choice` that each
/// carry an author or a time (`marks`) and hold text, at least `min` of them, holding the most
/// text.
pub fn run_in(nodes: &[Node], choice: &Choice, marks: &[u8], min: u32) -> Option<Run> {
    let n = nodes.len();
    if n < 2 || choice.drop.len() != n || marks.len() != n {
        return None;
    }
    let mut len = vec![0u32; n];
    for i in (1..n).rev() {
        let p = nodes[i].parent as usize;
        if !choice.drop[i] {
            len[i] = len[i].saturating_add(nodes[i].text.len);
            len[p] = len[p].saturating_add(len[i]);
        }
    }
    // Per (parent, tag, class) of a qualifying unit: the units' count and text.
    let mut runs: rustc_hash::FxHashMap<(u32, &str, u32), (u32, u32)> =
        rustc_hash::FxHashMap::default();
    for &r in &choice.roots {
        let end = (nodes[r as usize].end as usize).min(n - 1);
        for i in r as usize + 1..=end {
            let node = &nodes[i];
            if choice.drop[i]
                || !is_post(marks[i])
                || len[i] < h::THREAD_POST_MIN_LEN
                || !h::THREAD_UNIT_TAGS.contains(&node.tag)
            {
                continue;
            }
            let run = runs
                .entry((node.parent, node.tag, node.class_head))
                .or_default();
            run.0 += 1;
            run.1 = run.1.saturating_add(len[i]);
        }
    }
    // The run holding the most text (answers, not the comments under one of them), then the
    // most posts, then the first.
    let ((container, tag, class), _) = runs
        .into_iter()
        .filter(|(_, (count, _))| *count >= min)
        .max_by(|a, b| (a.1.1, a.1.0).cmp(&(b.1.1, b.1.0)).then(b.0.0.cmp(&a.0.0)))?;
    Some(Run {
        container: container as usize,
        tag,
        class,
        len,
    })
}

/// Per node: whether an element marked as an author, or a time, lies in its subtree (what
/// sets a post apart from a paragraph or a teaser).
pub fn post_marks(scan: &Scan) -> Vec<u8> {
    let nodes = &scan.nodes;
    let mut marks = vec![0u8; nodes.len()];
    for &(id, _) in &scan.meta.authors {
        if let Some(m) = marks.get_mut(id as usize) {
            *m |= HAS_AUTHOR;
        }
    }
    for id in time_nodes(scan) {
        if let Some(m) = marks.get_mut(id as usize) {
            *m |= HAS_TIME;
        }
    }
    for &id in &scan.meta.floors {
        if let Some(m) = marks.get_mut(id as usize) {
            *m |= HAS_FLOOR;
        }
    }
    for i in (1..nodes.len()).rev() {
        let p = nodes[i].parent as usize;
        marks[p] |= marks[i];
    }
    marks
}

/// Nodes that hold a time: `<time datetime>`, elements titled with a date, dated lines and
/// post times with a two-digit year.
/// Not a time relative to now (`8 hours ago`): portals print one on every teaser.
fn time_nodes(scan: &Scan) -> impl Iterator<Item = NodeId> + '_ {
    let meta = &scan.meta;
    let titled = meta
        .titled_times
        .iter()
        .chain(&meta.post_times)
        .map(|&(id, _)| id);
    meta.times.iter().map(|&(id, _)| id).chain(titled).chain(
        meta.lines
            .iter()
            .filter(|(_, text)| date::find_in_text(text).is_some())
            .map(|&(id, _)| id),
    )
}

/// One post from the units `roots` (one unit, or the replies past the cap), and the characters
/// of the headers it took out of the content.
fn post(
    html: &str,
    scan: &Scan,
    choice: &mut Choice,
    base: Option<&Url>,
    marks: &[u8],
    roots: &[usize],
) -> (Post, usize) {
    let nodes = &scan.nodes;
    let (first, last) = (roots[0], roots[roots.len() - 1]);
    let within = |id: NodeId| {
        let id = id as usize;
        id > first && id <= nodes[last].end as usize
    };
    // A box marked as the author that holds a date is the post's meta line (`发表于 2024-5-18
    // 19:27`), not a name.
    let author = scan
        .meta
        .authors
        .iter()
        .find(|(id, text)| within(*id) && date::find_post_time(text).is_none());
    let time = scan
        .meta
        .times
        .iter()
        .chain(&scan.meta.titled_times)
        .chain(&scan.meta.post_times)
        .filter(|(id, _)| within(*id))
        .find_map(|(id, value)| date::normalize(value).map(|iso| (*id, iso)))
        .or_else(|| {
            scan.meta
                .lines
                .iter()
                .filter(|(id, text)| within(*id) && !is_join_date(text))
                .find_map(|(id, text)| date::find_in_text(text).map(|iso| (*id, iso)))
        });
    // The author, time and floor head the post: their elements leave its content, with the
    // box around them (a user card, a post's meta line), when they are short.
    let mut hidden = Vec::new();
    let mut header_chars = 0;
    let floors = scan.meta.floors.iter().filter(|&&id| within(id)).take(1);
    // A time printed as "7d ago" heads the post too, though it gives no date.
    let relative = scan
        .meta
        .relative_times
        .iter()
        .filter(|&&id| within(id))
        .take(1);
    let body = match roots {
        [unit] => body(nodes, |k| !choice.drop[k], marks, *unit),
        _ => None,
    };
    for id in [author.map(|a| a.0), time.as_ref().map(|t| t.0)]
        .into_iter()
        .flatten()
        .chain(floors.copied())
        .chain(relative.copied())
    {
        let mark = id as usize;
        let i = match body {
            Some(body) => header(nodes, &choice.drop, first, body, mark),
            None => mark,
        };
        if !choice.drop[i] && (i != mark || nodes[i].text.chars <= h::MAX_POST_AUTHOR_CHARS as u32)
        {
            let end = (nodes[i].end as usize).min(nodes.len() - 1);
            header_chars += (i..=end)
                .filter(|&k| !choice.drop[k])
                .map(|k| nodes[k].text.chars as usize)
                .sum::<usize>();
            choice.drop[i] = true;
            hidden.push(i);
        }
    }
    let one = Choice {
        roots: roots.iter().map(|&r| r as NodeId).collect(),
        drop: std::mem::take(&mut choice.drop),
        layout: std::mem::take(&mut choice.layout),
        text_len: 0,
        top_score: 0.0,
    };
    let emitted = emit::emit(html, scan, &one, base);
    (choice.drop, choice.layout) = (one.drop, one.layout);
    for i in hidden {
        choice.drop[i] = false;
    }
    let post = Post {
        author: author.map(|a| a.1.clone()),
        published_time: time.map(|t| t.1),
        content: emitted.html,
        text_content: emitted.text,
    };
    (post, header_chars)
}

/// A post's body: its longest block that `kept` accepts and that holds no author, time or
/// floor.
fn body(nodes: &[Node], kept: impl Fn(usize) -> bool, marks: &[u8], unit: usize) -> Option<usize> {
    let end = (nodes[unit].end as usize).min(nodes.len() - 1);
    (unit + 1..=end)
        .filter(|&k| kept(k) && marks.get(k).is_some_and(|&m| m == 0) && nodes[k].text.len > 0)
        .max_by(|&a, &b| nodes[a].text.len.cmp(&nodes[b].text.len).then(b.cmp(&a)))
}

/// Whether a line gives the date its author joined the board (`Joined: 2008-02-18`, `注册时间
/// 2015-3-1`): a user card's, not the post's time.
fn is_join_date(line: &str) -> bool {
    let line = line.trim_start();
    h::JOIN_DATE_LABELS.iter().any(|l| {
        line.get(..l.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(l))
    })
}

/// The posts of the run in `container` (its children that carry an author or a time) and,
/// for each, the elements from it down to its body, in document order: what cleaning the
/// thread must not drop whole.
pub fn units_of(nodes: &[Node], container: usize, marks: &[u8]) -> Vec<NodeId> {
    let mut units = vec![];
    let mut j = container + 1;
    while j <= nodes[container].end as usize && j < nodes.len() {
        if marks.get(j).is_some_and(|&m| is_post(m)) {
            let mut chain = vec![j as NodeId];
            if let Some(body) = body(nodes, |_| true, marks, j) {
                let mut b = body;
                while b > j {
                    chain.push(b as NodeId);
                    b = nodes[b].parent as usize;
                }
                chain[1..].reverse();
            }
            units.extend(chain);
        }
        j = nodes[j].end as usize + 1;
    }
    units
}

/// The article `choice` (read from comment sections) cleaned again with its run of posts
/// kept whole ([`units_of`]); `None` when it holds no run. The run is looked for among all
/// its elements, the ones cleaning dropped too: those are the posts to keep.
pub fn kept_whole(nodes: &[Node], marks: &[u8], choice: &Choice) -> Option<Choice> {
    let undropped = Choice {
        drop: vec![false; nodes.len()],
        ..choice.clone()
    };
    let run = run_in(nodes, &undropped, marks, h::THREAD_MIN_POSTS)?;
    let units = units_of(nodes, run.container, marks);
    Some(score::with_roots(
        nodes,
        score::Attempt::THREAD,
        choice.roots.clone(),
        &units,
    ))
}

/// The box that heads post `unit` around `mark` (its author, time or floor): the highest
/// ancestor of `mark` inside the post that does not hold the post's `body` and holds at most
/// [`h::THREAD_POST_HEADER_MAX_LEN`] of kept text (`mark` itself when there is none).
fn header(nodes: &[Node], drop: &[bool], unit: usize, body: usize, mark: usize) -> usize {
    let holds = |a: usize, d: usize| a <= d && d <= nodes[a].end as usize;
    if holds(mark, body) {
        return mark;
    }
    let mut top = mark;
    loop {
        let p = nodes[top].parent as usize;
        if p <= unit || holds(p, body) {
            return top;
        }
        let end = (nodes[p].end as usize).min(nodes.len() - 1);
        let mut len = 0u32;
        for k in p..=end {
            if !drop[k] {
                len = len.saturating_add(nodes[k].text.len);
            }
            if len > h::THREAD_POST_HEADER_MAX_LEN {
                return top;
            }
        }
        top = p;
    }
}

/// The thread as the article: each post an `<article>` headed by its author and time. The
/// plain text is the posts' text (their authors and times are [`Post`] fields, as the title and
/// byline are the article's).
fn present(posts: &[Post]) -> Emitted {
    let mut html = String::from("<div>");
    let mut text = String::new();
    for p in posts {
        html.push_str("<article>");
        let shown_time = p.published_time.as_deref().map(shown);
        if p.author.is_some() || shown_time.is_some() {
            html.push_str("<header>");
            if let Some(a) = &p.author {
                html.push_str("<strong>");
                html.push_str(&htmlize::escape_text(a.as_str()));
                html.push_str("</strong>");
            }
            if let (Some(iso), Some(t)) = (&p.published_time, &shown_time) {
                if p.author.is_some() {
                    html.push(' ');
                }
                html.push_str("<time datetime=\"");
                html.push_str(&htmlize::escape_attribute(iso.as_str()));
                html.push_str("\">");
                html.push_str(&htmlize::escape_text(t.as_str()));
                html.push_str("</time>");
            }
            html.push_str("</header>");
        }
        html.push_str(&p.content);
        html.push_str("</article>");
        push_line(&mut text, &p.text_content);
    }
    html.push_str("</div>");
    Emitted {
        html,
        text,
        kept: 0,
    }
}

fn push_line(text: &mut String, line: &str) {
    if line.is_empty() {
        return;
    }
    if !text.is_empty() {
        text.push('\n');
    }
    text.push_str(line);
}

/// An ISO 8601 time as a reader reads it: `2024-05-13 17:08`.
fn shown(iso: &str) -> String {
    let (day, time) = iso.split_once('T').unwrap_or((iso, ""));
    let hm: String = time.chars().take(5).collect();
    if hm.len() == 5 {
        format!("{day} {hm}")
    } else {
        day.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_shown_to_the_minute() {
        assert_eq!(shown("2024-05-13T17:08:09+08:00"), "2024-05-13 17:08");
        assert_eq!(shown("2024-05-13"), "2024-05-13");
    }
}
