//! Article metadata: title, byline, published time, site name, language, excerpt, lead image,
//! next page.
//!
//! Pass 1 feeds [`RawMeta`] with what it sees (meta tags, JSON-LD, `<title>`, headings, short
//! lines with 作者/来源/发布时间 labels); [`resolve`] then picks each field by a fixed order of
//! sources, from the most explicit (JSON-LD, Open Graph) to the visible page text.

pub mod date;

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::html::attrs::Attr;
use aho_corasick::AhoCorasick;
use serde_json::Value;
use url::Url;

use crate::heuristics::{
    AUTHOR_LABELS, AUTHOR_SUFFIXES, BAIDU_CAMBRIAN_CONTEXT, BARE_LABEL_AFTER,
    BARE_LABEL_LINE_MAX_CHARS, BREADCRUMB_LABELS, BREADCRUMB_SEPARATORS_MIN, BYLINE_BOX_MAX_CHARS,
    BYLINE_ENDS, CHINESE_PAGE_OFFSET_MINUTES, CJK_HEADLINE_MIN_CHARS, CJK_SITE_PART_MAX_CHARS,
    CLOSING_CREDIT_MAX_CHARS, CO_CREDIT_LABELS, CO_CREDIT_LINE_NODES, COMPOUND_SURNAMES,
    COPYRIGHT_LABELS, CREDIT_LINES, CREDIT_ROLE_WORDS, CREDIT_SEPARATORS, DATE_AFTER_ARTICLE_NODES,
    DATE_LABELS, DATE_ONLY_BEFORE_ARTICLE_NODES, DATE_ONLY_LINE_MAX_CHARS, DATED_NAME_SEPARATORS,
    DATELINE_PLACES, EDITOR_LABELS, GENERATOR_TAGLINE, HEADER_AFTER_ARTICLE_START_NODES,
    HEADER_BEFORE_ARTICLE_NODES, HEADING_BEFORE_ARTICLE_NODES, HEADING_TITLE_MIN_CHARS,
    LINK_LIST_LABELS, MAX_CJK_NAME_CHARS, MAX_JSON_LD_BYTES, MAX_LABEL_LINE_CHARS, MAX_LINES,
    MAX_METAS, MAX_SPLIT_TITLE_BYTES, META_DATE_KEY_EXCLUDED, META_DATE_KEY_PARTS, MODIFIED_LABELS,
    NAME_LINE_LINES, NAME_LINE_MAX_CHARS, NEXT_PAGE_LABELS, NOT_IN_NAMES, NOT_NAMES,
    OUTLET_SUFFIXES, OUTLET_WORDS, PAGE_LIST_AFTER_ARTICLE_NODES, PARENTHESIZED_CREDIT_MAX_CHARS,
    PHOTO_CREDIT_ENDS, PLACE_SUFFIXES, PLACEHOLDER_AUTHORS, PLACES_LED_BY_SURNAMES,
    REPORTED_SUFFIXES, SCRIPT_DATE_KEYS, SCRIPT_DATE_MAX_BYTES, SITE_NAME_FROM_TITLE_MAX_CHARS,
    SOURCE_LABELS, SURNAMES, TITLE_COLON_OUTLET_ENDS, TITLE_OUTLET_MARKS, TITLE_SEPARATORS,
    TRAILING_PAGE_ACTIONS, WECHAT_CREATION_TIME_KEY,
};
use crate::html::tree::NodeId;
use crate::text::{Prefixes, SplitPatterns};

/// Whether a line starts with an author or source label of Chinese pages (`作者：`, `文/`,
/// `来源：`): the scan leaves such short lines out of the article text. Bare labels (`记者`,
/// `By `) are not enough on their own there.
pub(crate) fn starts_with_label(line: &str) -> bool {
    starts_with_label_tight(&tight_separators(line))
}

/// [`starts_with_label`] of a line already written with [`tight_separators`].
fn starts_with_label_tight(tight: &str) -> bool {
    static CREDIT_LABELS: LazyLock<Prefixes> = LazyLock::new(|| {
        Prefixes::new(
            AUTHOR_LABELS
                .iter()
                .chain(SOURCE_LABELS)
                .filter(|l| !l.is_ascii() && l.ends_with([':', '：', ' ', '|', '｜', '/', '／']))
                .copied(),
        )
    });
    CREDIT_LABELS.of(tight).next().is_some()
}

/// A block's or line's text (trimmed) that the scan's boilerplate tests and
/// [`RawMeta::observe_block`] both read: where its first date starts and its
/// [`tight_separators`] form are worked out once, when first asked.
pub struct LineProbe<'a> {
    text: &'a str,
    date: std::cell::OnceCell<Option<usize>>,
    tight: std::cell::OnceCell<Cow<'a, str>>,
    wide: std::cell::OnceCell<bool>,
}

impl<'a> LineProbe<'a> {
    pub fn new(text: &'a str) -> Self {
        LineProbe {
            text,
            date: std::cell::OnceCell::new(),
            tight: std::cell::OnceCell::new(),
            wide: std::cell::OnceCell::new(),
        }
    }

    /// [`has_wide`](crate::text::has_wide): whether the Chinese patterns can match.
    pub fn has_wide(&self) -> bool {
        *self.wide.get_or_init(|| crate::text::has_wide(self.text))
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Where the first date ([`date::find_date`]) starts.
    pub fn date_start(&self) -> Option<usize> {
        *self
            .date
            .get_or_init(|| date::find_date(self.text).map(|d| d.start))
    }

    fn tight(&self) -> &str {
        self.tight
            .get_or_init(|| tight_separators_known(self.text, self.has_wide()))
    }

    /// [`starts_with_label`].
    pub fn starts_with_label(&self) -> bool {
        starts_with_label_tight(self.tight())
    }
}

/// Writes a credit's separators the one way the labels spell them: `丨` (a CJK stroke that
/// Chinese media use as a bar) as `|`, and no spaces around `|`, `｜`, `/`, `／`
/// (`文 | 张三` → `文|张三`, `张三 / 文` → `张三/文`).
fn tight_separators(line: &str) -> Cow<'_, str> {
    tight_separators_known(line, crate::text::has_wide(line))
}

/// [`tight_separators`], where `wide` is [`has_wide`](crate::text::has_wide) of
/// `line`: without a character from U+3000 up, only the ASCII bars can be there.
fn tight_separators_known(line: &str, wide: bool) -> Cow<'_, str> {
    const BARS: [char; 5] = ['|', '｜', '/', '／', '丨'];
    let bar = if wide {
        has_bar(line)
    } else {
        memchr::memchr2(b'|', b'/', line.as_bytes()).is_some()
    };
    if !bar {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() && out.ends_with(BARS) {
            continue;
        }
        if c.is_whitespace() {
            // Spaces before a bar go; others stay (collapsed to one).
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            if chars.peek().is_some_and(|c| BARS.contains(c)) {
                continue;
            }
            out.push(' ');
            continue;
        }
        out.push(if c == '丨' { '|' } else { c });
    }
    Cow::Owned(out)
}

/// Whether `line` holds one of [`tight_separators`]' bars, searched for by their bytes (most
/// lines hold none, and a check character by character decodes each one): `|`, `/`, and the
/// lead byte of full-width forms (`｜` is `EF BD 9C`, `／` `EF BC 8F`) in one pass, `丨` in
/// another.
fn has_bar(line: &str) -> bool {
    static STROKE: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("丨"));
    let b = line.as_bytes();
    memchr::memchr3_iter(b'|', b'/', 0xEF, b)
        .any(|i| b[i] != 0xEF || matches!(b.get(i + 1..i + 3), Some([0xBD, 0x9C] | [0xBC, 0x8F])))
        || STROKE.find(b).is_some()
}

/// Script variables that hold the publication time, for pages that render it client-side.
static SCRIPT_DATE_KEY_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(SCRIPT_DATE_KEYS)
        .expect("valid keys")
});

/// Every label, for one automaton pass over each short line.
static LABELS: LazyLock<SplitPatterns> = LazyLock::new(|| {
    SplitPatterns::new(
        AUTHOR_LABELS
            .iter()
            .chain(CO_CREDIT_LABELS)
            .chain(COPYRIGHT_LABELS)
            .chain(SOURCE_LABELS)
            .chain(DATE_LABELS)
            .chain(MODIFIED_LABELS)
            .copied(),
    )
});

