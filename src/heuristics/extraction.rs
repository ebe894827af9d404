//! Extraction: scan, score, emit, and article assembly. Lengths are weighted characters
//! (see the module above).

/// One CJK character carries about as much as three Latin characters (an English word is ~5
/// letters plus a space; a Chinese word is ~1.7 characters).
pub const CJK_CHAR_WEIGHT: u32 = 3;

/// A text block shorter than this (weighted) is not scored as a paragraph (Readability: 25).
pub const MIN_PARAGRAPH_LEN: u32 = 25;

/// Each this many weighted characters of a paragraph add one point, up to [`MAX_LENGTH_POINTS`]
/// (Readability: 100 characters, 3 points).
pub const CHARS_PER_POINT: u32 = 100;
/// Cap on the length bonus of one paragraph.
pub const MAX_LENGTH_POINTS: f32 = 3.0;

/// How many ancestor levels receive a paragraph's score (Readability: 5). Level 0 gets it
/// whole, level 1 half, deeper levels `1 / (level * 3)`.
pub const SCORE_ANCESTOR_LEVELS: usize = 5;

/// Class/id weight for a positive or negative hint (Readability: 25).
pub const CLASS_WEIGHT: f32 = 25.0;

/// Siblings of the top candidate join the article when they score at least this fraction of
/// the top score (Readability: 0.2), and at least [`SIBLING_MIN_SCORE`].
pub const SIBLING_SCORE_FRACTION: f32 = 0.2;
pub const SIBLING_MIN_SCORE: f32 = 10.0;
/// A sibling paragraph longer than this (weighted) joins when its link density is low.
pub const SIBLING_PARAGRAPH_LEN: u32 = 80;
pub const SIBLING_MAX_LINK_DENSITY: f32 = 0.25;
/// A sibling whose paragraphs sit too deep to pass their score up to it (an article split
/// into several sections, each wrapped in five layers of layout) joins when it holds at least
/// this many paragraphs and this fraction of the top candidate's text, with few links.
pub const SIBLING_PROSE_MIN_PARAGRAPHS: u32 = 3;
pub const SIBLING_PROSE_TEXT_FRACTION: f32 = 0.2;
pub const SIBLING_PROSE_MAX_LINK_DENSITY: f32 = 0.1;

/// When this many of the top-5 candidates share an ancestor, that ancestor is the article
/// (Readability: 3, with candidates within 75% of the top score).
pub const ALTERNATIVE_CANDIDATES: usize = 3;
pub const ALTERNATIVE_SCORE_FRACTION: f32 = 0.75;

/// Conditional cleaning (Readability `_cleanConditionally`): containers inside the article with
/// fewer commas than this are checked for being link lists, image galleries or forms.
pub const CLEAN_MIN_COMMAS: u32 = 10;
/// A container whose weighted text is under this is removed unless it holds media.
pub const CLEAN_MIN_TEXT_LEN: u32 = 25;
/// Link density above which a container (without a positive class) is a link list.
pub const CLEAN_MAX_LINK_DENSITY: f32 = 0.2;
/// A table of data, not layout (Readability `_markDataTables`): it has header cells, a caption
/// or column groups, or at least this many rows, more columns than this, or more cells than
/// this — and no table nested inside. Conditional cleaning never removes a data table, what is
/// inside one, or a container holding one (a table of app sizes whose first column is links).
pub const DATA_TABLE_MIN_ROWS: u32 = 10;
pub const DATA_TABLE_MAX_LAYOUT_COLUMNS: u32 = 4;
pub const DATA_TABLE_MAX_LAYOUT_CELLS: u32 = 10;
/// ... unless it is mostly links: a table of headlines is a "related" list however many rows.
pub const DATA_TABLE_MAX_LINK_DENSITY: f32 = 0.5;
/// A table without header cells is a layout table (its cells are written as blocks, as a
/// reader shows a page's columns one after the other) when it has one column, holds another
/// table, or has a cell holding one of these blocks or this much text (weighted characters):
/// data cells hold a value, not paragraphs.
pub const LAYOUT_CELL_BLOCKS: &[&str] = &[
    "p",
    "div",
    "table",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
];
pub const LAYOUT_CELL_MIN_LEN: u32 = 300;
/// The elements of a table's structure.
pub const TABLE_PARTS: &[&str] = &[
    "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th",
];
/// A container whose text is at most this many times its blockquote's is the quote's wrapper
/// (an embedded post), kept by conditional cleaning when the quote's link density is at most
/// [`QUOTE_MAX_LINK_DENSITY`].
pub const QUOTE_WRAPPER_TEXT_RATIO: f32 = 1.25;
pub const QUOTE_MAX_LINK_DENSITY: f32 = 0.5;
/// The same for containers with a positive class hint.
pub const CLEAN_MAX_LINK_DENSITY_POSITIVE: f32 = 0.5;
/// A list item whose text is at least this share link is a link, not a sentence with links.
pub const LINK_ITEM_MIN_DENSITY: f32 = 0.9;

