//! The byline: declared authors, credit lines (作者：, 记者, By …), names before a dateline,
//! and the copyright holder as a last resort.

use super::*;

pub(super) fn byline(
    raw: &RawMeta,
    ld: &JsonLd,
    (article_start, article_end): (NodeId, NodeId),
) -> Option<String> {
    let clean = |s: &str| -> Option<String> {
        let s = collapse(s);
        let s = strip_author_label(&s);
        let s = byline_before_dateline(&s);
        let s = without_furniture(&s)?;
        let n = s.chars().count();
        (n > 0 && n <= 100 && !EDITOR_LABELS.iter().any(|l| s.contains(l))).then_some(s)
    };
    let declared = ld.author.as_deref().and_then(clean).or_else(|| {
        raw.meta(&[
            // Readability's order: Dublin Core's creator before a plain `author`.
            "dc:creator",
            "dcterm:creator",
            "author",
            "citation_author",
            "citation_authors",
            "parsely-author",
            "article:author",
            "og:article:author",
            "sailthru.author",
            "byl",
        ])
        .filter(|a| !a.starts_with("http"))
        .and_then(clean)
        // The portal's own name (`网易` on a page titled `…_网易新闻`) names neither the
        // author nor the story's source.
        .filter(|a| !is_site_brand(a, raw.title.as_deref().unwrap_or_default()))
    });
    // A Chinese credit in a byline container is read as a credit line (`記者陳大文／台北報導` →
    // 陳大文); other text is the byline as it stands.
    let element = || {
        raw.bylines.iter().find_map(|(_, t)| {
            let cjk = t.chars().any(crate::text::is_cjk);
            let credit = || author_from_line(&collapse(t)).filter(|_| cjk);
            let name_first = || leading_name(&collapse(t)).filter(|_| cjk);
            // The box's text as it stands only when short: Drupal classes a whole post
            // `author-…`, whose text `clean` would cut at its first date.
            let short = || t.chars().count() <= BYLINE_BOX_MAX_CHARS;
            credit()
                .or_else(name_first)
                .or_else(|| short().then(|| clean(t)).flatten())
        })
    };
    let visible = || {
        // Visible labels, nearest to the article start first. Far below the article, a
        // credit belongs to a comment or to a widget's story (`by Taboola`), as a date does.
        let mut lines: Vec<&(NodeId, String)> = raw
            .lines
            .iter()
            .filter(|(id, _)| *id <= article_end.saturating_add(DATE_AFTER_ARTICLE_NODES))
            .collect();
        lines.sort_by_key(|(id, _)| id.abs_diff(article_start));
        let (at, names) = lines
            .iter()
            .find_map(|(id, line)| author_from_line(line).map(|n| (*id, n)))?;
        Some(with_credit_lines(raw, at, names))
    };
    // Names alone in parentheses on a line closing the article: `（袁源）`.
    let closing = || {
        raw.lines
            .iter()
            .filter(|(id, _)| {
                (article_start..=article_end.saturating_add(DATE_AFTER_ARTICLE_NODES)).contains(id)
            })
            .find_map(|(_, line)| {
                let inner = line.strip_prefix(['（', '('])?.strip_suffix(['）', ')'])?;
                names_alone(inner)
            })
    };
    // A source that is a person's name alone (`来源: 尹娟`) rather than an outlet, when the
    // page credits no one else: the reporter the story came from.
    let source_person = || {
        raw.lines.iter().find_map(|(_, line)| {
            if !has_source_label(line) {
                return None;
            }
            SOURCE_LABELS.iter().find_map(|l| {
                let i = line.find(l)?;
                let rest = line[i + l.len()..].trim_start_matches(CREDIT_SEPARATORS);
                let name = cut_at_label(rest.split_whitespace().next().unwrap_or(""));
                names_alone(&name).filter(|n| !looks_like_outlet(n))
            })
        })
    };
    // Many Chinese sites put the company in `<meta name=author>` (大汉网络, 51offer.com): a
    // person named on the page wins over an outlet, which is kept only when nothing else is.
    let person = |s: &Option<String>| s.clone().filter(|s| !looks_like_outlet(s));
    person(&declared)
        .or_else(|| person(&element()))
        .or_else(visible)
        .or_else(closing)
        .or_else(source_person)
        .or(declared)
        .or_else(element)
}

