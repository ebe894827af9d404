//! Dates: the published and modified times from scripts, visible lines and clock times seen
//! near the headline.

use super::*;

/// The date a script assigns to a publication-time variable: `pubtime: "2024-06-05 08:15"`,
/// `var publishTime = '2024-06-05 08:15:20'`, `"publish_time":"2024-06-05T08:15:20+08:00"`
/// (portals that render the date client-side).
pub(super) fn script_date(script: &str, unix_zone: Option<i32>) -> Option<String> {
    static WECHAT_KEY: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(WECHAT_CREATION_TIME_KEY));
    let wechat = || {
        let zone = unix_zone?;
        let at = WECHAT_KEY.find(script.as_bytes())? + WECHAT_CREATION_TIME_KEY.len();
        let value = script[at..].split('"').next()?;
        date::from_unix(value, zone)
    };
    wechat().or_else(|| keyed_script_date(script, unix_zone))
}

/// The account a platform's page script names (`var nickname = "掌上绥德"`), read from the
/// first script that assigns one of [`SCRIPT_ACCOUNT_KEYS`].
pub(super) fn script_account(raw: &RawMeta, html: &str) -> Option<String> {
    raw.scripts.iter().find_map(|span| {
        let script = span.text(html);
        SCRIPT_ACCOUNT_KEYS.iter().find_map(|key| {
            let at = memchr::memmem::find(script.as_bytes(), key.as_bytes())? + key.len();
            let value = collapse(script[at..].split(['"', '\n']).next()?);
            (!value.is_empty() && value.chars().count() <= MAX_CJK_NAME_CHARS * 8).then_some(value)
        })
    })
}

/// [`script_date`] from the keys of [`SCRIPT_DATE_KEYS`].
pub(super) fn keyed_script_date(script: &str, unix_zone: Option<i32>) -> Option<String> {
    SCRIPT_DATE_KEY_MATCHER.find_iter(script).find_map(|m| {
        let rest = script[m.end()..].trim_start_matches(['"', '\'', ' ']);
        let rest = rest.strip_prefix([':', '='])?.trim_start();
        let quoted = rest.strip_prefix(['"', '\'']);
        // Unix time, quoted or not (`"publish_time": 1717553520`).
        if let Some(t) = unix_zone.and_then(|z| date::from_unix(quoted.unwrap_or(rest), z)) {
            return Some(t);
        }
        let rest = quoted?;
        let mut end = rest.len().min(SCRIPT_DATE_MAX_BYTES);
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        let head = &rest[..end];
        date::find_date(head)
            .filter(|d| d.start == 0)
            .map(|d| d.iso)
    })
}

/// The zone a page's Unix times are shown in: UTC+8 for a Chinese page (mainland China,
/// Taiwan, Hong Kong, Macau and Singapore all keep it). Other pages' scripts are not read for
/// Unix times: their dates come from markup, and the numbers in their scripts' data belong to
/// embedded videos as often as to the article (`"pubdate": 1572028616` of a player's clip).
pub(super) fn unix_zone(raw: &RawMeta) -> Option<i32> {
    let chinese = raw
        .lang
        .as_deref()
        .is_some_and(|l| l.to_ascii_lowercase().starts_with("zh"))
        || raw
            .title
            .as_deref()
            .is_some_and(|t| t.chars().any(crate::text::is_cjk));
    chinese.then_some(CHINESE_PAGE_OFFSET_MINUTES)
}

/// A publication date given without its time (`<meta name="publishdate" content="2024-06-05">`)
/// takes the time of the page's visible date when that falls on the same day
/// (`2024年06月05日05:58`); on a Chinese page, a time the page prints under the headline on the
/// same day replaces a meta time that says another minute.
pub(super) fn with_visible_time(
    date: String,
    raw: &RawMeta,
    html: &str,
    article: (NodeId, NodeId),
) -> String {
    const DAY: usize = "2024-06-05".len();
    const MINUTE: usize = "2024-06-05T10:12".len();
    if date.len() != DAY && unix_zone(raw).is_none() {
        return date;
    }
    if date.len() == DAY {
        return match date_from_lines(raw, html, article) {
            Some(seen) if seen.len() > date.len() && seen.starts_with(&date) => seen,
            _ => date,
        };
    }
    // A Chinese page's meta time that the time printed under the headline contradicts on the
    // same day (`article:published_time` 06:52:51, `2019年09月07日 04:04` on the page): portals
    // stamp the meta when the page is built or re-issued, and the reader sees the other.
    match date
        .get(..DAY)
        .and_then(|day| time_seen_on(raw, day, article))
    {
        Some(seen)
            if date
                .get(..MINUTE)
                .is_some_and(|d| seen.get(..MINUTE) != Some(d)) =>
        {
            seen
        }
        _ => date,
    }
}

/// The date and time (to the minute at least) on a visible line in the header under the
/// headline ([`in_header`]) that falls on `day`: labelled lines first, then the nearest to the
/// article's start.
pub(super) fn time_seen_on(
    raw: &RawMeta,
    day: &str,
    (start, end): (NodeId, NodeId),
) -> Option<String> {
    const MINUTE: usize = "2024-06-05T10:12".len();
    raw.lines
        .iter()
        .filter(|(id, l)| {
            in_header(*id, (start, end)) && !MODIFIED_LABELS.iter().any(|m| l.contains(m))
        })
        .filter_map(|(id, l)| {
            let iso = date::find_date(l)?.iso;
            let unlabelled = !DATE_LABELS.iter().any(|d| l.contains(d));
            (iso.len() >= MINUTE && iso.starts_with(day))
                .then(|| ((unlabelled, id.abs_diff(start)), iso))
        })
        .min_by_key(|(rank, _)| *rank)
        .map(|(_, iso)| iso)
}

