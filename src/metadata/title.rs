//! The title: JSON-LD, Open Graph, `<title>` and the headline, with the site's name cut off.

use super::*;

pub(super) fn title(raw: &RawMeta, ld: &JsonLd, site_name: Option<&str>) -> String {
    // Explicit titles first, as Readability does (JSON-LD, Dublin Core, Open Graph, meta).
    let explicit = ld.headline.clone().or_else(|| {
        raw.meta(&[
            "dc:title",
            "dcterm:title",
            "og:title",
            "weibo:article:title",
            "weibo:webpage:title",
            "title",
            "twitter:title",
        ])
        .map(collapse)
    });
    // A page that gives its site's name as its title (`og:title` = `og:site_name`) names no
    // headline there.
    // Nor does a Chinese one too short for a headline (`某某网`) when `<title>` says more.
    // Nor one cut short by a quote the site left unescaped in the attribute
    // (`content="男孩因不想上补习班 写"救命啊"…"`): `<title>` has the whole headline.
    let document = collapse(raw.title.as_deref().unwrap_or_default());
    let cut_at_quote = |t: &str| {
        document
            .strip_prefix(t)
            .is_some_and(|rest| rest.starts_with('"'))
    };
    let title = match explicit
        .filter(|t| !t.is_empty() && site_name.is_none_or(|s| s.trim() != t) && !cut_at_quote(t))
    {
        Some(t) if !too_short_for_headline(&t) => t,
        Some(t) => {
            let document = document_title(raw);
            if document.chars().count() > t.chars().count() {
                document
            } else {
                t
            }
        }
        None => document_title(raw),
    };
    // The heading (`<h1>` … `<h4>`) that a Chinese title starts with, when a separator follows
    // it there (`专访｜张三：标题_36氪` with `<h1>专访｜张三：标题</h1>`), or ends with after a
    // separator (`澎湃新闻 - 标题`): the title minus the site name, even when the headline holds
    // a separator itself. (English titles stay as Readability reads them.)
    let cjk = title.chars().any(crate::text::is_cjk);
    let heading_part = raw.headings.iter().filter(|_| cjk).find_map(|(_, tag, h)| {
        // `标题【TVBS新聞網】`: the site in brackets after the headline.
        let site_after = title.strip_prefix(h.as_str()).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.starts_with(TITLE_SEPARATORS) || (rest.starts_with('【') && rest.ends_with('】'))
        });
        let site_before = title
            .strip_suffix(h.as_str())
            .is_some_and(|rest| rest.trim_end().ends_with(TITLE_SEPARATORS));
        // Sites set the headline in any heading tag (`<h4>标题</h4>`); below `<h1>`, only
        // a Chinese one is taken (`<h2>Chapter title</h2>` before a Japanese fandom's name).
        let headline_tag = *tag == "h1" || h.chars().any(crate::text::is_cjk);
        (headline_tag && h.chars().count() >= CJK_HEADLINE_MIN_CHARS && (site_after || site_before))
            .then(|| h.clone())
    });
    let title = heading_part
        .unwrap_or_else(|| without_site_word(strip_cjk_site(&title, site_name), site_name));
    // `【标题】-中新网`: brackets around the whole headline are the title's decoration when the
    // page's `<h1>` is the headline without them.
    match title.strip_prefix('【').and_then(|t| t.strip_suffix('】')) {
        Some(inner)
            if raw
                .headings
                .iter()
                .any(|(_, tag, h)| *tag == "h1" && h == inner) =>
        {
            inner.to_string()
        }
        _ => title,
    }
}

/// The site's name that `<title>` adds to the headline `title` after a separator (`标题_科技_
/// 腾讯网` → 腾讯网, `Headline - CBS News` → CBS News) or before it (`澎湃新闻 - 标题`): the
/// part farthest from the headline, when short enough for a name. Only Chinese titles are read
/// for a site before the headline: `draft-dejong-remotestorage-04 - remoteStorage` is a
/// document's name, then its project's.
pub(super) fn site_from_title(raw: &RawMeta, title: &str) -> Option<String> {
    let document = collapse(raw.title.as_deref()?);
    if title.is_empty() || document.len() > MAX_SPLIT_TITLE_BYTES {
        return None;
    }
    // Parts split at marks that never join words (`_`, `|`, `｜`) and at spaced hyphens and
    // dashes (` - `, ` – `, ` — `; `collapse` left single spaces). A generator's tagline
    // (`powered by Discuz!`) and a channel in brackets (`_(新闻)`) name no site.
    pub(super) fn parts(s: &str) -> Vec<&str> {
        let b = s.as_bytes();
        let mut cuts = vec![];
        for (i, c) in s.char_indices() {
            let end = i + c.len_utf8();
            let spaced = matches!(c, '-' | '–' | '—')
                && i > 0
                && b[i - 1] == b' '
                && b.get(end) == Some(&b' ');
            if matches!(c, '_' | '|' | '｜') || spaced {
                cuts.push((i, end));
            }
        }
        let mut from = 0;
        let mut parts = vec![];
        for (at, next) in cuts.into_iter().chain([(s.len(), s.len())]) {
            let part =
                s[from..at].trim_matches(|c: char| c == ' ' || TITLE_SEPARATORS.contains(&c));
            let tagline = part
                .get(..GENERATOR_TAGLINE.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(GENERATOR_TAGLINE));
            if !part.is_empty() && !part.starts_with(['(', '（']) && !tagline {
                parts.push(part);
            }
            from = next;
        }
        parts
    }
    let site = if let Some(rest) = document.strip_prefix(title) {
        let after = rest.trim_start().starts_with(TITLE_SEPARATORS);
        after.then(|| parts(rest).last().copied()).flatten()
    } else if let Some(rest) = document
        .strip_suffix(title)
        .filter(|_| title.chars().any(crate::text::is_cjk))
    {
        let before = rest.trim_end().ends_with(TITLE_SEPARATORS);
        before.then(|| parts(rest).first().copied()).flatten()
    } else {
        None
    }?;
    (site.chars().count() <= SITE_NAME_FROM_TITLE_MAX_CHARS).then(|| site.to_string())
}