/// A byline candidate without what pages put around or instead of a name, or `None` when
/// nothing of a name is left: no letters (`104363`, a user id), a template's placeholder once
/// its email address is out (`name, email@gmail.com`), a label for the text after it
/// (`黄斌汉：` before a teaser's title), a breadcrumb, a list's heading (`相关文章`), source and
/// date labels (a credit line, read by [`author_from_line`] for what it names), or a follow
/// button after the name.
pub(super) fn without_furniture(s: &str) -> Option<String> {
    if !s.chars().any(char::is_alphabetic) || s.ends_with(['：', ':']) {
        return None;
    }
    let separators =
        s.matches(" > ").count() + s.chars().filter(|c| matches!(c, '»' | '›')).count();
    if separators >= BREADCRUMB_SEPARATORS_MIN
        || LINK_LIST_LABELS.iter().any(|l| s.starts_with(l))
        || BREADCRUMB_LABELS
            .iter()
            .chain(SOURCE_LABELS)
            .chain(DATE_LABELS)
            .any(|l| s.contains(l))
    {
        return None;
    }
    let email = |t: &&str| {
        t.split_once('@')
            .is_some_and(|(_, host)| host.contains('.'))
    };
    let s = if s.contains('@') {
        let mut kept = String::new();
        for t in s.split_whitespace().filter(|t| !email(t)) {
            if !kept.is_empty() {
                kept.push(' ');
            }
            kept.push_str(t);
        }
        kept.trim_end_matches([',', ';', '，', '；', '<', '('])
            .to_string()
    } else {
        s.to_string()
    };
    let s = without_page_actions(&s).to_string();
    (!s.is_empty() && !is_placeholder_author(&s)).then_some(s)
}

/// What a template prints where it knows no author ([`PLACEHOLDER_AUTHORS`]).
pub(super) fn is_placeholder_author(name: &str) -> bool {
    PLACEHOLDER_AUTHORS
        .iter()
        .any(|p| name.eq_ignore_ascii_case(p))
}

/// `name` without the page actions after it ([`TRAILING_PAGE_ACTIONS`]).
pub(super) fn without_page_actions(name: &str) -> &str {
    let mut name = name.trim_end();
    while let Some(head) = TRAILING_PAGE_ACTIONS
        .iter()
        .find_map(|a| name.strip_suffix(a))
    {
        name = head.trim_end();
    }
    name
}

/// Whether `name` is the site's brand: a part of the page's `<title>` is the name plus an
/// outlet's ending (`网易` in `标题_网易新闻`, `网易财经`).
pub(super) fn is_site_brand(name: &str, title: &str) -> bool {
    !name.is_empty()
        && title
            .split(TITLE_SEPARATORS)
            .skip(1)
            .filter_map(|part| part.trim().strip_prefix(name))
            .any(|rest| OUTLET_SUFFIXES.contains(&rest))
}

/// The person named alone on a copyright line: `Copyright © 李建忠`, `版权所有 © 2005 张三`.
pub(super) fn copyright_holder(raw: &RawMeta) -> Option<String> {
    // The leftmost label of a line, in one pass (a substring search per label, each set up
    // anew, costs more than the short line it searches).
    static FIRST_LABEL: LazyLock<AhoCorasick> = LazyLock::new(|| {
        crate::text::automaton()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(COPYRIGHT_LABELS)
            .expect("valid labels")
    });
    raw.lines.iter().rev().find_map(|(_, line)| {
        let at = FIRST_LABEL.find(line.as_str())?.start();
        let rest = line[at..].trim_start_matches(|c: char| {
            c.is_ascii_alphabetic() || c.is_ascii_digit() || " ©()-–,.:：\u{a0}".contains(c)
        });
        let rest = COPYRIGHT_LABELS
            .iter()
            .find_map(|l| rest.strip_prefix(l))
            .unwrap_or(rest)
            .trim_start_matches(|c: char| c.is_ascii_digit() || " ©-–,\u{a0}".contains(c));
        names_alone(rest.trim())
    })
}

/// The byline read from the line at node `at`, joined (in page order) by the names on short
/// credit lines next to it: `本报实习生 刘国栋 周炜` over `本报记者 王燕平 方云凤`.
pub(super) fn with_credit_lines(raw: &RawMeta, at: NodeId, names: String) -> String {
    let near = |id: NodeId| id != at && id.abs_diff(at) <= CO_CREDIT_LINE_NODES;
    // The label opens the line, maybe after the outlet (`本报实习生`).
    let credit = |line: &str| {
        if line.chars().count() > BARE_LABEL_LINE_MAX_CHARS {
            return None;
        }
        CO_CREDIT_LABELS.iter().find_map(|l| {
            let i = line.find(l).filter(|&i| line[..i].chars().count() <= 2)?;
            let names = names_at(line[i + l.len()..].trim_start_matches(CREDIT_SEPARATORS));
            (!names.is_empty()).then_some(names)
        })
    };
    let mut parts: Vec<(NodeId, String)> = raw
        .lines
        .iter()
        .filter(|(id, _)| near(*id))
        .filter_map(|(id, line)| credit(line).map(|n| (*id, n)))
        .collect();
    if parts.is_empty() {
        return names;
    }
    parts.push((at, names));
    parts.sort_by_key(|(id, _)| *id);
    let mut all: Vec<&str> = vec![];
    for name in parts.iter().flat_map(|(_, n)| n.split(' ')) {
        if !all.contains(&name) {
            all.push(name);
        }
    }
    all.join(" ")
}