/// Only the first bytes of a block's text are kept for pattern matching.
pub const BLOCK_TEXT_PREFIX_BYTES: usize = 600;
/// A block whose own text is split in lines by `<br>`s or child blocks (old portals and forums
/// write a whole story in one table cell) has each line tested like a block of its own, up to
/// this many characters: the longest Chinese notices (本文系…稿件, 未经授权…不得转载) run to 200;
/// a longer line is prose.
pub const LINE_TEST_MAX_CHARS: u32 = 200;
/// The bytes of a line kept for those tests.
pub const LINE_TEXT_BYTES: usize = 1200;
/// Nodes and events reserved per `<` of the page (numerator, denominator), so that pass 1's
/// vectors are not copied as they grow. Over the corpus a page has 0.52 elements and 1.60
/// events per `<` on average (up to 0.98 and 2.38): a page up to
/// [`ROOMY_RESERVE_MAX_BYTES`] gets room enough for 246 of the 257 pages (a few megabytes at
/// most, and untouched memory is not resident);
/// a larger one gets what its start and end tags need at the least (half an element and one
/// and a half events per `<`), so that a 60 MiB page stays within the memory budget.
pub const ROOMY_RESERVE: ((usize, usize), (usize, usize)) = ((5, 8), (2, 1));
pub const TIGHT_RESERVE: ((usize, usize), (usize, usize)) = ((1, 2), (3, 2));
pub const ROOMY_RESERVE_MAX_BYTES: usize = 8 << 20;
/// The shortest markup per `<` that makes elements (`<br>`, or `<p>x</p>` for two): the
/// reservation counts no more `<` than one per this many bytes. The corpus's densest page
/// has one per 13 bytes; a page of `<<<<` text reserved for four times the nodes it could
/// hold (an 8 MiB one: over 4 million).
pub const MIN_BYTES_PER_TAG: usize = 4;
/// Pages with more than one `<` per this many bytes are denser than markup gets (the
/// corpus's densest has one per 13): pass 1 then counts only the `<` that may open a tag
/// for its reservation (an 8 MiB page of `<` text reserved 100 MiB of nodes and events
/// that wasm memory keeps, though no tag came).
pub const DENSE_MARKUP_BYTES_PER_LT: usize = 8;
/// A line at least this long (characters) that stops mid-sentence is text hard-wrapped by
/// `<br>`s, and the line after it continues it: credit lines are shorter.
pub const WRAPPED_LINE_MIN_CHARS: u32 = 24;

/// Tags whose whole subtree never reaches the article. `form` is not here: ASP.NET and many
/// CMSs wrap the whole page in one; forms are cleaned conditionally instead (see
/// [`CLEAN_TAGS`]), and their controls are dropped.
pub const DROP_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "input",
    "button",
    "select",
    "textarea",
    "option",
    "optgroup",
    "datalist",
    "nav",
    "aside",
    "footer",
    "dialog",
    "menu",
    "canvas",
    "audio",
    "video",
    "map",
    "link",
    "meta",
    "title",
    "head",
    "svg",
    "portal",
    "fencedframe",
    "search",
    "output",
    "progress",
    "meter",
];

/// Block-level tags: they end a run of inline text (a "text block") and break lines in
/// `textContent`.
pub const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "caption",
    "br",
    "text",
];