/// What pass 1 collected.
#[derive(Debug, Default)]
pub struct RawMeta {
    pub lang: Option<String>,
    pub dir: Option<String>,
    /// `(key, content)` of `<meta>` tags, key being `property`, `name` or `itemprop`, lower case.
    pub metas: Vec<(String, String)>,
    pub title: Option<String>,
    pub base: Option<String>,
    pub canonical: Option<String>,
    pub next: Option<String>,
    pub json_ld: Vec<String>,
    pub ld_script: Option<NodeId>,
    in_svg: bool,
    /// `<time datetime>` values, in document order.
    pub times: Vec<(NodeId, String)>,
    /// Where the text of each script (not JSON-LD) lies in the input, in document order: read
    /// for a publication time it assigns (`pubtime: "2024-06-05 08:15:20"`) only when no
    /// better source names one, which is rare (scripts are a large share of a page's bytes).
    pub scripts: Vec<crate::html::Span>,
    /// h1–h3 texts.
    pub headings: Vec<(NodeId, &'static str, String)>,
    /// Text of elements marked as bylines (rel=author, itemprop=author, class byline/author).
    pub bylines: Vec<(NodeId, String)>,
    /// Short visible lines that carry a label or a date.
    pub lines: Vec<(NodeId, String)>,
    /// Links of a page list ("next page", or a page number): node, kind and where the raw
    /// `href` lies in the input.
    pub next_link_spans: Vec<(NodeId, PageLink, crate::html::Span)>,
    /// The same links with their `href`, filled in from the input before [`resolve`].
    pub next_links: Vec<(NodeId, PageLink, String)>,
    /// `src` of the first images, for the lead image.
    pub images: Vec<(NodeId, String)>,
}

impl RawMeta {
    pub fn observe_element(&mut self, id: NodeId, tag: &'static str, attributes: &[Attr<'_>]) {
        let attr = |n: &str| {
            attributes.iter().find(|a| a.name == n).map(|a| {
                crate::html::decode::attribute_value(a.value)
                    .trim()
                    .to_string()
            })
        };
        match tag {
            "html" => {
                self.lang = self
                    .lang
                    .take()
                    .or_else(|| attr("lang").filter(|s| !s.is_empty()));
                self.dir = self
                    .dir
                    .take()
                    .or_else(|| attr("dir").filter(|s| !s.is_empty()));
            }
            "meta" if self.metas.len() < MAX_METAS => {
                if let Some(content) = attr("content") {
                    for key in ["property", "name", "itemprop"] {
                        if let Some(k) = attr(key) {
                            for k in k.split_whitespace() {
                                self.metas.push((meta_key(k), content.clone()));
                            }
                            // `weibo: article:create_at` is one name with a space in it.
                            if k.contains(char::is_whitespace) {
                                let joined: String = k.split_whitespace().collect();
                                self.metas.push((meta_key(&joined), content.clone()));
                            }
                        }
                    }
                }
            }
            "base" if self.base.is_none() => self.base = attr("href"),
            // Most links have no `rel`: nothing is copied for them.
            "link" | "a" => {
                if let Some(rel) = attributes.iter().find(|a| a.name == "rel") {
                    let rel = crate::html::decode::attribute_value(rel.value);
                    let rels = || rel.split_whitespace();
                    if self.next.is_none() && rels().any(|r| r.eq_ignore_ascii_case("next")) {
                        self.next = attr("href");
                    }
                    if tag == "link" && rels().any(|r| r.eq_ignore_ascii_case("canonical")) {
                        self.canonical = attr("href");
                    }
                }
            }
            // Read in place: most pages have dozens of scripts, few of them JSON-LD.
            "script"
                if attributes
                    .iter()
                    .find(|a| a.name == "type")
                    .is_some_and(|a| {
                        crate::html::decode::attribute_value(a.value)
                            .as_bytes()
                            .windows(7)
                            .any(|w| w.eq_ignore_ascii_case(b"ld+json"))
                    }) =>
            {
                self.ld_script = Some(id);
            }
            "svg" => self.in_svg = true,
            "time" => {
                if let Some(dt) = attr("datetime") {
                    // A time marked as the modification (itemprop dateModified) is read as
                    // the modification meta, never as the publication.
                    match attr("itemprop").map(|p| p.to_ascii_lowercase()) {
                        Some(p) if p.contains("modified") || p.contains("update") => {
                            self.metas.push((meta_key(&p), dt))
                        }
                        _ => self.times.push((id, dt)),
                    }
                }
            }
            "img" if self.images.len() < 8 => {
                if let Some(src) = attr("src")
                    .or_else(|| attr("data-src"))
                    .or_else(|| attr("data-original"))
                {
                    self.images.push((id, src));
                }
            }
            _ => {}
        }
    }

    /// The text of a raw-text element (`title`, `script`, `style`, `textarea`): `span` of
    /// the input `html`.
    pub fn observe_raw_text(
        &mut self,
        id: NodeId,
        tag: &'static str,
        html: &str,
        span: crate::html::Span,
    ) {
        let raw = span.text(html);
        match tag {
            "title" if self.title.is_none() && !self.in_svg => {
                let t = collapse(&htmlize::unescape(raw));
                if !t.is_empty() {
                    self.title = Some(t);
                }
            }
            "script" if self.ld_script == Some(id) => {
                let used: usize = self.json_ld.iter().map(String::len).sum();
                if used + raw.len() <= MAX_JSON_LD_BYTES {
                    self.json_ld.push(raw.to_string());
                }
            }
            "script" => self.scripts.push(span),
            _ => {}
        }
    }

    /// Text of a byline container (see `extract::scan`) or a `<time>`.
    pub fn observe_captured(&mut self, id: NodeId, tag: &'static str, text: &str) {
        let text = collapse(text);
        if text.is_empty() {
            return;
        }
        if tag == "time" {
            self.lines.push((id, text));
        } else if self.bylines.len() < 16 {
            self.bylines.push((id, text));
        }
    }

    /// A block closed with this text (trimmed, possibly cut).
    pub fn observe_block(&mut self, id: NodeId, tag: &'static str, chars: u32, line: &LineProbe) {
        let text = line.text();
        if matches!(tag, "h1" | "h2" | "h3" | "h4") && self.headings.len() < 64 {
            self.headings.push((id, tag, collapse(text)));
        }
        // A short line in parentheses may be a closing credit (`（袁源）`).
        let parenthesized = chars <= CLOSING_CREDIT_MAX_CHARS
            && text.starts_with(['（', '('])
            && text.ends_with(['）', ')']);
        // A reporter before the outlet a story is reprinted from: `石佳/中国青年报`.
        let slashed = || {
            chars as usize <= NAME_LINE_MAX_CHARS
                && text.contains(['/', '／'])
                && !text.contains("//")
        };
        if chars <= MAX_LABEL_LINE_CHARS
            && self.lines.len() < MAX_LINES
            && (parenthesized
                || LABELS.is_match(line.tight(), line.has_wide())
                || line.date_start().is_some()
                || slashed())
        {
            self.lines.push((id, collapse(text)));
        }
    }

    fn meta(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| {
            self.metas
                .iter()
                .find(|(mk, v)| mk == k && !v.trim().is_empty())
                .map(|(_, v)| v.as_str())
        })
    }
}

/// A meta name as looked up: lower case, and `dc.`/`og.`-style prefixes written with a colon
/// (`DC.creator` → `dc:creator`), as Readability reads them.
fn meta_key(name: &str) -> String {
    let mut k = name.to_ascii_lowercase();
    for prefix in ["dc.", "dcterm.", "dcterms.", "og.", "twitter."] {
        if k.starts_with(prefix) {
            k.replace_range(prefix.len() - 1..prefix.len(), ":");
            break;
        }
    }
    k
}

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

/// The resolved metadata.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Metadata {
    pub title: String,
    pub byline: Option<String>,
    /// The person a copyright line names (`Copyright © 李建忠`): the byline's last resort.
    pub copyright_holder: Option<String>,
    /// Names alone beside the date under the headline (`张三·2024-06-05 10:12`): weaker than a
    /// credit in the article's text, stronger than an outlet.
    pub dated_names: Option<String>,
    pub site_name: Option<String>,
    pub published_time: Option<String>,
    pub modified_time: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub excerpt: Option<String>,
    pub lead_image: Option<String>,
    pub next_page_url: Option<String>,
}

