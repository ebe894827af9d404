//! Node statistics: text attributed to the nearest open block, split in lines at `<br>` and
//! child blocks; links, captures and the end of each element as it pops.

use super::*;

/// [`Node::text_hash`] of a block whose whole text is `text` (trimmed).
pub fn text_hash(text: &str) -> u32 {
    let text = text.trim();
    hash_str(text) ^ TextStats::of(text).chars
}

pub(super) fn hash_str(s: &str) -> u32 {
    // FNV-1a: stable across runs, no allocation; collisions only cost a sibling bonus.
    s.bytes().fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    }) | 1
}

/// A text node of the document (`start..end` of the input, raw as in the source), of `kind`.
pub(super) fn data_text(st: &mut State, html: &str, start: usize, end: usize, kind: TextKind) {
    let Some(raw) = html.get(start..end).filter(|r| !r.is_empty()) else {
        return;
    };
    let span = Span::of(start..end);
    st.scan.events.push(if kind == TextKind::Data {
        Event::Text(span)
    } else {
        Event::Literal(span)
    });
    if st.annotation > 0 {
        return;
    }
    // Whitespace between tags (most text nodes): no reference to decode, nothing to count;
    // only the captured texts take it (it separates their words).
    let blank = raw
        .bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'));
    let text = if blank {
        Cow::Borrowed(raw)
    } else {
        crate::html::decode::text(raw, kind)
    };
    for Capture {
        text: buf,
        word_break,
        ..
    } in st.captures.iter_mut()
    {
        if buf.len() < h::BLOCK_TEXT_PREFIX_BYTES {
            // Not before punctuation: `By <a>Maria Lindqvist</a>, Local Affairs Reporter`.
            if std::mem::take(word_break)
                && text.starts_with(char::is_alphanumeric)
                && !buf.ends_with(is_space)
            {
                buf.push(' ');
            }
            buf.push_str(&text);
        }
    }
    if blank {
        // It still separates the words of a block's lines (`<span>作者：张三</span> <span>
        // 2024-06-05</span>`): one space, where the text so far does not end in one.
        if let Some(buf) = st.blocks.last_mut() {
            let open = |s: &String| !s.is_empty() && !s.ends_with(is_space);
            if buf.prefix.len() < h::BLOCK_TEXT_PREFIX_BYTES && open(&buf.prefix) {
                buf.prefix.push(' ');
            }
            if buf.splits > 0 && buf.line.len() < h::LINE_TEXT_BYTES && open(&buf.line) {
                buf.line.push(' ');
            }
        }
        return;
    }
    let stats = TextStats::of(&text);
    if stats.chars > 0 {
        let block = st.blocks.last_mut().map_or(0, |b| b.id);
        let node = &mut st.scan.nodes[block as usize];
        node.text.add(&stats);
        if st.links > 0 {
            node.link_len = node.link_len.saturating_add(stats.len);
        }
        if let Some(buf) = st.blocks.last_mut() {
            if buf.prefix.len() < h::BLOCK_TEXT_PREFIX_BYTES {
                buf.prefix.push_str(&text);
            }
            // The first line is the block's prefix (see `test_line`).
            if buf.splits > 0 && buf.line.len() < h::LINE_TEXT_BYTES {
                buf.line.push_str(&text);
            }
            buf.line_chars = buf.line_chars.saturating_add(stats.chars);
            buf.line_len = buf.line_len.saturating_add(stats.len);
            if st.links > 0 {
                buf.line_links = buf.line_links.saturating_add(stats.len);
            }
            buf.last = text.chars().rev().find(|c| !is_space(*c));
        }
    }
}

/// A link's edges, a block or a line break inside a byline container separate the words on
/// either side: a box with `<a>王文</a><span>中国人民大学重阳金融研究院执行院长</span>` names
/// 王文, then a title. (Phrasing and ruby elements do not: `國<ruby>產<rt>chǎn</rt></ruby>`;
/// nor anything in `<time>` and links' own texts: `2019-09-<b>07</b>`.)
pub(super) fn separate_captured_words(st: &mut State) {
    let nodes = &st.scan.nodes;
    for c in st.captures.iter_mut() {
        let byline = c.href.is_none() && nodes.get(c.id as usize).is_some_and(|n| n.tag != "time");
        c.word_break |= byline && !c.text.is_empty();
    }
}