/// Tags that Readability scores as paragraphs when they hold text.
/// Paragraphs that are links and nothing else (link text at least this share of the text),
/// this many in a row, are a "related" list inside the article body.
pub const LINK_PARAGRAPH_MIN_DENSITY: f32 = 0.9;
pub const LINK_PARAGRAPH_RUN: usize = 3;
/// A paragraph that is all link and in capitals ("TAYLOR SWIFT CLEARED TO PERFORM HITS AT
/// AMAS") is another article's headline promoted between paragraphs: dropped alone, not
/// only in a run. Capitals means at least this many letters, none lowercase (a short
/// acronym link is not a headline).
pub const SHOUTED_MIN_LETTERS: usize = 16;
/// A block whose own text is mostly link text (a thread index, a list of headlines) is a
/// link, not a paragraph: it scores nothing.
pub const SCORE_MAX_LINK_DENSITY: f32 = 0.5;
pub const PARAGRAPH_TAGS: &[&str] = &["p", "pre", "td", "blockquote", "li", "dd", "h2", "h3"];

/// Base score of a candidate by tag (Readability `_initializeNode`).
pub fn tag_base_score(tag: &str) -> f32 {
    match tag {
        "div" | "article" | "main" | "section" | "text" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// Containers subject to conditional cleaning inside the article.
pub const CLEAN_TAGS: &[&str] = &[
    "table", "ul", "ol", "div", "section", "dl", "form", "fieldset",
];

/// Class/id words that mark page chrome: such an element and everything in it is dropped
/// before scoring, unless it also carries one of [`MAYBE_CANDIDATE_HINTS`]. Matched as
/// substrings of the lower-cased `class` and `id` (Readability `unlikelyCandidates`, plus words
/// common on Chinese sites: pinglun = comments, tuijian = recommendations, xiangguan = related,
/// fenxiang = share, remen = hot).
pub const UNLIKELY_HINTS: &[&str] = &[
    "-ad-",
    "banner",
    "breadcrumb",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    // A forum post's chrome: the poster's picture and signature.
    "avatar",
    "signature",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
    "recommend",
    "pinglun",
    "tuijian",
    "xiangguan",
    "fenxiang",
    "share",
    "copyright",
    "navbar",
    "topbar",
    "toolbar",
    "crumb",
    "hotnews",
    "hot-news",
    "hot_news",
    "hotlist",
    "hot-list",
    "newsletter",
    "subscribe",
    "cookie",
    "signup",
    "login",
    "qrcode",
    "weixin",
    "wechat",
    // Pinyin initials Chinese sites name their boxes with: paihang = ranking, xgxw/xgwz/xgyd =
    // related news/articles/reading, rmtj = hot picks, tjyd = recommended reading, mianbao =
    // breadcrumb, dqwz/weizhi = "you are here".
    "paihang",
    "xgxw",
    "xgwz",
    "xgyd",
    "rmtj",
    "tjyd",
    "mianbao",
    "dqwz",
    "weizhi",
    // MediaWiki's "[edit]" links beside every heading.
    "editsection",
];

/// Class/id token prefixes of comment sections. Unlike other chrome hints these are never
/// relaxed on a retry and never rescued by a "content" word (`comment-body` is a comment): a
/// reader mode never shows the comments, however long they are. `commentary` is an article.
pub const COMMENT_TOKEN_PREFIXES: &[&str] = &[
    "comment", "disqus", "replies", "respond", "pinglun", "cmt", "livefyre", "talkback",
];
pub const COMMENT_TOKEN_EXCEPTIONS: &[&str] = &["commentary", "commentaries", "commentator"];

/// Words that rescue an element with an unlikely hint (Readability `okMaybeItsACandidate`).
pub const MAYBE_CANDIDATE_HINTS: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
    // An embedded post the article quotes (`social-media-embed`), not a share bar.
    "embed",
];

/// Whole class/id tokens (split on non-alphanumerics) that mark chrome: too short to match as
/// substrings ("ad" is in "header", "nav" in "canvas").
pub const UNLIKELY_TOKENS: &[&str] = &[
    "ad", "ads", "advert", "adv", "nav", "hot", "tags", "tag", "share", "byline", "dateline",
    "jubao", "cta", // A forum post's signature (`<div class="sign">`).
    "sign",
    // A dialog the page opens on demand (report, log in, share), hidden until then; see also
    // `DIALOG_CLASSES`.
    "modal",
];

/// Class names of a dialog the page opens on demand (report, log in, share: Bootstrap's and
/// Semantic UI's `modal`): hidden until then, as `display:none` is, so out of the article in
/// every attempt. As an unlikely token only, a retry that keeps unlikely boxes let a report
/// form (its radio buttons' labels longer than a short post) win over the post. Whole class
/// names only: `modal-open` on `<html>` says a dialog is showing (on some pages, the article),
/// and flags like `f_link_modal_on` on `<body>` say nothing.
pub const DIALOG_CLASSES: &[&str] = &["modal"];

/// Class names that hide an element, as `display:none` does (Bootstrap's `hide`, `hidden` and
/// `d-none`, Invision's `ipsHide`): a share menu's "Link to comment" box, a quote's "Expand"
/// label, a duplicate of the headline kept for scripts. Whole class names only, and only on
/// an element that no other class shows at some width ([`SHOWN_AT_WIDTH_MARKS`]).
pub const HIDING_CLASSES: &[&str] = &["hide", "hidden", "d-none", "is-hidden", "ipsHide"];

/// Parts of a class name that show an element at some screen width or state despite a
/// hiding class (`d-none d-md-block`, Tailwind's `hidden md:flex`, `hidden-xs visible-lg`):
/// a summary printed for wide screens only is still the page's text.
pub const SHOWN_AT_WIDTH_MARKS: &[&str] = &[
    ":", "block", "flex", "inline", "grid", "table", "show", "visible",
];

/// Class/id words that raise a candidate's score (Readability `positive`).
pub const POSITIVE_HINTS: &[&str] = &[
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
    "blog", "story", "zhengwen", "neirong", "detail",
];

/// Class/id words that lower a candidate's score (Readability `negative`).
pub const NEGATIVE_HINTS: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
    "recommend",
    "hot",
    "pinglun",
    "tuijian",
    "copyright",
    "editor",
    "author",
];

