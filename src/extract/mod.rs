//! Article extraction: [`scan`] (pass 1, statistics), [`score`] (choose the article, a pure
//! function), [`emit`] (pass 2, write the sanitized article);
//! [`sanitize`] holds the output allowlist, [`crate::heuristics`] every threshold and word list.

pub mod emit;
mod kind;
mod reading;
pub mod sanitize;
pub mod scan;
pub mod score;
mod structured;
mod teasers;
mod thread;
#[cfg(test)]
mod tree_conformance;
#[cfg(any(test, feature = "internals"))]
pub(crate) mod visible;

use crate::url::Url;

use crate::article::Kind;
use crate::decode::{Decoder, decode};
use crate::heuristics::{
    CJK_CHARS_PER_MINUTE, CJK_HEADLINE_MIN_CHARS, CJK_SITE_PART_MAX_CHARS, EXCERPT_MAX_CHARS,
    EXCERPT_MIN_CHARS, HEADER_AFTER_ARTICLE_START_NODES, HEADER_BEFORE_ARTICLE_NODES,
    LAXER_ATTEMPT_GAIN, LISTING_MIN_PRODUCTS, MIN_ARTICLE_LEN, TEMPLATE_FOUND_MAX_CHARS,
    TEMPLATE_GAIN, TITLE_HEADING_MAX_TEXT_BEFORE, TITLE_HEADING_SIMILARITY, WORDS_PER_MINUTE,
};
use crate::html::tree::NodeId;
use crate::metadata;
use crate::text;
use crate::{Article, Error, Options};
use score::{Attempt, Choice};

/// Extracts the article from a page's bytes.
///
/// ```
/// let html = "<html><head><title>Hello | Site</title></head><body><nav>Home</nav>\
///             <article><p>It was a bright cold day in April, and the clocks were striking thirteen.</p></article></body></html>";
/// let article = qingyue::extract(html.as_bytes(), &qingyue::Options::default()).unwrap();
/// assert!(article.text_content.starts_with("It was a bright cold day"));
/// assert!(!article.content.contains("Home"));
/// ```
pub fn extract(input: &[u8], options: &Options) -> Result<Article, Error> {
    if input.len() > options.max_bytes {
        return Err(Error::TooLarge {
            size: input.len(),
            limit: options.max_bytes,
        });
    }
    let page_url = page_url(options)?;
    let tld = top_level_domain(page_url.as_ref());
    // The same text and the same pass 1 as [`Extractor`] (its tests compare the two), with
    // a UTF-8 page borrowed rather than copied.
    let decoded = decode(input, options.charset.as_deref(), tld.as_deref())?;
    let mut scanner = scan::Scanner::new();
    scanner.feed(&decoded.text, true);
    let mut article = article_of(&decoded.text, scanner.finish(), page_url.as_ref(), true)?;
    article.charset = decoded.encoding.name().to_string();
    Ok(article)
}

/// The top-level domain of the page's host, which sharpens charset detection.
fn top_level_domain(url: Option<&Url>) -> Option<String> {
    url.and_then(|u| u.host_str())
        .and_then(|h| h.rsplit('.').next())
        .map(str::to_string)
}

/// The page's URL from the options (blank is none).
fn page_url(options: &Options) -> Result<Option<Url>, Error> {
    match options
        .url
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty())
    {
        Some(u) => Url::parse(u).map(Some).map_err(|e| Error::InvalidUrl {
            url: u.to_string(),
            reason: e.to_string(),
        }),
        None => Ok(None),
    }
}

/// Extracts the article from already decoded HTML.
pub fn extract_str(html: &str, options: &Options) -> Result<Article, Error> {
    extract(
        html.as_bytes(),
        &Options {
            charset: Some("utf-8".into()),
            ..options.clone()
        },
    )
}

