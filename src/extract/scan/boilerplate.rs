//! Boilerplate lines: credits, datelines, share prompts, counters, pagination, legal notices
//! — tested per block and per line, so pass 2 can leave them out.

use super::*;

/// The first fragment of every boilerplate pattern (pattern `i` of the automaton is
/// [`h::BOILERPLATE_PATTERNS`]`[i]`): one pass finds the patterns whose first fragment a block
/// holds, and only those are tried.
pub(super) static BOILERPLATE_FIRST: LazyLock<SplitPatterns> = LazyLock::new(|| {
    SplitPatterns::new(
        h::BOILERPLATE_PATTERNS
            .iter()
            .filter_map(|(frags, _)| frags.first().copied()),
    )
});
/// [`h::BOILERPLATE_PREFIXES`], then the breadcrumb labels, with the longest block each may
/// remove.
pub(super) static BOILERPLATE_PREFIX_LIMITS: LazyLock<Vec<(&str, u32)>> = LazyLock::new(|| {
    let breadcrumbs = h::BREADCRUMB_LABELS
        .iter()
        .map(|l| (*l, h::BREADCRUMB_LINE_MAX_CHARS));
    h::BOILERPLATE_PREFIXES
        .iter()
        .copied()
        .chain(breadcrumbs)
        .collect()
});
pub(super) static BOILERPLATE_PREFIX_INDEX: LazyLock<Prefixes> =
    LazyLock::new(|| Prefixes::new(BOILERPLATE_PREFIX_LIMITS.iter().map(|(p, _)| *p)));
/// Dateline prefixes without their closing space, which stands for any whitespace
/// ([`starts_with_word`]).
pub(super) static DATELINE_PREFIX_INDEX: LazyLock<Prefixes> =
    LazyLock::new(|| Prefixes::new(h::DATELINE_PREFIXES.iter().map(|p| p.trim_end_matches(' '))));
/// [`h::LINK_LIST_LABELS`], and the same without a closing colon (a label alone is compared
/// with its colon, and what follows it, trimmed off).
pub(super) static LINK_LABEL_INDEX: LazyLock<Prefixes> =
    LazyLock::new(|| Prefixes::new(h::LINK_LIST_LABELS.iter().copied()));
pub(super) static BARE_LINK_LABEL_INDEX: LazyLock<Prefixes> =
    LazyLock::new(|| Prefixes::new(h::LINK_LIST_LABELS.iter().map(|l| l.trim_end_matches(':'))));
pub(super) static BOILERPLATE_MAX_CHARS: LazyLock<u32> = LazyLock::new(|| {
    h::BOILERPLATE_PATTERNS
        .iter()
        .map(|(_, max)| *max)
        .max()
        .unwrap_or(0)
});

/// A block closed: test its text for boilerplate and hand short lines to metadata.
pub(super) fn test_block(st: &mut State, buf: &BlockBuf) {
    let after_link_label = st.after_link_label;
    let node = &mut st.scan.nodes[buf.id as usize];
    if buf.last.is_some_and(crate::text::is_sentence_end) {
        node.flags |= flag::ENDS_SENTENCE;
    }
    if node.text.chars == 0 {
        return;
    }
    let chars = node.text.chars;
    let trimmed = crate::text::trim(&buf.prefix);
    let mostly_links = is_mostly_links(node.link_len, node.text.len);
    node.text_hash = hash_str(trimmed) ^ chars;
    // Only a paragraph of links is dropped for capitals (`score`).
    if node.link_len > 0 && is_shouted(trimmed) {
        node.flags |= flag::SHOUTED;
    }
    let in_data = node.flags & flag::IN_TABLE_OR_CODE != 0;
    let (links, label_alone) = is_link_list_line(
        trimmed,
        chars,
        mostly_links,
        after_link_label,
        in_data,
        true,
    );
    let probe = LineProbe::new(trimmed);
    // In a dropped subtree (this block's, or one around it: its counter is down already when
    // the block is the dropped element) the flag would change nothing.
    let dropped = st.dropped > 0 || node.has(flag::DROP_TAG | flag::HIDDEN);
    let boilerplate = links
        || (!dropped
            && !is_photo_caption(trimmed)
            && is_boilerplate_line(&probe, chars, in_data, in_data || is_cell(node.tag)));
    if chars <= h::NOTICE_HEADING_MAX_CHARS
        && h::NOTICE_HEADINGS.iter().any(|p| trimmed.starts_with(p))
    {
        node.flags |= flag::NOTICE | flag::BOILERPLATE;
    }
    if boilerplate {
        node.flags |= flag::BOILERPLATE;
    }
    let tag = node.tag;
    st.after_link_label = label_alone;
    st.scan.meta.observe_block(buf.id, tag, chars, &probe);
}