/// Class/id words of a byline container (Readability's `byline` pattern, plus pinyin).
pub const BYLINE_HINTS: &[&str] = &[
    "byline",
    "author",
    "dateline",
    "writtenby",
    "p-author",
    "zuozhe",
];
/// Class/id words of the element holding a post's author in a thread (matched as substrings,
/// as [`BYLINE_HINTS`], which count too): forum and comment software's names for the poster.
pub const POST_AUTHOR_HINTS: &[&str] = &[
    "username",
    "user-name",
    "user_name",
    "nickname",
    "nick-name",
    "poster",
    "screenname",
    "screen-name",
    "user-title",
    "user-info-name",
    "commenter",
    "comment-user",
    "uname",
];
/// A byline container's text is a byline only up to this many characters (it may hold a
/// date and page actions besides the names); longer, it holds a bio or the whole post, where
/// only a labelled credit is read.
pub const BYLINE_BOX_MAX_CHARS: usize = 200;
/// Words that disqualify a byline container (author avatars, comment authors).
/// (`relativeAuthorWords`: the author's other articles; `authorized`, `authority`: a
/// licence notice's or a government body's box, where `author` is part of another word; a
/// forum's `filter_dateline_menu` of sort orders).
pub const BYLINE_EXCLUDE_HINTS: &[&str] = &[
    "avatar", "comment", "relative", "related", "follow", "authoriz", "authorit", "menu",
];

/// ARIA roles that mark chrome.
pub const CHROME_ROLES: &[&str] = &[
    "navigation",
    "complementary",
    "dialog",
    "alertdialog",
    "banner",
    "contentinfo",
    "menu",
    "menubar",
    "search",
    // A popup that describes a control on hover (a vote button's "This question shows
    // research effort").
    "tooltip",
];

// Article assembly.

