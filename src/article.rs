//! The extracted article, shaped like the result of Readability's `parse()`.

use serde::{Deserialize, Serialize};

/// The script a text is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub enum Script {
    /// Simplified characters (possibly with a few Traditional ones).
    Hans,
    /// Traditional characters only.
    Hant,
}

/// What kind of page the article was read from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum Kind {
    /// A story, post or notice: its comment section is left out.
    #[default]
    Article,
    /// A forum topic, a question with its answers, or a page led by reviews or comments: the
    /// opening post and the replies, in order.
    Thread,
    /// A recipe (schema.org `Recipe`): its ingredients and steps are kept.
    Recipe,
    /// One product's page (schema.org `Product`): its description and detail tables are kept.
    Product,
    /// A page of links to other pages: a category, search results, a shop's shelf.
    Listing,
}

/// One post of a thread: the opening post or a reply.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Post {
    /// Who wrote it, as the page names them.
    pub author: Option<String>,
    /// When it was posted, ISO 8601.
    pub published_time: Option<String>,
    /// The post as sanitized HTML, without its author and time.
    pub content: String,
    /// The post as plain text, one paragraph per line.
    pub text_content: String,
}

/// A cleaned article. Serializes in camelCase (`textContent`, `siteName`, `publishedTime`), the
/// field names of Readability.js, so code written for it reads qingyue's output unchanged.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Article {
    /// The headline, without the site name.
    pub title: String,
    /// The author(s), never the editor or the source outlet.
    pub byline: Option<String>,
    /// Text direction (`ltr`, `rtl`) when the page declares it.
    pub dir: Option<String>,
    /// The page's language (declared).
    pub lang: Option<String>,
    /// The article body as sanitized HTML.
    pub content: String,
    /// The article body as plain text, one paragraph per line.
    pub text_content: String,
    /// Length of `textContent` in characters.
    pub length: usize,
    /// A short description or the first paragraph.
    pub excerpt: Option<String>,
    /// The site or outlet name: from the page's metadata, the source line (`来源：新京报`), or the
    /// site part of `<title>`; a Twitter account (`@CBSNews`) when nothing else names it.
    pub site_name: Option<String>,
    /// Publication time, ISO 8601 (with the page's offset when it gives one).
    pub published_time: Option<String>,
    /// Last modification time (`article:modified_time`, JSON-LD `dateModified`, a visible
    /// 最后更新 / 更新时间 / "Updated" label), ISO 8601; never taken for the publication time.
    pub modified_time: Option<String>,
    /// The main image, absolute when the page URL is known.
    pub lead_image: Option<String>,
    /// Estimated reading time in minutes (CJK ~400 characters/min, others ~230 words/min).
    pub reading_minutes: u32,
    /// The next page of an article split over pages, absolute when the page URL is known.
    pub next_page_url: Option<String>,
    /// The charset the page was decoded from (an Encoding Standard name such as `GBK`).
    pub charset: String,
    /// Elements of the page left out of the article (chrome, hidden and unsafe markup).
    pub removed_elements: u32,
    /// The Chinese script of the text (`Hans`, `Hant`), `None` when not Chinese.
    pub script: Option<Script>,
    /// The kind of page (`article`, `thread`, `recipe`, `product`, `listing`).
    pub kind: Kind,
    /// A thread's posts in order, the opening post first (empty for other kinds). The article's
    /// `content` presents them, each an `<article>` headed by its author and time.
    pub posts: Vec<Post>,
    /// The page's address: the URL given in [`Options`](crate::Options), else the page's
    /// canonical link (absolute `http`/`https` only).
    pub url: Option<String>,
}

impl Article {
    /// The article as GitHub-flavoured Markdown, headed by YAML front matter (title, author,
    /// published, site, url, lang, kind) and the title as a heading. Tables are GFM tables, code
    /// blocks are fenced with the page's language, footnotes are `[^n]`, MathML is `$…$` TeX,
    /// ruby is its base text, and Chinese text gets no inserted spaces or line breaks.
    ///
    /// ```
    /// use qingyue::{extract, Options};
    /// let page = "<title>标题</title><article><h1>标题</h1><p>第一段，<b>重点</b>在此。</p>\
    ///             <ul><li>甲</li><li>乙</li></ul></article>";
    /// let article = extract(page.as_bytes(), &Options::default()).unwrap();
    /// let md = article.to_markdown();
    /// assert!(md.starts_with("---\ntitle: \"标题\"\n"));
    /// assert!(md.ends_with("# 标题\n\n第一段，**重点**在此。\n\n- 甲\n- 乙\n"));
    /// ```
    pub fn to_markdown(&self) -> String {
        crate::markdown::article(self)
    }
}
