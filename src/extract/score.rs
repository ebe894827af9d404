//! Choosing the article: a pure function from pass 1's [`Node`]s to a [`Choice`].
//!
//! This is Readability's algorithm over flat structs instead of a DOM, made CJK-aware: lengths
//! are weighted characters, Chinese clause punctuation counts like commas, and paragraphs
//! without `. ` still join as siblings when they end with 。！？. Nothing here recurses: every
//! walk is a loop over ids (children come after parents, a subtree is an id range).

use super::scan::{Node, flag};
use crate::heuristics as h;
use crate::html::tags::class;
use crate::html::tree::NodeId;
use crate::text::TextStats;

/// Which of Readability's flags are on for one attempt; later attempts relax them when the
/// first finds too little text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attempt {
    pub strip_unlikely: bool,
    pub weight_classes: bool,
    pub clean_conditionally: bool,
    /// Comment sections are candidates too: on a thread the replies are the content.
    pub keep_comments: bool,
}

impl Attempt {
    /// The attempts in order, strictest first.
    pub const ALL: [Attempt; 4] = [
        Attempt {
            strip_unlikely: true,
            weight_classes: true,
            clean_conditionally: true,
            keep_comments: false,
        },
        Attempt {
            strip_unlikely: false,
            weight_classes: true,
            clean_conditionally: true,
            keep_comments: false,
        },
        Attempt {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: true,
            keep_comments: false,
        },
        Attempt {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: false,
            keep_comments: false,
        },
    ];

    /// The attempt for a thread: comment sections are read (forum posts, answers and reviews
    /// are marked up as comments), class names weigh nothing (`reply`, `post-meta` …).
    /// A thread whose posts lie inside the article found: its replies are kept whole, unlikely
    /// boxes inside posts judged as the rest, and comment sections stay out.
    pub const POSTS: Attempt = Attempt {
        strip_unlikely: false,
        weight_classes: false,
        clean_conditionally: true,
        keep_comments: false,
    };
    pub const THREAD: Attempt = Attempt {
        strip_unlikely: false,
        weight_classes: false,
        clean_conditionally: true,
        keep_comments: true,
    };
}

/// Subtree figures of one node, counting only what is not excluded.
#[derive(Clone, Copy, Debug, Default)]
pub struct Totals {
    pub text: TextStats,
    pub link_len: u32,
    pub paragraphs: u32,
    pub images: u32,
    pub list_items: u32,
    pub inputs: u32,
    pub embeds: u32,
    pub heading_len: u32,
}

impl Totals {
    pub fn link_density(&self) -> f32 {
        if self.text.len == 0 {
            0.0
        } else {
            self.link_len as f32 / self.text.len as f32
        }
    }
}

/// The article as chosen: its root elements and the per-node keep/drop decision.
#[derive(Debug, Clone)]
pub struct Choice {
    /// The top candidate and the siblings that join it, in document order.
    pub roots: Vec<NodeId>,
    /// `true` for nodes whose whole subtree is left out of the article.
    pub drop: Vec<bool>,
    /// Weighted text length of the chosen article (after drops).
    pub text_len: u32,
    /// `true` for the parts of a table that lays out the page (`table`, rows, cells): written
    /// as blocks, not as a grid.
    pub layout: Vec<bool>,
    /// Score of the top candidate (shown by `examples/explain.rs`).
    #[cfg_attr(not(feature = "internals"), allow(dead_code))]
    pub top_score: f32,
}

/// Chooses the article for one [`Attempt`].
pub fn choose(nodes: &[Node], attempt: Attempt) -> Choice {
    choose_without(nodes, attempt, &[])
}