/// Bookkeeping for elements that just closed.
pub(super) fn finish_popped(st: &mut State, popped: &mut Vec<NodeId>) {
    for id in popped.drain(..) {
        st.scan.events.push(Event::End(id));
        let tag = st.scan.nodes[id as usize].tag;
        match tag {
            "a" => {
                match st.unlinked.iter().position(|&a| a == id) {
                    Some(i) => {
                        st.unlinked.swap_remove(i);
                    }
                    None => st.links = st.links.saturating_sub(1),
                }
                if !st.captures.is_empty() {
                    separate_captured_words(st);
                }
            }
            "table" | "code" => st.table_or_code = st.table_or_code.saturating_sub(1),
            "rt" | "rp" => st.annotation = st.annotation.saturating_sub(1),
            _ => {}
        }
        let node = &st.scan.nodes[id as usize];
        if node.has(flag::DROP_TAG | flag::HIDDEN) && !node.has(flag::NO_CONTENT) {
            st.dropped = st.dropped.saturating_sub(1);
        }
        if st.captures.last().is_some_and(|c| c.id == id) {
            if let Some(Capture {
                text: mut buf,
                href,
                commenter,
                ..
            }) = st.captures.pop()
            {
                match href {
                    Some(href) => {
                        if let Some(kind) = crate::metadata::page_link(&buf) {
                            if st.scan.meta.next_link_spans.len() < h::MAX_PAGE_LINKS {
                                st.scan.meta.next_link_spans.push((id, kind, href));
                            }
                        }
                    }
                    None => st.scan.meta.observe_captured(id, tag, &buf, commenter),
                }
                buf.clear();
                st.free_buffers.push(buf);
            }
        }
        if st.blocks.len() > 1 && st.blocks.last().is_some_and(|b| b.id == id) {
            if let Some(buf) = st.blocks.pop() {
                finish_block(st, buf);
            }
            // The outer block's next line starts after the child.
            let next = u32::try_from(st.scan.events.len()).unwrap_or(u32::MAX);
            if let Some(outer) = st.blocks.last_mut() {
                outer.line_from = next;
            }
        }
    }
}

/// [`test_block`], then the block's text buffer goes back to the pool.
pub(super) fn finish_block(st: &mut State, mut buf: BlockBuf) {
    // The block's end ends its last line, when its text was split in lines.
    if buf.splits > 0 {
        buf.splits += 1;
        let end = st.scan.events.len();
        test_line(st, &mut buf, end);
    }
    test_block(st, &buf);
    let (mut prefix, mut line) = (buf.prefix, buf.line);
    prefix.clear();
    line.clear();
    st.free_buffers.push(prefix);
    st.free_buffers.push(line);
}

/// A `<br>` or a child block ends the current line of the innermost block (`end`: the index
/// of its event).
pub(super) fn close_line(st: &mut State, end: usize) {
    // Most lines that end are empty (whitespace between child blocks): nothing to test.
    if let Some(buf) = st.blocks.last_mut().filter(|b| b.line_chars == 0) {
        buf.splits = buf.splits.saturating_add(1);
        buf.line_after_label = false;
        buf.wrapped = false;
        next_line(buf, end);
        return;
    }
    let Some(mut buf) = st.blocks.pop() else {
        return;
    };
    buf.splits = buf.splits.saturating_add(1);
    buf.line_after_label = test_line(st, &mut buf, end);
    buf.wrapped = buf.line_chars >= h::WRAPPED_LINE_MIN_CHARS
        && !buf.last.is_some_and(crate::text::is_sentence_end);
    next_line(&mut buf, end);
    st.blocks.push(buf);
}

/// The block's next line starts after event `end`, empty.
pub(super) fn next_line(buf: &mut BlockBuf, end: usize) {
    buf.line.clear();
    buf.line_chars = 0;
    buf.line_len = 0;
    buf.line_links = 0;
    buf.line_from = u32::try_from(end + 1).unwrap_or(u32::MAX);
}

/// Leaves out a line of a block whose text is split in lines (events `line_from..end`) that
/// is boilerplate on its own. Returns whether the line is a related-links label alone.
pub(super) fn test_line(st: &mut State, buf: &mut BlockBuf, end: usize) -> bool {
    let chars = buf.line_chars;
    if buf.wrapped || chars == 0 || chars > h::LINE_TEST_MAX_CHARS {
        return false;
    }
    let node = &st.scan.nodes[buf.id as usize];
    let (in_data, tag) = (node.has(flag::IN_TABLE_OR_CODE), node.tag);
    // The first line is the block's prefix (its own text so far): whole if it stopped short
    // of its cap, else too long to be a line of boilerplate.
    let line = if buf.splits > 1 {
        &buf.line
    } else if buf.prefix.len() < h::BLOCK_TEXT_PREFIX_BYTES {
        &buf.prefix
    } else {
        return false;
    };
    let trimmed = crate::text::trim(line);
    if trimmed.starts_with(crate::text::is_clause_punct) || is_photo_caption(trimmed) {
        return false;
    }
    let mostly_links = is_mostly_links(buf.line_links, buf.line_len);
    let (links, label_alone) = is_link_list_line(
        trimmed,
        chars,
        mostly_links,
        buf.line_after_label,
        in_data,
        false,
    );
    let probe = LineProbe::new(trimmed);
    if links || is_boilerplate_line(&probe, chars, in_data, in_data || is_cell(tag)) {
        let end = u32::try_from(end).unwrap_or(u32::MAX);
        st.scan.dropped_lines.push((buf.line_from, end));
        // Out of the text, still read for metadata: a credit or a dateline names the
        // author or the time.
        st.scan.meta.observe_block(buf.id, "", chars, &probe);
    }
    label_alone
}

pub(super) fn finish_block_root(st: &mut State) {
    while let Some(buf) = st.blocks.pop() {
        finish_block(st, buf);
    }
}