/// A date from visible lines: labelled publication lines first, then a script's publication
/// time, then any date near the article start; lines labelled as modification times are
/// skipped.
pub(super) fn date_from_lines(
    raw: &RawMeta,
    html: &str,
    (article_start, article_end): (NodeId, NodeId),
) -> Option<String> {
    let usable = |line: &str| !MODIFIED_LABELS.iter().any(|l| line.contains(l));
    let before_end = |id: NodeId| id <= article_end;
    let labelled = |l: &str| usable(l) && DATE_LABELS.iter().any(|d| l.contains(d));
    // A time a script assigns (`pubtime: "…"`) is second only to a labelled line, and gives
    // the time of day that a labelled date alone (`发布日期: 2021-01-05`) leaves out (not a
    // CMS's midnight, `2012-06-24 00:00:00`, which says no time was entered).
    let script = || {
        let zone = unix_zone(raw);
        raw.scripts
            .iter()
            .find_map(|span| script_date(span.text(html), zone))
    };
    let labelled_date = raw
        .lines
        .iter()
        .filter(|(id, l)| before_end(*id) && labelled(l))
        .find_map(|(_, l)| date::find_date(l).map(|d| d.iso));
    match labelled_date {
        Some(day) if day.len() == 10 => {
            let timed = |s: &String| s.starts_with(&day) && !s[10..].starts_with("T00:00:00");
            Some(script().filter(timed).unwrap_or(day))
        }
        Some(date) => Some(date),
        None => script(),
    }
    .or_else(|| {
        raw.lines
            .iter()
            .filter(|(id, l)| {
                *id > article_end
                    && *id <= article_end.saturating_add(DATE_AFTER_ARTICLE_NODES)
                    && labelled(l)
            })
            .find_map(|(_, l)| date::find_date(l).map(|d| d.iso))
    })
    .or_else(|| {
        let mut lines: Vec<&(NodeId, String)> = raw
            .lines
            .iter()
            .filter(|(id, l)| before_end(*id) && usable(l))
            .collect();
        lines.sort_by_key(|(id, _)| {
            (
                *id < article_start.saturating_sub(200),
                id.abs_diff(article_start),
            )
        });
        lines
            .iter()
            .find_map(|(_, l)| {
                date::find_date(l)
                    .filter(|d| d.iso.len() > 10)
                    .map(|d| d.iso)
            })
            .or_else(|| {
                let near = |id: NodeId| {
                    id + DATE_ONLY_BEFORE_ARTICLE_NODES >= article_start && id <= article_end
                };
                // A longer line too when it is the credit line (`作者：… 译：… 2005年1月2日`).
                let credit = |l: &str| starts_with_label(l);
                lines.iter().find_map(|(id, l)| {
                    (near(*id) && (l.chars().count() <= DATE_ONLY_LINE_MAX_CHARS || credit(l)))
                        .then(|| date::find_date(l).map(|d| d.iso))
                        .flatten()
                })
            })
    })
}

/// A labelled publication date without a year (`发布时间：09-30 22:46`, as portals print this
/// year's dates) or with its last two digits (`18-03-08`), dated by the modification time when
/// that falls on the same day: the page was not edited since.
pub(super) fn yearless_date(
    raw: &RawMeta,
    (_, article_end): (NodeId, NodeId),
    modified: Option<&str>,
) -> Option<String> {
    let modified = modified?;
    let (year, month, day) = (
        modified.get(..4)?,
        modified.get(5..7)?.parse::<u32>().ok()?,
        modified.get(8..10)?.parse::<u32>().ok()?,
    );
    raw.lines
        .iter()
        .filter(|(id, l)| {
            *id <= article_end
                && DATE_LABELS.iter().any(|d| l.contains(d))
                && !MODIFIED_LABELS.iter().any(|m| l.contains(m))
        })
        .find_map(|(_, l)| {
            let at = DATE_LABELS.iter().filter_map(|d| l.find(d)).min()?;
            // Or with the year's last two digits (`发布时间：18-03-08`).
            let rest = &l[at..];
            let short_year = rest.find(|c: char| c.is_ascii_digit()).and_then(|i| {
                let after = rest[i..].strip_prefix(year.get(2..)?)?;
                let after = after.strip_prefix(['-', '/'])?;
                after
                    .starts_with(|c: char| c.is_ascii_digit())
                    .then_some(after)
            });
            let (m, d, time) = date::find_month_day(short_year.unwrap_or(rest))?;
            ((m, d) == (month, day))
                .then(|| format!("{year}-{m:02}-{d:02}{}", time.unwrap_or_default()))
        })
}

/// The time of a visible modification label (`最后更新: 2024-06-05 08:00:16`) up to the
/// article's end, nearest to its start first.
pub(super) fn modified_from_lines(
    raw: &RawMeta,
    (article_start, article_end): (NodeId, NodeId),
) -> Option<String> {
    let mut lines: Vec<&(NodeId, String)> = raw
        .lines
        .iter()
        .filter(|(id, l)| *id <= article_end && MODIFIED_LABELS.iter().any(|m| l.contains(m)))
        .collect();
    lines.sort_by_key(|(id, _)| id.abs_diff(article_start));
    lines.iter().find_map(|(_, l)| {
        // The date after the label: `发布时间：… 更新时间：…` holds both.
        let at = MODIFIED_LABELS.iter().filter_map(|m| l.find(m)).min()?;
        date::find_date(&l[at..]).map(|d| d.iso)
    })
}