/// [`choose`], with the subtrees of `skip` left out (streams of teasers chosen before).
pub fn choose_without(nodes: &[Node], attempt: Attempt, skip: &[usize]) -> Choice {
    let n = nodes.len();
    let mut excluded = exclusions(nodes, attempt);
    for &s in skip.iter().filter(|&&s| s < n) {
        let end = (nodes[s].end as usize).min(n - 1);
        excluded[s..=end].fill(true);
    }
    let totals = totals(nodes, &excluded);
    let weight = |i: usize| {
        if attempt.weight_classes {
            nodes[i].class_weight
        } else {
            0.0
        }
    };

    // A div holding no blocks is a paragraph, as Readability retags it.
    let mut holds_block = vec![false; n];
    for j in (1..n).rev() {
        let p = nodes[j].parent as usize;
        if p != j && (holds_block[j] || nodes[j].has(flag::BLOCK) || nodes[j].tag == "img") {
            holds_block[p] = true;
        }
    }
    // Score paragraphs into their ancestors.
    let mut score: Vec<Option<f32>> = vec![None; n];
    for (i, node) in nodes.iter().enumerate().skip(1) {
        if excluded[i]
            || node.text.len < h::MIN_PARAGRAPH_LEN
            || !node.has(flag::BLOCK)
            || node.link_len as f32 > node.text.len as f32 * h::SCORE_MAX_LINK_DENSITY
        {
            continue;
        }
        let own = &node.text;
        let points = 1.0
            + own.commas as f32
            + ((own.len / h::CHARS_PER_POINT) as f32).min(h::MAX_LENGTH_POINTS);
        // A paragraph element scores into its parent; a container's loose text scores into
        // the container itself, as if Readability had wrapped it in a <p>.
        let mut anc =
            if node.tag_flags & class::PARAGRAPH != 0 || (node.tag == "div" && !holds_block[i]) {
                node.parent as usize
            } else {
                i
            };
        for level in 0..h::SCORE_ANCESTOR_LEVELS {
            if anc == 0 {
                break;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            let s =
                score[anc].get_or_insert_with(|| h::tag_base_score(nodes[anc].tag) + weight(anc));
            *s += points / divider;
            anc = nodes[anc].parent as usize;
        }
    }
    for (i, s) in score.iter_mut().enumerate() {
        if let Some(s) = s {
            *s *= 1.0 - totals[i].link_density();
        }
    }

    let mut candidates: Vec<(usize, f32)> = score
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.map(|s| (i, s)))
        .collect();
    candidates.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let Some(&(mut top, mut top_score)) = candidates.first() else {
        let root = body_or_root(nodes);
        return finish(
            nodes,
            &excluded,
            &totals,
            vec![root as NodeId],
            attempt,
            0.0,
            &[],
        );
    };

    // Several strong candidates under one ancestor: the ancestor is the article.
    let strong: Vec<usize> = candidates
        .iter()
        .skip(1)
        .take(4)
        .filter(|(_, s)| *s >= top_score * h::ALTERNATIVE_SCORE_FRACTION)
        .map(|&(i, _)| i)
        .collect();
    if strong.len() >= h::ALTERNATIVE_CANDIDATES {
        let mut anc = nodes[top].parent as usize;
        while anc != 0 && !is_body(nodes, anc) {
            let inside = strong.iter().filter(|&&c| contains(nodes, anc, c)).count();
            if inside >= h::ALTERNATIVE_CANDIDATES {
                top = anc;
                break;
            }
            anc = nodes[anc].parent as usize;
        }
        top_score = score[top].unwrap_or(top_score);
    }

    // Walk up while the parent holds most of the score (content split over containers).
    let mut last = top_score;
    let threshold = last / 3.0;
    let mut anc = nodes[top].parent as usize;
    while anc != 0 && !is_body(nodes, anc) {
        match score[anc] {
            None => {}
            Some(s) if s < threshold => break,
            Some(s) if s > last => {
                top = anc;
                top_score = s;
                break;
            }
            Some(s) => last = s,
        }
        anc = nodes[anc].parent as usize;
    }
    // An only child adds nothing: use its parent.
    loop {
        let p = nodes[top].parent as usize;
        if p == 0 || is_body(nodes, p) || count_children(nodes, p, &excluded) != 1 {
            break;
        }
        top = p;
        top_score = score[top].unwrap_or(top_score);
    }

    // On a thread, the post the top candidate lies in is one of a run: the run's container is
    // the article.
    if attempt.keep_comments {
        top = thread_container(nodes, &totals, &excluded, top);
        top_score = score[top].unwrap_or(top_score);
    }

    // Siblings that belong to the article.
    let mut roots = vec![];
    let parent = nodes[top].parent as usize;
    let threshold = (top_score * h::SIBLING_SCORE_FRACTION).max(h::SIBLING_MIN_SCORE);
    let mut j = parent + 1;
    while j <= nodes[parent].end as usize && j < n {
        let next = nodes[j].end as usize + 1;
        if j == top {
            roots.push(j as NodeId);
        } else if !excluded[j] {
            let bonus = if nodes[j].class_hash != 0 && nodes[j].class_hash == nodes[top].class_hash
            {
                top_score * h::SIBLING_SCORE_FRACTION
            } else {
                0.0
            };
            let t = &totals[j];
            let joins = score[j].is_some_and(|s| s + bonus >= threshold)
                || (t.paragraphs >= h::SIBLING_PROSE_MIN_PARAGRAPHS
                    && t.text.len as f32
                        >= totals[top].text.len as f32 * h::SIBLING_PROSE_TEXT_FRACTION
                    && t.link_density() < h::SIBLING_PROSE_MAX_LINK_DENSITY)
                || ((nodes[j].tag == "p" || (nodes[j].tag == "div" && !holds_block[j])) && {
                    let ld = t.link_density();
                    (t.text.len > h::SIBLING_PARAGRAPH_LEN && ld < h::SIBLING_MAX_LINK_DENSITY)
                        || (t.text.len > 0 && ld == 0.0 && nodes[j].has(flag::ENDS_SENTENCE))
                });
            if joins {
                roots.push(j as NodeId);
            }
        }
        j = next;
    }
    finish(nodes, &excluded, &totals, roots, attempt, top_score, &[])
}

/// The article `plain` before conditional cleaning: only what no attempt reads (hidden,
/// comment sections, chrome roles, boilerplate) dropped. Where a run of posts is looked for
/// inside an article: cleaning drops short replies as it drops short boxes.
pub fn uncleaned(nodes: &[Node], plain: &Choice) -> Choice {
    Choice {
        drop: exclusions(nodes, Attempt::POSTS),
        ..plain.clone()
    }
}

/// Nodes left out before scoring, with their subtrees.
fn exclusions(nodes: &[Node], attempt: Attempt) -> Vec<bool> {
    // Subtree text ignoring exclusions: a boilerplate block only goes with its subtree when the
    // subtree holds little else.
    let mut raw_len = vec![0u32; nodes.len()];
    for i in (1..nodes.len()).rev() {
        raw_len[i] = raw_len[i].saturating_add(nodes[i].text.len);
        let p = nodes[i].parent as usize;
        raw_len[p] = raw_len[p].saturating_add(raw_len[i]);
    }
    // Elements around an `<article>` or `<main>`: a site that wraps the whole page in its
    // banner (`<header role="banner">` never closed) still has its article there.
    let mut holds_main = vec![false; nodes.len()];
    for i in (1..nodes.len()).rev() {
        let p = nodes[i].parent as usize;
        if holds_main[i] || h::MAIN_CONTENT_TAGS.contains(&nodes[i].tag) {
            holds_main[p] = true;
        }
    }
    let mut excluded = vec![false; nodes.len()];
    for (i, node) in nodes.iter().enumerate().skip(1) {
        let never = matches!(
            node.tag,
            "body" | "html" | "a" | "article" | "main" | "text"
        );
        let unlikely = attempt.strip_unlikely
            && node.has(flag::UNLIKELY)
            && !node.has(flag::MAYBE_CANDIDATE)
            && !node.has(flag::IN_TABLE_OR_CODE)
            && !never;
        let boilerplate =
            node.has(flag::BOILERPLATE) && raw_len[i] <= node.text.len.saturating_mul(2);
        excluded[i] = excluded[node.parent as usize]
            || node.has(flag::DROP_TAG | flag::HIDDEN)
            || (node.has(flag::INVISIBLE)
                && (raw_len[i] as f32) < h::INVISIBLE_ARTICLE_SHARE * raw_len[0] as f32)
            || (node.has(flag::CHROME_ROLE) && !never && !holds_main[i])
            || (node.has(flag::COMMENTS) && !never && !attempt.keep_comments)
            || unlikely
            || boilerplate;
    }
    excluded
}

