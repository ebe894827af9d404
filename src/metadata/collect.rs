//! Collection during the scan: [`RawMeta`] records meta tags, JSON-LD, `<title>`, headings,
//! captured bylines and short labelled lines, for [`super::resolve`].

use super::*;

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
    pub(super) in_svg: bool,
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
    /// schema.org types declared in microdata (`itemtype`); JSON-LD's are added when the
    /// page's kind is decided ([`RawMeta::schema_types`]).
    pub microdata: super::SchemaTypes,
    /// Text of every element marked as an author, comment sections included (a thread's post
    /// authors), in the order the elements end.
    pub authors: Vec<(NodeId, String)>,
    /// Elements whose `title` attribute is a date, with it (`<span title="2024-5-21 11:01:32">6
    /// 天前</span>`): forums print a post's time as "6 days ago" and give the date on hover.
    pub titled_times: Vec<(NodeId, String)>,
    /// Blocks whose short line numbers a post (`#3`, `2楼`, `沙发`): a forum's floors.
    pub floors: Vec<NodeId>,
    /// Blocks whose short line gives a time relative to now (`7d ago`, `3 小时前`): a post's
    /// time where the page prints no date.
    pub relative_times: Vec<NodeId>,
    /// Blocks whose short line gives a post's time with a two-digit year (`24-5-13 17:08`),
    /// with it as ISO 8601: a form read only as a post's time, never as the page's date.
    pub post_times: Vec<(NodeId, String)>,
    /// The script being read is a client-side template (`type="text/template"`).
    pub(super) template_script: Option<NodeId>,
    /// Where the text of each template script lies in the input, in document order.
    pub templates: Vec<crate::html::Span>,
}