/// A byline container's text up to a dateline or a "more articles" link run into it, with
/// nothing left when only a label or a date remains (`By`, `Updated Nov 19, 6:55 AM;`).
pub(super) fn byline_before_dateline(s: &str) -> String {
    let end = BYLINE_ENDS
        .iter()
        .filter_map(|w| s.find(w))
        .chain(date::find_date(s).map(|d| d.start))
        .min();
    // Punctuation is trimmed only where a dateline was cut off (`Nicolas Perriault —` stays).
    let head = match end {
        Some(end) => {
            s[..end].trim_end_matches(|c: char| c.is_whitespace() || ",;|·-–—".contains(c))
        }
        None => s,
    };
    if matches!(head, "By" | "by" | "BY" | "By:" | "by:") {
        return String::new();
    }
    head.to_string()
}

/// Whether a byline names an organisation rather than a person: a domain or an outlet's name
/// (…网, …报社, … Team, … Publishers). (Not "equals the site name": a blog is named after its
/// author.)
pub fn looks_like_outlet(byline: &str) -> bool {
    let b = byline.trim();
    let lower = b.to_ascii_lowercase();
    let domain = lower.rsplit_once('.').is_some_and(|(head, tld)| {
        !head.is_empty() && tld.len() >= 2 && tld.bytes().all(|c| c.is_ascii_lowercase())
    });
    domain
        || OUTLET_SUFFIXES.iter().any(|s| b.ends_with(s))
        || OUTLET_WORDS.iter().any(|w| b.contains(w))
}

/// A byline without the site's name after its authors (`Dana A. Ford and Tom Watkins, CNN`
/// on CNN).
pub(super) fn without_trailing_site(byline: String, site_name: Option<&str>) -> String {
    let Some(site) = site_name.filter(|s| !s.is_empty()) else {
        return byline;
    };
    let cut = [", ", " - ", " | ", " / "].iter().find_map(|sep| {
        let head = byline.strip_suffix(site)?.strip_suffix(sep)?.trim_end();
        (!head.is_empty()).then(|| head.to_string())
    });
    cut.unwrap_or(byline)
}

/// A byline without the outlet a credit names before its authors (`文｜财新 张三` on 财新网):
/// a first name that starts with no common surname and appears in the site's name, followed
/// by names that do.
pub fn without_leading_outlet(byline: String, site_name: Option<&str>) -> String {
    let Some(site) = site_name.filter(|s| !s.is_empty()) else {
        return byline;
    };
    let names: Vec<&str> = byline.split(' ').collect();
    let cjk = |t: &&str| t.chars().all(crate::text::is_cjk);
    match names.split_first() {
        Some((first, rest))
            if !rest.is_empty()
                && first.chars().count() >= 2
                && names.iter().all(cjk)
                && site.contains(first)
                && !surname_led(first)
                && rest.iter().all(|t| surname_led(t)) =>
        {
            rest.join(" ")
        }
        _ => byline,
    }
}