/// Scores the scanned page, resolves its metadata and writes the article.
/// `templates`: whether the page's template scripts may stand in for a missing article (not
/// when reading a template itself).
fn article_of(
    html: &str,
    mut scanned: scan::Scan,
    page_url: Option<&Url>,
    templates: bool,
) -> Result<Article, Error> {
    let links: Vec<(NodeId, metadata::PageLink, String)> = scanned
        .meta
        .next_link_spans
        .iter()
        .map(|&(id, kind, span)| {
            (
                id,
                kind,
                crate::html::decode::attribute_value(span.text(html))
                    .trim()
                    .to_string(),
            )
        })
        .collect();
    scanned.meta.next_links = links;
    let base = match (page_url, scanned.meta.base.as_deref()) {
        (Some(u), Some(b)) => u.join(b).ok().or_else(|| Some(u.clone())),
        (Some(u), None) => Some(u.clone()),
        (None, Some(b)) => Url::parse(b).ok(),
        (None, None) => None,
    };
    let types = scanned.meta.schema_types();
    let mut plain = best_choice(&scanned.nodes);
    // A page that declares itself a list of pages (a category, search results) is its stream.
    let listing = types.listing > 0 || types.product >= LISTING_MIN_PRODUCTS;
    if let Some(alt) = page_headline(&scanned)
        .filter(|_| !listing)
        .and_then(|headline| teasers::under_headline(&scanned.nodes, &plain, headline))
    {
        plain = alt;
    }
    let marks = thread::post_marks(&scanned);
    let (kind, mut choice) = reading::choose(&scanned, &types, plain, &marks);
    let start = choice.roots.first().copied().unwrap_or(0);
    let end = choice
        .roots
        .last()
        .map_or(0, |&r| scanned.nodes[r as usize].end);
    let mut meta = metadata::resolve(&scanned.meta, html, (start, end), base.as_ref());
    if let Some(part) = headline_part(&scanned.nodes, start, &meta.title) {
        meta.title = part;
    }
    drop_title_heading(&scanned, &mut choice, &meta.title);
    let mut emitted = emit::emit(html, &scanned, &choice, base.as_ref());
    let mut posts = Vec::new();
    if kind == Kind::Thread {
        if let Some(t) = thread::posts(html, &scanned, &mut choice, base.as_ref(), &emitted, &marks)
        {
            posts = t.posts;
            emitted = emit::Emitted {
                kept: emitted.kept,
                ..t.emitted
            };
        }
    }
    if let Some(body) = meta.declared_body.as_deref() {
        structured::declared_body_if_fuller(&mut emitted, body);
    }
    if templates {
        template_if_fuller(html, &scanned, page_url, &mut emitted);
        // A how-to the page declares, where its markup holds little (drawn by scripts).
        let short = emitted.text.chars().count() < TEMPLATE_FOUND_MAX_CHARS;
        if let Some(howto) = meta.howto.as_ref().filter(|_| short) {
            let doc = structured::howto_document(howto, meta.lang.as_deref());
            let declared = whole_document(&doc, base.as_ref());
            if is_fuller(&declared, &emitted) {
                emitted = declared;
            }
        }
    }
    if let (Kind::Recipe, Some(recipe)) = (kind, &meta.recipe) {
        structured::recipe_if_missing(&mut emitted, recipe, meta.lang.as_deref());
    }
    if emitted.text.is_empty() && !emitted.html.contains("<img") {
        return Err(Error::NoContent);
    }
    let excerpt = meta.excerpt.or_else(|| {
        emitted
            .text
            .lines()
            .find(|l| l.chars().count() >= EXCERPT_MIN_CHARS)
            .map(|l| l.chars().take(EXCERPT_MAX_CHARS).collect())
    });
    // A credit in the text names a person: it beats an outlet in the markup (大汉网络).
    let byline = match meta.byline {
        Some(b) if !metadata::looks_like_outlet(&b) => Some(b),
        declared => metadata::byline_from_text(&emitted.text)
            .map(|b| metadata::without_leading_outlet(b, meta.site_name.as_deref()))
            .or(meta.dated_names)
            .or(declared),
    }
    .or(meta.copyright_holder)
    .map(|b| metadata::join_spaced_names(&b));
    // A site that repeats the byline (`BBC News · BBC News`) is shown once, as the byline.
    let site_name = meta.site_name.filter(|s| {
        byline
            .as_deref()
            .is_none_or(|b| !b.trim().eq_ignore_ascii_case(s.trim()))
    });
    // The page's address: the one given, else the page's canonical link.
    let url = page_url.map(Url::to_string).or_else(|| {
        let canonical = scanned.meta.canonical.as_deref()?;
        sanitize::clean_url(canonical, base.as_ref(), false)
            .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
    });
    let kept = emitted.kept;
    let TextFigures {
        length,
        reading_minutes,
        script,
    } = text_figures(&emitted.text);
    Ok(Article {
        title: meta.title,
        byline,
        dir: meta.dir,
        lang: meta.lang,
        length,
        reading_minutes,
        content: emitted.html,
        text_content: emitted.text,
        excerpt,
        site_name,
        published_time: meta.published_time,
        modified_time: meta.modified_time,
        lead_image: meta.lead_image,
        next_page_url: meta.next_page_url,
        charset: "UTF-8".into(),
        removed_elements: u32::try_from(scanned.nodes.len().saturating_sub(1))
            .unwrap_or(u32::MAX)
            .saturating_sub(kept),
        script,
        kind,
        posts,
        url,
    })
}

/// A page whose article is short (a blog's header) while a template script holds markup with
/// much more: the template's article, read as a page of its own (once: templates in it are
/// not read).
fn template_if_fuller(
    html: &str,
    scanned: &scan::Scan,
    page_url: Option<&Url>,
    emitted: &mut emit::Emitted,
) {
    for span in &scanned.meta.templates {
        if fuller_from(span.text(html), page_url, emitted) {
            return;
        }
    }
}

/// The article read from a template replaces the one found in the page when that holds little
/// text and the template's clearly more; whether it did.
fn fuller_from(doc: &str, page_url: Option<&Url>, emitted: &mut emit::Emitted) -> bool {
    if emitted.text.chars().count() >= TEMPLATE_FOUND_MAX_CHARS {
        return false;
    }
    let mut scanner = scan::Scanner::new();
    scanner.feed(doc, true);
    let Ok(inner) = article_of(doc, scanner.finish(), page_url, false) else {
        return false;
    };
    let inner = emit::Emitted {
        html: inner.content,
        text: inner.text_content,
        kept: 0,
    };
    let fuller = is_fuller(&inner, emitted);
    if fuller {
        *emitted = inner;
    }
    fuller
}

