//! What the article is read from, once the page's kind is known: the article found by
//! scoring, its comment sections (a thread the page marks up as comments), a run of
//! posts around or after it, or the posts inside it kept whole. An article's comment sections
//! stay out however long they are.

use super::kind;
use super::scan::{self, Scan};
use super::score::{self, Attempt, Choice};
use super::thread;
use crate::article::Kind;
use crate::heuristics::{THREAD_MIN_POSTS, THREAD_MIN_REPLIES, THREAD_OPENING_MAX_LEN};
use crate::html::tree::NodeId;
use crate::metadata::SchemaTypes;

/// The page's kind and the article to emit, given the page's declared `types`, the article
/// found by scoring (`plain`) and the post marks of its nodes ([`thread::post_marks`]).
pub fn choose(scanned: &Scan, types: &SchemaTypes, plain: Choice, marks: &[u8]) -> (Kind, Choice) {
    // The comment sections are read only where there are some (or the page declares a
    // thread): most pages are spared a second scoring.
    let read_comments = types.thread > 0
        || scanned
            .nodes
            .iter()
            .any(|n| n.has(scan::flag::COMMENTS | scan::flag::IN_COMMENTS));
    let with_comments = if read_comments {
        score::choose(&scanned.nodes, Attempt::THREAD)
    } else {
        plain.clone()
    };
    // Replies after a short post: looked for only where they could make the page a thread.
    let is_post = |j: usize| marks.get(j).is_some_and(|&m| thread::is_post(m));
    let replies = (plain.text_len < THREAD_OPENING_MAX_LEN && types.article == 0)
        .then(|| score::reply_run(&scanned.nodes, &plain, THREAD_MIN_REPLIES, is_post))
        .flatten();
    // Numbered replies (`#2`, `3楼`) after a post of any length: a board's floors. Two are a
    // thread already (the numbers say what they are).
    let floored = (replies.is_none() && types.article == 0 && !scanned.meta.floors.is_empty())
        .then(|| {
            score::reply_run(&scanned.nodes, &plain, THREAD_MIN_POSTS, |j| {
                is_post(j) && marks[j] & thread::HAS_FLOOR != 0
            })
        })
        .flatten();
    // The article found is one post of a run of posts (a board that prints the opening post
    // like the replies).
    let run = (types.article == 0)
        .then(|| thread::enclosing_run(&scanned.nodes, &plain, marks))
        .flatten();
    // What a thread is read from: the comment sections, a run of posts around or after the
    // article found, or that article itself (posts inside it).
    enum Read {
        Plain,
        Comments,
        Run(NodeId),
        Inside(NodeId),
    }
    // Or the article found holds a run of posts (each with an author or a time) inside, before
    // cleaning (which drops short replies as it drops short boxes).
    let posts_inside = || {
        if thread::run_in(&scanned.nodes, &plain, marks, THREAD_MIN_REPLIES).is_some() {
            return Some(Read::Plain);
        }
        // Before cleaning only where the article holds authors or times enough for a run (a
        // story names one author and a date or two): most pages are spared a second pass.
        let inside = |id: NodeId| {
            plain
                .roots
                .iter()
                .any(|&r| id > r && id <= scanned.nodes[r as usize].end)
        };
        let meta = &scanned.meta;
        let marked = meta
            .authors
            .iter()
            .map(|a| a.0)
            .chain(meta.times.iter().map(|t| t.0));
        if marked.filter(|&id| inside(id)).count() < THREAD_MIN_REPLIES as usize {
            return None;
        }
        let uncleaned = score::uncleaned(&scanned.nodes, &plain);
        thread::run_in(&scanned.nodes, &uncleaned, marks, THREAD_MIN_REPLIES)
            .map(|run| Read::Inside(run.container as NodeId))
    };
    let (kind, read) = match kind::classify(types, &plain, &with_comments, replies.map(|r| r.1)) {
        Kind::Thread if with_comments.text_len > plain.text_len => (Kind::Thread, Read::Comments),
        Kind::Thread => match run.or(replies.map(|r| r.0)) {
            Some(container) => (Kind::Thread, Read::Run(container)),
            None => (Kind::Thread, Read::Plain),
        },
        Kind::Article if types.article == 0 => match run.or(floored.map(|f| f.0)) {
            Some(container) => (Kind::Thread, Read::Run(container)),
            None => match posts_inside() {
                Some(read) => (Kind::Thread, read),
                None => (Kind::Article, Read::Plain),
            },
        },
        k => (k, Read::Plain),
    };
    // The article from the posts of the run in `container` and the roots of `base` outside it
    // (the opening post where the board prints it apart); never less than `base` alone (the
    // run's container may clean to nothing).
    let with_run = |base: Choice, container: NodeId| {
        let nodes = &scanned.nodes;
        let inside = |n: NodeId, r: NodeId| n > r && n <= nodes[r as usize].end;
        // The run's container holds the post, or follows it; roots stay disjoint and in
        // document order.
        let mut roots: Vec<NodeId> = base
            .roots
            .iter()
            .copied()
            .filter(|&r| !inside(r, container))
            .collect();
        if !roots
            .iter()
            .any(|&r| r == container || inside(container, r))
        {
            roots.push(container);
            roots.sort_unstable();
        }
        let units = thread::units_of(nodes, container as usize, marks);
        let thread = score::with_roots(nodes, Attempt::THREAD, roots, &units);
        if thread.text_len > base.text_len {
            thread
        } else {
            base
        }
    };
    let choice = match read {
        Read::Plain => plain,
        // The posts in the comment sections are kept whole, as those of a run are; a run of
        // replies the comment sections' article misses (it found the opening post alone) is
        // added to it.
        Read::Comments => {
            let comments = thread::kept_whole(&scanned.nodes, marks, &with_comments)
                .filter(|kept| kept.text_len > with_comments.text_len)
                .unwrap_or(with_comments);
            match run.or(replies.map(|r| r.0)) {
                Some(container) => with_run(comments, container),
                None => comments,
            }
        }
        Read::Run(container) => with_run(plain, container),
        // The article found, cleaned again with the posts of its run kept whole.
        Read::Inside(container) => {
            let units = thread::units_of(&scanned.nodes, container as usize, marks);
            let kept =
                score::with_roots(&scanned.nodes, Attempt::POSTS, plain.roots.clone(), &units);
            if kept.text_len > plain.text_len {
                kept
            } else {
                plain
            }
        }
    };
    (kind, choice)
}