/// Whether links hold most of a text's weighted length.
pub(super) fn is_mostly_links(link_len: u32, len: u32) -> bool {
    link_len as f32 >= len as f32 * h::LINK_LIST_MIN_DENSITY
}

/// The link-list tests of a block or line (`chars` non-space characters, trimmed): a
/// related-links label alone, a list of links after a label (on the same line, or alone on
/// the line before: `after_label`), a page list. Returns whether it is boilerplate, and
/// whether it is a label alone. `pages`: also a page list (a block of its own; inside a block,
/// a "Next" link steps through a carousel or a tour).
pub(super) fn is_link_list_line(
    trimmed: &str,
    chars: u32,
    mostly_links: bool,
    after_label: bool,
    in_data: bool,
    pages: bool,
) -> (bool, bool) {
    // A Chinese label must end where a separator follows (相关文章：…), not run into a
    // headline that happens to begin with it (相关文章标题).
    let link_label = |t: &str| {
        LINK_LABEL_INDEX.of(t).any(|i| {
            let l = h::LINK_LIST_LABELS[i];
            l.is_ascii()
                || t[l.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| h::LINK_LIST_LABEL_ENDS.contains(c))
        })
    };
    let label_alone = chars <= h::LINK_LIST_LABEL_MAX_CHARS && {
        let bare = trimmed.trim_end_matches([':', '：', ' ', '>', '»']);
        BARE_LINK_LABEL_INDEX
            .of(bare)
            .any(|i| h::LINK_LIST_LABELS[i].trim_end_matches(':').len() == bare.len())
    };
    let boilerplate = label_alone
        || (chars <= h::LINK_LIST_MAX_CHARS
            && mostly_links
            && (after_label || link_label(trimmed)))
        || (pages
            && chars <= h::PAGINATION_MAX_CHARS
            && mostly_links
            && !in_data
            && is_pagination_line(trimmed));
    (boilerplate, label_alone)
}

/// A list item or table cell: a date alone there is data, not a timestamp line.
pub(super) fn is_cell(tag: &str) -> bool {
    matches!(tag, "li" | "dd" | "dt" | "td" | "th")
}