/// Subtree totals over non-excluded nodes.
fn totals(nodes: &[Node], excluded: &[bool]) -> Vec<Totals> {
    let mut t = vec![Totals::default(); nodes.len()];
    for i in (1..nodes.len()).rev() {
        if excluded[i] {
            continue;
        }
        let node = &nodes[i];
        let mut own = t[i];
        own.text.add(&node.text);
        own.link_len = own.link_len.saturating_add(node.link_len);
        match node.tag {
            "p" => own.paragraphs += 1,
            "img" | "picture" => own.images += 1,
            "li" => own.list_items += 1,
            "input" | "select" | "textarea" | "button" => own.inputs += 1,
            "embed" | "object" | "iframe" | "video" | "audio" => own.embeds += 1,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                own.heading_len = own.heading_len.saturating_add(node.text.len)
            }
            _ => {}
        }
        t[i] = own;
        let p = node.parent as usize;
        let parent = &mut t[p];
        parent.text.add(&own.text);
        parent.link_len = parent.link_len.saturating_add(own.link_len);
        parent.paragraphs += own.paragraphs;
        parent.images += own.images;
        parent.list_items += own.list_items;
        parent.inputs += own.inputs;
        parent.embeds += own.embeds;
        parent.heading_len = parent.heading_len.saturating_add(own.heading_len);
    }
    t[0].text.add(&nodes[0].text);
    t
}

