//! Article metadata: title, byline, published time, site name, language, excerpt, lead image,
//! next page.
//!
//! Pass 1 feeds [`RawMeta`] with what it sees (meta tags, JSON-LD, `<title>`, headings, short
//! lines with 作者/来源/发布时间 labels); [`resolve`] then picks each field by a fixed order of
//! sources, from the most explicit (JSON-LD, Open Graph) to the visible page text.

mod byline;
mod collect;
pub mod date;
mod jsonld;
mod lines;
mod links;
mod published;
mod schema;
mod title;

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::html::attrs::Attr;
use crate::url::Url;
use aho_corasick::AhoCorasick;
use serde_json::Value;

use crate::heuristics::{
    AUTHOR_LABELS, AUTHOR_SUFFIXES, BAIDU_CAMBRIAN_CONTEXT, BARE_LABEL_AFTER,
    BARE_LABEL_LINE_MAX_CHARS, BREADCRUMB_LABELS, BREADCRUMB_SEPARATORS_MIN, BYLINE_BOX_MAX_CHARS,
    BYLINE_ENDS, CHINESE_PAGE_OFFSET_MINUTES, CJK_HEADLINE_MIN_CHARS, CJK_SITE_PART_MAX_CHARS,
    CLOSING_CREDIT_MAX_CHARS, CO_CREDIT_LABELS, CO_CREDIT_LINE_NODES, COMPOUND_SURNAMES,
    COPYRIGHT_LABELS, CREDIT_LINES, CREDIT_ROLE_WORDS, CREDIT_SEPARATORS, DATE_AFTER_ARTICLE_NODES,
    DATE_LABELS, DATE_ONLY_BEFORE_ARTICLE_NODES, DATE_ONLY_LINE_MAX_CHARS, DATED_NAME_SEPARATORS,
    DATELINE_PLACES, EDITOR_LABELS, FLOOR_LINE_MAX_CHARS, FLOOR_SUFFIXES, FLOOR_WORDS,
    GENERATOR_TAGLINE, HEADER_AFTER_ARTICLE_START_NODES, HEADER_BEFORE_ARTICLE_NODES,
    HEADING_BEFORE_ARTICLE_NODES, HEADING_TITLE_MIN_CHARS, LINK_LIST_LABELS, MAX_CJK_NAME_CHARS,
    MAX_DECLARED_STEPS, MAX_JSON_LD_BYTES, MAX_JSON_LD_VALUES, MAX_LABEL_LINE_CHARS, MAX_LINES,
    MAX_METAS, MAX_POST_AUTHOR_CHARS, MAX_POST_AUTHORS, MAX_SPLIT_TITLE_BYTES, MAX_TEMPLATES,
    MAX_TITLED_TIME_BYTES, META_DATE_KEY_EXCLUDED, META_DATE_KEY_PARTS, MODIFIED_LABELS,
    NAME_LINE_LINES, NAME_LINE_MAX_CHARS, NEXT_PAGE_LABELS, NOT_IN_NAMES, NOT_NAMES,
    OUTLET_SUFFIXES, OUTLET_WORDS, PAGE_LIST_AFTER_ARTICLE_NODES, PARENTHESIZED_CREDIT_MAX_CHARS,
    PHOTO_CREDIT_ENDS, PLACE_SUFFIXES, PLACEHOLDER_AUTHORS, PLACES_LED_BY_SURNAMES,
    PLATFORM_TITLES, RELATIVE_TIME_AGO, RELATIVE_TIME_UNITS, REPORTED_SUFFIXES,
    SCRIPT_ACCOUNT_KEYS, SCRIPT_DATE_KEYS, SCRIPT_DATE_MAX_BYTES, SITE_NAME_FROM_TITLE_MAX_CHARS,
    SOURCE_LABELS, SURNAMES, TITLE_COLON_OUTLET_ENDS, TITLE_OUTLET_MARKS, TITLE_SEPARATORS,
    TRAILING_PAGE_ACTIONS, WECHAT_CREATION_TIME_KEY,
};
use crate::html::tree::NodeId;
use crate::text::{Prefixes, SplitPatterns};

use byline::*;
pub use byline::{byline_from_text, join_spaced_names, looks_like_outlet, without_leading_outlet};
pub use collect::RawMeta;
use jsonld::*;
pub use jsonld::{DeclaredHowTo, DeclaredRecipe};
pub use lines::LineProbe;
pub(crate) use lines::starts_with_label;
use lines::*;
use links::*;
pub use links::{PageLink, page_link};
use published::*;
pub use schema::SchemaTypes;
pub(crate) use title::cjk_title_parts;
use title::*;

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
    /// The body the page declares in JSON-LD (`articleBody`), as written there.
    pub declared_body: Option<String>,
    /// The recipe the page declares in JSON-LD.
    pub recipe: Option<DeclaredRecipe>,
    /// The instructions the page declares in JSON-LD (`HowTo`).
    pub howto: Option<DeclaredHowTo>,
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
    let mut title = without_tags(&title(raw, &ld, site_name.as_deref()));
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
    // A platform's account (a 公众号) that its scripts name: the site when the page names only
    // the platform, else the byline of last resort.
    let account = published::script_account(raw, html);
    let generic = site_name
        .as_deref()
        .is_some_and(|s| PLATFORM_TITLES.iter().any(|p| s.eq_ignore_ascii_case(p)));
    let site_name = match (&account, generic) {
        (Some(a), true) => Some(a.clone()),
        _ => site_name,
    };
    let byline = byline(raw, &ld, article)
        .map(|b| {
            let b = without_leading_outlet(b, site_name.as_deref());
            without_trailing_site(b, site_name.as_deref())
        })
        .or_else(|| account.filter(|_| !generic));

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
        declared_body: ld.body.clone(),
        recipe: jsonld::recipe(&raw.json_ld),
        howto: jsonld::howto(&raw.json_ld),
    }
}

/// Collapses whitespace and trims.
/// A title with the markup a CMS wrote into its metadata taken out (`Act Is the Antidote
/// <br/>to DEI` → `Act Is the Antidote to DEI`): a tag is `<` then a letter, `/` or `!`, up to
/// `>`; a lone `<` (`a < b`) stays.
pub fn without_tags(s: &str) -> String {
    if !s.contains('<') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('<') {
        let after = &rest[at + 1..];
        let tag = after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!');
        match after.find('>').filter(|_| tag) {
            Some(close) => {
                out.push_str(&rest[..at]);
                out.push(' ');
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[..=at]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    collapse(&out)
}

pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