/// Whether a line of text (`chars` non-space characters, trimmed) is boilerplate on its own:
/// a photo credit or teaser label, a dateline or timestamp, a byline, a counter, an editor or
/// copyright line. `in_data`: inside a table or code, where comment counts are data;
/// `in_cell`: there or in a list item or cell, where a date alone is data.
pub(super) fn is_boilerplate_line(
    line: &LineProbe,
    chars: u32,
    in_data: bool,
    in_cell: bool,
) -> bool {
    let trimmed = line.text();
    BOILERPLATE_PREFIX_INDEX
        .of(trimmed)
        .any(|i| chars <= BOILERPLATE_PREFIX_LIMITS[i].1)
        || (chars <= h::DATELINE_MAX_CHARS
            && DATELINE_PREFIX_INDEX
                .of(trimmed)
                .any(|i| starts_with_word(trimmed, h::DATELINE_PREFIXES[i]))
            && (has_date(line) || (has_clock_time(trimmed) && !by_clock_time(trimmed))))
        || (chars <= h::DATE_FIRST_MAX_CHARS && is_date_first_line(line))
        || (chars <= h::TIMESTAMP_LINE_MAX_CHARS && !in_cell && is_timestamp_line(line))
        || (chars <= h::BYLINE_LINE_MAX_CHARS && is_byline_line(line))
        || (chars <= h::CREDIT_MAX_CHARS && h::CREDIT_SUFFIXES.iter().any(|s| trimmed.ends_with(s)))
        || (chars <= h::COUNTED_CAPTION_MAX_CHARS && is_counter(trimmed))
        || (chars <= h::TEASER_MAX_CHARS && h::TEASER_ENDS.iter().any(|e| trimmed.ends_with(e)))
        || (chars <= h::HASHTAG_LINE_MAX_CHARS && is_hashtag_line(trimmed))
        || (chars <= h::SHARE_LINE_MAX_CHARS && is_share_line(trimmed))
        || (chars <= h::TAG_LINE_MAX_CHARS && !in_data && is_tag_line(trimmed))
        || (!in_data && is_comment_count(trimmed))
        || (chars <= *BOILERPLATE_MAX_CHARS
            && BOILERPLATE_FIRST.any_overlapping(trimmed, line.has_wide(), |i| {
                let (frags, max) = h::BOILERPLATE_PATTERNS[i];
                chars <= max && contains_in_order(trimmed, frags)
            }))
}

/// Whether `text` starts with `prefix`, where a space ending `prefix` stands for any
/// whitespace ("By\n<a>Name</a>").
pub(super) fn starts_with_word(text: &str, prefix: &str) -> bool {
    match prefix.strip_suffix(' ') {
        Some(word) => text
            .strip_prefix(word)
            .is_some_and(|rest| rest.starts_with(char::is_whitespace)),
        None => text.starts_with(prefix),
    }
}

/// "By 11:30 PM the square was empty": "By" and no name after it, a sentence.
pub(super) fn by_clock_time(text: &str) -> bool {
    ["By", "BY"].iter().any(|by| {
        text.strip_prefix(by).is_some_and(|rest| {
            !rest
                .trim_start()
                .starts_with(|c: char| c.is_ascii_uppercase())
        })
    })
}

/// Whether `text` holds a clock time of the 12-hour kind ("11:04 PM", "11:08 a.m.").
pub(super) fn has_clock_time(text: &str) -> bool {
    let b = text.as_bytes();
    (1..b.len().saturating_sub(2)).any(|i| {
        b[i] == b':'
            && b[i - 1].is_ascii_digit()
            && b[i + 1].is_ascii_digit()
            && b.get(i + 2).is_some_and(u8::is_ascii_digit)
            && {
                let rest = text[i + 3..].trim_start();
                ["AM", "PM", "a.m.", "p.m.", "am", "pm"]
                    .iter()
                    .any(|m| rest.starts_with(m))
            }
    })
}

/// Whether `text` is in capitals: enough Latin letters, none of them lowercase (ASCII case
/// only: the Unicode case tables would cost the wasm module kilobytes for this one test).
pub(super) fn is_shouted(text: &str) -> bool {
    let mut upper = 0;
    for c in text.chars() {
        if c.is_ascii_lowercase() {
            return false;
        }
        upper += usize::from(c.is_ascii_uppercase());
    }
    upper >= h::SHOUTED_MIN_LETTERS
}

/// Whether `text` holds a date: numeric (2019-11-18, 2019年11月18日) or English (Nov. 18, 2019).
pub(super) fn has_date(line: &LineProbe) -> bool {
    let text = line.text();
    line.date_start().is_some()
        || (text
            .as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit) && (w[0] == b'1' || w[0] == b'2'))
            && h::MONTHS.iter().any(|m| text.contains(m)))
}