/// Whether `other` should replace the article `found`: that holds little text
/// ([`TEMPLATE_FOUND_MAX_CHARS`]) and `other` clearly more ([`TEMPLATE_GAIN`]).
fn is_fuller(other: &emit::Emitted, found: &emit::Emitted) -> bool {
    let (len, found) = (other.text.chars().count(), found.text.chars().count());
    found < TEMPLATE_FOUND_MAX_CHARS
        && len >= TEMPLATE_FOUND_MAX_CHARS
        && len >= found * TEMPLATE_GAIN
}

/// A document qingyue wrote from declared data, whole: its `<body>` through the output
/// allowlist, nothing scored away (its parts were chosen when it was written).
fn whole_document(doc: &str, base: Option<&Url>) -> emit::Emitted {
    let mut scanner = scan::Scanner::new();
    scanner.feed(doc, true);
    let scanned = scanner.finish();
    let n = scanned.nodes.len();
    let body = scanned.nodes.iter().position(|node| node.tag == "body");
    let choice = Choice {
        roots: body.map(|b| b as NodeId).into_iter().collect(),
        drop: vec![false; n],
        layout: vec![false; n],
        text_len: 0,
        top_score: 0.0,
    };
    emit::emit(doc, &scanned, &choice, base)
}

/// The first attempt that finds enough text, else the one that found the most, where a
/// laxer attempt that picks other roots must find clearly more ([`LAXER_ATTEMPT_GAIN`]) to
/// replace a stricter one (the same roots cleaned less replace it when longer at all).
fn best_choice(nodes: &[scan::Node]) -> Choice {
    let mut best: Option<Choice> = None;
    for attempt in Attempt::ALL {
        let c = score::choose(nodes, attempt);
        if c.text_len >= MIN_ARTICLE_LEN {
            return c;
        }
        // Class and id hints, summed over a choice's roots: a laxer attempt ignores them, and
        // must not trade a root the page calls content for one it calls chrome.
        let hinted = |c: &Choice| -> f32 {
            c.roots
                .iter()
                .map(|&r| nodes[r as usize].class_weight)
                .sum()
        };
        let more = |b: &Choice| {
            c.text_len > b.text_len
                && (c.roots == b.roots
                    || (c.text_len as f32 > b.text_len as f32 * LAXER_ATTEMPT_GAIN
                        && !(hinted(&c) < 0.0 && hinted(b) > 0.0)))
        };
        if best.as_ref().is_none_or(more) {
            best = Some(c);
        }
    }
    best.unwrap_or_else(|| score::choose(nodes, Attempt::ALL[0]))
}

/// The page's headline: the first `h1` whose words are the `<title>`'s.
fn page_headline(scanned: &scan::Scan) -> Option<NodeId> {
    let title = scanned.meta.title.as_deref()?;
    scanned
        .meta
        .headings
        .iter()
        .find(|(_, tag, text)| {
            *tag == "h1"
                && !text.is_empty()
                && text_similarity(title, text) > TITLE_HEADING_SIMILARITY
        })
        .map(|(id, ..)| *id)
}

/// Readability's `_textSimilarity`: the share of `b`'s text (by token length) made of tokens
/// that `a` has too. Tokens are words (ASCII letters lowercased) and each CJK character.
fn text_similarity(a: &str, b: &str) -> f32 {
    fn tokens(s: &str) -> Vec<String> {
        let mut out = vec![];
        for word in s.split(|c: char| !c.is_alphanumeric()) {
            let mut run = String::new();
            for c in word.chars() {
                if text::is_cjk(c) {
                    if !run.is_empty() {
                        out.push(std::mem::take(&mut run));
                    }
                    out.push(c.to_string());
                } else {
                    run.push(c.to_ascii_lowercase());
                }
            }
            if !run.is_empty() {
                out.push(run);
            }
        }
        out
    }
    let joined_len = |t: &[&String]| {
        t.iter().map(|s| s.chars().count()).sum::<usize>() + t.len().saturating_sub(1)
    };
    let (a, b) = (tokens(a), tokens(b));
    if b.is_empty() {
        return 0.0;
    }
    let all: Vec<&String> = b.iter().collect();
    let unique: Vec<&String> = b.iter().filter(|t| !a.contains(t)).collect();
    1.0 - joined_len(&unique) as f32 / joined_len(&all) as f32
}

/// Characters of the article's text before node `id` (kept nodes of the chosen roots).
fn text_before(scanned: &scan::Scan, choice: &Choice, id: NodeId) -> u32 {
    let nodes = &scanned.nodes;
    let mut chars = 0u32;
    for &r in choice.roots.iter().filter(|&&r| r < id) {
        let mut j = r as usize + 1;
        let stop = (nodes[r as usize].end as usize).min(id as usize - 1);
        while j <= stop {
            if choice.drop[j] {
                j = nodes[j].end as usize + 1;
                continue;
            }
            chars = chars.saturating_add(nodes[j].text.chars);
            j += 1;
        }
    }
    chars
}