/// Drop decisions inside the chosen roots (Readability's `_prepArticle` cleaning).
fn finish(
    nodes: &[Node],
    excluded: &[bool],
    totals: &[Totals],
    roots: Vec<NodeId>,
    attempt: Attempt,
    top_score: f32,
    units: &[NodeId],
) -> Choice {
    let mut drop = excluded.to_vec();
    let tables = data_tables(nodes, totals);
    let quotes = quote_wrappers(nodes, totals);
    let mut text_len = 0u32;
    let mut seen = rustc_hash::FxHashMap::default();
    // The end of the post (of `units`) the walk is in.
    let mut unit_end = 0usize;
    for &r in &roots {
        let r = r as usize;
        let end = (nodes[r].end as usize).min(nodes.len() - 1);
        for i in r + 1..=end {
            if drop[i] || drop[nodes[i].parent as usize] {
                drop[i] = true;
                continue;
            }
            let node = &nodes[i];
            let is_unit = units.binary_search(&(i as NodeId)).is_ok();
            if is_unit && i > unit_end {
                unit_end = node.end as usize;
            }
            let w = if attempt.weight_classes {
                node.class_weight
            } else {
                0.0
            };
            // Inside a post, a block whose class says nothing is judged as if it said
            // "content": a reply that links the page it talks about is still the reply. A
            // signature or a vote box (a negative class) is judged as anywhere.
            let w = if i <= unit_end && w >= 0.0 {
                w.max(h::CLASS_WEIGHT)
            } else {
                w
            };
            if matches!(node.tag, "h1" | "h2") && w < 0.0 {
                drop[i] = true;
            } else if attempt.clean_conditionally
                && node.tag_flags & class::CLEAN != 0
                && !is_unit
                && tables[i] & (IS_DATA_TABLE | IN_DATA_TABLE | HOLDS_DATA_TABLE) == 0
                && !quotes[i]
            {
                drop[i] = clean_conditionally(node, &totals[i], w, nodes, i);
            }
        }
        if attempt.clean_conditionally {
            drop_link_paragraph_runs(nodes, &mut drop, r);
        }
        // A block repeating an earlier one word for word (a caption copied into a lightbox).
        // Not in a thread: a reply quotes the post it answers.
        for i in r + 1..=end {
            let node = &nodes[i];
            if attempt.keep_comments
                || drop[i]
                || node.text_hash == 0
                || !(h::DUPLICATE_MIN_CHARS..=h::DUPLICATE_MAX_CHARS).contains(&node.text.chars)
                || matches!(node.tag, "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
            {
                continue;
            }
            // The first copy is the one kept and compared with.
            let earlier = seen.get(&node.text_hash).copied();
            if earlier.is_none() {
                seen.insert(node.text_hash, i);
            }
            // A paragraph goes only when its twin is a few elements back and both are alone in
            // their containers (a caption's full and truncated copies); a refrain among its
            // siblings stays.
            let alone = |p: usize| {
                let parent = nodes[p].parent as usize;
                totals[parent].text.len <= totals[p].text.len
            };
            let repeated = match earlier {
                Some(e) if node.tag == "p" => {
                    (i - e <= h::DUPLICATE_PARAGRAPH_WINDOW
                        || node.text.chars >= h::DUPLICATE_PARAGRAPH_ANYWHERE_CHARS)
                        && nodes[e].parent != node.parent
                        && alone(e)
                        && alone(i)
                }
                Some(_) => true,
                None => false,
            };
            // Only a block that is mostly its own text goes: a container whose loose text
            // repeats ("Continue reading") keeps its paragraphs.
            if repeated && totals[i].text.len <= node.text.len.saturating_mul(2) {
                drop[i] = true;
            }
        }
        text_len = text_len.saturating_add(totals[r].text.len);
        for i in r + 1..=end {
            if drop[i] && !drop[nodes[i].parent as usize] {
                text_len = text_len.saturating_sub(totals[i].text.len);
            }
        }
    }
    // The parts of layout tables (not data tables), each part by its nearest table.
    let mut layout = vec![false; nodes.len()];
    let mut table_of = vec![0usize; nodes.len()];
    for i in 1..nodes.len() {
        let p = nodes[i].parent as usize;
        table_of[i] = if nodes[i].tag == "table" {
            i
        } else {
            table_of[p]
        };
        let t = table_of[i];
        layout[i] = t != 0
            && tables[t] & IS_LAYOUT_TABLE != 0
            && tables[t] & IS_DATA_TABLE == 0
            && h::TABLE_PARTS.contains(&nodes[i].tag);
    }
    Choice {
        roots,
        drop,
        text_len,
        top_score,
        layout,
    }
}

/// Per node: [`IS_DATA_TABLE`], [`IN_DATA_TABLE`], [`HOLDS_DATA_TABLE`] bits (see
/// [`h::DATA_TABLE_MIN_ROWS`]). Linear: rows and cells count toward the nearest table only.
fn data_tables(nodes: &[Node], totals: &[Totals]) -> Vec<u8> {
    let n = nodes.len();
    let mut marks = vec![0u8; n];
    if !nodes.iter().any(|x| x.tag == "table") {
        return marks;
    }
    // Nearest table ancestor (0: none; node 0 is the root, never a table).
    let mut table_of = vec![0usize; n];
    let mut rows = vec![0u32; n];
    let mut cols = vec![0u32; n];
    let mut cells = vec![0u32; n];
    let mut header = vec![false; n];
    let mut nested = vec![false; n];
    for i in 1..n {
        let p = nodes[i].parent as usize;
        if p == i {
            continue;
        }
        table_of[i] = if nodes[p].tag == "table" {
            p
        } else {
            table_of[p]
        };
        let t = table_of[i];
        if t == 0 {
            continue;
        }
        match nodes[i].tag {
            "table" => nested[t] = true,
            "tr" => rows[t] += 1,
            "td" | "th" if nodes[p].tag == "tr" => {
                cells[p] += 1;
                cols[t] = cols[t].max(cells[p]);
            }
            _ => {}
        }
        if matches!(
            nodes[i].tag,
            "th" | "thead" | "tfoot" | "caption" | "colgroup"
        ) {
            header[t] = true;
        }
    }
    // Cells that hold blocks, or long text: a table that lays a page out.
    let mut block_cells = vec![false; n];
    for i in 1..n {
        let t = table_of[i];
        if t == 0 || nodes[i].tag == "table" {
            continue;
        }
        let p = nodes[i].parent as usize;
        let in_cell = matches!(nodes[p].tag, "td" | "th") && table_of[p] == t;
        if (in_cell && h::LAYOUT_CELL_BLOCKS.contains(&nodes[i].tag))
            || (matches!(nodes[i].tag, "td" | "th") && totals[i].text.len >= h::LAYOUT_CELL_MIN_LEN)
        {
            block_cells[t] = true;
        }
    }
    for t in 1..n {
        if nodes[t].tag == "table" && (nested[t] || cols[t] <= 1 || block_cells[t]) && !header[t] {
            marks[t] |= IS_LAYOUT_TABLE;
        }
        if nodes[t].tag == "table"
            && !nested[t]
            && totals[t].link_density() <= h::DATA_TABLE_MAX_LINK_DENSITY
            && (header[t]
                || rows[t] >= h::DATA_TABLE_MIN_ROWS
                || cols[t] > h::DATA_TABLE_MAX_LAYOUT_COLUMNS
                || rows[t].saturating_mul(cols[t]) > h::DATA_TABLE_MAX_LAYOUT_CELLS)
        {
            marks[t] |= IS_DATA_TABLE;
        }
    }
    // Descendants after their parents (document order), ancestors after their descendants
    // (reverse order).
    for i in 1..n {
        let p = nodes[i].parent as usize;
        if p != i && marks[p] & (IS_DATA_TABLE | IN_DATA_TABLE) != 0 {
            marks[i] |= IN_DATA_TABLE;
        }
    }
    for i in (1..n).rev() {
        let p = nodes[i].parent as usize;
        if p != i && marks[i] & (IS_DATA_TABLE | HOLDS_DATA_TABLE) != 0 {
            marks[p] |= HOLDS_DATA_TABLE;
        }
    }
    marks
}

/// Containers that hold little but a quotation (an embedded post: `<div><blockquote
/// class="twitter-tweet">…</blockquote></div>`): its links (hashtags, the author, the date)
/// would have conditional cleaning take the quote for a link list.
fn quote_wrappers(nodes: &[Node], totals: &[Totals]) -> Vec<bool> {
    let mut marked = vec![false; nodes.len()];
    for (b, node) in nodes.iter().enumerate().skip(1) {
        let quote = &totals[b];
        if node.tag != "blockquote" || quote.link_density() > h::QUOTE_MAX_LINK_DENSITY {
            continue;
        }
        let mut a = node.parent as usize;
        // Each container is marked once, so the walks cost the document's size in all.
        while a != 0
            && !marked[a]
            && totals[a].text.len as f32 <= quote.text.len as f32 * h::QUOTE_WRAPPER_TEXT_RATIO
        {
            marked[a] = true;
            a = nodes[a].parent as usize;
        }
    }
    marked
}

const IS_DATA_TABLE: u8 = 1;
const IN_DATA_TABLE: u8 = 2;
const HOLDS_DATA_TABLE: u8 = 4;
/// A table that lays out the page (cells of paragraphs, one column, tables in tables): its
/// cells are written as blocks, not as a grid.
const IS_LAYOUT_TABLE: u8 = 8;

/// Readability's `_cleanConditionally` for one container, CJK-aware.
fn clean_conditionally(node: &Node, t: &Totals, weight: f32, nodes: &[Node], id: usize) -> bool {
    if weight < 0.0 && t.text.len < h::SIBLING_PARAGRAPH_LEN * 4 {
        return true;
    }
    if t.text.commas >= h::CLEAN_MIN_COMMAS {
        return false;
    }
    let is_list = matches!(node.tag, "ul" | "ol" | "dl");
    let in_figure = ancestors(nodes, id).any(|a| nodes[a].tag == "figure");
    let p = t.paragraphs as f32;
    let img = t.images as f32;
    let li = t.list_items as f32 - 100.0;
    let ld = t.link_density();
    let heading_density = if t.text.len == 0 {
        0.0
    } else {
        t.heading_len as f32 / t.text.len as f32
    };
    (img > 1.0 && p / img < 0.5 && !in_figure)
        || (!is_list && li > p)
        || (t.inputs as f32 > (p / 3.0).floor())
        || (!is_list
            && heading_density < 0.9
            && t.text.len < h::CLEAN_MIN_TEXT_LEN
            && (t.images == 0 || t.images > 2)
            && !in_figure)
        || (!is_list && weight < h::CLASS_WEIGHT && ld > h::CLEAN_MAX_LINK_DENSITY)
        || (weight >= h::CLASS_WEIGHT && ld > h::CLEAN_MAX_LINK_DENSITY_POSITIVE)
        || ((t.embeds == 1 && t.text.len < 75) || t.embeds > 1)
        || (is_list
            && ld > h::CLEAN_MAX_LINK_DENSITY_POSITIVE
            && t.text.len < h::SIBLING_PARAGRAPH_LEN * 8
            && mostly_link_items(nodes, id))
}

/// Whether most items of a list are links and nothing else (a list of headlines), rather than
/// sentences with links in them (`Ankush Dua <a>fixed an issue with …</a>`).
fn mostly_link_items(nodes: &[Node], list: usize) -> bool {
    let end = (nodes[list].end as usize).min(nodes.len() - 1);
    let (mut items, mut links) = (0u32, 0u32);
    let mut j = list + 1;
    while j <= end {
        let n = &nodes[j];
        if n.tag == "li" && n.text.len > 0 {
            items += 1;
            links += u32::from(n.link_len as f32 >= n.text.len as f32 * h::LINK_ITEM_MIN_DENSITY);
        }
        // Direct items only: a nested list is judged on its own.
        j = n.end as usize + 1;
    }
    links * 2 >= items
}

/// Drops runs of consecutive sibling paragraphs that are links and nothing else: a "related"
/// list set as paragraphs inside the article body. One such paragraph (a link to the full
/// report) stays; [`h::LINK_PARAGRAPH_RUN`] in a row are a list.
fn drop_link_paragraph_runs(nodes: &[Node], drop: &mut [bool], root: usize) {
    let end = (nodes[root].end as usize).min(nodes.len() - 1);
    let is_link_paragraph = |i: usize| {
        let n = &nodes[i];
        n.tag == "p"
            && n.text.len > 0
            && n.link_len as f32 >= n.text.len as f32 * h::LINK_PARAGRAPH_MIN_DENSITY
    };
    // Every element with children, its children walked in order (no recursion: each parent
    // is visited once, its children by skipping subtrees).
    for p in root..=end {
        if drop[p] || nodes[p].end as usize == p {
            continue;
        }
        let mut run: Vec<usize> = vec![];
        let mut j = p + 1;
        let last = (nodes[p].end as usize).min(end);
        while j <= last {
            let next = nodes[j].end as usize + 1;
            if !drop[j] && is_link_paragraph(j) && nodes[j].has(flag::SHOUTED) {
                // A headline in capitals that is all link: another article's (a "read
                // more" promotion between paragraphs).
                drop[j] = true;
            } else if !drop[j] && is_link_paragraph(j) {
                run.push(j);
            } else if !drop[j] && nodes[j].tag_flags & class::BLOCK != 0 {
                flush_link_run(&mut run, drop);
            }
            j = next;
        }
        flush_link_run(&mut run, drop);
    }
}

fn flush_link_run(run: &mut Vec<usize>, drop: &mut [bool]) {
    if run.len() >= h::LINK_PARAGRAPH_RUN {
        for &i in run.iter() {
            drop[i] = true;
        }
    }
    run.clear();
}

fn ancestors(nodes: &[Node], id: usize) -> impl Iterator<Item = usize> + '_ {
    let mut cur = id;
    std::iter::from_fn(move || {
        if cur == 0 {
            return None;
        }
        cur = nodes[cur].parent as usize;
        Some(cur)
    })
}