/// The reporter named in a parenthesized credit at either end of the article text, for pages
/// whose markup names no author: `本报讯（记者 张三 通讯员 李四）`, `（信报记者 蔡雪婧）`,
/// `（姚峰 上海报道）`.
pub fn byline_from_text(text: &str) -> Option<String> {
    // Only the ends are read: the first and last lines, never the whole text collected.
    let lines = || text.lines().map(str::trim).filter(|l| !l.is_empty());
    let head: Vec<&str> = lines().take(CREDIT_LINES).collect();
    let tail: Vec<&str> = lines().rev().take(CREDIT_LINES).collect();
    // A credit line of its own: `新京报记者 彭冲 山东冠县报道`, `本报记者罗科苏盈发自北京`,
    // `执笔人：闵乐夫 赵兰波`.
    let credit_line = tail.iter().chain(&head).find_map(|line| {
        (line.chars().count() <= PARENTHESIZED_CREDIT_MAX_CHARS
            && (line.contains("记者") || line.contains("記者") || starts_with_label(line))
            && !line.contains(['。', '，']))
        .then(|| author_from_line(line))
        .flatten()
    });
    // A line of names alone under the headline: `胡平`, `赵延东、风笑天`.
    let name_line = || {
        head.iter()
            .take(NAME_LINE_LINES)
            .find_map(|line| names_alone(line))
    };
    // Names alone in parentheses closing the article: `…外科医生。（袁源）`.
    let closing_names = || {
        let last = tail.first()?;
        let inner = parenthesized(last).last()?;
        let closes =
            last.ends_with(['）', ')']) && last.trim_end_matches(['）', ')']).ends_with(inner);
        // Every item is a name: `（综合整理自澎湃新闻、智东西、雷锋网等）` lists sources.
        let tokens = inner
            .split(|c: char| c.is_whitespace() || "、，,".contains(c))
            .filter(|t| !t.is_empty())
            .count();
        let names = names_at(inner);
        // Latin words in capitals are a wire's mark or credit (`(END)`, `(AP)`), not names.
        let shouted = !names
            .chars()
            .any(|c| c.is_lowercase() || crate::text::is_cjk(c));
        (closes
            && tokens > 0
            && names.split(' ').count() == tokens
            && !names.is_empty()
            && !shouted
            && !looks_like_outlet(&names))
        .then_some(names)
    };
    let parenthesized_credit = head.iter().chain(&tail).find_map(|line| {
        parenthesized(line).find_map(|inner| {
            if is_photo_credit(inner) {
                return None;
            }
            // `（记者 张三）`, and a labelled credit: `(文/图 刘玺东 易赛楠)`.
            if inner.contains("记者") || inner.contains("記者") || starts_with_label(inner) {
                return author_from_line(inner);
            }
            // `（作者张三，系中国人民大学教授）`.
            if let Some(rest) = ["本文作者", "作者"]
                .iter()
                .find_map(|l| inner.strip_prefix(l))
            {
                let names = names_at(rest.trim_start_matches(CREDIT_SEPARATORS));
                return (!names.is_empty()).then_some(names);
            }
            let inner = inner.trim();
            let reported = REPORTED_SUFFIXES.iter().any(|s| inner.ends_with(s));
            let mut tokens: Vec<&str> = inner.split_whitespace().collect();
            if !reported || tokens.len() < 2 {
                return None;
            }
            tokens.pop();
            let names = names_at(&tokens.join(" "));
            (names.split(' ').count() == tokens.len() && !names.is_empty()).then_some(names)
        })
    });
    parenthesized_credit
        .or(credit_line)
        .or_else(closing_names)
        .or_else(name_line)
}

/// The names when `line` holds nothing but Chinese personal names, each starting with a
/// common surname.
pub(super) fn names_alone(line: &str) -> Option<String> {
    if line.chars().count() > NAME_LINE_MAX_CHARS {
        return None;
    }
    let joined = join_spaced_names(line);
    let tokens: Vec<&str> = joined
        .split(|c: char| c.is_whitespace() || c == '、')
        .filter(|t| !t.is_empty())
        .collect();
    let is_name = |t: &&str| {
        let n = t.chars().count();
        (2..=MAX_CJK_NAME_CHARS).contains(&n)
            && t.chars().all(crate::text::is_cjk)
            && !t.chars().any(never_in_names)
            && !NOT_NAMES.contains(t)
            && surname_led(t)
    };
    (!tokens.is_empty() && tokens.len() <= 4 && tokens.iter().all(is_name))
        .then(|| joined.trim().to_string())
}

/// The name that opens a byline box before words that are no names (`王文 中国人民大学重阳金融
/// 研究院执行院长`: the author, then the author's title).
pub(super) fn leading_name(s: &str) -> Option<String> {
    let (first, rest) = s.split_once(' ')?;
    if rest.trim().is_empty() || names_alone(s).is_some() {
        return None;
    }
    names_alone(first)
}

/// Hiragana and katakana, which Chinese names never hold.
pub(super) fn is_kana(c: char) -> bool {
    ('\u{3040}'..='\u{30FF}').contains(&c)
}

/// A character no Chinese name holds: a function word's ([`NOT_IN_NAMES`]) or kana.
pub(super) fn never_in_names(c: char) -> bool {
    NOT_IN_NAMES.contains(c) || is_kana(c)
}