/// The headline repeated at the top of the body (an `h1`/`h2` like the title, as
/// Readability's `_headerDuplicatesTitle` judges, or another block that is the title exactly)
/// is shown once, as the title — also when the heading is itself one of the chosen roots (a
/// sibling that joined the article).
fn drop_title_heading(scanned: &scan::Scan, choice: &mut Choice, title: &str) {
    let title = metadata::collapse(title);
    if title.is_empty() {
        return;
    }
    for (id, tag, text) in &scanned.meta.headings {
        let i = *id as usize;
        let inside = choice
            .roots
            .iter()
            .any(|&r| r <= *id && *id <= scanned.nodes[r as usize].end);
        if inside
            && matches!(*tag, "h1" | "h2")
            && !choice.drop[i]
            && (metadata::collapse(text) == title
                || (text_similarity(&title, text) > TITLE_HEADING_SIMILARITY
                    && text_before(scanned, choice, *id) <= TITLE_HEADING_MAX_TEXT_BEFORE))
        {
            choice.drop[i] = true;
            return;
        }
    }
    // A headline outside the heading tags (`<div class="title">`, a bold line alone in a table
    // cell): a block whose text is the title exactly, with no text of its own below it,
    // before the story begins.
    let hash = scan::text_hash(&title);
    let nodes = &scanned.nodes;
    let mut roots = choice.roots.clone();
    roots.sort_unstable();
    let mut before = 0u32;
    for r in roots {
        let mut j = r as usize + 1;
        let end = (nodes[r as usize].end as usize).min(nodes.len() - 1);
        while j <= end && before <= TITLE_HEADING_MAX_TEXT_BEFORE {
            if choice.drop[j] {
                j = nodes[j].end.max(j as NodeId) as usize + 1;
                continue;
            }
            if shows_alone(nodes, j, hash, end) {
                choice.drop[j] = true;
                return;
            }
            before = before.saturating_add(nodes[j].text.chars);
            j += 1;
        }
    }
}

/// The part of a Chinese title that the page shows alone as a block at the article's head
/// (`明日股市预测--标题` over `<div class="title-text">标题</div>`): the headline, where the
/// title's other parts are a channel or a site that a separator alone cannot tell from a
/// headline's own words. A site's name after a space (`标题 某某医院`) is such a part too.
fn headline_part(nodes: &[scan::Node], start: NodeId, title: &str) -> Option<String> {
    if !title.chars().any(text::is_cjk) {
        return None;
    }
    let mut parts = metadata::cjk_title_parts(title);
    if parts.len() < 2 {
        parts.clear();
    }
    parts.extend(title.match_indices(' ').filter_map(|(i, _)| {
        let site = &title[i + 1..];
        (!site.contains(' ') && site.chars().count() <= CJK_SITE_PART_MAX_CHARS)
            .then(|| title[..i].trim_end())
    }));
    let from = start.saturating_sub(HEADER_BEFORE_ARTICLE_NODES) as usize;
    let to = (start.saturating_add(HEADER_AFTER_ARTICLE_START_NODES) as usize).min(nodes.len());
    parts
        .iter()
        .filter(|p| p.chars().count() >= CJK_HEADLINE_MIN_CHARS)
        .find(|p| {
            let hash = scan::text_hash(p);
            (from..to).any(|j| shows_alone(nodes, j, hash, nodes.len() - 1))
        })
        .map(|p| p.to_string())
}

/// Whether node `j` is a block whose own text is the one hashed `hash` ([`scan::text_hash`])
/// and none of its descendants (up to node `last`) holds text: a line shown alone.
fn shows_alone(nodes: &[scan::Node], j: usize, hash: u32, last: usize) -> bool {
    let node = &nodes[j];
    node.has(scan::flag::BLOCK)
        && node.text_hash == hash
        && (j + 1..=(node.end as usize).min(last)).all(|k| nodes[k].text.chars == 0)
}

/// What the article's text says of itself, read in one pass over its characters.
#[derive(Debug, PartialEq)]
struct TextFigures {
    /// Length in characters.
    length: usize,
    /// Reading time: CJK characters and words (runs between spaces and CJK characters that
    /// hold a letter or digit).
    reading_minutes: u32,
    /// [`crate::zh::detect_script`].
    script: Option<crate::zh::Script>,
}