fn contains(nodes: &[Node], anc: usize, id: usize) -> bool {
    anc <= id && id <= nodes[anc].end as usize
}

fn is_body(nodes: &[Node], i: usize) -> bool {
    matches!(nodes[i].tag, "body" | "html")
}

fn body_or_root(nodes: &[Node]) -> usize {
    nodes.iter().position(|n| n.tag == "body").unwrap_or(0)
}

/// The longest run of replies after the start of the article `plain` and outside what it
/// keeps (comment sections inside its root are left out of it), under [`Attempt::THREAD`]'s
/// rules:
/// the children of one container that share a tag and `class`, at least `min` of them, each
/// holding [`h::THREAD_POST_MIN_LEN`] of text and few
/// links. Returns the container and the run's text. Comments under a short post (a
/// microblog's), answers under a question, posts after the first on a board that marks none up.
/// A reply is a node that `is_reply` accepts (one carrying an author or a time): teasers and
/// paragraphs are not.
pub fn reply_run(
    nodes: &[Node],
    plain: &Choice,
    min: u32,
    is_reply: impl Fn(usize) -> bool,
) -> Option<(NodeId, u32)> {
    let excluded = exclusions(nodes, Attempt::THREAD);
    let totals = totals(nodes, &excluded);
    let from = *plain.roots.first()? as usize + 1;
    let kept = |j: usize| {
        plain.roots.iter().any(|&r| {
            let r = r as usize;
            j > r && j <= nodes[r].end as usize
        }) && !plain.drop.get(j).copied().unwrap_or(true)
    };
    // Per (container, tag, class) of a qualifying unit: units and their text.
    let mut runs: rustc_hash::FxHashMap<(u32, &str, u32), (u32, u32)> =
        rustc_hash::FxHashMap::default();
    for (j, node) in nodes.iter().enumerate().skip(from) {
        let t = &totals[j];
        if excluded[j]
            || kept(j)
            || !is_reply(j)
            || !h::THREAD_UNIT_TAGS.contains(&node.tag)
            || t.text.len < h::THREAD_POST_MIN_LEN
            || t.link_density() >= h::THREAD_POST_MAX_LINK_DENSITY
        {
            continue;
        }
        let run = runs
            .entry((node.parent, node.tag, node.class_head))
            .or_default();
        run.0 += 1;
        run.1 = run.1.saturating_add(t.text.len);
    }
    runs.into_iter()
        .filter(|(_, (count, _))| *count >= min)
        .max_by(|a, b| a.1.1.cmp(&b.1.1).then(b.0.0.cmp(&a.0.0)))
        .map(|((parent, ..), (_, text))| (parent, text))
}