/// "Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m.": dates, times and their labels, nothing
/// else.
pub(super) fn is_timestamp_line(line: &LineProbe) -> bool {
    if !has_date(line) {
        return false;
    }
    // Whether `s` has at most the allowed letters (counting stops past them).
    let few_letters = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphabetic())
            .take(h::TIMESTAMP_MAX_OTHER_LETTERS + 1)
            .count()
            <= h::TIMESTAMP_MAX_OTHER_LETTERS
    };
    // Taking words out only removes letters: few letters to begin with settle it.
    if few_letters(line.text()) {
        return true;
    }
    let mut rest = line.text().to_string();
    for w in h::TIMESTAMP_WORDS.iter().chain(h::MONTHS) {
        if rest.contains(w) {
            rest = rest.replace(w, " ");
        }
    }
    few_letters(&rest)
}

/// "2022.01.20 16:31 来源：河南日报客户端": starts with a date, carries a metadata label.
pub(super) fn is_date_first_line(line: &LineProbe) -> bool {
    let text = line.text();
    line.date_start() == Some(0)
        && !text.contains(h::PROSE_PUNCTUATION)
        && h::DATE_FIRST_LABELS.iter().any(|l| text.contains(l))
}

/// "光明日报记者 王建宏 张文攀": an author line (see [`h::BYLINE_LINE_MARKERS`]).
pub(super) fn is_byline_line(line: &LineProbe) -> bool {
    let text = line.text();
    // The markers first: most lines have none, and the automaton skips ahead by bytes where
    // the punctuation test decodes every character.
    ((line.has_wide() && BYLINE_MARKERS.is_match(text)) || line.starts_with_label())
        && !text.contains(h::PROSE_PUNCTUATION)
}

pub(super) static BYLINE_MARKERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    crate::text::automaton()
        .build(h::BYLINE_LINE_MARKERS)
        .expect("valid markers")
});

/// A caption that closes with its photographer (`这次生育对小李的身体影响很大 本报记者 惠禾 摄`),
/// not a photo credit alone (`新华社记者 张三 摄`, `张三/摄`): kept, as a line of running text
/// and as a block of its own under a picture (a reader shows captions).
pub(super) fn is_photo_caption(text: &str) -> bool {
    let Some(body) = text.strip_suffix(['摄', '攝']) else {
        return false;
    };
    // What comes before the credit: before its marker (`本报记者`), else before the name.
    let lead = match BYLINE_MARKERS.find(body) {
        Some(m) => &body[..m.start()],
        None => body
            .trim_end()
            .trim_end_matches(['/', '／'])
            .rsplit_once(char::is_whitespace)
            .map_or("", |(lead, _)| lead),
    };
    lead.trim().chars().count() > h::CAPTION_CREDIT_MAX_LEAD
}

/// After a legal notice's heading, the rest of its parent is the notice (when short enough).
pub(super) fn mark_notices(nodes: &mut [Node]) {
    for i in 0..nodes.len() {
        if nodes[i].flags & flag::NOTICE == 0 {
            continue;
        }
        let (start, stop) = (
            nodes[i].end as usize + 1,
            nodes[nodes[i].parent as usize].end as usize,
        );
        // Bounded: a notice is a few elements, so a page of thousands of notice headings
        // costs thousands of short looks, not a look at the rest of the page each.
        if start > stop || stop + 1 - start > h::NOTICE_MAX_NODES {
            continue;
        }
        let Some(rest) = nodes.get_mut(start..=stop) else {
            continue;
        };
        if rest.iter().map(|n| n.text.chars).sum::<u32>() <= h::NOTICE_MAX_CHARS {
            for n in rest {
                n.flags |= flag::BOILERPLATE;
            }
        }
    }
}

/// A line of hashtags and nothing else: `#天文航天#月球#中国航天 #嫦娥五号`, `#AI #opensource`,
/// `#嫦娥五号#`. One `#` is not enough: `#洞窟艺术` may be a section's heading.
pub(super) fn is_hashtag_line(text: &str) -> bool {
    if !text.starts_with(['#', '＃']) {
        return false;
    }
    let marks = text.chars().filter(|c| matches!(c, '#' | '＃')).count();
    marks >= 2
        && text.split_whitespace().all(|t| t.starts_with(['#', '＃']))
        && text.chars().any(char::is_alphanumeric)
}