/// Whether `name` starts with a common surname (single or compound).
pub(super) fn surname_led(name: &str) -> bool {
    COMPOUND_SURNAMES.iter().any(|s| name.starts_with(s))
        || name.chars().next().is_some_and(|c| SURNAMES.contains(c))
}

/// Joins a two- or three-character name padded with spaces to the width of a longer one
/// (`赵　培` → `赵培`): runs of single Chinese characters between spaces are one name.
pub fn join_spaced_names(s: &str) -> String {
    let single = |t: &str| {
        let mut c = t.chars();
        c.next().is_some_and(crate::text::is_cjk) && c.next().is_none()
    };
    let tokens: Vec<&str> = s
        .split([' ', '\u{3000}', '\u{a0}'])
        .filter(|t| !t.is_empty())
        .collect();
    let mut out: Vec<String> = vec![];
    let mut i = 0;
    while i < tokens.len() {
        let run = tokens[i..].iter().take_while(|t| single(t)).count();
        if (2..=3).contains(&run) {
            out.push(tokens[i..i + run].concat());
            i += run;
        } else {
            out.push(tokens[i].to_string());
            i += 1;
        }
    }
    out.join(" ")
}

/// Whether node `id` is in the header under the headline ([`HEADER_BEFORE_ARTICLE_NODES`]).
pub(super) fn in_header(id: NodeId, (start, end): (NodeId, NodeId)) -> bool {
    id + HEADER_BEFORE_ARTICLE_NODES >= start
        && id <= end.min(start + HEADER_AFTER_ARTICLE_START_NODES)
}

/// Names alone beside the date under the headline, with no label (`张三·2024-06-05 10:12`),
/// or before the outlet the story comes from (`石佳/中国青年报`), nearest the article's start
/// first.
pub(super) fn dated_byline(
    raw: &RawMeta,
    (article_start, article_end): (NodeId, NodeId),
) -> Option<String> {
    raw.lines
        .iter()
        .filter(|(id, _)| in_header(*id, (article_start, article_end)))
        .filter_map(|(id, line)| {
            let names = dated_names(line).or_else(|| names_before_outlet(line))?;
            Some((id.abs_diff(article_start), names))
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, names)| names)
}

/// The names before the outlet a story comes from, on a line of their own under the headline:
/// `石佳/中国青年报`, `张三 李四／新京报`.
pub(super) fn names_before_outlet(line: &str) -> Option<String> {
    let (names, outlet) = line.split_once(['/', '／'])?;
    let outlet = outlet.trim();
    (!outlet.is_empty() && looks_like_outlet(outlet) && !outlet.contains(['/', '／']))
        .then(|| names_alone(names.trim()))
        .flatten()
}

/// The names on a line that holds a date and nothing else (`张三·2024-06-05 10:12`,
/// `2024-06-05 10:12 张三 李四`).
pub(super) fn dated_names(line: &str) -> Option<String> {
    let d = date::find_date(line)?;
    let weekday = |t: &str| date::weekday_len(t) == Some(t.len());
    let names: Vec<&str> = [&line[..d.start], &line[d.end..]]
        .into_iter()
        .flat_map(|part| {
            part.split(|c: char| c.is_whitespace() || DATED_NAME_SEPARATORS.contains(&c))
        })
        .filter(|t| !t.is_empty() && !weekday(t))
        .collect();
    let place = |t: &&str| PLACES_LED_BY_SURNAMES.contains(t) || t.ends_with(PLACE_SUFFIXES);
    if names.is_empty() || names.iter().any(place) {
        return None;
    }
    names_alone(&names.join(" "))
}

/// `记者张三摄`, `张三 攝影`: a photographer's credit (not `文/摄`, words and pictures).
pub(super) fn is_photo_credit(inner: &str) -> bool {
    let inner = inner.trim_end();
    PHOTO_CREDIT_ENDS.iter().any(|e| inner.ends_with(e)) && !inner.contains('文')
}

/// The short groups of `line` in parentheses, or in the tortoise-shell brackets of Taiwan's
/// credits (`〔記者張三／台北報導〕`).
pub(super) fn parenthesized(line: &str) -> impl Iterator<Item = &str> {
    enclosed(line, &['（', '(', '〔'], &['）', ')', '〕'])
}

/// The contents of each short group in `line` between one of `opens` and one of `closes`.
pub(super) fn enclosed<'a>(
    line: &'a str,
    opens: &'static [char],
    closes: &'static [char],
) -> impl Iterator<Item = &'a str> {
    let mut rest = line;
    std::iter::from_fn(move || {
        loop {
            let open = rest.find(opens)?;
            let after = &rest[open..];
            let inner_start = open + after.chars().next().map_or(1, char::len_utf8);
            let close = rest[inner_start..].find(closes)? + inner_start;
            let inner = &rest[inner_start..close];
            rest = &rest[close..];
            rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
            if inner.chars().count() <= PARENTHESIZED_CREDIT_MAX_CHARS {
                return Some(inner);
            }
        }
    })
}