/// The article made of `roots` (in document order, none inside another) under `attempt`'s
/// rules, cleaned as a chosen one is, except that the elements `units` (sorted: a thread's
/// posts, and the boxes from each post down to its body) are never dropped whole: a reply that
/// is mostly a link or a short "thanks" is still a reply. What else lies inside a post is
/// cleaned as usual, judged as content unless its class says otherwise.
pub fn with_roots(
    nodes: &[Node],
    attempt: Attempt,
    roots: Vec<NodeId>,
    units: &[NodeId],
) -> Choice {
    let excluded = exclusions(nodes, attempt);
    let totals = totals(nodes, &excluded);
    finish(nodes, &excluded, &totals, roots, attempt, 0.0, units)
}

/// The nearest container, at most [`h::THREAD_UNIT_MAX_DEPTH`] levels above `top`, whose
/// children include a run of post units: at least [`h::THREAD_MIN_POSTS`] elements with the
/// tag and `class` of the one `top` lies in, each holding [`h::THREAD_POST_MIN_LEN`] of text.
/// `top` itself when there is none (a thread of one post).
fn thread_container(nodes: &[Node], totals: &[Totals], excluded: &[bool], top: usize) -> usize {
    let post = |j: usize| {
        !excluded[j]
            && totals[j].text.len >= h::THREAD_POST_MIN_LEN
            && totals[j].link_density() < h::THREAD_POST_MAX_LINK_DENSITY
    };
    run_container(
        nodes,
        top,
        h::THREAD_UNIT_MAX_DEPTH,
        h::THREAD_MIN_POSTS,
        post,
    )
    .unwrap_or(top)
}

/// Walking up from `from` (at most `depth` levels, not past the body), the parent of the first
/// element of [`h::THREAD_UNIT_TAGS`] that `post` accepts and that has at least `min`
/// siblings-or-itself of its tag and `class` first word that `post` accepts: a run of posts.
pub fn run_container(
    nodes: &[Node],
    from: usize,
    depth: usize,
    min: u32,
    post: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut unit = from;
    for _ in 0..depth {
        let p = nodes.get(unit)?.parent as usize;
        if p == 0 || is_body(nodes, p) {
            return None;
        }
        let (tag, class) = (nodes[unit].tag, nodes[unit].class_head);
        if h::THREAD_UNIT_TAGS.contains(&tag) && post(unit) {
            let mut posts = 0;
            let mut j = p + 1;
            while j <= nodes[p].end as usize && j < nodes.len() {
                if nodes[j].tag == tag && nodes[j].class_head == class && post(j) {
                    posts += 1;
                }
                j = nodes[j].end as usize + 1;
            }
            if posts >= min {
                return Some(p);
            }
        }
        unit = p;
    }
    None
}