impl RawMeta {
    /// Every schema.org type the page declares (microdata, JSON-LD, and `og:type` article).
    pub fn schema_types(&self) -> super::SchemaTypes {
        let mut t = self.microdata;
        t.add_json_ld(&self.json_ld);
        if self
            .meta(&["og:type"])
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("article"))
        {
            t.article = t.article.saturating_add(1);
        }
        t
    }

    pub fn observe_element(&mut self, id: NodeId, tag: &'static str, attributes: &[Attr<'_>]) {
        let attr = |n: &str| {
            attributes.iter().find(|a| a.name == n).map(|a| {
                crate::html::decode::attribute_value(a.value)
                    .trim()
                    .to_string()
            })
        };
        if let Some(types) = attributes.iter().find(|a| a.name == "itemtype") {
            for ty in crate::html::decode::attribute_value(types.value).split_whitespace() {
                self.microdata.add(ty);
            }
        }
        if self.titled_times.len() < MAX_POST_AUTHORS {
            if let Some(title) = attributes.iter().find(|a| a.name == "title") {
                let value = crate::html::decode::attribute_value(title.value);
                if value.len() <= MAX_TITLED_TIME_BYTES && date::find_in_text(&value).is_some() {
                    self.titled_times.push((id, value.trim().to_string()));
                }
            }
        }
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
            // A client-side template holding markup (a blog's post body, rendered by scripts).
            "script"
                if attributes
                    .iter()
                    .find(|a| a.name == "type")
                    .is_some_and(|a| {
                        crate::html::decode::attribute_value(a.value)
                            .trim()
                            .to_ascii_lowercase()
                            .ends_with("template")
                    }) =>
            {
                self.template_script = Some(id);
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
            "script"
                if self.template_script == Some(id) && self.templates.len() < MAX_TEMPLATES =>
            {
                self.templates.push(span);
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
    /// The text of an element marked as an author (`commenter`: inside a comment section) or
    /// of a `<time>`.
    pub fn observe_captured(&mut self, id: NodeId, tag: &'static str, text: &str, commenter: bool) {
        let text = collapse(text);
        if text.is_empty() {
            return;
        }
        if tag == "time" {
            self.lines.push((id, text));
            return;
        }
        if self.authors.len() < MAX_POST_AUTHORS && text.chars().count() <= MAX_POST_AUTHOR_CHARS {
            self.authors.push((id, text.clone()));
        }
        if !commenter && self.bylines.len() < 16 {
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
        if chars <= FLOOR_LINE_MAX_CHARS {
            if self.floors.len() < MAX_POST_AUTHORS && is_floor_line(text) {
                self.floors.push(id);
            }
            if self.relative_times.len() < MAX_POST_AUTHORS && is_relative_time_line(text) {
                self.relative_times.push(id);
            }
            if self.post_times.len() < MAX_POST_AUTHORS && line.date_start().is_none() {
                if let Some(iso) = date::find_two_digit_year(text) {
                    self.post_times.push((id, iso));
                }
            }
        }
        if chars <= MAX_LABEL_LINE_CHARS
            && self.lines.len() < MAX_LINES
            && (parenthesized
                || LABELS.is_match(line.tight(), line.has_wide())
                || line.date_start().is_some()
                || slashed()
                || date::find_english_date(text).is_some())
        {
            self.lines.push((id, collapse(text)));
        }
    }

    pub(super) fn meta(&self, keys: &[&str]) -> Option<&str> {
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
pub(super) fn meta_key(name: &str) -> String {
    let mut k = name.to_ascii_lowercase();
    for prefix in ["dc.", "dcterm.", "dcterms.", "og.", "twitter."] {
        if k.starts_with(prefix) {
            k.replace_range(prefix.len() - 1..prefix.len(), ":");
            break;
        }
    }
    k
}

/// Whether a short line holds a time relative to now: a number of up to three digits, then a
/// unit of
/// [`RELATIVE_TIME_UNITS`] and one of [`RELATIVE_TIME_AGO`] (`7d ago`, `3 hours ago`, `6 天前`,
/// `1 月前`).
fn is_relative_time_line(line: &str) -> bool {
    let b = line.as_bytes();
    let space = [' ', '\u{a0}'];
    (0..b.len()).any(|i| {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            return false;
        }
        let after = line[i..].trim_start_matches(|c: char| c.is_ascii_digit());
        // A count, not a year (`1990 年前后`).
        if line.len() - i - after.len() > 3 {
            return false;
        }
        let rest = after.trim_start_matches(space);
        RELATIVE_TIME_UNITS.iter().any(|unit| {
            rest.get(..unit.len())
                .is_some_and(|u| u.eq_ignore_ascii_case(unit))
                && RELATIVE_TIME_AGO.iter().any(|ago| {
                    rest[unit.len()..]
                        .trim_start_matches(space)
                        .starts_with(ago)
                })
        })
    })
}

/// Whether a short line holds a floor: a word that is a post's number (`#3`, `3楼`, `3#`,
/// `3F`) or one of [`FLOOR_WORDS`].
fn is_floor_line(line: &str) -> bool {
    line.split(|c: char| c.is_whitespace() || c == '|' || c == '｜')
        .any(|w| {
            let digits =
                |s: &str| !s.is_empty() && s.len() <= 5 && s.bytes().all(|b| b.is_ascii_digit());
            w.strip_prefix('#').is_some_and(digits)
                || FLOOR_SUFFIXES
                    .iter()
                    .any(|f| w.strip_suffix(f).is_some_and(digits))
                || FLOOR_WORDS.contains(&w)
        })
}

#[cfg(test)]
mod tests {
    use super::{is_floor_line, is_relative_time_line};

    #[test]
    fn floors_are_numbered_words_not_numbers_in_sentences() {
        for line in [
            "gazeldx #3 1 月前",
            "沙发 | 只看该作者",
            "2楼",
            "楼主",
            "3# 发表于 2024-5-1",
        ] {
            assert!(is_floor_line(line), "{line}");
        }
        for line in ["#PKU", "第3楼的看法", "Top 3", "C# 入门", "42 replies"] {
            assert!(!is_floor_line(line), "{line}");
        }
    }

    #[test]
    fn relative_times_are_a_number_a_unit_and_ago() {
        for line in [
            "TheAziz•7d ago via Android",
            "3 hours ago",
            "发表于 6 天前",
            "1 月前",
            "2 分钟前",
        ] {
            assert!(is_relative_time_line(line), "{line}");
        }
        for line in ["7 days to go", "3 年级", "ago 7d", "1990 年前后"] {
            assert!(!is_relative_time_line(line), "{line}");
        }
    }
}