fn text_figures(text: &str) -> TextFigures {
    let (mut chars, mut cjk, mut words) = (0usize, 0usize, 0usize);
    let mut script = crate::zh::ScriptCounts::default();
    // Whether the current run holds a letter or digit.
    let mut word = false;
    for c in text.chars() {
        chars += 1;
        // ASCII (most of an English article) is neither CJK nor of either Chinese script.
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                word = true;
            } else if c.is_whitespace() {
                words += usize::from(word);
                word = false;
            }
            continue;
        }
        script.add(c);
        if text::is_cjk(c) {
            cjk += 1;
            words += usize::from(word);
            word = false;
        } else if c.is_whitespace() {
            words += usize::from(word);
            word = false;
        } else if !word && !text::is_cjk_punctuation(c) && c.is_alphanumeric() {
            // Tested where a run may start only: in a word, the Unicode tables (a search per
            // character) would not change the answer.
            word = true;
        }
    }
    words += usize::from(word);
    let minutes =
        (cjk as f64 / CJK_CHARS_PER_MINUTE as f64) + (words as f64 / WORDS_PER_MINUTE as f64);
    let minutes = if text.is_empty() {
        0
    } else {
        (minutes.ceil() as u32).max(1)
    };
    TextFigures {
        length: chars,
        reading_minutes: minutes,
        script: script.script(),
    }
}

/// Streaming front end: feed the body as it arrives (`fetch()` chunks), then [`finish`].
///
/// Each chunk is decoded and scanned as it comes, once the encoding is decided (a byte-order
/// mark, the caller's charset or the page's `<meta>`, checked on the bytes up to 64 KiB past
/// the first non-ASCII one): [`finish`] then only scores the
/// page and writes the article. Any split of the input gives the article of one
/// [`extract`] call, byte for byte. The size limit is checked on every chunk, so an
/// oversized download is refused as soon as it crosses it.
///
/// [`finish`]: Extractor::finish
#[derive(Debug)]
pub struct Extractor {
    page_url: Result<Option<Url>, Error>,
    decoder: Result<Decoder, Error>,
    max_bytes: usize,
    received: usize,
    /// The page decoded so far.
    text: String,
    scanner: scan::Scanner,
    /// The first error a chunk met: [`Extractor::finish`] returns it.
    failed: Option<Error>,
}

impl Extractor {
    /// An extractor for one page.
    pub fn new(options: Options) -> Self {
        let page_url = page_url(&options);
        let tld = top_level_domain(page_url.as_ref().ok().and_then(Option::as_ref));
        let decoder = Decoder::new(options.charset.as_deref(), tld.as_deref());
        Extractor {
            page_url,
            decoder,
            max_bytes: options.max_bytes,
            received: 0,
            text: String::new(),
            scanner: scan::Scanner::new(),
            failed: None,
        }
    }

    /// Decodes and scans a chunk of the page.
    pub fn write(&mut self, chunk: &[u8]) -> Result<(), Error> {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        let result = self.write_chunk(chunk);
        if let Err(e) = &result {
            self.failed = Some(e.clone());
        }
        result
    }

    fn write_chunk(&mut self, chunk: &[u8]) -> Result<(), Error> {
        let size = self.received.saturating_add(chunk.len());
        if size > self.max_bytes {
            return Err(Error::TooLarge {
                size,
                limit: self.max_bytes,
            });
        }
        self.received = size;
        let decoder = self.decoder.as_mut().map_err(|e| e.clone())?;
        self.text.reserve(chunk.len());
        let before = self.text.len();
        decoder.write(chunk, &mut self.text)?;
        if self.text.len() > before {
            self.scanner.feed(&self.text, false);
        }
        Ok(())
    }