/// `作者：张三 来源：新华社` → `张三`; `本报记者 张三 通讯员 李四` → `张三 李四`;
/// `作者： 周思博 (Joel Spolsky)` keeps the alias; `2004年7月16日08:19 [ 黄宇 ] 来源：…` and
/// `发布时间 2005/03/15 22:36:13 by duscha` name the author after a date.
pub(super) fn author_from_line(line: &str) -> Option<String> {
    // A caption's photo credit (`…说明草案内容。（记者张三摄）`, `图为发布会现场。新华社记者
    // 张三 摄`) credits no author.
    if is_photo_credit(line) || parenthesized(line).any(is_photo_credit) {
        return None;
    }
    // `新京报讯（记者 张三）`, `（记者张三、李四）6月5日，…`: a reporter's credit in
    // parentheses is read on its own, apart from the outlet before it and the story after.
    parenthesized(line)
        .filter(|inner| inner.contains("记者") || inner.contains("記者"))
        .find_map(author_from_credit)
        .or_else(|| author_from_credit(line))
}

/// [`author_from_line`] for a line read as one credit.
pub(super) fn author_from_credit(line: &str) -> Option<String> {
    /// One pass finds which labels the line holds; the labels are then tried in their order.
    static FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
        crate::text::automaton()
            .build(AUTHOR_LABELS)
            .expect("valid labels")
    });
    const _: () = assert!(AUTHOR_LABELS.len() <= 64, "one bit per label");
    let line = &*tight_separators(line);
    let present = FINDER
        .find_overlapping_iter(line)
        .fold(0u64, |bits, m| bits | 1 << m.pattern().as_usize());
    for (k, label) in AUTHOR_LABELS.iter().enumerate() {
        if present & 1 << k == 0 {
            continue;
        }
        // `文／` opens a credit, never ends a name (陈大文／台北报导 is 记者's credit).
        let whole = |&(i, _): &(usize, &str)| {
            !label.starts_with('文')
                || !line[..i]
                    .chars()
                    .next_back()
                    .is_some_and(crate::text::is_cjk)
        };
        if let Some(i) = line.match_indices(label).find(whole).map(|(i, _)| i) {
            // An English label starts the line, or follows a date (`… 22:36:13 by duscha`).
            if label.is_ascii() && i > 0 && date::find_date(&line[..i]).is_none() {
                continue;
            }
            // A bare `记者` inside prose (`据记者了解`, `记者透露`) is a word, not a label: read
            // it only on a short line, at the start, or after an outlet (`本报记者`, `（总台记者`).
            let bare = !label.ends_with([':', '：', ' ']) && !label.is_ascii();
            let before = line[..i].chars().next_back();
            if bare
                && line.chars().count() > BARE_LABEL_LINE_MAX_CHARS
                && before.is_some_and(|c| !BARE_LABEL_AFTER.contains(c))
            {
                continue;
            }
            // Nor in Japanese, which shares the word (`キャリア採用　記者募集`).
            if bare && line.chars().any(is_kana) {
                continue;
            }
            // Nor is one that a comma or a stop follows (`开专栏的名记者，晋升部级`).
            if bare && line[i + label.len()..].starts_with(['，', '。', '、', '；', '！', '？'])
            {
                continue;
            }
            // `张 三`: a two-character name padded to the width of three.
            let rest =
                join_spaced_names(line[i + label.len()..].trim_start_matches(CREDIT_SEPARATORS));
            let rest = rest.as_str();
            let names = if label.ends_with([':', '：']) {
                names_after_colon(rest)
            } else {
                wire_credit_name(rest).unwrap_or_else(|| names_at(rest))
            };
            // `作者：未知`: the label is there, the author is not.
            if !names.is_empty() && !is_placeholder_author(&names) {
                return Some(with_co_credits(line, rest, names));
            }
        }
    }
    // A name alone in brackets on a dateline: `2004年7月16日08:19 [ 黄宇 ] 来源：[ 人民网 ]`.
    if date::find_date(line).is_some() {
        if let Some(names) = enclosed(line, &['[', '【'], &[']', '】']).find_map(names_alone) {
            return Some(names);
        }
    }
    // `张三/文`: the name comes before the suffix.
    for suffix in AUTHOR_SUFFIXES {
        if let Some(i) = line.find(suffix) {
            let before: String = line[..i]
                .chars()
                .rev()
                .take_while(|&c| crate::text::is_cjk(c))
                .collect();
            let name: String = before.chars().rev().collect();
            let n = name.chars().count();
            if (2..=MAX_CJK_NAME_CHARS).contains(&n) {
                return Some(name);
            }
        }
    }
    None
}