fn count_children(nodes: &[Node], p: usize, excluded: &[bool]) -> usize {
    let mut count = 0;
    let mut j = p + 1;
    while j <= nodes[p].end as usize && j < nodes.len() {
        if !excluded[j] {
            count += 1;
        }
        j = nodes[j].end as usize + 1;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::scan::scan;

    fn para(text: &str, n: usize) -> String {
        (0..n)
            .map(|i| format!("<p>{text}，第{i}段。</p>"))
            .collect()
    }

    /// The first attempt's drop decisions for the nodes of `html` that `pick` selects.
    fn dropped(html: &str, pick: impl Fn(&Node) -> bool) -> Vec<bool> {
        let s = scan(html);
        let choice = choose(&s.nodes, Attempt::ALL[0]);
        s.nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| pick(n))
            .map(|(i, _)| choice.drop[i])
            .collect()
    }

    #[test]
    fn article_beats_comments_with_long_chinese_text() {
        let body = para(
            "这是文章的正文内容，讲述了一个很长的故事，包含很多细节和观点",
            8,
        );
        let comments = para("网友评论：我觉得这篇文章说得很对，支持", 6);
        let html = format!(
            r#"<body><div class="main"><div class="article-body">{body}</div></div>
               <div class="comment-list">{comments}</div></body>"#
        );
        let s = scan(&html);
        let choice = choose(&s.nodes, Attempt::ALL[0]);
        let root = choice.roots[0] as usize;
        assert!(
            matches!(s.nodes[root].tag, "div"),
            "root {:?}",
            s.nodes[root]
        );
        let comment = s
            .nodes
            .iter()
            .position(|n| n.class_hash != 0 && n.flags & flag::UNLIKELY != 0)
            .unwrap();
        assert!(!contains(&s.nodes, root, comment));
        assert!(choice.text_len > 300);
    }

    #[test]
    fn an_invisible_article_is_found_invisible_asides_are_not() {
        let body = para(
            "这是文章的正文内容，讲述了一个很长的故事，包含很多细节和观点",
            8,
        );
        // A platform that shows the body from a script (WeChat): the article is the
        // invisible element that holds nearly all the text.
        let html = format!(
            r#"<body><h1>标题</h1><div id="js_content" style="visibility: hidden;">{body}</div></body>"#
        );
        let s = scan(&html);
        let choice = choose(&s.nodes, Attempt::ALL[0]);
        assert!(choice.text_len > 200, "{}", choice.text_len);
        // Half the page hidden is not the article.
        let hidden = para("隐藏的文字，不应该出现在文章里，无论它有多长", 4);
        let shown = para("显示的文字，这是文章的正文，内容很长很长", 4);
        let html = format!(
            r#"<body><article><div style="visibility:hidden">{hidden}</div><div>{shown}</div></article></body>"#
        );
        let s = scan(&html);
        let excluded = exclusions(&s.nodes, Attempt::ALL[3]);
        let divs: Vec<usize> = (0..s.nodes.len())
            .filter(|&i| s.nodes[i].tag == "div")
            .collect();
        assert!(excluded[divs[0]]);
        assert!(!excluded[divs[1]]);
        // Collapsed boxes (a wiki's track lists) are unlikely candidates, left out in the
        // first attempt; a collapsed box that calls itself content stays, and one that holds
        // all the text is found by a later attempt.
        let html = format!(
            r#"<body><article><div>{shown}</div><table class="wikitable mw-collapsible mw-collapsed"><tr><td>{hidden}</td></tr></table><div class="story collapsed">{shown}</div></article></body>"#
        );
        let s = scan(&html);
        let excluded = exclusions(&s.nodes, Attempt::ALL[0]);
        let find = |tag: &str| {
            (0..s.nodes.len())
                .filter(|&i| s.nodes[i].tag == tag)
                .collect::<Vec<_>>()
        };
        assert!(excluded[find("table")[0]]);
        assert!(!excluded[find("div")[1]]);
        let html = format!(r#"<body><h1>标题</h1><div class="collapsed">{body}</div></body>"#);
        let article = crate::extract::extract_str(&html, &crate::Options::default()).unwrap();
        assert!(article.text_content.contains("讲述了一个很长的故事"));
    }

    #[test]
    fn link_lists_inside_the_article_are_cleaned() {
        let body = para("正文段落，内容充实，观点清楚，论证有力", 6);
        let links: String = (0..10)
            .map(|i| format!("<li><a href=/{i}>相关文章标题{i}</a></li>"))
            .collect();
        let html = format!("<body><div id=x>{body}<ul>{links}</ul></div></body>");
        let s = scan(&html);
        let choice = choose(&s.nodes, Attempt::ALL[0]);
        let ul = s.nodes.iter().position(|n| n.tag == "ul").unwrap();
        assert!(choice.drop[ul]);
        let p = s.nodes.iter().position(|n| n.tag == "p").unwrap();
        assert!(!choice.drop[p]);
    }

    #[test]
    fn a_list_of_sentences_with_links_stays() {
        let body = para("正文段落，内容充实，观点清楚，论证有力", 6);
        let items: String = [
            ("Ankush Dua", "fixed an issue with revoked permissions"),
            ("gero", "removed the windowtype attribute"),
            ("manekenpix", "converted some DevTools code"),
            ("Neil", "improved the tab unloader"),
        ]
        .iter()
        .map(|(who, what)| format!("<li>{who} <a href=/b>{what}</a> this week</li>"))
        .collect();
        let html = format!("<body><div id=x>{body}<ul>{items}</ul></div></body>");
        let s = scan(&html);
        let choice = choose(&s.nodes, Attempt::ALL[0]);
        let ul = s.nodes.iter().position(|n| n.tag == "ul").unwrap();
        assert!(!choice.drop[ul]);
    }

    #[test]
    fn a_section_too_deep_to_score_joins_as_prose() {
        // The first part sits six layers below the shared parent, the rest two: only the
        // second part's container scores.
        let deep = "<div><div><div><div><div>".to_string()
            + &para("文章的开头部分，讲述了事情的起因和经过，内容很长", 5)
            + "</div></div></div></div></div>";
        let rest = para("文章的后半部分，讲述了事情的结果和影响，内容也很长", 12);
        let html = format!(
            "<body><div><div class=a>{deep}</div><div class=b><div>{rest}</div></div></div></body>"
        );
        let s = scan(&html);
        let choice = choose(&s.nodes, Attempt::ALL[0]);
        let first = s.nodes.iter().position(|n| n.tag == "p").unwrap();
        assert!(
            choice
                .roots
                .iter()
                .any(|&r| contains(&s.nodes, r as usize, first)),
            "roots {:?}",
            choice.roots
        );
    }

    #[test]
    fn an_embedded_post_the_article_quotes_stays() {
        let body = para(
            "The council met on Tuesday and, after a long debate, agreed to it",
            6,
        );
        let tweet = r#"<blockquote class="twitter-tweet"><p>Yes this is real and the state spent <a href="https://t.co/x">https://t.co/Nc0nKoXGBP</a></p>— Dianna (@dianna) <a href="https://twitter.com/d/status/1">November 18, 2019</a></blockquote>"#;
        let html = format!(
            "<body><div id=x>{body}<div>{tweet}</div>{body}<div class=social-media-embed>{tweet}</div></div></body>"
        );
        let s = scan(&html);
        let choice = choose(&s.nodes, Attempt::ALL[0]);
        for (i, n) in s.nodes.iter().enumerate() {
            if n.tag == "blockquote" {
                let wrapper = n.parent as usize;
                assert!(!choice.drop[i] && !choice.drop[wrapper], "quote {i} kept");
            }
        }
    }

    #[test]
    fn data_tables_stay_headline_tables_go() {
        let body = para("正文段落，内容充实，观点清楚，论证有力", 6);
        let row = |i: usize| {
            format!(
                "<tr><td><a href=/app{i}>Application number {i}</a></td><td>71.1 MB</td><td>13.4 MB (-81%)</td><td>8.0 MB (-89%)</td></tr>"
            )
        };
        let data: String = (0..6).map(row).collect();
        let headlines: String = (0..12)
            .map(|i| {
                format!("<tr><td><a href=/n{i}>相关新闻标题第{i}条，点击阅读全文</a></td></tr>")
            })
            .collect();
        let html = format!(
            "<body><div id=x>{body}<div><div><table>{data}</table></div></div>\
             <table id=related>{headlines}</table></div></body>"
        );
        let s = scan(&html);
        let choice = choose(&s.nodes, Attempt::ALL[0]);
        let tables: Vec<usize> = s
            .nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| n.tag == "table")
            .map(|(i, _)| i)
            .collect();
        // The data table and the divs around it stay (its first column is links).
        assert!(!choice.drop[tables[0]]);
        assert!(!choice.drop[s.nodes[tables[0]].parent as usize]);
        assert!(choice.drop[tables[1]]);
    }

    #[test]
    fn a_div_of_text_alone_scores_like_a_paragraph() {
        // Two text-only divs around a list of links: as paragraphs they score their shared
        // parent, which becomes the article with the lines between them (scoring themselves,
        // each div outscored the parent that the links dilute).
        let text = "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod \
                    tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, \
                    quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo \
                    consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse \
                    cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat";
        let links = "<p><a href=/a>link</a></p>".repeat(8);
        let html = format!(
            "<body><article><h1>Title</h1><div>{text}</div><p>Links</p>{links}\
             <h2>Second part</h2><div>{text}</div></article><aside>x</aside></body>"
        );
        let s = scan(&html);
        let choice = choose(&s.nodes, Attempt::ALL[0]);
        let article = s.nodes.iter().position(|n| n.tag == "article").unwrap();
        assert_eq!(choice.roots, vec![article as NodeId]);
    }

    #[test]
    fn a_list_of_links_with_long_titles_does_not_outscore_a_short_post() {
        let threads: String = (0..40)
            .map(|i| {
                format!("<li><a href=/t{i}>网友发帖的标题，第{i}个讨论，大家都来看看吧</a>【用户{i}】08-11 16:58</li>")
            })
            .collect();
        let html = format!(
            "<body><table><tr><td><p>导游的收入很大一部分来自购物的回扣，这是业内的行规，境内游境外游都是这样的，属于国际惯例。以国内游为例，回扣一般在购物额的百分之十左右。</p></td></tr></table>\
             <table><tr><td><ul>{threads}</ul></td></tr></table></body>"
        );
        let s = scan(&html);
        let choice = choose(&s.nodes, Attempt::ALL[0]);
        let p = s.nodes.iter().position(|n| n.tag == "p").unwrap();
        let ul = s.nodes.iter().position(|n| n.tag == "ul").unwrap();
        assert!(
            choice
                .roots
                .iter()
                .any(|&r| contains(&s.nodes, r as usize, p))
        );
        assert!(
            !choice
                .roots
                .iter()
                .any(|&r| contains(&s.nodes, r as usize, ul))
        );
    }

    #[test]
    fn runs_of_link_paragraphs_are_dropped_a_single_one_stays() {
        let body = para("正文段落，内容充实，观点清楚，论证有力", 6);
        let single = "<p><a href=/report>阅读完整的调查报告全文</a></p>";
        let related: String = (0..4)
            .map(|i| format!("<p><a href=/r{i}>相关的另一篇新闻报道标题{i}</a></p>"))
            .collect();
        let html = format!("<body><div id=x>{body}{single}{body}{related}</div></body>");
        let links = dropped(&html, |n| n.tag == "p" && n.link_len > 0);
        assert_eq!(links, vec![false, true, true, true, true]);
    }

    #[test]
    fn caption_copies_go_refrains_stay() {
        let body = para("正文段落，内容充实，观点清楚，论证有力", 6);
        let caption = "图为工人们在工地上忙碌地工作，远处是正在建设中的新大桥";
        let refrain = "<p>这一段是文章里反复出现的副歌，每一节都会重复一次。</p>";
        let html = format!(
            "<body><div id=x>{body}<div class=full><p>{caption}</p></div>\
             <div class=short><p>{caption}</p></div>{refrain}{body}{refrain}</div></body>"
        );
        let dropped = dropped(&html, |n| n.tag == "p" && n.text.commas < 3);
        assert_eq!(dropped, vec![false, true, false, false]);
    }

    #[test]
    fn a_long_caption_repeated_by_a_second_gallery_goes_a_short_line_stays() {
        let body = para("正文段落，内容充实，观点清楚，论证有力", 8);
        let caption = "In this Sunday, Nov. 10, 2019, photograph, a long row of unsold \
                       vehicles sits at a dealership in Littleton, Colo.";
        let short =
            "<div class=a><p>The photographs below were taken by our staff on the day.</p></div>";
        let gallery = format!(
            "<div class=full><p>{caption}</p></div><div class=short><p>{caption}</p></div>"
        );
        let html = format!("<body><div id=x>{gallery}{short}{body}{gallery}{short}</div></body>");
        let dropped = dropped(&html, |n| n.tag == "p" && n.text.cjk == 0);
        assert_eq!(dropped, vec![false, true, false, true, true, false]);
    }

    #[test]
    fn no_paragraphs_falls_back_to_body() {
        let s = scan("<html><body><span>short</span></body></html>");
        let choice = choose(&s.nodes, Attempt::ALL[0]);
        assert_eq!(s.nodes[choice.roots[0] as usize].tag, "body");
    }
}