/// A Chinese title shorter than any headline: a site's or a channel's name.
pub(super) fn too_short_for_headline(title: &str) -> bool {
    title.chars().any(crate::text::is_cjk) && title.chars().count() < CJK_HEADLINE_MIN_CHARS
}

/// A Chinese headline followed by the site's name after a space (`标题 东区办事处`, what is
/// left of `标题 东区办事处_中山网`) is the headline.
pub(super) fn without_site_word(title: String, site_name: Option<&str>) -> String {
    let Some(site) = site_name.filter(|s| !s.is_empty()) else {
        return title;
    };
    match title.strip_suffix(site).map(str::trim_end) {
        Some(head)
            if head.len() < title.len() - site.len()
                && head.chars().count() >= CJK_HEADLINE_MIN_CHARS
                && head.chars().any(crate::text::is_cjk) =>
        {
            head.to_string()
        }
        _ => title,
    }
}

/// For a page without any title: the heading nearest the article's start (inside it or just
/// above it), long enough to be a headline (sidebars have `<h1>导航</h1>`).
pub(super) fn heading_title(
    raw: &RawMeta,
    (start, end): (NodeId, NodeId),
    tags: &[&str],
) -> String {
    let near = |id: NodeId| id + HEADING_BEFORE_ARTICLE_NODES >= start && id <= end;
    raw.headings
        .iter()
        .filter(|(id, tag, s)| {
            near(*id) && tags.contains(tag) && s.chars().count() >= HEADING_TITLE_MIN_CHARS
        })
        .min_by_key(|(id, _, _)| id.abs_diff(start))
        .map(|(_, _, s)| s.trim_end_matches([' ', '-', '_', '|']).to_string())
        .unwrap_or_default()
}

/// Readability's `_getArticleTitle`: the `<title>` without a site part after a separator.
pub(super) fn document_title(raw: &RawMeta) -> String {
    let orig = collapse(raw.title.as_deref().unwrap_or_default());
    let h1s: Vec<&str> = raw
        .headings
        .iter()
        .filter(|(_, t, _)| *t == "h1")
        .map(|(_, _, s)| s.as_str())
        .collect();
    let seps = find_separators(&orig);
    let mut cur = orig.clone();
    let mut hierarchical = false;
    if let Some(&(last, _)) = seps.last() {
        hierarchical = seps
            .iter()
            .any(|&(_, c)| matches!(c, '\\' | '/' | '>' | '»'));
        cur = orig[..last].to_string();
        if word_count(&cur) < 3 {
            let (first, c) = seps[0];
            cur = orig[first + 1 + c.len_utf8()..].to_string();
        }
    } else if orig.contains(": ") {
        let heading_matches = raw
            .headings
            .iter()
            .any(|(_, t, s)| matches!(*t, "h1" | "h2") && s.trim() == orig.trim());
        if !heading_matches {
            let last = orig.rfind(':').map_or(0, |i| i + 1);
            cur = orig[last..].to_string();
            let first = orig.find(':').unwrap_or(0);
            if word_count(&cur) < 3 {
                cur = orig[first + 1..].to_string();
            } else if word_count(&orig[..first]) > 5 {
                cur = orig.clone();
            }
        }
    } else if (orig.chars().count() > 150 || orig.chars().count() < 15) && h1s.len() == 1 {
        cur = h1s[0].to_string();
    }
    let cur = collapse(&cur);
    let words = word_count(&cur);
    let stripped: String = orig.chars().filter(|c| !"|-\\/>»".contains(*c)).collect();
    if words <= 4 && (!hierarchical || words + 1 != word_count(&stripped)) {
        return orig;
    }
    cur
}