/// An attempt that finds less article text than this (weighted characters) is retried with
/// looser rules (Readability's `charThreshold`).
pub const MIN_ARTICLE_LEN: u32 = 500;
/// When no attempt finds [`MIN_ARTICLE_LEN`], a laxer attempt (one that keeps unlikely
/// candidates or ignores class weights) that picks other roots replaces a stricter one only
/// with this much more text: a one-paragraph story (110 characters) otherwise loses to a
/// footer of contact lines a few characters longer, which only the laxer attempt lets in.
pub const LAXER_ATTEMPT_GAIN: f32 = 1.25;

/// An `h1`/`h2` in the body whose text is more than this similar to the title (Readability's
/// `_headerDuplicatesTitle`: the share of the heading's text in words the title has too) is the
/// headline repeated, as in "Headline" under the title "Headline | Site".
pub const TITLE_HEADING_SIMILARITY: f32 = 0.75;
/// ... when at most this many characters of the article come before it: the headline sits
/// above the body (under a kicker or a dateline at most); a heading like the title further
/// down ("Making spiced honey pear jam" in a recipe titled so) is a section of the article.
pub const TITLE_HEADING_MAX_TEXT_BEFORE: u32 = 200;
/// Reading speeds: CJK characters and other words per minute.
pub const CJK_CHARS_PER_MINUTE: usize = 400;
pub const WORDS_PER_MINUTE: usize = 230;
/// Without a page description, the excerpt is the first line at least this long, cut here.
pub const EXCERPT_MIN_CHARS: usize = 20;
pub const EXCERPT_MAX_CHARS: usize = 200;

/// A body declared in JSON-LD (`articleBody`) is read only when it has at least this many
/// characters: shorter ones are teasers (a summary standing in for the body).
pub const DECLARED_BODY_MIN_CHARS: usize = 200;

/// …and the markup gave less than this share of its characters: the visible page holds little
/// of the article (rendered by scripts, kept in a template, behind a consent wall). Where the
/// markup holds the article, it wins: it keeps links, images and structure.
pub const DECLARED_BODY_FOUND_SHARE: f32 = 0.4;

/// Elements that say "the page's content is here": an element around one is not chrome,
/// whatever its ARIA role says.
pub const MAIN_CONTENT_TAGS: &[&str] = &["article", "main"];

/// Template scripts (`<script type="text/template">`) remembered per page.
pub const MAX_TEMPLATES: usize = 16;

/// An article with fewer characters than this is looked for in the page's template scripts
/// too (a blog that renders its post from a template shows only its header without scripts)…
pub const TEMPLATE_FOUND_MAX_CHARS: usize = 300;

/// …and a template's article replaces it when it has this many times its characters.
pub const TEMPLATE_GAIN: usize = 2;

/// A stream of teasers (other articles' previews, each a linked headline over an excerpt) is
/// at least this many siblings of one tag and `class`…
pub const TEASER_MIN_UNITS: u32 = 3;

/// …holding this share of the chosen block's text: then the block is "more from this site",
/// not the page's story.
pub const TEASER_MIN_SHARE: f32 = 0.6;

/// A teaser's headline: its first text, at least this long (weighted characters)…
pub const TEASER_HEADLINE_MIN_LEN: u32 = 15;

/// …and mostly link (a reply count or a date may sit beside the link).
pub const TEASER_HEADLINE_MIN_LINK_SHARE: f32 = 0.6;

/// Elements into a teaser within which its headline is looked for (bounds the walk on deeply
/// nested pages)…
pub const TEASER_HEAD_MAX_NODES: usize = 24;

/// …and texts: a source and a time may come before the headline.
pub const TEASER_HEAD_BLOCKS: usize = 3;

/// Streams set aside in turn before giving up on finding the story under the headline.
pub const TEASER_MAX_STREAMS: usize = 3;

/// The story found without the stream begins at most this many elements after the page's
/// headline (or holds it)…
pub const TEASER_ARTICLE_AFTER_HEADLINE_NODES: u32 = 40;

/// …and holds at least this much text (weighted characters): a wire brief of a hundred
/// characters, not a caption.
pub const TEASER_ARTICLE_MIN_LEN: u32 = 120;