/// A share bar's links alone ([`h::SHARE_TARGETS`]), with the icon-font glyphs (private use
/// characters) that sites set before them (`\u{e608}微信 \u{e609}微博`).
pub(super) fn is_share_line(text: &str) -> bool {
    let mut words = 0;
    for word in text.split_whitespace() {
        let word = word.trim_matches(|c| ('\u{E000}'..='\u{F8FF}').contains(&c));
        if word.is_empty() {
            continue;
        }
        if !h::SHARE_TARGETS.contains(&word) {
            return false;
        }
        words += 1;
    }
    words >= 2
}

/// Short words between bars, no sentence ([`h::TAG_LINE_MAX_CHARS`]).
pub(super) fn is_tag_line(text: &str) -> bool {
    // Most short lines hold no bar: found by one byte search for `|` and the last byte of
    // `｜` (EF BD 9C), without decoding the line (a substring search of a short line costs
    // its set-up).
    let b = text.as_bytes();
    if !memchr::memchr2_iter(b'|', 0x9C, b).any(|i| b[i] == b'|' || b[..i].ends_with(&[0xEF, 0xBD]))
    {
        return false;
    }
    let parts = text.split(['|', '｜']);
    let mut n = 0;
    for part in parts {
        let part = part.trim();
        if part.is_empty()
            || part.chars().count() > h::TAG_PART_MAX_CHARS
            || part.contains(['，', '。', '！', '？', '：', ',', '.', '!', '?', ':'])
        {
            return false;
        }
        n += 1;
    }
    n >= h::TAG_LINE_MIN_PARTS
}

/// A slideshow counter, alone or leading its caption: "Image 2 of 5", "Image 2 of 5 A
/// shopper…", "1of4Grass Valley's…" (without a counter word only in the glued form).
pub(super) fn is_counter(text: &str) -> bool {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let counted = |s: &str, spaced: bool| {
        let n = digits(s);
        let rest = &s[n..];
        let rest = if spaced { rest.trim_start() } else { rest };
        n > 0
            && rest.strip_prefix("of").is_some_and(|rest| {
                let rest = if spaced { rest.trim_start() } else { rest };
                digits(rest) > 0
            })
    };
    match h::COUNTER_WORDS.iter().find_map(|w| text.strip_prefix(w)) {
        Some(rest) => counted(rest, true),
        None => counted(text, false),
    }
}

/// "12 comments", "comments", "0评论": a comment counter alone.
pub(super) fn is_comment_count(text: &str) -> bool {
    let rest = text
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ',')
        .trim_start();
    h::COMMENT_COUNT_WORDS.contains(&rest)
}

/// `【1】【2】【3】`, `上一页 1 2 3 下一页`, `« Prev 1 2 Next »`: page numbers and page-list
/// words, at least two numbers or one word.
pub(super) fn is_pagination_line(text: &str) -> bool {
    // Most short link blocks (navigation) fail on their first characters, before any copy.
    static ALLOWED: LazyLock<Vec<char>> = LazyLock::new(|| {
        let mut chars: Vec<char> = h::PAGINATION_WORDS
            .iter()
            .flat_map(|w| w.chars())
            .chain(h::PAGINATION_MARKS.chars())
            .collect();
        chars.sort_unstable();
        chars.dedup();
        chars
    });
    let allowed = |c: char| c.is_ascii_digit() || ALLOWED.binary_search(&c).is_ok();
    if !text.chars().all(allowed) {
        return false;
    }
    let mut rest = text.to_string();
    let mut words = 0;
    for w in h::PAGINATION_WORDS {
        if rest.contains(w) {
            words += 1;
            rest = rest.replace(w, " ");
        }
    }
    let numbers = rest
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty())
        .count();
    rest.chars()
        .all(|c| c.is_ascii_digit() || h::PAGINATION_MARKS.contains(c))
        && (numbers >= 2 || words >= 1)
}