/// The reporter of a wire dateline run together with its city and day (`陳大文台北5日電` →
/// 陳大文): the name before a dateline city that digits follow.
pub(super) fn wire_credit_name(s: &str) -> Option<String> {
    let run_len: usize = s
        .chars()
        .take_while(|&c| crate::text::is_cjk(c))
        .map(char::len_utf8)
        .sum();
    let (run, after) = s.split_at(run_len);
    if !after.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    DATELINE_PLACES.iter().find_map(|place| {
        let name = run.strip_suffix(place)?;
        (2..=MAX_CJK_NAME_CHARS)
            .contains(&name.chars().count())
            .then(|| name.to_string())
    })
}

/// The byline read from `rest` (the credit after its label in `line`) as `names`, plus a
/// Latin alias in parentheses after a single Chinese name and, on a short line, the names
/// after co-credit labels (通讯员, 实习生, a second 记者).
pub(super) fn with_co_credits(line: &str, rest: &str, names: String) -> String {
    let single_cjk = !names.contains(' ') && names.chars().all(crate::text::is_cjk);
    if single_cjk {
        let after = rest
            .split_once(names.as_str())
            .map_or("", |(_, a)| a)
            .trim_start();
        let alias = parenthesized(after).next().filter(|inner| {
            after.starts_with(['(', '（'])
                && inner.split_whitespace().count() <= 4
                && inner.chars().any(|c| c.is_ascii_alphabetic())
                && inner
                    .chars()
                    .all(|c| c.is_ascii_alphabetic() || " .-'".contains(c))
        });
        if let Some(alias) = alias {
            return format!("{names} ({})", alias.trim());
        }
    }
    if line.chars().count() > BARE_LABEL_LINE_MAX_CHARS {
        return names;
    }
    let mut all: Vec<String> = names.split(' ').map(str::to_string).collect();
    let mut at = 0;
    while let Some((i, label)) = CO_CREDIT_LABELS
        .iter()
        .filter_map(|l| rest[at..].find(l).map(|i| (at + i, l)))
        .min_by_key(|&(i, l)| (i, std::cmp::Reverse(l.len())))
    {
        at = i + label.len();
        let more = names_at(rest[at..].trim_start_matches(CREDIT_SEPARATORS));
        for name in more.split(' ').filter(|n| !n.is_empty()) {
            if !all.iter().any(|a| a == name) {
                all.push(name.to_string());
            }
        }
    }
    all.join(" ")
}

/// Reads the personal names at the start of `s`: Chinese names of two to four characters (or
/// Latin words) separated by spaces, 、 or commas, up to the next label or punctuation.
pub(super) fn names_at(s: &str) -> String {
    read_names(s, false)
}

/// [`names_at`] after an explicit label (`作者：李在山`): the first name may hold characters of
/// function words (在, 的), which after a bare `记者` would mean prose.
pub(super) fn names_after_colon(s: &str) -> String {
    read_names(s, true)
}