/// The next page of a numbered page list in or just after the article (`【1】【2】【3】`,
/// `1 [2] [3]`): the number after this page's — the link back to this page's URL, else 1 when
/// the list runs 2, 3, … (the first page shows its own number unlinked). Links into this
/// document (`[1]` citations to `#note-1`) are no pages.
fn numbered_next_page(
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

/// The date a script assigns to a publication-time variable: `pubtime: "2024-06-05 08:15"`,
/// `var publishTime = '2024-06-05 08:15:20'`, `"publish_time":"2024-06-05T08:15:20+08:00"`
/// (portals that render the date client-side).
fn script_date(script: &str, unix_zone: Option<i32>) -> Option<String> {
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

/// [`script_date`] from the keys of [`SCRIPT_DATE_KEYS`].
fn keyed_script_date(script: &str, unix_zone: Option<i32>) -> Option<String> {
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
fn unix_zone(raw: &RawMeta) -> Option<i32> {
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

/// Picks each field from the collected sources. `article` is the id range of the article
/// (first root to last descendant): visible labels before and near its start are preferred,
/// and dates after its end (related lists, comments) are never read. `excerpt` is left `None`
/// when the page has no description: the caller fills it from the article text.
/// `html` is the input the raw metadata was read from.
pub fn resolve(
    raw: &RawMeta,
    html: &str,
    article: (NodeId, NodeId),
    base: Option<&Url>,
) -> Metadata {
    let article_start = article.0;
    let ld = JsonLd::parse(&raw.json_ld);
    // A Twitter account (`@ChinaDailyApp`) names the site only when nothing else does: not the
    // source line, not the site part of the title.
    let twitter = raw.meta(&["twitter:site"]).map(collapse);
    let (handle, twitter) = match twitter {
        Some(t) if t.starts_with('@') => (Some(t), None),
        t => (None, t),
    };
    let site_name = ld
        .site_name
        .clone()
        .or_else(|| {
            raw.meta(&["og:site_name", "application-name"])
                .map(str::to_string)
        })
        .or(twitter)
        .or_else(|| source_from_lines(raw))
        .map(|s| collapse(&s))
        .filter(|s| !s.is_empty());
    let mut title = title(raw, &ld, site_name.as_deref());
    // No title, or a Chinese one too short for a headline (`<title>新浪新闻</title>`, the site's
    // name alone): the headline over the article.
    if title.is_empty() {
        title = heading_title(raw, article, &["h1", "h2", "h3"]);
    } else if too_short_for_headline(&title) {
        // Only an `<h1>`: the sections of a short essay (`我的母亲`) have `<h2>`s.
        let heading = heading_title(raw, article, &["h1"]);
        if heading.chars().count() > title.chars().count() {
            title = heading;
        }
    }
    let site_name = site_name
        .or_else(|| site_from_title(raw, &title))
        .or(handle.filter(|h| h.len() > 1));
    let byline = byline(raw, &ld, article).map(|b| {
        let b = without_leading_outlet(b, site_name.as_deref());
        without_trailing_site(b, site_name.as_deref())
    });
    let copyright_holder = copyright_holder(raw);
    let published_time = ld
        .date_published
        .as_deref()
        .and_then(date::normalize)
        .or_else(|| {
            raw.meta(&[
                "article:published_time",
                "og:published_time",
                "datepublished",
                "pubdate",
                "publishdate",
                "publish_date",
                "publishedate",
                "dc:date.issued",
                "dc:date",
                "dcterms:date",
                "date",
                "sailthru.date",
                "parsely-pub-date",
                "weibo:article:create_at",
                "article:published",
                // Chinese portals (ifeng's `og:time`, `pubtime`, `publishtime`).
                "og:time",
                "og:release_date",
                "pubtime",
                "publishtime",
                "publish_time",
            ])
            .and_then(date::normalize)
        })
        .or_else(|| {
            // Any other meta that names a publication time (`apub:time`, `sm:pubtime`).
            raw.metas
                .iter()
                .filter(|(k, _)| {
                    META_DATE_KEY_PARTS.iter().any(|p| k.contains(p))
                        && !META_DATE_KEY_EXCLUDED.iter().any(|x| k.contains(x))
                })
                .find_map(|(_, v)| date::normalize(v))
        })
        .or_else(|| raw.times.iter().find_map(|(_, dt)| date::normalize(dt)))
        .map(|d| with_visible_time(d, raw, html, article))
        .or_else(|| date_from_lines(raw, html, article));
    let excerpt = raw
        .meta(&[
            "description",
            "og:description",
            "twitter:description",
            "dc:description",
        ])
        .map(collapse)
        .filter(|s| !s.is_empty())
        .or_else(|| ld.description.clone());
    let resolve_url = |u: &str| match base {
        Some(b) => b
            .join(u)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"))
            .map(|u| u.to_string()),
        None => Url::parse(u)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"))
            .map(|u| u.to_string())
            .or_else(|| (!u.contains(':')).then(|| u.to_string())),
    };
    let lead_image = ld
        .image
        .as_deref()
        .or_else(|| {
            raw.meta(&[
                "og:image",
                "og:image:url",
                "twitter:image",
                "twitter:image:src",
            ])
        })
        .or_else(|| {
            raw.images
                .iter()
                .find(|(id, _)| *id >= article_start)
                .map(|(_, s)| s.as_str())
        })
        .and_then(resolve_url);
    // rel=next first; else the "next page" link nearest after the article's start (a "next"
    // link before the article belongs to site navigation); else the numbered page after this
    // one.
    let next_page_url = raw
        .next
        .as_deref()
        .and_then(resolve_url)
        .or_else(|| {
            // A "Next" link to an anchor of this page drives a carousel or a tour.
            raw.next_links
                .iter()
                .find(|(id, kind, h)| {
                    *id > article_start && *kind == PageLink::Next && !h.starts_with('#')
                })
                .and_then(|(_, _, h)| resolve_url(h))
        })
        .or_else(|| numbered_next_page(raw, article, base, &resolve_url))
        .filter(|u| base.is_none_or(|b| b.as_str() != u));
    let modified_time = ld
        .date_modified
        .as_deref()
        .and_then(date::normalize)
        .or_else(|| {
            raw.meta(&[
                "article:modified_time",
                "og:updated_time",
                "dc:date.modified",
                "datemodified",
                "dateupdate",
            ])
            .and_then(date::normalize)
        })
        .or_else(|| modified_from_lines(raw, article));
    let published_time =
        published_time.or_else(|| yearless_date(raw, article, modified_time.as_deref()));
    Metadata {
        title,
        byline,
        copyright_holder,
        dated_names: dated_byline(raw, article),
        site_name,
        published_time,
        modified_time,
        lang: raw.lang.clone().or_else(|| {
            raw.meta(&["content-language", "og:locale", "language"])
                .map(str::to_string)
        }),
        dir: raw.dir.clone(),
        excerpt,
        lead_image,
        next_page_url,
    }
}

fn title(raw: &RawMeta, ld: &JsonLd, site_name: Option<&str>) -> String {
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
fn site_from_title(raw: &RawMeta, title: &str) -> Option<String> {
    let document = collapse(raw.title.as_deref()?);
    if title.is_empty() || document.len() > MAX_SPLIT_TITLE_BYTES {
        return None;
    }
    // Parts split at marks that never join words (`_`, `|`, `｜`) and at spaced hyphens and
    // dashes (` - `, ` – `, ` — `; `collapse` left single spaces). A generator's tagline
    // (`powered by Discuz!`) and a channel in brackets (`_(新闻)`) name no site.
    fn parts(s: &str) -> Vec<&str> {
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
fn too_short_for_headline(title: &str) -> bool {
    title.chars().any(crate::text::is_cjk) && title.chars().count() < CJK_HEADLINE_MIN_CHARS
}

/// A Chinese headline followed by the site's name after a space (`标题 东区办事处`, what is
/// left of `标题 东区办事处_中山网`) is the headline.
fn without_site_word(title: String, site_name: Option<&str>) -> String {
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
fn heading_title(raw: &RawMeta, (start, end): (NodeId, NodeId), tags: &[&str]) -> String {
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
fn document_title(raw: &RawMeta) -> String {
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
fn find_separators(s: &str) -> Vec<(usize, char)> {
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
fn strip_cjk_site(title: &str, site_name: Option<&str>) -> String {
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
fn outlet_after_mark(title: &str, site_name: Option<&str>) -> Option<String> {
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
fn word_count(s: &str) -> usize {
    let cjk = s.chars().filter(|&c| crate::text::is_cjk(c)).count();
    s.split_whitespace().count() + cjk / 2
}

fn byline(
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
fn without_furniture(s: &str) -> Option<String> {
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
fn is_placeholder_author(name: &str) -> bool {
    PLACEHOLDER_AUTHORS
        .iter()
        .any(|p| name.eq_ignore_ascii_case(p))
}

/// `name` without the page actions after it ([`TRAILING_PAGE_ACTIONS`]).
fn without_page_actions(name: &str) -> &str {
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
fn is_site_brand(name: &str, title: &str) -> bool {
    !name.is_empty()
        && title
            .split(TITLE_SEPARATORS)
            .skip(1)
            .filter_map(|part| part.trim().strip_prefix(name))
            .any(|rest| OUTLET_SUFFIXES.contains(&rest))
}

/// The person named alone on a copyright line: `Copyright © 李建忠`, `版权所有 © 2005 张三`.
fn copyright_holder(raw: &RawMeta) -> Option<String> {
    // The leftmost label of a line, in one pass (a substring search per label, each set up
    // anew, costs more than the short line it searches).
    static FIRST_LABEL: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
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
fn with_credit_lines(raw: &RawMeta, at: NodeId, names: String) -> String {
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
fn byline_before_dateline(s: &str) -> String {
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
fn without_trailing_site(byline: String, site_name: Option<&str>) -> String {
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
fn names_alone(line: &str) -> Option<String> {
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
fn leading_name(s: &str) -> Option<String> {
    let (first, rest) = s.split_once(' ')?;
    if rest.trim().is_empty() || names_alone(s).is_some() {
        return None;
    }
    names_alone(first)
}

/// Hiragana and katakana, which Chinese names never hold.
fn is_kana(c: char) -> bool {
    ('\u{3040}'..='\u{30FF}').contains(&c)
}

/// A character no Chinese name holds: a function word's ([`NOT_IN_NAMES`]) or kana.
fn never_in_names(c: char) -> bool {
    NOT_IN_NAMES.contains(c) || is_kana(c)
}

/// Whether `name` starts with a common surname (single or compound).
fn surname_led(name: &str) -> bool {
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
fn in_header(id: NodeId, (start, end): (NodeId, NodeId)) -> bool {
    id + HEADER_BEFORE_ARTICLE_NODES >= start
        && id <= end.min(start + HEADER_AFTER_ARTICLE_START_NODES)
}

/// Names alone beside the date under the headline, with no label (`张三·2024-06-05 10:12`),
/// or before the outlet the story comes from (`石佳/中国青年报`), nearest the article's start
/// first.
fn dated_byline(raw: &RawMeta, (article_start, article_end): (NodeId, NodeId)) -> Option<String> {
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
fn names_before_outlet(line: &str) -> Option<String> {
    let (names, outlet) = line.split_once(['/', '／'])?;
    let outlet = outlet.trim();
    (!outlet.is_empty() && looks_like_outlet(outlet) && !outlet.contains(['/', '／']))
        .then(|| names_alone(names.trim()))
        .flatten()
}

/// The names on a line that holds a date and nothing else (`张三·2024-06-05 10:12`,
/// `2024-06-05 10:12 张三 李四`).
fn dated_names(line: &str) -> Option<String> {
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
fn is_photo_credit(inner: &str) -> bool {
    let inner = inner.trim_end();
    PHOTO_CREDIT_ENDS.iter().any(|e| inner.ends_with(e)) && !inner.contains('文')
}

/// The short groups of `line` in parentheses, or in the tortoise-shell brackets of Taiwan's
/// credits (`〔記者張三／台北報導〕`).
fn parenthesized(line: &str) -> impl Iterator<Item = &str> {
    enclosed(line, &['（', '(', '〔'], &['）', ')', '〕'])
}

/// The contents of each short group in `line` between one of `opens` and one of `closes`.
fn enclosed<'a>(
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
fn author_from_line(line: &str) -> Option<String> {
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
fn author_from_credit(line: &str) -> Option<String> {
    /// One pass finds which labels the line holds; the labels are then tried in their order.
    static FINDER: LazyLock<AhoCorasick> =
        LazyLock::new(|| AhoCorasick::new(AUTHOR_LABELS).expect("valid labels"));
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
fn wire_credit_name(s: &str) -> Option<String> {
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
fn with_co_credits(line: &str, rest: &str, names: String) -> String {
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
fn names_at(s: &str) -> String {
    read_names(s, false)
}

/// [`names_at`] after an explicit label (`作者：李在山`): the first name may hold characters of
/// function words (在, 的), which after a bare `记者` would mean prose.
fn names_after_colon(s: &str) -> String {
    read_names(s, true)
}

fn read_names(s: &str, labelled: bool) -> String {
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
fn cut_at_label(s: &str) -> String {
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
fn strip_author_label(s: &str) -> String {
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
fn has_source_label(line: &str) -> bool {
    static ANY: LazyLock<AhoCorasick> =
        LazyLock::new(|| AhoCorasick::new(SOURCE_LABELS).expect("valid labels"));
    ANY.is_match(line)
}

fn source_from_lines(raw: &RawMeta) -> Option<String> {
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

/// A publication date given without its time (`<meta name="publishdate" content="2024-06-05">`)
/// takes the time of the page's visible date when that falls on the same day
/// (`2024年06月05日05:58`); on a Chinese page, a time the page prints under the headline on the
/// same day replaces a meta time that says another minute.
fn with_visible_time(date: String, raw: &RawMeta, html: &str, article: (NodeId, NodeId)) -> String {
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
fn time_seen_on(raw: &RawMeta, day: &str, (start, end): (NodeId, NodeId)) -> Option<String> {
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
fn date_from_lines(
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
fn yearless_date(
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
fn modified_from_lines(
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

/// The JSON-LD fields metadata reads (schema.org Article and kin).
#[derive(Debug, Default)]
struct JsonLd {
    headline: Option<String>,
    author: Option<String>,
    date_published: Option<String>,
    date_modified: Option<String>,
    site_name: Option<String>,
    description: Option<String>,
    image: Option<String>,
}

impl JsonLd {
    fn parse(scripts: &[String]) -> JsonLd {
        let mut out = JsonLd::default();
        for s in scripts {
            let cleaned = s
                .trim()
                .trim_start_matches("<!--")
                .trim_end_matches("-->")
                .trim()
                .trim_start_matches("<![CDATA[")
                .trim_end_matches("]]>")
                .trim();
            let Ok(value) = serde_json::from_str::<Value>(cleaned) else {
                continue;
            };
            let mut queue = vec![&value];
            let mut seen = 0;
            while let Some(v) = queue.pop() {
                seen += 1;
                if seen > 1000 {
                    break;
                }
                match v {
                    Value::Array(items) => queue.extend(items.iter().rev()),
                    Value::Object(map) => {
                        if let Some(g) = map.get("@graph") {
                            queue.push(g);
                        }
                        let ty = map.get("@type").map(type_names).unwrap_or_default();
                        // Baidu's structured data for Chinese pages (`"@context":
                        // "https://ziyuan.baidu.com/contexts/cambrian.jsonld"`) has no type:
                        // it describes the page's article, with `title`, `pubDate` and `upDate`.
                        let cambrian = map
                            .get("@context")
                            .and_then(Value::as_str)
                            .is_some_and(|c| c.contains(BAIDU_CAMBRIAN_CONTEXT));
                        if cambrian
                            || ty.iter().any(|t| {
                                t.ends_with("Article")
                                    || t == "BlogPosting"
                                    || t == "Report"
                                    || t == "WebPage"
                            })
                        {
                            let is_article = cambrian || !ty.iter().all(|t| t == "WebPage");
                            let take = |slot: &mut Option<String>, val: Option<String>| {
                                if slot.is_none() || is_article {
                                    if let Some(v) = val.filter(|v| !v.trim().is_empty()) {
                                        if slot.is_none() || is_article {
                                            *slot = Some(v);
                                        }
                                    }
                                }
                            };
                            take(
                                &mut out.headline,
                                map.get("headline")
                                    .or_else(|| map.get("name"))
                                    .or_else(|| map.get("title").filter(|_| cambrian))
                                    .and_then(as_text),
                            );
                            take(
                                &mut out.author,
                                map.get("author")
                                    .or_else(|| map.get("creator"))
                                    .and_then(names),
                            );
                            take(
                                &mut out.date_published,
                                map.get("datePublished")
                                    .or_else(|| map.get("dateCreated"))
                                    .or_else(|| map.get("pubDate").filter(|_| cambrian))
                                    .and_then(as_text),
                            );
                            take(
                                &mut out.date_modified,
                                map.get("dateModified")
                                    .or_else(|| map.get("upDate").filter(|_| cambrian))
                                    .and_then(as_text),
                            );
                            take(
                                &mut out.description,
                                map.get("description").and_then(as_text),
                            );
                            take(&mut out.image, map.get("image").and_then(url_of));
                            take(&mut out.site_name, map.get("publisher").and_then(names));
                            if is_article {
                                return out;
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        out
    }
}

fn type_names(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![s.clone()],
        Value::Array(a) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        _ => vec![],
    }
}

fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(collapse(&htmlize::unescape(s))),
        Value::Array(a) => a.first().and_then(as_text),
        _ => None,
    }
}

fn names(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(collapse(s)),
        Value::Array(a) => {
            let all: Vec<String> = a.iter().filter_map(names).collect();
            (!all.is_empty()).then(|| all.join(", "))
        }
        Value::Object(m) => m.get("name").and_then(as_text),
        _ => None,
    }
}

fn url_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Array(a) => a.first().and_then(url_of),
        Value::Object(m) => m.get("url").and_then(url_of),
        _ => None,
    }
}

/// Collapses whitespace and trims.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_found_by_their_bytes() {
        let bars = ['|', '｜', '/', '／', '丨'];
        // Each bar, and characters that share all but the last byte of a full-width one.
        for line in [
            "",
            "文 | 张三",
            "文｜张三",
            "张三 / 文",
            "张三／文",
            "文丨张三",
            "文｛张三｝",
            "文｝张三",
            "丩丫",
            "ｊ",
            "plain",
            "一二三",
        ] {
            assert_eq!(has_bar(line), line.contains(bars), "{line}");
        }
        assert_eq!(tight_separators("文 丨 张三"), "文|张三");
        assert_eq!(tight_separators("By Jane | Staff"), "By Jane|Staff");
        assert_eq!(tight_separators("By Jane Doe"), "By Jane Doe");
    }

    #[test]
    fn title_drops_site_suffix() {
        assert_eq!(
            strip_cjk_site("斯坦福AI团队抄袭中国大模型_科技_腾讯网", None),
            "斯坦福AI团队抄袭中国大模型"
        );
        let pixnet = "新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天";
        assert_eq!(strip_cjk_site(pixnet, None), pixnet);
        let mut raw = RawMeta {
            title: Some("A long headline about things | The Site".into()),
            ..RawMeta::default()
        };
        assert_eq!(document_title(&raw), "A long headline about things");
        raw.title = Some("Short | Site".into());
        assert_eq!(document_title(&raw), "Short | Site");
    }

    #[test]
    fn chinese_title_suffixes() {
        assert_eq!(
            strip_cjk_site("工商部门初定SKII广告属于虚假宣传-搜狐财经", None),
            "工商部门初定SKII广告属于虚假宣传"
        );
        assert_eq!(
            strip_cjk_site("拿起跨界“指挥棒”她跟学生“较着劲儿”成长--大河网", None),
            "拿起跨界“指挥棒”她跟学生“较着劲儿”成长"
        );
        assert_eq!(
            strip_cjk_site("新冠病毒COVID-19疫情最新进展通报_新闻_腾讯网", None),
            "新冠病毒COVID-19疫情最新进展通报"
        );
        assert_eq!(
            strip_cjk_site("为现代化建设凝聚强大智慧和力量——热烈祝贺会议开幕", None),
            "为现代化建设凝聚强大智慧和力量——热烈祝贺会议开幕"
        );
        assert_eq!(
            strip_cjk_site(
                "写给想在英国找工作的留学党 一些规划和面试的想法-英国留学生活|留学攻略-51offer让留学更简单",
                None
            ),
            "写给想在英国找工作的留学党 一些规划和面试的想法"
        );
        assert_eq!(
            strip_cjk_site("Joel on Software - 给计算机系学生的建议", None),
            "Joel on Software - 给计算机系学生的建议"
        );
        for (title, headline) in [
            (
                "国务院常务会议部署扩大内需 — 澎湃新闻",
                "国务院常务会议部署扩大内需",
            ),
            (
                "国务院常务会议部署扩大内需·观察者网",
                "国务院常务会议部署扩大内需",
            ),
            (
                "国务院常务会议部署扩大内需：新京报",
                "国务院常务会议部署扩大内需",
            ),
            // Subtitles, names and quotes stay.
            ("改革开放四十年——回顾与展望", "改革开放四十年——回顾与展望"),
            ("特朗普会见唐纳德·特朗普", "特朗普会见唐纳德·特朗普"),
            ("北京冬奥会开幕：中国体育", "北京冬奥会开幕：中国体育"),
            ("张三：我在人民日报", "张三：我在人民日报"),
        ] {
            assert_eq!(strip_cjk_site(title, None), headline, "{title}");
        }
    }

    #[test]
    fn untitled_pages_take_the_heading_at_the_article_start() {
        let mut raw = RawMeta::default();
        raw.headings.push((2, "h1", "bjreader的博客".into()));
        raw.headings.push((3, "h1", "导航".into()));
        raw.headings
            .push((40, "h2", "谁来为无序拆房“埋单”？- -".into()));
        raw.headings.push((90, "h3", "博客手拉手".into()));
        assert_eq!(
            heading_title(&raw, (45, 80), &["h1", "h2", "h3"]),
            "谁来为无序拆房“埋单”？"
        );
        assert_eq!(heading_title(&raw, (500, 600), &["h1", "h2", "h3"]), "");
    }

    #[test]
    fn author_labels() {
        assert_eq!(
            author_from_line("作者：张三 来源：新华社").as_deref(),
            Some("张三")
        );
        assert_eq!(
            author_from_line("作者：李四来源：人民网").as_deref(),
            Some("李四")
        );
        assert_eq!(author_from_line("2019-01-01 来源：新华社"), None);
        // Pen names listed with 、 and &.
        assert_eq!(
            author_from_line("执笔/叨叨姐、胡一刀&李小飞刀").as_deref(),
            Some("叨叨姐 胡一刀 李小飞刀")
        );
        // 向 is a surname as well as a word of prose (`记者向他了解`).
        assert_eq!(
            author_from_line("采写：南都记者 余毅菁 向雪妮").as_deref(),
            Some("余毅菁 向雪妮")
        );
        assert_eq!(author_from_line("记者向他了解情况"), None);
        assert_eq!(
            author_from_line("本报记者 王建宏 张文攀 通讯员 李四").as_deref(),
            Some("王建宏 张文攀 李四")
        );
        for (line, names) in [
            ("记者 张三 实习记者 李四 通讯员 王五", "张三 李四 王五"),
            ("本报记者 张三 本报通讯员 张三", "张三"),
            ("作者： 周思博 (Joel Spolsky)", "周思博 (Joel Spolsky)"),
            ("作者：张三（北京大学）", "张三"),
            (
                "BUSINESS.SOHU.COM2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]",
                "黄宇",
            ),
            (
                "〓 网易娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓",
                "duscha",
            ),
            ("Posted 2019-03-03 14:05 by Jane Doe", "Jane Doe"),
            ("文/图 张三", "张三"),
            ("撰文 / 张三　编辑 / 李四", "张三"),
            ("【作者】张三", "张三"),
            ("文丨张三 编辑丨李四 校对丨王五", "张三"),
            ("文 / 张三 李四", "张三 李四"),
            ("【文/张三】", "张三"),
            ("本报记者 张 三", "张三"),
            ("（中央社記者陳大文台北5日電）", "陳大文"),
            ("中央社記者王小明華盛頓4日專電", "王小明"),
            ("2019-09-26 12:11来源：证券时报网作者：李在山", "李在山"),
        ] {
            assert_eq!(author_from_line(line).as_deref(), Some(names), "{line}");
        }
        // Brackets without a date, and "by" in prose, name no one.
        assert_eq!(author_from_line("[ 黄宇 ] 来源：[ 国际金融报 ]"), None);
        assert_eq!(author_from_line("It was written by Jane Doe"), None);
        assert_eq!(
            author_from_line("顶端新闻·河南商报记者马俊峰/文受访者供图").as_deref(),
            Some("马俊峰")
        );
        // A bare 记者 in prose is a word; verbs are not names.
        assert_eq!(
            author_from_line(
                "他对前来采访的媒体说，据记者了解，这家工厂已经停产了很长一段时间，工人们都回家了"
            ),
            None
        );
        assert_eq!(author_from_line("记者查实"), None);
        assert_eq!(
            author_from_line("作者：zboygirl 阅读").as_deref(),
            Some("zboygirl")
        );
        assert_eq!(author_from_line("作者 | 张三").as_deref(), Some("张三"));
        for (line, name) in [
            ("文 | 张三", "张三"),
            ("文 / 张三", "张三"),
            ("▌文 | 张三", "张三"),
            ("作者 / 张三", "张三"),
            ("文 | 张三 图 | 李四", "张三"),
            ("文丨张三", "张三"),
            ("作者丨张三", "张三"),
            ("记者丨张三", "张三"),
            ("张三 / 文", "张三"),
            ("文｜财新周刊 张三", "张三"),
            ("记者 新华社 张三", "张三"),
        ] {
            assert_eq!(author_from_line(line).as_deref(), Some(name), "{line}");
        }
        assert!(starts_with_label("文 | 张三"));
        for outlet in [
            "大汉网络",
            "新浪财经",
            "澎湃新闻",
            "腾讯科技",
            "界面新闻客户端",
            "Reuters News",
        ] {
            assert!(looks_like_outlet(outlet), "{outlet}");
        }
        for person in ["张三", "欧阳修", "Jane Doe"] {
            assert!(!looks_like_outlet(person), "{person}");
        }
        assert_eq!(
            author_from_line("作者｜李四 编辑｜王五").as_deref(),
            Some("李四")
        );
    }

    #[test]
    fn credits_at_either_end_of_the_text() {
        assert_eq!(
            byline_from_text("本报讯（记者 张三 通讯员 李四）昨天，市里开会。\n第二段。")
                .as_deref(),
            Some("张三 李四")
        );
        assert_eq!(
            byline_from_text("第一段。\n最后一段，结束了。（信报记者 蔡雪婧）").as_deref(),
            Some("蔡雪婧")
        );
        assert_eq!(
            byline_from_text("第一段。\n……都不是利益再分配的过程吗？”（姚峰 上海报道）").as_deref(),
            Some("姚峰")
        );
        assert_eq!(
            byline_from_text("第一段。\n最后一段，结束了。(文/图 刘玺东 易赛楠)").as_deref(),
            Some("刘玺东 易赛楠")
        );
        assert_eq!(
            byline_from_text("第一段。\n最后一段。\n（作者张三，系中国人民大学教授）").as_deref(),
            Some("张三")
        );
        assert_eq!(
            byline_from_text("第一段。\n（作者系中国人民大学教授）"),
            None
        );
        assert_eq!(byline_from_text("第一段（2024年）。\n（完）"), None);
        assert_eq!(byline_from_text("第一段。\n最后。（未完待续）"), None);
        assert_eq!(byline_from_text("第一段。\n最后。（新华社）"), None);
        assert_eq!(byline_from_text("First.\nkokobj@yna.co.kr\n(END)"), None);
        assert_eq!(
            byline_from_text("First.\nLast line. (Jane Doe)").as_deref(),
            Some("Jane Doe")
        );
        // A list of the sources a story was compiled from names no author.
        assert_eq!(
            byline_from_text("第一段。\n(综合整理自澎湃新闻、智东西、雷锋网等)"),
            None
        );
        assert_eq!(
            byline_from_text("第一段。\n（张三、李四）").as_deref(),
            Some("张三 李四")
        );
        // A template's placeholder after the label credits no one.
        assert_eq!(
            author_from_line("时间：2019-09-25 作者：网络整理 阅读：1644"),
            None
        );
        assert_eq!(author_from_line("作者：未知 责任编辑：棒棒不是糖"), None);
        assert_eq!(author_from_line("作者：佚名").as_deref(), None);
        assert_eq!(author_from_line("作者：张三").as_deref(), Some("张三"));
        // Japanese shares the word 記者: a column's name, a job advertisement.
        assert_eq!(author_from_line("記者の目"), None);
        assert_eq!(author_from_line("キャリア採用　記者募集"), None);
        assert_eq!(names_alone("さくら"), None);
        assert_eq!(
            author_from_line("本報記者陳大文").as_deref(),
            Some("陳大文")
        );
        assert_eq!(
            byline_from_text("第一段。\n一位自甘穷酸的外科医生。（袁源）").as_deref(),
            Some("袁源")
        );
        assert_eq!(
            byline_from_text("第一段。\n最后一段。\n新京报记者 彭冲 山东冠县报道").as_deref(),
            Some("彭冲")
        );
        assert_eq!(
            byline_from_text("标题\n本报记者罗科苏盈发自北京\n正文。").as_deref(),
            Some("罗科苏盈")
        );
        assert_eq!(
            byline_from_text("第一段。\n最后一段。\n执笔人：闵乐夫 赵兰波 刘韬").as_deref(),
            Some("闵乐夫 赵兰波 刘韬")
        );
    }

    #[test]
    fn a_line_of_names_under_the_headline() {
        assert_eq!(
            byline_from_text("犬儒病(上)\n胡平\n——当代中国的精神危机\n正文。").as_deref(),
            Some("胡平")
        );
        assert_eq!(
            byline_from_text("标题\n赵延东、风笑天\n近年来，正文。").as_deref(),
            Some("赵延东、风笑天")
        );
        assert_eq!(
            byline_from_text("标题\n赵　培\n正文。").as_deref(),
            Some("赵培")
        );
        // Short headings are not names.
        assert_eq!(byline_from_text("标题\n前言\n正文。"), None);
        assert_eq!(byline_from_text("标题\n结语\n正文。"), None);
        assert_eq!(byline_from_text("标题\n方法\n正文。"), None);
        assert_eq!(byline_from_text("标题\n一、概述\n正文。"), None);
        assert_eq!(join_spaced_names("赵 培"), "赵培");
        assert_eq!(join_spaced_names("王燕平 方云凤"), "王燕平 方云凤");
        assert_eq!(join_spaced_names("张 三 李四"), "张三 李四");
    }

    #[test]
    fn json_ld_article() {
        let ld = JsonLd::parse(&[r#"{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Page"},{"@type":"NewsArticle","headline":"Head","author":[{"@type":"Person","name":"A"},{"name":"B"}],"datePublished":"2020-01-02T03:04:05+08:00","publisher":{"name":"Pub"}}]}"#.to_string()]);
        assert_eq!(ld.headline.as_deref(), Some("Head"));
        assert_eq!(ld.author.as_deref(), Some("A, B"));
        assert_eq!(ld.site_name.as_deref(), Some("Pub"));
        assert_eq!(
            ld.date_published.as_deref(),
            Some("2020-01-02T03:04:05+08:00")
        );
        // Baidu's structured data: no type, its own keys.
        let baidu = JsonLd::parse(&[r#"{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","@id":"http://example.com/post/2740.html","title":"江门七旬阿婆接来电被骗","pubDate":"2019-09-11T02:46:57","upDate":"2019-09-12T08:00:00"}"#.to_string()]);
        assert_eq!(baidu.headline.as_deref(), Some("江门七旬阿婆接来电被骗"));
        assert_eq!(baidu.date_published.as_deref(), Some("2019-09-11T02:46:57"));
        assert_eq!(baidu.date_modified.as_deref(), Some("2019-09-12T08:00:00"));
        // Those keys mean nothing to schema.org.
        let other = JsonLd::parse(&[r#"{"@context":"https://schema.org","@type":"NewsArticle","title":"T","pubDate":"2019-09-11"}"#.to_string()]);
        assert_eq!((other.headline, other.date_published), (None, None));
    }

    #[test]
    fn a_chinese_title_that_starts_with_the_h1_is_the_h1() {
        let mut raw = RawMeta {
            title: Some("专访｜张三：美国宣布新关税措施 中方回应_36氪".into()),
            ..RawMeta::default()
        };
        raw.headings
            .push((9, "h1", "专访｜张三：美国宣布新关税措施 中方回应".into()));
        assert_eq!(
            title(&raw, &JsonLd::default(), None),
            "专访｜张三：美国宣布新关税措施 中方回应"
        );
        // Without a separator after it, the h1 is only a part of the headline.
        raw.title = Some("专访张三美国宣布新关税措施中方回应".into());
        raw.headings[0].2 = "专访张三美国宣布".into();
        assert_eq!(
            title(&raw, &JsonLd::default(), None),
            "专访张三美国宣布新关税措施中方回应"
        );
    }

    #[test]
    fn the_site_part_of_the_title_names_the_site_when_no_meta_does() {
        let raw = |t: &str| RawMeta {
            title: Some(t.into()),
            ..RawMeta::default()
        };
        let site = |t: &str, headline: &str| site_from_title(&raw(t), headline);
        assert_eq!(
            site("标题党_科技_腾讯网", "标题党").as_deref(),
            Some("腾讯网")
        );
        assert_eq!(
            site("Dramatic rescue - CBS News", "Dramatic rescue").as_deref(),
            Some("CBS News")
        );
        assert_eq!(
            site("澎湃新闻 - 一个标题", "一个标题").as_deref(),
            Some("澎湃新闻")
        );
        // Taglines, bracketed channels, and a Latin name before the headline are no site.
        assert_eq!(
            site(
                "帖子 - 论坛 - 三校论坛 - powered by Discuz! Archiver",
                "帖子"
            )
            .as_deref(),
            Some("三校论坛")
        );
        assert_eq!(site("北医新闻网_(新闻)", "北医新闻网"), None);
        assert_eq!(
            site(
                "draft-dejong-remotestorage-04 - remoteStorage",
                "remoteStorage"
            ),
            None
        );
        // The whole title is the headline: no site part.
        assert_eq!(site("一个标题", "一个标题"), None);

        // In the metadata, a Twitter account is the last resort.
        let mut page = raw("A dramatic rescue in a Fort Worth hotel - CBS News");
        page.metas.push(("twitter:site".into(), "@CBSNews".into()));
        let meta = resolve(&page, "", (0, 0), None);
        assert_eq!(meta.site_name.as_deref(), Some("CBS News"));
        page.title = Some("A dramatic rescue in a Fort Worth hotel".into());
        let meta = resolve(&page, "", (0, 0), None);
        assert_eq!(meta.site_name.as_deref(), Some("@CBSNews"));
    }

    #[test]
    fn a_chinese_headline_in_a_lower_heading_cuts_the_title_there() {
        let mut raw = RawMeta {
            title: Some("阿里发布最强AI芯片：一块顶十块GPU-EDN 电子技术设计".into()),
            ..RawMeta::default()
        };
        raw.headings.push((40, "h4", "杂志声明".into()));
        raw.headings
            .push((52, "h4", "阿里发布最强AI芯片：一块顶十块GPU".into()));
        assert_eq!(
            title(&raw, &JsonLd::default(), None),
            "阿里发布最强AI芯片：一块顶十块GPU"
        );
        // A Latin chapter heading below `<h1>` is no headline of a title in Japanese.
        let mut raw = RawMeta {
            title: Some("Conversations with a Cryptid - Chapter 1 - 僕のヒーローアカデミア".into()),
            ..RawMeta::default()
        };
        raw.headings
            .push((9, "h2", "Conversations with a Cryptid".into()));
        assert_ne!(
            title(&raw, &JsonLd::default(), None),
            "Conversations with a Cryptid"
        );
    }

    #[test]
    fn credit_lines_next_to_the_byline_join_it() {
        let mut raw = RawMeta::default();
        raw.lines.push((24, "本报实习生刘国栋 周炜".into()));
        raw.lines.push((29, "本报记者王燕平 方云凤".into()));
        raw.lines.push((35, "2003-7-24 钱江晚报".into()));
        // Far from the byline: a line in the comments.
        raw.lines.push((90, "实习生李四".into()));
        let m = resolve(&raw, "", (30, 60), None);
        assert_eq!(m.byline.as_deref(), Some("刘国栋 周炜 王燕平 方云凤"));
    }

    #[test]
    fn the_site_after_the_authors_leaves_the_byline() {
        let cut = |b: &str, site| without_trailing_site(b.to_string(), site);
        assert_eq!(
            cut("Dana A. Ford and Tom Watkins, CNN", Some("CNN")),
            "Dana A. Ford and Tom Watkins"
        );
        assert_eq!(
            cut(
                "Jane Doe - The Harbour Gazette",
                Some("The Harbour Gazette")
            ),
            "Jane Doe"
        );
        // Another outlet, the site alone, or no site: as it stands.
        assert_eq!(cut("Jane Doe, Reuters", Some("CNN")), "Jane Doe, Reuters");
        assert_eq!(cut("CNN", Some("CNN")), "CNN");
        assert_eq!(cut("Jane Doe, CNN", None), "Jane Doe, CNN");
    }

    #[test]
    fn a_byline_box_holding_the_whole_post_is_no_byline() {
        let post = format!(
            "Submitted on Mon, 2019-01-21 13:49 {}",
            "The story's text goes on here. ".repeat(10)
        );
        let mut raw = RawMeta::default();
        raw.observe_captured(5, "article", &post);
        assert_eq!(resolve(&raw, "", (5, 60), None).byline, None);
        let mut raw = RawMeta::default();
        raw.observe_captured(5, "div", "Jane Doe, 2019-01-21 13:49");
        assert_eq!(
            resolve(&raw, "", (5, 60), None).byline.as_deref(),
            Some("Jane Doe")
        );
    }

    #[test]
    fn a_credit_far_below_the_article_is_not_its_byline() {
        let mut raw = RawMeta::default();
        // A sponsored widget's attribution, two links run together, 50 nodes below.
        raw.lines.push((110, "by Taboolaby Taboola".into()));
        assert_eq!(resolve(&raw, "", (20, 60), None).byline, None);
        // A closing credit right after the article is its own.
        raw.lines.push((70, "（记者 张三）".into()));
        assert_eq!(
            resolve(&raw, "", (20, 60), None).byline.as_deref(),
            Some("张三")
        );
    }

    #[test]
    fn a_person_on_the_copyright_line() {
        for (line, holder) in [
            ("Copyright © 李建忠", Some("李建忠")),
            ("版权所有 © 2005-2006 张三", Some("张三")),
            ("Copyright © 2003-2004 新浪网 All rights reserved", None),
            ("© 2024 Jane Doe", None),
        ] {
            let mut raw = RawMeta::default();
            raw.lines.push((100, line.into()));
            let m = resolve(&raw, "", (10, 50), None);
            assert_eq!(m.copyright_holder.as_deref(), holder, "{line}");
            assert_eq!(m.byline, None);
        }
    }

    #[test]
    fn dates_that_scripts_assign() {
        for (script, date) in [
            (
                r#"window.DATA = {"title": "x", "pubtime": "2024-06-05 08:15:20"};"#,
                Some("2024-06-05T08:15:20"),
            ),
            (
                "var publishTime = '2024-06-05 08:15';",
                Some("2024-06-05T08:15:00"),
            ),
            (
                r#"{"publish_time":"2024-06-05T08:15:20+08:00"}"#,
                Some("2024-06-05T08:15:20+08:00"),
            ),
            // A variable that is not a date string, then one that is.
            (
                "a.pubtime = b.pubtime; var pubDate = \"2024/6/5\";",
                Some("2024-06-05"),
            ),
            ("var publishTime = getTime();", None),
            ("var pubtime = 'tomorrow, 2024-06-05';", None),
            (
                "var contentid = 1; var publishdate = '2019-09-26 12:11:01';",
                Some("2019-09-26T12:11:01"),
            ),
            // Unix times, in seconds or milliseconds, quoted or not, shown in UTC+8.
            (
                r#"{"publish_time":1717553520,"title":"x"}"#,
                Some("2024-06-05T10:12:00+08:00"),
            ),
            (
                "var pubtime = '1717553520123';",
                Some("2024-06-05T10:12:00+08:00"),
            ),
            // WeChat's creation time; `ctx` and `object` are other names.
            (
                r#"var ct = "1717553520"; var publish_time = "2024-06-05" || "";"#,
                Some("2024-06-05T10:12:00+08:00"),
            ),
            ("var ctx = '1717553520'; var object = 1717553520;", None),
            // Too few digits, or outside 2000–2099.
            ("var pubtime = 17175535;", None),
            ("var pubtime = 946684799;", None),
        ] {
            assert_eq!(script_date(script, Some(480)).as_deref(), date, "{script}");
        }
        // Outside Chinese pages, Unix times are not read.
        assert_eq!(script_date("var pubtime = 1717553520;", None), None);
        // The first script that assigns a date, in document order, gives it.
        let mut raw = RawMeta::default();
        let page = "var a = 1;var pubtime = '2024-06-05 08:15:20';var pubtime = '2020-01-01';";
        for (id, span) in [(1, 0..10), (2, 10..47), (3, 47..page.len())] {
            let span = crate::html::Span::of(span);
            raw.observe_raw_text(id, "script", page, span);
        }
        raw.lines.push((9, "2023-01-01 12:00 热门文章".into()));
        let m = resolve(&raw, page, (10, 50), None);
        assert_eq!(m.published_time.as_deref(), Some("2024-06-05T08:15:20"));
        // A labelled line on the page beats the script.
        raw.lines.push((12, "发布时间：2024-06-04 07:00".into()));
        let m = resolve(&raw, page, (10, 50), None);
        assert_eq!(m.published_time.as_deref(), Some("2024-06-04T07:00:00"));
        // A labelled day alone takes the script's time of the same day, not a midnight.
        for (script, published) in [
            (
                "var __$pubtime='2021-01-05 16:59:00';",
                "2021-01-05T16:59:00",
            ),
            ("var __$pubtime='2021-01-05 00:00:00';", "2021-01-05"),
            ("var __$pubtime='2021-01-04 16:59:00';", "2021-01-05"),
        ] {
            let mut raw = RawMeta::default();
            let span = crate::html::Span::of(0..script.len());
            raw.observe_raw_text(1, "script", script, span);
            raw.lines.push((12, "发布日期: 2021-01-05".into()));
            let m = resolve(&raw, script, (10, 50), None);
            assert_eq!(m.published_time.as_deref(), Some(published), "{script}");
        }
    }

    #[test]
    fn a_date_without_a_year_takes_the_year_of_the_same_day_modified() {
        let mut raw = RawMeta::default();
        raw.lines.push((5, "发布时间：09-30 22:46".into()));
        raw.metas
            .push(("dateupdate".into(), "2019-09-30 22:46:13".into()));
        let m = resolve(&raw, "", (10, 50), None);
        assert_eq!(m.published_time.as_deref(), Some("2019-09-30T22:46:00"));
        // Modified on another day: the year is unknown.
        let mut raw = RawMeta::default();
        raw.lines.push((5, "发布时间：09-30 22:46".into()));
        raw.metas
            .push(("dateupdate".into(), "2019-10-02 08:00:00".into()));
        let m = resolve(&raw, "", (10, 50), None);
        assert_eq!(m.published_time, None);
        // With the year's last two digits, the time in a span of its own.
        for (line, modified, published) in [
            (
                "发布时间：18-03-0823:16",
                "2018-03-08 23:16:24",
                Some("2018-03-08T23:16:00"),
            ),
            ("发布时间：17-03-08 23:16", "2018-03-08 23:16:24", None),
        ] {
            let mut raw = RawMeta::default();
            raw.lines.push((5, line.into()));
            raw.metas.push(("dateupdate".into(), modified.into()));
            let m = resolve(&raw, "", (10, 50), None);
            assert_eq!(m.published_time.as_deref(), published, "{line}");
        }
    }

    #[test]
    fn numbered_page_lists() {
        for (text, link) in [
            ("下一页", Some(PageLink::Next)),
            ("【2】", Some(PageLink::Number(2))),
            ("[12]", Some(PageLink::Number(12))),
            ("第3页", Some(PageLink::Number(3))),
            (" 4 ", Some(PageLink::Number(4))),
            ("0", None),
            ("2024", None),
            ("第二页", None),
        ] {
            assert_eq!(page_link(text), link, "{text}");
        }
        let base = Url::parse("http://x.cn/a/c1-31153719.html").unwrap();
        let page = |links: &[(NodeId, u32, &str)]| RawMeta {
            next_links: links
                .iter()
                .map(|&(id, n, h)| (id, PageLink::Number(n), h.to_string()))
                .collect(),
            ..RawMeta::default()
        };
        // Every number linked, this page among them.
        let raw = page(&[
            (20, 1, "/a/c1-31153719.html"),
            (21, 2, "/a/c1-31153719-2.html"),
            (22, 3, "/a/c1-31153719-3.html"),
        ]);
        let m = resolve(&raw, "", (5, 30), Some(&base));
        assert_eq!(
            m.next_page_url.as_deref(),
            Some("http://x.cn/a/c1-31153719-2.html")
        );
        // On page 2.
        let base2 = Url::parse("http://x.cn/a/c1-31153719-2.html").unwrap();
        let m = resolve(&raw, "", (5, 30), Some(&base2));
        assert_eq!(
            m.next_page_url.as_deref(),
            Some("http://x.cn/a/c1-31153719-3.html")
        );
        // The first page's own number unlinked: 2, 3 follow.
        let raw = page(&[(21, 2, "/a/p2.html"), (22, 3, "/a/p3.html")]);
        let m = resolve(&raw, "", (5, 30), Some(&base));
        assert_eq!(m.next_page_url.as_deref(), Some("http://x.cn/a/p2.html"));
        // A carousel's "Next" drives slides on this page.
        let mut carousel = RawMeta::default();
        carousel
            .next_links
            .push((21, PageLink::Next, "#slide-2".into()));
        assert_eq!(
            resolve(&carousel, "", (5, 30), Some(&base)).next_page_url,
            None
        );
        // Citations into this page, a calendar's days, a list far past the article: no page.
        for links in [
            vec![(21, 2, "#note-2"), (22, 3, "#note-3")],
            vec![(21, 2, "/2024/06/02"), (22, 9, "/2024/06/09")],
            vec![(200, 2, "/a/p2.html"), (201, 3, "/a/p3.html")],
        ] {
            let m = resolve(&page(&links), "", (5, 30), Some(&base));
            assert_eq!(m.next_page_url, None, "{links:?}");
        }
    }

    #[test]
    fn dublin_core_names_with_a_dot_or_a_colon() {
        assert_eq!(meta_key("DC.creator"), "dc:creator");
        assert_eq!(meta_key("dc:Creator"), "dc:creator");
        assert_eq!(meta_key("DC.date.issued"), "dc:date.issued");
        assert_eq!(meta_key("author"), "author");
        let attrs = crate::html::attrs::parse(
            r#"<meta property="dc:creator twitter:site_name" content="Creator Name">"#,
        );
        let mut raw = RawMeta::default();
        raw.observe_element(1, "meta", &attrs);
        raw.metas.push(("author".into(), "Someone Else".into()));
        raw.metas
            .push(("dc:date.issued".into(), "2024-06-05".into()));
        let m = resolve(&raw, "", (0, 0), None);
        assert_eq!(m.byline.as_deref(), Some("Creator Name"));
        assert_eq!(m.published_time.as_deref(), Some("2024-06-05"));
    }

    #[test]
    fn page_furniture_in_a_byline_is_no_name() {
        let of = |s: &str| without_furniture(s);
        // A user id, a template's placeholder, a teaser's label, breadcrumbs, a list's
        // heading, a line of labels whose author is empty.
        for furniture in [
            "104363",
            "name, email@gmail.com",
            "Your Name <you@example.com>",
            "黄斌汉：",
            "当前位置 : 上海新闻网 > 新闻资讯 > 社会关注",
            "Home » News » World",
            "相关文章",
            "版权声明 来源：当代商报 时间：",
            "关注",
            "更多",
        ] {
            assert_eq!(of(furniture), None, "{furniture}");
        }
        assert_eq!(of("张三 zhangsan@example.com").as_deref(), Some("张三"));
        assert_eq!(of("中国广州发布 关注").as_deref(), Some("中国广州发布"));
        assert_eq!(of("扬眼企鹅号").as_deref(), Some("扬眼"));
        assert_eq!(of("去驴行 +关注").as_deref(), Some("去驴行"));
        assert_eq!(of("Jane Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(of("A > B").as_deref(), Some("A > B"));
    }

    #[test]
    fn the_portal_s_own_name_is_no_author() {
        assert!(is_site_brand("网易", "男孩写纸团抛出引来警察_网易新闻"));
        assert!(is_site_brand("网易", "多地项目连环爆雷_网易财经"));
        assert!(is_site_brand(
            "网易",
            "广西省发生了一起事件|盗窃案_网易订阅"
        ));
        // A blog named after its author, a site that is not the name plus an outlet's ending.
        assert!(!is_site_brand("王文", "中美贸易持久战_王文的博客"));
        assert!(!is_site_brand("John Smith", "A post - John Smith"));
        assert!(!is_site_brand("网易", "网易新闻"));
        let mut raw = RawMeta::default();
        raw.metas.push(("author".into(), "网易".into()));
        raw.title = Some("男孩因不想上补习班写纸团抛出引来警察_网易新闻".into());
        assert_eq!(resolve(&raw, "", (0, 0), None).byline, None);
        raw.lines.push((3, "新京报记者 陆一夫".into()));
        assert_eq!(
            resolve(&raw, "", (0, 0), None).byline.as_deref(),
            Some("陆一夫")
        );
    }

    #[test]
    fn an_og_title_cut_at_an_unescaped_quote_gives_way_to_the_title() {
        let mut raw = RawMeta::default();
        raw.metas
            .push(("og:title".into(), "男孩因不想上补习班 写".into()));
        raw.title = Some(r#"男孩因不想上补习班 写"救命啊"纸团抛出引来警察_网易新闻"#.into());
        raw.headings.push((
            5,
            "h1",
            r#"男孩因不想上补习班 写"救命啊"纸团抛出引来警察"#.into(),
        ));
        let m = resolve(&raw, "", (0, 0), None);
        assert_eq!(m.title, r#"男孩因不想上补习班 写"救命啊"纸团抛出引来警察"#);
        // An og:title that the `<title>` merely continues is kept.
        raw.metas[0].1 = "男孩因不想上补习班".into();
        raw.title = Some("男孩因不想上补习班 写纸团_网易新闻".into());
        assert_eq!(resolve(&raw, "", (0, 0), None).title, "男孩因不想上补习班");
    }

    #[test]
    fn a_byline_box_names_before_titles_and_roles() {
        assert_eq!(
            leading_name("王文 中国人民大学重阳金融研究院执行院长").as_deref(),
            Some("王文")
        );
        assert_eq!(leading_name("张三 李四"), None);
        assert_eq!(leading_name("中国人民大学 王文"), None);
        assert_eq!(leading_name("王文"), None);
        assert_eq!(
            author_from_line("长江网10月4日讯（记者陈智 整合）").as_deref(),
            Some("陈智")
        );
        // A bare 记者 that a comma follows is a word of a headline.
        assert_eq!(author_from_line("做公号、开专栏的名记者，晋升部级"), None);
    }

    #[test]
    fn an_outlet_before_the_names_is_no_author() {
        let strip = |b: &str, site| without_leading_outlet(b.to_string(), site);
        assert_eq!(strip("财新 张三", Some("财新网")), "张三");
        assert_eq!(strip("财新 张三 李四", Some("财新网")), "张三 李四");
        // Not in the site's name, starting with a surname, or with a name without one: kept.
        assert_eq!(strip("财新 张三", Some("新浪新闻")), "财新 张三");
        assert_eq!(strip("张三 李四", Some("张三的博客")), "张三 李四");
        assert_eq!(strip("财新 仉伟", Some("财新网")), "财新 仉伟");
        assert_eq!(strip("财新 张三", None), "财新 张三");
        assert_eq!(strip("财新 John", Some("财新网")), "财新 John");
    }

    #[test]
    fn a_site_name_for_a_title_is_no_headline() {
        let mut raw = RawMeta::default();
        raw.metas.push(("og:title".into(), "某某新闻".into()));
        raw.metas.push(("og:site_name".into(), "某某新闻".into()));
        raw.title = Some("国务院常务会议部署进一步扩大内需_某某新闻".into());
        let m = resolve(&raw, "", (0, 0), None);
        assert_eq!(m.title, "国务院常务会议部署进一步扩大内需");
    }

    #[test]
    fn bylines_stop_at_a_dateline() {
        for (text, byline) in [
            ("Jose AltoverosView More Articles", "Jose Altoveros"),
            ("by Jeff FoustMonday, November 18, 2019", "by Jeff Foust"),
            (
                "Detroit News wire services Published 11:11 PM EST Nov 19, 2019",
                "Detroit News wire services",
            ),
            ("Updated Nov 19, 6:55 AM;", ""),
            ("By", ""),
            ("张三 2024-06-05", "张三"),
            ("Jane Doe", "Jane Doe"),
            ("Nicolas Perriault —", "Nicolas Perriault —"),
            ("Last Updated: January 7, 2025", ""),
        ] {
            assert_eq!(byline_before_dateline(text), byline, "{text}");
        }
    }

    #[test]
    fn a_meta_name_with_a_space() {
        let attrs = crate::html::attrs::parse(
            r#"<meta name="weibo: article:create_at" content="2024-06-05 08:15:20">"#,
        );
        let mut raw = RawMeta::default();
        raw.observe_element(1, "meta", &attrs);
        let m = resolve(&raw, "", (0, 0), None);
        assert_eq!(m.published_time.as_deref(), Some("2024-06-05T08:15:20"));
    }

    #[test]
    fn names_beside_a_date() {
        for (line, names) in [
            ("张三·2024-06-05 10:12", Some("张三")),
            ("2024-06-05 10:12:33 · 王小明 李四", Some("王小明 李四")),
            ("张三 2024-06-05 10:12:33", Some("张三")),
            ("2024-06-05 10:12:33 星期三", None),
            ("2024-06-05 周三 10:12", None),
            ("2024-06-05 10:12 周末", None),
            ("2024-06-05 凌晨", None),
            ("原创 2024-06-05 10:12", None),
            ("2024-06-05 10:12 北京", None),
            ("2024-06-05 10:12·江苏", None),
            ("2024-06-05 10:12 徐州", None),
            ("张三 2024-06-05 黄浦区", None),
            ("2024-06-05 10:12 新华社", None),
            ("2024-06-05 10:12 阅读 1234", None),
            ("张三 李四", None),
        ] {
            assert_eq!(dated_names(line).as_deref(), names, "{line}");
        }
        for (line, names) in [
            ("石佳/中国青年报", Some("石佳")),
            ("张三 李四／新京报", Some("张三 李四")),
            // Not an outlet, no names, a path.
            ("张三/李四", None),
            ("图片/新华社", None),
            ("新闻/中国青年报/评论", None),
        ] {
            assert_eq!(names_before_outlet(line).as_deref(), names, "{line}");
        }
        let mut raw = RawMeta::default();
        raw.observe_block(9, "p", 8, &LineProbe::new("石佳/中国青年报"));
        raw.observe_block(11, "p", 10, &LineProbe::new("2019-09-24 09:10"));
        assert_eq!(dated_byline(&raw, (12, 40)).as_deref(), Some("石佳"));
    }

    #[test]
    fn a_source_line_loses_the_page_actions_after_the_outlet() {
        for (line, outlet) in [
            ("2024-06-05 10:12:33　来源: 澎湃新闻举报", Some("澎湃新闻")),
            ("来源：新华网纠错分享", Some("新华网")),
            ("来源：举报", None),
            ("来源：本站原创", None),
            ("来源：人民网－人民日报", Some("人民网－人民日报")),
        ] {
            let mut raw = RawMeta::default();
            raw.lines.push((3, line.into()));
            assert_eq!(source_from_lines(&raw).as_deref(), outlet, "{line}");
        }
    }

    #[test]
    fn a_chinese_page_s_printed_time_wins_over_its_meta_time_on_the_same_day() {
        let page = |title: &str, lines: &[(NodeId, &str)]| {
            let raw = RawMeta {
                title: Some(title.into()),
                metas: vec![(
                    "article:published_time".into(),
                    "2019-09-07T06:52:51+08:00".into(),
                )],
                lines: lines.iter().map(|(i, l)| (*i, l.to_string())).collect(),
                ..RawMeta::default()
            };
            resolve(&raw, "", (10, 50), None).published_time
        };
        let t = "最强中国芯本月商用_新浪新闻";
        assert_eq!(
            page(t, &[(8, "2019年09月07日 04:04 北京日报")]).as_deref(),
            Some("2019-09-07T04:04:00")
        );
        // The same minute, another day, a modification time, an English page: the meta
        // stands.
        for lines in [
            &[(8, "2019年09月07日 06:52")][..],
            &[(8, "2019年09月08日 04:04")],
            &[(8, "最后更新：2019年09月07日 09:08")],
        ] {
            assert_eq!(
                page(t, lines).as_deref(),
                Some("2019-09-07T06:52:51+08:00"),
                "{lines:?}"
            );
        }
        assert_eq!(
            page("China's chip in use this month", &[(8, "2019-09-07 04:04")]).as_deref(),
            Some("2019-09-07T06:52:51+08:00")
        );
    }

    #[test]
    fn portal_date_metas() {
        let mut raw = RawMeta::default();
        raw.metas
            .push(("og:time".into(), "2024-06-05 08:00:16".into()));
        let m = resolve(&raw, "", (0, 0), None);
        assert_eq!(m.published_time.as_deref(), Some("2024-06-05T08:00:16"));
    }

    #[test]
    fn modified_time_is_not_published_time() {
        let mut raw = RawMeta::default();
        raw.lines.push((3, "最后更新: 2024-06-05 08:00:16".into()));
        raw.lines
            .push((90, "2024-06-03 07:46 related story".into()));
        assert_eq!(date_from_lines(&raw, "", (5, 50)), None);
        assert_eq!(
            modified_from_lines(&raw, (5, 50)).as_deref(),
            Some("2024-06-05T08:00:16")
        );
        raw.lines.push((4, "发布时间：2024-06-04 07:00".into()));
        assert_eq!(
            date_from_lines(&raw, "", (5, 50)).as_deref(),
            Some("2024-06-04T07:00:00")
        );
    }

    #[test]
    fn dates_closing_a_post_and_date_only_header_lines() {
        // A labelled line just after the article (a blog's footer) counts; far after, not.
        let mut raw = RawMeta::default();
        raw.lines.push((200, "发表于 2005-08-02 10:00".into()));
        assert_eq!(date_from_lines(&raw, "", (5, 50)), None);
        raw.lines
            .push((60, "作者:zboygirl 发表于:2005-07-31 12:30".into()));
        assert_eq!(
            date_from_lines(&raw, "", (5, 50)).as_deref(),
            Some("2005-07-31T12:30:00")
        );
        // A date without a time, on a short line above the article.
        let mut raw = RawMeta::default();
        raw.lines.push((2, "2003-7-24 钱江晚报".into()));
        assert_eq!(
            date_from_lines(&raw, "", (5, 50)).as_deref(),
            Some("2003-07-24")
        );
        let mut raw = RawMeta::default();
        raw.lines
            .push((2, "2003-7-24 一段很长的文字，不是报头，而是正文里提到的某一天发生的事情，后面还有更多的叙述".into()));
        assert_eq!(date_from_lines(&raw, "", (5, 50)), None);
        // The credit line above the article, however long, gives its date.
        let mut raw = RawMeta::default();
        raw.lines.push((
            3,
            "作者： 周思博 (Joel Spolsky) 译： Chen Bin 2005年1月2日 原文发表于他的网站".into(),
        ));
        assert_eq!(
            date_from_lines(&raw, "", (5, 50)).as_deref(),
            Some("2005-01-02")
        );
    }
}