/// Byte offsets and characters of Readability's title separators (` | `, ` - `, ` / `, ` > `,
/// ` » `, ` \ `: a separator character with a space on both sides).
pub(super) fn find_separators(s: &str) -> Vec<(usize, char)> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    chars
        .windows(3)
        .filter(|w| w[0].1 == ' ' && w[2].1 == ' ' && "|-\\/>»".contains(w[1].1))
        .map(|w| (w[0].0, w[1].1))
        .collect()
}

/// Chinese titles carry the channel and site after `_`, `｜` or `|` without spaces
/// (`标题_科技_腾讯网`): keep the headline when it is the longest part and what follows is
/// short, or is the site name.
pub(super) fn strip_cjk_site(title: &str, site_name: Option<&str>) -> String {
    if !title.chars().any(crate::text::is_cjk) {
        return title.to_string();
    }
    let parts = cjk_title_parts(title);
    if parts.len() < 2 {
        return outlet_after_mark(title, site_name).unwrap_or_else(|| title.to_string());
    }
    let len = |s: &str| s.chars().count();
    // The headline comes first; a short first part (`新竹尖石_美樹營地賞楓`) may be part of it,
    // so then the title stays whole.
    let head = parts[0];
    let others = || parts[1..].iter().copied();
    let tail_is_site = others().all(|p| {
        len(p) <= CJK_SITE_PART_MAX_CHARS
            || site_name.is_some_and(|s| p.contains(s) || s.contains(p))
    });
    // The headline of a Chinese title is Chinese: `Joel on Software - 给计算机系学生的建议`
    // is a site name and then the headline, kept whole.
    if len(head) >= CJK_HEADLINE_MIN_CHARS
        && head.chars().any(crate::text::is_cjk)
        && tail_is_site
        && others().all(|p| len(p) < len(head))
    {
        head.to_string()
    } else {
        title.to_string()
    }
}

/// The headline of a title that ends with an outlet after a mark that headlines use too
/// (`标题 — 澎湃新闻`, `标题·观察者网`, `标题：新京报`): cut only when the last part names an
/// outlet (or the site), since `——` opens subtitles, `·` joins foreign names and `：` quotes.
pub(super) fn outlet_after_mark(title: &str, site_name: Option<&str>) -> Option<String> {
    let (at, mark) = title
        .char_indices()
        .rfind(|(_, c)| TITLE_OUTLET_MARKS.contains(c))?;
    let tail = title[at + mark.len_utf8()..].trim();
    let head = title[..at].trim_end_matches([' ', mark]).trim_end();
    let len = |s: &str| s.chars().count();
    let site = site_name.is_some_and(|s| !s.is_empty() && tail == s);
    let outlet = if matches!(mark, '：' | ':') {
        TITLE_COLON_OUTLET_ENDS.iter().any(|e| tail.ends_with(e))
    } else {
        looks_like_outlet(tail)
    };
    (len(head) >= CJK_HEADLINE_MIN_CHARS
        && head.chars().any(crate::text::is_cjk)
        && (1..=CJK_SITE_PART_MAX_CHARS).contains(&len(tail))
        && !tail.contains(' ')
        && (site || outlet))
        .then(|| head.to_string())
}

/// Splits a Chinese title at `_`, `｜`, `|`, and at hyphens (`-`, `--`) next to a CJK
/// character (`标题-搜狐财经`, `标题--大河网`); a hyphen between Latin letters or digits
/// (`COVID-19`, `Wi-Fi`) is part of the headline.
pub(crate) fn cjk_title_parts(title: &str) -> Vec<&str> {
    // A "title" of kilobytes is no title to split (and hostile input may send megabytes).
    if title.len() > MAX_SPLIT_TITLE_BYTES {
        return vec![title];
    }
    let chars: Vec<(usize, char)> = title.char_indices().collect();
    let cjkish = |c: char| {
        crate::text::is_cjk(c)
            || ('\u{3000}'..='\u{303F}').contains(&c)
            || ('\u{FF00}'..='\u{FFEF}').contains(&c)
    };
    let mut parts = vec![];
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let mut run = 1;
        let split = match c {
            '_' | '｜' | '|' => true,
            '-' => {
                while chars.get(i + run).is_some_and(|&(_, c)| c == '-') {
                    run += 1;
                }
                let before = chars[..i].iter().rev().map(|&(_, c)| c).find(|c| *c != ' ');
                let after = chars[i + run..].iter().map(|&(_, c)| c).find(|c| *c != ' ');
                run <= 2 && (before.is_some_and(cjkish) || after.is_some_and(cjkish))
            }
            _ => false,
        };
        if split {
            parts.push(title[start..at].trim());
            start = chars.get(i + run).map_or(title.len(), |&(b, _)| b);
        }
        i += run;
    }
    parts.push(title[start..].trim());
    parts
}

/// Words for title heuristics: CJK text counts one word per two characters.
pub(super) fn word_count(s: &str) -> usize {
    let cjk = s.chars().filter(|&c| crate::text::is_cjk(c)).count();
    s.split_whitespace().count() + cjk / 2
}