pub(super) fn read_names(s: &str, labelled: bool) -> String {
    // `彭冲 山东冠县报道`: after a name, the word before 报道 is the place reported from.
    let s = match REPORTED_SUFFIXES.iter().filter_map(|r| s.find(r)).min() {
        Some(i) => {
            let before = s[..i].trim_end();
            match before.rsplit_once(char::is_whitespace) {
                Some((names, _place)) if !s[..i].ends_with(char::is_whitespace) => names,
                _ => before,
            }
        }
        None => s,
    };
    let s = cut_at_label(s);
    let mut names: Vec<String> = vec![];
    for token in s.split(|c: char| c.is_whitespace() || "、，,;；&＆\u{3000}".contains(c)) {
        if token.is_empty() {
            continue;
        }
        if CREDIT_ROLE_WORDS.contains(&token) {
            break;
        }
        let cjk = token.chars().all(crate::text::is_cjk);
        // The outlet before the names (`文｜财新周刊 张三`).
        if cjk && names.is_empty() && looks_like_outlet(token) {
            continue;
        }
        // After a first name, a surname that is also a function word opens the next one
        // (`余毅菁 向雪妮`).
        let own = if names.is_empty() || !surname_led(token) {
            token
        } else {
            &token[token.chars().next().map_or(0, char::len_utf8)..]
        };
        // Nor kana: a Japanese page's `記者の目` (a column's name) is no credit.
        if cjk && !(labelled && names.is_empty()) && own.chars().any(never_in_names) {
            if names.is_empty() {
                return String::new();
            }
            break;
        }
        if cjk && names.iter().any(|x| !x.chars().any(crate::text::is_cjk)) {
            break;
        }
        let latin = token
            .chars()
            .all(|c| c.is_alphabetic() && !crate::text::is_cjk(c) || c == '.' || c == '-');
        let n = token.chars().count();
        if (cjk && (2..=MAX_CJK_NAME_CHARS).contains(&n))
            || (latin && names.iter().all(|x| !x.chars().any(crate::text::is_cjk)))
        {
            names.push(token.to_string());
        } else {
            if names.is_empty() && cjk && n > MAX_CJK_NAME_CHARS {
                // Names run into the next words (`记者张三报道`): nothing reliable.
                return String::new();
            }
            break;
        }
        if names.len() >= 8 {
            break;
        }
    }
    // An outlet without an outlet's suffix before the names (`文｜财新 张三`): a first word
    // that no surname leads, before names that all have one, set apart by a space (names
    // listed with 、 or & are all names: `叨叨姐、胡一刀&李小飞刀`).
    let cjk_name = |t: &String| t.chars().all(crate::text::is_cjk);
    let spaced = || {
        s.find(names[0].as_str())
            .and_then(|i| s[i + names[0].len()..].chars().next())
            .is_some_and(|c| c.is_whitespace())
    };
    if names.len() >= 2
        && names.iter().all(cjk_name)
        && !surname_led(&names[0])
        && names[1..].iter().all(|n| surname_led(n))
        && spaced()
    {
        names.remove(0);
    }
    names.join(" ")
}

/// Cuts a name where the next label begins (`张三来源：` → `张三`).
pub(super) fn cut_at_label(s: &str) -> String {
    let mut end = s.len();
    for l in SOURCE_LABELS
        .iter()
        .chain(DATE_LABELS)
        .chain(MODIFIED_LABELS)
        .chain(EDITOR_LABELS)
        .chain(
            [
                "作者：",
                "作者:",
                "来源",
                "來源",
                "时间",
                "時間",
                "发布",
                "日期",
                "报道",
                "報導",
                "通讯员",
                "摄影",
                "实习生",
                "发自",
                "發自",
                "/",
                "／",
                "(",
                "（",
                "【",
                "】",
                "]",
                "|",
            ]
            .iter(),
        )
    {
        if let Some(i) = s.find(l) {
            end = end.min(i);
        }
    }
    // The outlet that opens the next label goes with it (`张三 本报通讯员 …`).
    let s = s[..end].trim_end();
    let s = ["本报", "本報", "本刊"]
        .iter()
        .find_map(|o| s.strip_suffix(o))
        .unwrap_or(s);
    s.trim().to_string()
}

/// Strips a Chinese author label (`作者：`); an English "By" stays, as in Readability.
pub(super) fn strip_author_label(s: &str) -> String {
    let mut s = s.trim();
    for l in AUTHOR_LABELS.iter().filter(|l| !l.is_ascii()) {
        if let Some(rest) = s.strip_prefix(l) {
            s = rest.trim();
        }
    }
    s.trim_start_matches(['：', ':']).trim().to_string()
}

/// Whether `line` holds a [`SOURCE_LABELS`] entry: one pass, before the labels are looked
/// for one by one (each search set up anew costs more than the short line it searches).
pub(super) fn has_source_label(line: &str) -> bool {
    static ANY: LazyLock<AhoCorasick> = LazyLock::new(|| {
        crate::text::automaton()
            .build(SOURCE_LABELS)
            .expect("valid labels")
    });
    ANY.is_match(line)
}

pub(super) fn source_from_lines(raw: &RawMeta) -> Option<String> {
    raw.lines.iter().find_map(|(_, line)| {
        if !has_source_label(line) {
            return None;
        }
        SOURCE_LABELS.iter().find_map(|l| {
            let i = line.find(l)?;
            let rest = line[i + l.len()..].trim();
            let name = cut_at_label(rest.split_whitespace().next().unwrap_or(""));
            let name = without_page_actions(&name).to_string();
            // `来源：本站原创` names no outlet.
            (!name.is_empty() && name.chars().count() <= 30 && !is_placeholder_author(&name))
                .then_some(name)
        })
    })
}