    /// Extracts the article from everything written.
    pub fn finish(mut self) -> Result<Article, Error> {
        if let Some(e) = self.failed {
            return Err(e);
        }
        let page_url = self.page_url?;
        let encoding = self.decoder?.finish(&mut self.text)?;
        self.scanner.feed(&self.text, true);
        let scanned = self.scanner.finish();
        let mut article = article_of(&self.text, scanned, page_url.as_ref(), true)?;
        article.charset = encoding.name().to_string();
        Ok(article)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_time_mixes_scripts() {
        let length_and_reading_minutes = |t: &str| {
            let f = text_figures(t);
            assert_eq!(f.script, crate::zh::detect_script(t));
            (f.length, f.reading_minutes)
        };
        assert_eq!(length_and_reading_minutes(""), (0, 0));
        assert_eq!(length_and_reading_minutes("短文"), (2, 1));
        assert_eq!(length_and_reading_minutes("繁體字與简体字"), (7, 1));
        assert_eq!(length_and_reading_minutes("“一、二。”（三）"), (9, 1));
        assert_eq!(length_and_reading_minutes(&"字".repeat(1200)), (1200, 3));
        assert_eq!(length_and_reading_minutes(&"word ".repeat(460)), (2300, 2));
        // Words are runs holding a letter or digit, cut by spaces and CJK characters.
        assert_eq!(
            length_and_reading_minutes(&"a字-- 字b ".repeat(230)),
            (1840, 4)
        );
    }

    /// Pages that exercise every decision of decoding and every kind of token.
    fn streaming_pages() -> Vec<(&'static str, Vec<u8>)> {
        let para = "<p>北京时间昨日，国家统计局发布了最新的经济数据，显示国内生产总值稳步增长，\
                    消费市场持续回暖。</p>";
        let article = format!(
            "<title>标题_网站</title><body><nav><a href=/>首页</a></nav><div class=article>\
             <h1>标题</h1><!-- 注释 <p>x</p> --><script>var s = '</div>';</script>{}\
             <svg><title>t</title><![CDATA[c]]></svg><table><tr><td>表格</td></tr></table>\
             <p>作者：张三 &amp; 李四</p></div></body>",
            para.repeat(12)
        );
        let gbk = |s: &str| encoding_rs::GBK.encode(s).0.into_owned();
        let mut utf16 = vec![0xFF, 0xFE];
        for u in article.encode_utf16() {
            utf16.extend(u.to_le_bytes());
        }
        let long_head = format!("<script>{}</script>{article}", "var x = 1;\n".repeat(8000));
        vec![
            ("utf-8", article.clone().into_bytes()),
            ("undeclared gbk", gbk(&article)),
            (
                "declared gbk",
                gbk(&format!("<meta charset=gb2312>{article}")),
            ),
            ("utf-16 with a bom", utf16),
            ("gbk after a long ascii head", gbk(&long_head)),
            ("english", b"<title>T</title><article><p>It was a bright cold day in April, and the clocks were striking thirteen.</p></article>".to_vec()),
        ]
    }

    #[test]
    fn any_split_gives_the_one_shot_article() {
        for (name, page) in streaming_pages() {
            let one = extract(&page, &Options::default()).unwrap();
            let chunked = |size: usize| {
                let mut ex = Extractor::new(Options::default());
                for chunk in page.chunks(size) {
                    ex.write(chunk).unwrap();
                }
                ex.finish().unwrap()
            };
            for size in [1, 2, 3, 7, 61, 1000, 4096, 65536] {
                assert_eq!(chunked(size), one, "{name}, chunks of {size}");
            }
            // Two pieces, split at every point of the page's first 3 KiB.
            for at in 0..page.len().min(3072) {
                let mut ex = Extractor::new(Options::default());
                ex.write(&page[..at]).unwrap();
                ex.write(&page[at..]).unwrap();
                assert_eq!(ex.finish().unwrap(), one, "{name}, split at {at}");
            }
        }
    }

    #[test]
    fn a_chunk_error_is_the_finish_error() {
        let mut ex = Extractor::new(Options::default());
        assert!(matches!(
            ex.write(b"\x89PNG\r\n\x1a\n...."),
            Err(Error::Binary(_))
        ));
        assert!(matches!(ex.finish(), Err(Error::Binary(_))));
        let mut ex = Extractor::new(Options::default().with_charset("no-such-charset"));
        assert!(matches!(
            ex.write(b"<p>x</p>"),
            Err(Error::UnknownCharset(_))
        ));
    }

    #[test]
    fn utf8_with_a_nul_and_a_lone_surrogate_stays_utf8() {
        // Undeclared UTF-8 whose first non-ASCII bytes are an encoded lone surrogate, before
        // a one-paragraph article.
        let mut page = b"<p>\x00\xed\xa0\x80</p>".to_vec();
        page.extend(
            "<p>北京时间昨日，国家统计局发布了最新的经济数据，显示国内生产总值稳步增长。</p>"
                .bytes(),
        );
        let a = extract(&page, &Options::default()).unwrap();
        assert_eq!(a.charset, "UTF-8");
        assert!(a.text_content.contains("国家统计局"), "{}", a.text_content);
        let mut ex = Extractor::new(Options::default());
        for chunk in page.chunks(5) {
            ex.write(chunk).unwrap();
        }
        assert_eq!(ex.finish().unwrap(), a);
    }

    #[test]
    fn text_similarity_is_readabilitys() {
        assert_eq!(
            text_similarity("Headline here | Site", "Headline here"),
            1.0
        );
        assert_eq!(text_similarity("abc", "xyz"), 0.0);
        assert_eq!(text_similarity("abc", ""), 0.0);
        // "making" (6 of 28 characters, spaces counted) is not in the title.
        let s = text_similarity("Spiced Honey Pear Jam", "Making Spiced Honey Pear Jam");
        assert!((s - 22.0 / 28.0).abs() < 1e-6, "{s}");
        assert_eq!(text_similarity("标题_网站", "标题"), 1.0);
    }

    #[test]
    fn the_title_part_shown_alone_over_the_article_is_the_headline() {
        let para = "<p>联合国贸发会议发布了年度报告，全球经济增长率将从百分之三降至百分之二点三，一些经济体已经陷入衰退。</p>";
        let page_titled = |title: &str, head: &str| {
            format!(
                "<title>{title}</title><body><div class=page-article>{head}{}</div></body>",
                para.repeat(6)
            )
        };
        let page = |head: &str| {
            page_titled(
                "明日股市预测--最新出炉联合国贸发报告：全球经济增长率降至2.3%",
                head,
            )
        };
        let article = |html: String| extract(html.as_bytes(), &Options::default()).unwrap();
        let a = article(page(
            "<div class=title-text>最新出炉联合国贸发报告：全球经济增长率降至2.3%</div>",
        ));
        assert_eq!(a.title, "最新出炉联合国贸发报告：全球经济增长率降至2.3%");
        assert!(!a.text_content.contains("最新出炉"), "{}", a.text_content);
        // The site's name after a space.
        let a = article(page_titled(
            "【不忘初心】我院举办2019年专业技能大赛 湖南省中医药研究院附属医院",
            "<div class=title>【不忘初心】我院举办2019年专业技能大赛</div>",
        ));
        assert_eq!(a.title, "【不忘初心】我院举办2019年专业技能大赛");
        // Without it, a short first part may be the headline's own words: the title stays.
        let a = article(page(""));
        assert_eq!(
            a.title,
            "明日股市预测--最新出炉联合国贸发报告：全球经济增长率降至2.3%"
        );
    }

    #[test]
    fn a_headline_like_the_title_goes_but_not_a_section_like_it() {
        let para = "<p>This is the article's text, long enough to be the article here.</p>";
        let page = |header: &str, post: &str| {
            format!(
                "<title>Spiced Honey Pear Jam | Recipes</title><body><header>{header}</header>\
                 <div class=post>{post}</div></body>"
            )
        };
        let text = |html: String| {
            extract(html.as_bytes(), &Options::default())
                .unwrap()
                .text_content
        };
        // The headline at the top of the body, with a word less than the title.
        let t = text(page(
            "",
            &format!("<h1>Honey Pear Jam</h1>{}", para.repeat(8)),
        ));
        assert!(!t.contains("Honey Pear Jam\n"), "{t}");
        // The headline outside the body; a section heading inside is like the title too.
        let post = format!(
            "{}<h2>Making spiced honey pear jam</h2>{}",
            para.repeat(6),
            para.repeat(4)
        );
        let t = text(page("<h1>Spiced Honey Pear Jam</h1>", &post));
        assert!(t.contains("Making spiced honey pear jam"), "{t}");
        // A headline outside the heading tags, the title exactly, goes; the same words with
        // the story inside its block, or further down, stay.
        let headline = "The city plans a million new trees along its rivers";
        let page = |post: String| {
            text(format!(
                "<title>{headline}</title><body><div class=post>{post}</div></body>"
            ))
        };
        let t = page(format!(
            "<table><tr><td><b>{headline}</b></td></tr></table>{}",
            para.repeat(8)
        ));
        assert!(!t.contains(headline), "{t}");
        let t = page(format!("<div>{headline}{}</div>", para.repeat(8)));
        assert!(t.contains(headline), "{t}");
        let t = page(format!(
            "{}<div>{headline}</div>{}",
            para.repeat(4),
            para.repeat(4)
        ));
        assert!(t.contains(headline), "{t}");
    }

    #[test]
    fn boilerplate_lines_of_a_block_split_by_brs_go() {
        let para = "这是正文的一段，讲述了一个很长的故事，其中包含许多细节和描述，读者可以从中了解事件的来龙去脉。";
        let text = |cell: String| {
            let html = format!("<body><table><tr><td>{cell}</td></tr></table></body>");
            extract(html.as_bytes(), &Options::default()).unwrap()
        };
        let paras = |n: usize| vec![para; n].join("<br><br>");
        // A credit line and an editor line of their own go; the credit still names the
        // author.
        let a = text(format!(
            "<b>本报记者张三发自北京</b><br><br>{}<br><br>责任编辑：李四<br>",
            paras(6)
        ));
        assert!(!a.text_content.contains("本报记者"), "{}", a.text_content);
        assert!(!a.text_content.contains("责任编辑"), "{}", a.text_content);
        assert!(a.text_content.contains("来龙去脉"));
        assert_eq!(a.byline.as_deref(), Some("张三"));
        // Text hard-wrapped by `<br>`s: a line that continues the one before stays, as does a
        // line that starts with the punctuation of the sentence it ends.
        let wrapped = "当着两派内战发生暴力冲突时大多数人不是努力去消除它而是追求自己这一派的优胜";
        let a = text(format!(
            "{}<br><br>{wrapped}<br>他就能分享到一份胜利者的光荣<br>；他就能分享到光荣<br><br>{}",
            paras(3),
            paras(3)
        ));
        assert!(
            a.text_content.contains("他就能分享到一份胜利者的光荣"),
            "{}",
            a.text_content
        );
        assert!(
            a.text_content.contains("；他就能分享到光荣"),
            "{}",
            a.text_content
        );
        // A child block ends a line as a `<br>` does: the line before it goes, the child's
        // text stays.
        let a = text(format!(
            "{}<br>责任编辑：李四<div>{para}</div><br>{}",
            paras(3),
            paras(3)
        ));
        assert_eq!(
            a.text_content.matches("来龙去脉").count(),
            7,
            "{}",
            a.text_content
        );
        assert!(!a.text_content.contains("责任编辑"), "{}", a.text_content);
        // A tag list after its label, in the text between blocks; a caption that closes with
        // its photographer and a carousel's "Next" stay.
        let html = format!(
            "<body><article><p>{para}</p><p>{para}</p>Tags<br><a rel=tag href=/t/a>城镇化</a>, <a rel=tag href=/t/b>就业</a>\
             <p>{para}</p>会场内外的人们在雨中等候了很久 本报记者 张三 摄<p>{para}</p><a href=#b>Next</a><p>{para}</p></article></body>"
        );
        let a = extract(html.as_bytes(), &Options::default()).unwrap();
        assert!(!a.text_content.contains("Tags"), "{}", a.text_content);
        assert!(!a.text_content.contains("城镇化"), "{}", a.text_content);
        assert!(
            a.text_content.contains("等候了很久 本报记者 张三 摄"),
            "{}",
            a.text_content
        );
        assert!(a.text_content.contains("Next"), "{}", a.text_content);
    }

    #[test]
    fn a_linked_headline_in_capitals_is_a_promotion() {
        let para = "<p>This is the article's text, long enough to be the article here.</p>";
        let html = format!(
            "<body><div class=post>{p}<p><a href=/other>SINGER CLEARED TO PERFORM HITS AT SHOW</a></p>\
             {p}<p><a href=/source>The court's full ruling</a></p><p><a href=/nasa>NASA</a></p>{p}</div></body>",
            p = para.repeat(4)
        );
        let t = extract(html.as_bytes(), &Options::default())
            .unwrap()
            .text_content;
        assert!(!t.contains("SINGER CLEARED"), "{t}");
        assert!(t.contains("The court's full ruling"), "{t}");
        assert!(t.contains("NASA"), "{t}");
    }

    #[test]
    fn schema_dates_in_the_body_are_metadata_not_text() {
        let body =
            "<p>This is the article's text, long enough to be the article here.</p>".repeat(8);
        let html = format!(
            r#"<body><div class=post><h1>Headline</h1>
               <span itemprop="datePublished">2024-06-05 08:15</span>{body}
               <p>Edited <time itemprop="dateModified" datetime="2024-06-06">June 6</time></p></div></body>"#
        );
        let a = extract(html.as_bytes(), &Options::default()).unwrap();
        assert!(!a.text_content.contains("2024-06-05"), "{}", a.text_content);
        assert!(!a.text_content.contains("June 6"), "{}", a.text_content);
        assert!(a.text_content.contains("long enough"));
        assert_eq!(a.published_time.as_deref(), Some("2024-06-05T08:15:00"));
        assert_eq!(a.modified_time.as_deref(), Some("2024-06-06"));
    }

    #[test]
    fn a_one_paragraph_story_beats_a_slightly_longer_footer() {
        let html = r#"<body><div class="art_context"><div class="art_contextBox">
            <p>据财联社9月26日消息，今日从交通运输部新闻发布会获悉，目前京津冀交通一体化建设各项工作取得积极成效，下一步将着力打造三地综合立体交通网络，实现区域内快速铁路覆盖所有地级及以上城市。</p>
            </div></div>
            <div class="footer"><div class="txt">违法和不良信息举报电话：010-85650899，客服电话：010-85650688，传真：010-85650844，邮箱：yhts@example.com。本站郑重声明：所载文章、数据仅供参考，投资有风险，选择需谨慎。版权所有，复制必究，北京某某在线信息咨询服务有限公司。</div></div></body>"#;
        let a = extract(html.as_bytes(), &Options::default()).unwrap();
        assert!(a.text_content.starts_with("据财联社"), "{}", a.text_content);
        assert!(!a.text_content.contains("举报电话"), "{}", a.text_content);
    }

    #[test]
    fn size_limit_is_named() {
        let err = extract(b"<p>hello</p>", &Options::default().with_max_bytes(4)).unwrap_err();
        assert!(err.to_string().contains("limit of 4 bytes"));
        let mut ex = Extractor::new(Options::default().with_max_bytes(4));
        assert!(ex.write(b"<p>hello</p>").is_err());
    }

    #[test]
    fn script_only_page_has_no_content() {
        assert_eq!(
            extract(b"<script>var a = 1;</script>", &Options::default()).unwrap_err(),
            Error::NoContent
        );
    }

    #[test]
    fn next_page_from_the_pagination_link() {
        let body = "<p>这是一篇分成两页的文章，第一页的正文在这里，内容足够长。</p>".repeat(8);
        let html = format!(
            r#"<body><div class=nav><a href="/next">下一页</a></div><div class=article>{body}</div>
               <div class=pages><a href="a_1.html">1</a><a href="a_2.html">2</a><a href="a_2.html">下一页</a></div></body>"#
        );
        let a = extract(
            html.as_bytes(),
            &Options::default().with_url("https://news.example.cn/2024/a.html"),
        )
        .unwrap();
        assert_eq!(
            a.next_page_url.as_deref(),
            Some("https://news.example.cn/2024/a_2.html")
        );
        let single = format!("<body><div class=article>{body}</div></body>");
        assert_eq!(
            extract(single.as_bytes(), &Options::default())
                .unwrap()
                .next_page_url,
            None
        );
    }

    #[test]
    fn invalid_base_url_is_an_error() {
        assert!(matches!(
            extract(b"<p>x</p>", &Options::default().with_url("not a url")),
            Err(Error::InvalidUrl { .. })
        ));
    }
}
