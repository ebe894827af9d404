//! Every threshold, tag list and pattern qingyue's pipeline uses, in one place, each with the
//! reason it exists: the extractor's scan, score and emit stages, article assembly, metadata
//! and decoding read these; nothing else hard-codes a number or a word list. (Markup policy —
//! the sanitizer's allowlist, the HTML tree rules, the script converter's skipped tags — lives
//! with the code that enforces it.)
//!
//! Lengths in the extraction section are *weighted characters*: a Latin letter or digit counts
//! 1, a CJK character counts [`CJK_CHAR_WEIGHT`]. Readability measures `textContent.length`,
//! which is fair for English but makes a 40-character Chinese paragraph (a full sentence) look
//! like a caption. Metadata measures plain characters.

/// Distances between elements are counted in nodes (pass 1's element ids).
type NodeId = u32;

// ---- Extraction: scan, score, emit ----

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
    "ai2html",
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
    "jubao", "cta",
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
];

/// Lines that are boilerplate wherever they appear: editor credits, copyright and reprint
/// notices, share prompts, font-size switches, pagination and "related/hot" headings.
/// Each entry is the fragments that must all occur in a block's text, in order, and the longest
/// block (characters) the entry may remove: an editor credit is one short line, a reprint
/// notice a long sentence, and a paragraph that merely mentions 版权所有 is article text.
/// Simplified and Traditional forms are both listed.
pub const BOILERPLATE_PATTERNS: &[(&[&str], u32)] = &[
    (&["责任编辑"], 40),
    (&["責任編輯"], 40),
    (&["责编"], 30),
    (&["責編"], 30),
    (&["编辑："], 20),
    (&["编辑:"], 20),
    (&["編輯："], 20),
    (&["編輯:"], 20),
    // 编辑｜李四, 编辑 | 李四 (the bar of magazine-style credits).
    (&["编辑｜"], 20),
    (&["编辑|"], 20),
    (&["编辑 |"], 20),
    (&["編輯｜"], 20),
    (&["編輯|"], 20),
    (&["編輯 |"], 20),
    (&["本文系", "稿件"], 200),
    (&["本文係", "稿件"], 200),
    (&["本文為", "稿件"], 200),
    (&["未经授权", "不得转载"], 200),
    (&["未經授權", "不得轉載"], 200),
    (&["未经许可", "不得"], 200),
    (&["未經許可", "不得"], 200),
    (&["版权所有"], 120),
    (&["版權所有"], 120),
    // 本文仅代表作者个人观点, 该文观点仅代表作者本人 …
    (&["仅代表作者"], 80),
    (&["僅代表作者"], 80),
    // Publishing platforms' disclaimers (…号系信息发布平台，…仅提供信息存储空间服务;
    // 本平台仅提供信息存储服务) and portals' reprint notices (…并不意味着赞同其观点).
    // A promotion's call to action in brackets (`…火热进行中！【点击投票】Pick你心目中的商业领袖`).
    (&["【点击"], 160),
    (&["【點擊"], 160),
    (&["仅提供信息存储"], 160),
    (&["僅提供信息存儲"], 160),
    // The same platform's notice in English, after the Chinese one (网易号's `Notice: The
    // content above … only provides information storage services.`).
    (&["only provides information storage"], 260),
    // Self-media's takedown offer under reused pictures: 图片来自网络，如有侵权，请联系删除.
    (&["如有侵权", "删除"], 60),
    (&["如有侵權", "刪除"], 60),
    (&["不意味着赞同其观点"], 160),
    (&["不意味著贊同其觀點"], 160),
    (&["仅代表该作者"], 120),
    (&["僅代表該作者"], 120),
    (&["不代表", "观点或立场"], 160),
    (&["不代表", "觀點或立場"], 160),
    (&["不代表", "观点和立场"], 160),
    (&["不代表", "觀點和立場"], 160),
    (&["经授权发布"], 160),
    (&["經授權發布"], 160),
    // App promotions closing portal articles (海量资讯、精准解读，尽在新浪财经APP;
    // 更多原创资讯请下载“澎湃新闻”APP).
    (&["尽在", "APP"], 40),
    (&["盡在", "APP"], 40),
    (&["请下载", "APP"], 60),
    (&["請下載", "APP"], 60),
    (&["关注", "公众号"], 80),
    (&["關注", "公眾號"], 80),
    (&["查看更多"], 16),
    // Production credits (编辑 张三 校对 李四).
    (&["校对"], 40),
    (&["校對"], 40),
    (&["不代表本", "观点"], 120),
    (&["不代表本", "觀點"], 120),
    (&["分享到"], 40),
    // A link back to the portal's front page (`返回腾讯网首页>>`).
    (&["返回", "首页"], 20),
    (&["返回", "首頁"], 20),
    // A tags line (`关键词 >> 新型冠状病毒,新冠病毒`).
    (&["关键词", ">>"], 200),
    (&["關鍵詞", ">>"], 200),
    // WeChat's closing prompt (`看都看完了，点【在看】试试`).
    (&["【在看】"], 40),
    (&["点个在看"], 40),
    (&["點個在看"], 40),
    // A WeChat account's menu of keyword replies (`5、回复【美图】看看广州有多惊艳`).
    (&["回复【"], 30),
    (&["回覆【"], 30),
    (&["点击菜单"], 40),
    (&["點擊菜單"], 40),
    (&["字号", "大", "小"], 30),
    (&["字號", "大", "小"], 30),
    (&["上一页"], 40),
    (&["下一页"], 40),
    (&["上一頁"], 40),
    (&["下一頁"], 40),
    (&["相关推荐"], 30),
    (&["相關推薦"], 30),
    (&["相关阅读"], 30),
    (&["相關閱讀"], 30),
    (&["相关新闻"], 30),
    (&["相關新聞"], 30),
    (&["热门评论"], 30),
    (&["熱門評論"], 30),
    (&["关注", "微信"], 80),
    (&["關注", "微信"], 80),
    // 扫描二维码, 扫描下方二维码解锁更多技能, 长按识别二维码关注.
    (&["扫描", "二维码"], 60),
    (&["掃描", "二維碼"], 60),
    (&["长按", "二维码"], 40),
    (&["長按", "二維碼"], 40),
    // Investment disclaimers of financial news (文章提及内容仅供参考，不构成实质性投资建议，据此
    // 操作风险自担; 股市有风险，投资需谨慎). The idioms alone are only lines of their own: in a
    // sentence (投资者应风险自担) they are article text.
    (&["不构成", "投资建议"], 200),
    (&["不構成", "投資建議"], 200),
    (&["据此操作", "风险自担"], 120),
    (&["據此操作", "風險自擔"], 120),
    (&["股市有风险"], 16),
    (&["股市有風險"], 16),
    (&["投资有风险"], 16),
    (&["投資有風險"], 16),
    // Breadcrumbs: 您所在的位置：首页 > 快讯 > 公司.
    (&["位置", "首页"], 80),
    (&["位置", "首頁"], 80),
    // Print and close buttons, often bracketed: 【打印本页】【关闭窗口】.
    (&["打印本页"], 24),
    (&["打印本頁"], 24),
    (&["关闭窗口"], 24),
    (&["關閉窗口"], 24),
    (&["禁止转载"], 30),
    (&["禁止轉載"], 30),
    (&["转载请注明"], 40),
    (&["轉載請註明"], 40),
    (&["已有", "人参与"], 16),
    (&["已有", "人參與"], 16),
    (&["Copyright", "©"], 160),
    (&["Copyright @"], 160),
    (&["All rights reserved"], 160),
    // Wire-service credits closing a story: "(Reporting by A; additional reporting by B;
    // Editing by C)".
    (&["Reporting by", "diting by"], 300),
    (&["All Rights Reserved"], 160),
    // Follow prompts naming the outlet (Follow Newsbeat on Instagram, Facebook, Twitter).
    (&["Follow ", " on Instagram"], 120),
    (&["Follow ", " on Twitter"], 120),
    (&["Follow ", " on Facebook"], 120),
    (&["Follow @", " on Twitter"], 400),
    // An author's closing note ("Mike Wall's book … is out now. Follow him on Twitter"), as
    // the short bios above (Readability keeps them).
    (&["Follow him on "], 300),
    (&["Follow her on "], 300),
    // Subscription prompts and affiliate disclaimers ("Need more space? Subscribe to our
    // sister title…", "…Prices are subject to change without notice.").
    (&["Subscribe to our "], 200),
    (&["Prices are subject to change"], 400),
    // Author bios closing an article.
    (&[" is a reporter for "], 120),
    (&[" is a staff writer"], 160),
];

/// Lines that are boilerplate when they start a block, with the longest block (characters)
/// each may remove: photo credits and slideshow counters under images, "related" and "read
/// more" teasers, newsletter and follow prompts, advertisement labels.
pub const BOILERPLATE_PREFIXES: &[(&str, u32)] = &[
    ("Photo:", 120),
    ("Photograph:", 120),
    ("Photos:", 120),
    ("Image credit", 120),
    ("(Image credit", 120),
    ("Image:", 120),
    ("Credit:", 120),
    ("Image 1 of", 20),
    ("Related:", 160),
    ("RELATED:", 160),
    ("Read more:", 160),
    ("READ MORE:", 160),
    ("Read More:", 160),
    ("You may also like", 40),
    ("Sign up for", 200),
    ("Subscribe to", 120),
    ("Follow us", 120),
    ("Advertisement", 20),
    // "Read also" teasers in other languages (English and Chinese ones are link-list labels).
    ("Leggi anche", 200),
    ("(Leggi anche", 200),
    ("Lire aussi", 200),
    ("Leia também", 200),
    ("Lea también", 200),
    ("Lesen Sie auch", 200),
    // A source credit alone ("Via SyndiGate.info", "Via Reuters").
    ("Via ", 40),
    ("SEE MORE:", 200),
    ("See more:", 200),
    ("DON'T MISS", 30),
    ("Don't Miss", 30),
    ("Don't miss", 30),
    ("Like this story?", 80),
    ("This slideshow requires JavaScript", 40),
    ("Tell us what you think", 40),
    ("Tell us what YOU think", 40),
    ("ADVERTISEMENT", 20),
    ("图片来源", 60),
    // Short photo credits: 图/视觉中国, 图：新华社, 摄影：张三.
    ("图/", 20),
    ("图／", 20),
    ("图：", 20),
    ("圖/", 20),
    ("圖／", 20),
    ("圖：", 20),
    ("摄影：", 20),
    ("攝影：", 20),
    ("圖片來源", 60),
    ("点击查看", 40),
    ("点击进入", 40),
    ("點擊進入", 40),
    ("點擊查看", 40),
    ("原标题", 80),
    ("原標題", 80),
    // Self-media's closing mark.
    ("- THE END -", 12),
    ("-THE END-", 10),
    ("THE END", 8),
    // The same in parentheses, opening a reprint (`（原标题：…）` on 163.com), or closing it
    // (`（原题为《…》）` on thepaper.cn).
    ("（原标题", 80),
    ("（原標題", 80),
    ("(原标题", 80),
    ("本文原标题", 80),
    ("（原题为", 80),
    ("（原題為", 80),
    ("Additional reporting by", 120),
    ("Click here to", 80),
    ("CLICK HERE", 80),
    ("Related coverage", 120),
    ("Related post:", 120),
    ("[Related:", 160),
    ("Sharing is caring", 30),
    ("Filed under:", 120),
    ("Posted on ", 60),
    ("Reach the reporter", 160),
    ("Follow us on", 120),
    ("Trackback:", 200),
    ("TrackBack:", 200),
    // Disclaimers in one paragraph (a heading alone is a NOTICE_HEADINGS notice).
    ("免责声明：", 200),
    ("免责声明:", 200),
    ("免責聲明：", 200),
    ("特别声明：", 200),
    ("特别声明:", 200),
    ("特別聲明：", 200),
    ("版权声明", 120),
    ("版權聲明", 120),
    // Page furniture of Chinese portals, each a line of its own: correction and print
    // buttons, font size, "open in the app", "read the original", reactions, comment
    // prompts, hotlines, the cover image's credit, production credits (监制/统筹/审核 — the
    // editors, never the author). Breadcrumbs are [`BREADCRUMB_LABELS`].
    ("【纠错】", 8),
    ("【糾錯】", 8),
    ("扫一扫", 24),
    ("掃一掃", 24),
    ("【字体", 16),
    ("【字體", 16),
    ("字体：", 12),
    ("字體：", 12),
    // Single words are whole lines only (收藏家 and 在看守所 are words of prose).
    ("举报", 2),
    ("舉報", 2),
    ("举报/反馈", 5),
    ("舉報/反饋", 5),
    ("打开APP", 16),
    ("打开App", 16),
    ("打開APP", 16),
    ("打開App", 16),
    ("下载客户端", 10),
    ("下載客戶端", 10),
    ("展开全文", 8),
    ("展開全文", 8),
    ("阅读原文", 8),
    ("閱讀原文", 8),
    ("喜欢此内容的人还喜欢", 12),
    ("喜歡此內容的人還喜歡", 12),
    ("点击右上角", 24),
    ("點擊右上角", 24),
    ("点赞", 2),
    ("點讚", 2),
    ("在看", 2),
    ("收藏", 2),
    ("我要评论", 8),
    ("我要評論", 8),
    ("网友评论", 8),
    ("網友評論", 8),
    ("上一篇：", 80),
    ("上一篇:", 80),
    ("下一篇：", 80),
    ("下一篇:", 80),
    ("新闻热线", 40),
    ("新聞熱線", 40),
    ("投稿邮箱", 60),
    ("投稿郵箱", 60),
    ("题图来源", 40),
    ("題圖來源", 40),
    ("题图：", 30),
    ("題圖：", 30),
    ("监制：", 40),
    ("監製：", 40),
    ("统筹：", 40),
    ("統籌：", 40),
    ("策划：", 40),
    ("策劃：", 40),
    ("审核：", 30),
    ("審核：", 30),
    ("终审：", 30),
    ("終審：", 30),
    ("海报：", 30),
    ("海報：", 30),
];

/// Photo credits: short blocks that end with an agency's name ("Alex Wong | Getty Images",
/// "Sakib Ali/Hindustan Times/Getty Images", "(Image: … / Getty Images)").
pub const CREDIT_SUFFIXES: &[&str] = &[
    "Getty Images",
    "Getty Images)",
    "/Getty",
    "Shutterstock",
    "Shutterstock)",
    "/AFP",
    "AFP via Getty Images",
    "/Reuters",
    "AP Photo",
    "(AP)",
    // Chinese photo credits: 张三/摄, 新华社记者 张三 摄, 视觉中国/图.
    "/摄",
    "／摄",
    " 摄",
    "\u{3000}摄",
    "/图",
    "／图",
    "/圖",
    "／圖",
];
pub const CREDIT_MAX_CHARS: u32 = 80;

/// A dateline — a short block that starts like one and holds a date ("By A. Writer | Nov. 18,
/// 2019", "Published 4:00 am, Wednesday, November 20, 2019", "发布时间：2024-06-05") — is
/// metadata, not article text.
pub const DATELINE_PREFIXES: &[&str] = &[
    "By ",
    "BY ",
    "Published",
    "PUBLISHED",
    "First Published",
    "First published",
    "Updated",
    "UPDATED",
    "Posted",
    "Last updated",
    "发布时间",
    "發布時間",
    "发表时间",
    "發表時間",
    "发表于",
    "發表於",
    "发布于",
    "發佈於",
    "發布於",
    "发布日期",
    "發佈日期",
    "时间：",
    "時間：",
    "来源：",
    "來源：",
];
pub const DATELINE_MAX_CHARS: u32 = 120;
/// A short block that starts with a numeric date and carries one of these labels is a Chinese
/// dateline too ("2022.01.20 16:31 来源：河南日报客户端"); without a label it may be a timeline
/// entry of the article ("2017年2月17日 一审判决"), which stays.
pub const DATE_FIRST_LABELS: &[&str] = &[
    "来源", "來源", "作者", "记者", "記者", "编辑", "編輯", "发布", "發布", "浏览", "瀏覽", "阅读",
    "閱讀", "点击", "點擊",
];
pub const DATE_FIRST_MAX_CHARS: u32 = 60;

/// An in-body author line ("光明日报记者 王建宏 张文攀", "本报通讯员 李四", "作者：张三") is
/// metadata, read by `metadata` and left out of the text, as Readability leaves out the byline
/// element it reads: a block of at most [`BYLINE_LINE_MAX_CHARS`] that contains a marker or
/// starts with a label (`metadata`'s author and source labels, "来源：新闻晨报" closing an
/// article included), and has no sentence punctuation ("记者从市政府获悉，…" is prose).
pub const BYLINE_LINE_MARKERS: &[&str] = &[
    "记者",
    "記者",
    "通讯员",
    "通訊員",
    "实习生",
    "實習生",
    "译：",
    "譯：",
    "译者：",
    "譯者：",
    "翻译：",
    "翻譯：",
];
pub const BYLINE_LINE_MAX_CHARS: u32 = 30;
/// A line ending in a photo credit (`… 本报记者 惠禾 摄`) with more than this many characters
/// before the credit (an outlet's name is shorter: `中国青年报记者 张三 摄`) is a caption.
pub const CAPTION_CREDIT_MAX_LEAD: usize = 8;
/// Sentence punctuation that makes a short line prose rather than a label line.
pub const PROSE_PUNCTUATION: &[char] = &['。', '，', '！', '？', '；', ',', '“', '"'];

/// Headings of legal notices that sites append to articles (反侵权公告, 免责声明 …): the block
/// and the rest of its parent are boilerplate, when that rest is at most
/// [`NOTICE_MAX_CHARS`] — a notice is a few paragraphs; more text after such a heading is the
/// article (a disclaimer at the top), which stays.
pub const NOTICE_HEADINGS: &[&str] = &[
    "反侵权公告",
    "反侵權公告",
    "侵权声明",
    "侵權聲明",
    "版权声明",
    "版權聲明",
    "免责声明",
    "免責聲明",
    "法律声明",
    "法律聲明",
];
pub const NOTICE_HEADING_MAX_CHARS: u32 = 12;
pub const NOTICE_MAX_CHARS: u32 = 800;
pub const NOTICE_MAX_NODES: usize = 200;
/// Month names that make an English date ("November 20, 2019", "Nov. 20, 2019").
pub const MONTHS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
/// Labels that open a list of links set inside the article ("DON'T MISS" and three
/// headlines, 延伸阅读 and links): such a block is boilerplate when at least
/// [`LINK_LIST_MIN_DENSITY`] of it is links, up to [`LINK_LIST_MAX_CHARS`].
pub const LINK_LIST_LABELS: &[&str] = &[
    // English labels in capitals or with a colon: "Read more about it here." is a sentence.
    "DON'T MISS",
    "DON’T MISS",
    "Don't miss:",
    "Don't Miss:",
    "READ MORE",
    "Read more:",
    "Read More:",
    "RELATED",
    "Related:",
    "SEE ALSO",
    "See also:",
    "MORE ON THIS",
    "相关阅读",
    "相關閱讀",
    "延伸阅读",
    "延伸閱讀",
    "推荐阅读",
    "推薦閱讀",
    "相关新闻",
    "相關新聞",
    "相关文章",
    "相關文章",
    // Recommendation lists of portals and apps.
    "猜你喜欢",
    "猜你喜歡",
    "为你推荐",
    "為你推薦",
    "精彩推荐",
    "精彩推薦",
    "热门推荐",
    "熱門推薦",
    "热点推荐",
    "熱點推薦",
    "大家都在看",
    "往期回顾",
    "往期回顧",
    "更多阅读",
    "更多閱讀",
    "相关链接",
    "相關鏈接",
    "相關連結",
    "相关专题",
    "相關專題",
    // Tag lists.
    "Tags:",
    "TAGS:",
    "标签",
    "標籤",
    "相关标签",
    "相關標籤",
    "关键词",
    "關鍵詞",
    "关键字",
    "關鍵字",
];
pub const LINK_LIST_MIN_DENSITY: f32 = 0.6;
/// What may follow a Chinese link-list label.
pub const LINK_LIST_LABEL_ENDS: &str = "：:|｜ 】]》>»\u{3000}";
pub const LINK_LIST_MAX_CHARS: u32 = 1000;
/// A label alone on its line (at most this long, characters) is boilerplate itself, and the
/// block of links after it is the list.
pub const LINK_LIST_LABEL_MAX_CHARS: u32 = 16;
/// A short line of dates, times and these words only is a timestamp line ("Nov. 20, 2019
/// Updated: Nov. 20, 2019 1:35 a.m."), chrome once metadata has read it. Longer words first
/// (each is cut out of the line in turn); months are [`MONTHS`] (their abbreviations cut the
/// full names down to a few letters, which [`TIMESTAMP_MAX_OTHER_LETTERS`] allows).
pub const TIMESTAMP_WORDS: &[&str] = &[
    "Published",
    "PUBLISHED",
    "First Published",
    "First published",
    "Updated",
    "UPDATED",
    "Posted",
    "Last updated",
    "Modified",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "a.m.",
    "p.m.",
    "AM",
    "PM",
    "am",
    "pm",
    "EST",
    "EDT",
    "CST",
    "CDT",
    "PST",
    "PDT",
    "GMT",
    "UTC",
    "BST",
    "CET",
    "HKT",
    "ET",
    "PT",
    "CT",
    "at",
    "on",
];
pub const TIMESTAMP_LINE_MAX_CHARS: u32 = 80;
pub const TIMESTAMP_MAX_OTHER_LETTERS: usize = 6;
/// Slideshow counters under images ("Image 2 of 5", "Photo 3 of 12").
pub const COUNTER_WORDS: &[&str] = &["Image ", "Photo ", "Slide ", "Picture "];
/// A gallery caption led by its counter ("1of4Grass Valley's Dionicio Torres looks at…", the
/// counter's digits and "of" run together; "Image 2 of 5 A shopper…"), up to this many
/// characters, is gallery chrome. "1 of 4 Americans…" with spaces and no counter word is prose.
pub const COUNTED_CAPTION_MAX_CHARS: u32 = 400;
/// A comment counter alone in its block ("12 comments", "comments" whose number a script fills
/// in, "0评论"): words after an optional number, case as written.
pub const COMMENT_COUNT_WORDS: &[&str] = &[
    "comments",
    "Comments",
    "COMMENTS",
    "comment",
    "Comment",
    "条评论",
    "條評論",
    "评论",
    "評論",
];
/// A page list of an article split over pages (`【1】【2】【3】`, `上一页 1 2 3 下一页`): a short
/// block, mostly links, of page numbers, brackets and these words only.
pub const PAGINATION_WORDS: &[&str] = &[
    "上一页",
    "下一页",
    "上一頁",
    "下一頁",
    "上页",
    "下页",
    "首页",
    "尾页",
    "末页",
    "首頁",
    "尾頁",
    "末頁",
    "Previous",
    "Prev",
    "Next",
    "First",
    "Last",
    "«",
    "»",
    "‹",
    "›",
    "<",
    ">",
    "…",
    "...",
];
/// What else a page list holds besides numbers and [`PAGINATION_WORDS`].
pub const PAGINATION_MARKS: &str = "【】[]()（）|/.,，、-–— \u{3000}\u{a0}";
pub const PAGINATION_MAX_CHARS: u32 = 80;
/// A numbered page list this many nodes after the article's end is still its own (past it,
/// numbers are calendars and rankings).
pub const PAGE_LIST_AFTER_ARTICLE_NODES: NodeId = 40;
/// Page-list links kept for `nextPageUrl` (a bound for hostile pages).
pub const MAX_PAGE_LINKS: usize = 256;

/// A block that repeats an earlier block of the article word for word is dropped when its
/// length is in this range (characters) and it is not a paragraph, list item or heading:
/// captions and credits copied into lightboxes are short `div`s and `figcaption`s; short
/// repeats such as "•" or "Q:" are legitimate, and so are repeated paragraphs (refrains).
pub const DUPLICATE_MIN_CHARS: u32 = 20;
pub const DUPLICATE_MAX_CHARS: u32 = 250;
/// A repeated paragraph is dropped only this many elements after its twin…
pub const DUPLICATE_PARAGRAPH_WINDOW: usize = 12;
/// …unless it is at least this long (a sentence-length caption repeated by a second copy of
/// a gallery further down; a refrain is short, and a sibling of its twin anyway).
pub const DUPLICATE_PARAGRAPH_ANYWHERE_CHARS: u32 = 80;
/// A short block ending like a truncated copy with an expander link ("…military relations
/// ... more") is a teaser of text shown in full elsewhere.
pub const TEASER_ENDS: &[&str] = &[
    "... more", "… more", "...more", "…more", "... More", "… More",
];
pub const TEASER_MAX_CHARS: u32 = 400;
/// A line of hashtags alone closing a post (`#天文航天#月球#中国航天 #嫦娥五号`): its topics,
/// up to this many characters.
pub const HASHTAG_LINE_MAX_CHARS: u32 = 80;
/// A line of two or more of these names alone is a share bar's links (`微信 微博`,
/// `Facebook Twitter Email`), up to [`SHARE_LINE_MAX_CHARS`].
pub const SHARE_TARGETS: &[&str] = &[
    "微信",
    "微博",
    "朋友圈",
    "QQ",
    "QQ空间",
    "QQ空間",
    "新浪微博",
    "腾讯微博",
    "騰訊微博",
    "豆瓣",
    "人人网",
    "人人網",
    "Facebook",
    "Twitter",
    "X",
    "LinkedIn",
    "WhatsApp",
    "Telegram",
    "LINE",
    "Line",
    "Email",
    "E-mail",
    "Reddit",
    "Pinterest",
    "Flipboard",
    "Weibo",
    "WeChat",
];
pub const SHARE_LINE_MAX_CHARS: u32 = 60;
/// A short line of four or more short words between bars (`20190926|国贸|增长率|全球经济`,
/// `首页 | 新闻 | 国内`) is a list of tags or channels, never a sentence: up to this many
/// characters, each part up to [`TAG_PART_MAX_CHARS`], none with sentence punctuation.
pub const TAG_LINE_MAX_CHARS: u32 = 80;
pub const TAG_LINE_MIN_PARTS: usize = 4;
pub const TAG_PART_MAX_CHARS: usize = 10;

/// A `<meta>` whose (lower-case) name holds one of these and none of the exclusions is read
/// as the publication time when no known key (`article:published_time`, `pubdate`, …) gives
/// one: portals invent their own (`apub:time`, `sm:pubtime`, `publish-date`).
pub const META_DATE_KEY_PARTS: &[&str] = &["pub", "time", "date", "create"];
pub const META_DATE_KEY_EXCLUDED: &[&str] = &[
    "modif", "updat", "expir", "last", "edit", "revis", "crawl", "index", "timezone", "lifetime",
];

/// Distinct `class` values whose hints the scan remembers per page (a hostile page of unique
/// class values must not grow the table without end).
pub const CLASS_HINT_CACHE_ENTRIES: usize = 4096;

/// Inline styles that hide an element.
pub const HIDDEN_STYLES: &[&str] = &["display:none"];
/// Inline styles that hide an element until a script shows it: WeChat articles (and other
/// platforms') render the whole body `visibility: hidden` and reveal it on load. Such an
/// element is left out unless it holds [`INVISIBLE_ARTICLE_SHARE`] of the page's text —
/// then it is the article a script would show.
pub const INVISIBLE_STYLES: &[&str] = &["visibility:hidden"];
/// Class tokens of content collapsed until the reader expands it (MediaWiki's `mw-collapsed`
/// tables and navboxes, Blogger's archive lists): unlikely candidates, unless the class also
/// says content (`article-body collapsed` behind a "read more" button).
pub const COLLAPSED_TOKENS: &[&str] = &["collapsed"];
pub const INVISIBLE_ARTICLE_SHARE: f32 = 0.67;

// ---- Article assembly ----

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

// ---- Metadata (lengths in characters) ----

/// Caps on what is collected, so hostile pages cannot grow it without bound.
pub const MAX_METAS: usize = 512;
pub const MAX_LINES: usize = 512;
pub const MAX_JSON_LD_BYTES: usize = 1 << 20;
/// The whole text of a link to the next page of a split article.
pub const NEXT_PAGE_LABELS: &[&str] = &[
    "下一页",
    "下一頁",
    "下页",
    "下頁",
    "下一页>",
    "下一页 >",
    "下一页>>",
    "下一頁>",
    "余下全文",
    "餘下全文",
    "阅读下一页",
    "閱讀下一頁",
    "next page",
    "next page »",
    "next page ›",
    "next »",
    "next ›",
    "next",
];
/// A visible line longer than this (characters) is prose, not a label line.
pub const MAX_LABEL_LINE_CHARS: u32 = 160;
/// Labels that introduce the author in visible text.
pub const AUTHOR_LABELS: &[&str] = &[
    "作者：",
    "作者:",
    "作者 ",
    "作者|",
    "作者｜",
    "作者/",
    "作者／",
    "【作者】",
    "[作者]",
    // A writer who also took the photos (`文/图 张三`): before `文/`, which would read 图 as
    // the name.
    "文/图",
    "文／图",
    "文/圖",
    "文／圖",
    "图/文",
    "图／文",
    "圖/文",
    "圖／文",
    "文／",
    "文/",
    "文|",
    "文｜",
    // `文：张三 图：李四`; never after another character (原文：, 中文：, 撰文：).
    "文：",
    "文:",
    "撰文|",
    "撰文/",
    "撰文／",
    "撰文｜",
    "记者：",
    "记者:",
    "記者：",
    "記者:",
    "撰文：",
    "撰稿：",
    "执笔人：",
    "执笔：",
    "执笔/",
    "执笔／",
    "執筆人：",
    "執筆：",
    "本报记者",
    "本報記者",
    "记者",
    "記者",
    "By ",
    "by ",
];
/// Labels of people credited beside the reporters (`本报记者 张三 通讯员 李四`, a line
/// `本报实习生 刘国栋 周炜` over the reporters' line): their names join the byline.
pub const CO_CREDIT_LABELS: &[&str] = &[
    "通讯员",
    "通訊員",
    "实习生",
    "實習生",
    "实习记者",
    "實習記者",
    "记者",
    "記者",
];
/// Credit lines this many nodes from the byline's own line join it (interns on the line
/// above the reporters).
pub const CO_CREDIT_LINE_NODES: NodeId = 6;
/// Suffixes that follow the author's name (`张三/文`).
pub const AUTHOR_SUFFIXES: &[&str] = &["/文", "／文", " 文"];
/// Longest Chinese personal name read from a visible line (characters).
pub const MAX_CJK_NAME_CHARS: usize = 4;
/// Characters of verbs and function words that do not occur in personal names: a label in
/// prose (`记者采访时称`, `记者查实`) is followed by words, not a name.
pub const NOT_IN_NAMES: &str =
    "的了时称说在从向对是有为将被把到采访获悉表示查实解看现意这那们个该此其等据透露映阅读待续图";
/// Longest line on which a bare `记者` anywhere is read as a label (characters).
pub const BARE_LABEL_LINE_MAX_CHARS: usize = 40;
/// Characters after which a bare `记者` is a label in any line: outlets (`本报`, `总台`, `新华社`,
/// `中新网`, `本刊`) and an opening parenthesis.
pub const BARE_LABEL_AFTER: &str = "报報台社网網刊（(";
/// Lines of the article text searched, at each end, for a parenthesized author credit
/// (`本报讯（记者 张三）…`, `…。（总台记者 张倩）`, `（姚峰 上海报道）`).
pub const CREDIT_LINES: usize = 3;
/// The header under the headline runs from this many nodes before the article's first root to
/// this many after it (when the root holds it). A name beside the date there, with no label
/// (`张三·2024-06-05 10:12`, `<em>张三</em><em>2024-06-05</em>`), is the byline, and the time
/// printed there is the one readers see: further down, a name and a date head a comment, and
/// a sidebar lists the day's stories with their times.
pub const HEADER_BEFORE_ARTICLE_NODES: NodeId = 40;
pub const HEADER_AFTER_ARTICLE_START_NODES: NodeId = 12;
/// What parts a name from the date beside it: `·`, bars and slashes, besides spaces.
pub const DATED_NAME_SEPARATORS: &[char] = &['·', '•', '|', '｜', '/', '／', '丨'];
/// Places beside a date (`2024-06-05 10:12 江苏`, where a post was sent from) that a surname
/// leads: provinces by name, and any word ending in a place's suffix (徐州, 黄浦区).
pub const PLACES_LED_BY_SURNAMES: &[&str] = &[
    "江苏",
    "江蘇",
    "江西",
    "宁夏",
    "寧夏",
    "甘肃",
    "甘肅",
    "武汉",
    "武漢",
    "石家庄",
    "石家莊",
];
pub const PLACE_SUFFIXES: &[char] = &[
    '省', '市', '县', '縣', '区', '區', '州', '镇', '鎮', '村', '岛', '島',
];
/// Weekdays beside a date (`2024年6月5日 星期三 下午3:15`, `2024-06-05 10:12 周三`): skipped
/// before a time, and never a name (周 is a surname).
pub const WEEKDAY_PREFIXES: &[&str] = &["星期", "礼拜", "禮拜", "周", "週"];
/// The day after a weekday prefix.
pub const WEEKDAY_DAYS: &str = "一二三四五六日天";
/// English month names, for dates that metadata writes out (`Saturday, December 27, 2014,
/// 12:06 PM`, `Sat, 27 Dec 2014 17:10:17 GMT`): a word is a month when it is the name, its
/// first three letters, or `Sept`, with or without a full stop.
pub const ENGLISH_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// How a photo credit in parentheses ends (`（记者张三摄）` under a picture): the photographer,
/// not the author. A credit for words and pictures (`文/摄`) names the author.
pub const PHOTO_CREDIT_ENDS: &[&str] = &["摄", "攝", "摄影", "攝影", "供图", "供圖"];
/// Longest parenthesized credit read (characters).
pub const PARENTHESIZED_CREDIT_MAX_CHARS: usize = 40;
/// Lines at the start of the article text where a line of names alone is the byline
/// (`胡平` under the headline).
pub const NAME_LINE_LINES: usize = 3;
/// Longest such line (characters).
pub const NAME_LINE_MAX_CHARS: usize = 24;
/// Longest line read as a closing credit in parentheses (`（袁源）`, characters).
pub const CLOSING_CREDIT_MAX_CHARS: u32 = 16;
/// Common Chinese surnames (the most frequent single-character ones, Simplified and
/// Traditional): a line of names alone is read as a byline only when each name starts with
/// one, so a short heading (`前言`, `结语`) is not taken for a name.
pub const SURNAMES: &str = concat!(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許韩",
    "韓冯馮邓鄧曹彭曾萧蕭肖田董潘袁蔡蒋蔣余于杜叶葉程魏苏蘇吕呂丁任卢盧姚沈钟鍾姜崔谭",
    "譚陆陸范汪廖石金韦韋贾賈夏付傅方邹鄒熊白孟秦邱侯江尹薛闫閆段雷龙龍黎史陶贺賀毛郝",
    "顾顧龚龔邵万萬覃武钱錢戴严嚴莫孔向常汤湯康易乔喬赖賴文施洪辛柯庄莊滕殷尤欧歐温溫",
    "牛甘章聂聶鲁魯葛关關申柳骆駱倪左佟季柏岳祝包明单單齐齊商费費卜凌霍裴耿习習靳鲍鮑",
    "宁寧伍闵閔风風",
);
/// Short headings that start with a surname's character.
pub const NOT_NAMES: &[&str] = &[
    "方法",
    "方案",
    "文章",
    "文摘",
    "关于",
    "關於",
    "高清",
    "明日",
    "马上",
    "馬上",
    "常见问题",
    "江湖",
    "万一",
    "萬一",
    "于是",
    "於是",
    "余论",
    "餘論",
    "史料",
    "白话",
    "白話",
    "黄金",
    "黃金",
    // Times of day and week beside a date (`2024-06-05 凌晨`, `周末`).
    "凌晨",
    "周末",
    "週末",
    "明天",
    "明晚",
    // A follow button beside the account's name and the date.
    "关注",
    "關注",
];
/// Two-character surnames.
pub const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "慕容", "东方", "東方", "夏侯", "令狐",
    "皇甫", "公孙", "公孫",
];
/// Cities of wire datelines that follow the reporter's name without a space
/// (`中央社記者陳大文台北5日電`): the name is what comes before the city.
pub const DATELINE_PLACES: &[&str] = &[
    "台北",
    "臺北",
    "新北",
    "桃園",
    "台中",
    "臺中",
    "台南",
    "臺南",
    "高雄",
    "基隆",
    "新竹",
    "嘉義",
    "花蓮",
    "台東",
    "臺東",
    "宜蘭",
    "屏東",
    "金門",
    "馬祖",
    "澎湖",
    "香港",
    "澳門",
    "北京",
    "上海",
    "廣州",
    "深圳",
    "南京",
    "武漢",
    "成都",
    "重慶",
    "天津",
    "東京",
    "首爾",
    "新加坡",
    "曼谷",
    "雅加達",
    "馬尼拉",
    "河內",
    "新德里",
    "雪梨",
    "紐約",
    "華盛頓",
    "洛杉磯",
    "舊金山",
    "芝加哥",
    "休士頓",
    "多倫多",
    "溫哥華",
    "倫敦",
    "巴黎",
    "柏林",
    "布魯塞爾",
    "日內瓦",
    "莫斯科",
    "羅馬",
    "广州",
    "武汉",
    "重庆",
    "东京",
    "首尔",
    "纽约",
    "华盛顿",
    "洛杉矶",
    "旧金山",
    "伦敦",
    "罗马",
];
/// Where a byline container's text stops being the byline: a dateline or a link to the
/// author's other articles run into the names (`Jose AltoverosView More Articles`,
/// `by Jeff FoustMonday, November 18, 2019`, `… wire services Published 11:11 PM`).
pub const BYLINE_ENDS: &[&str] = &[
    "Last Updated",
    "Last updated",
    "Published",
    "Updated",
    "Posted",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "View More",
    "View more",
    "More Articles",
    "More articles",
    "Read More",
    "Read more",
];
/// Endings of a credit that names the reporter first (`姚峰 上海报道`).
pub const REPORTED_SUFFIXES: &[&str] = &["报道", "報道", "報導"];
/// Endings of an outlet's name (a Chinese personal name never ends so).
pub const OUTLET_SUFFIXES: &[&str] = &[
    "网",
    "網",
    "网络",
    "網絡",
    "报",
    "報",
    "社",
    "台",
    "刊",
    "公司",
    "集团",
    "集團",
    "中心",
    "频道",
    "頻道",
    "新闻",
    "新聞",
    "财经",
    "財經",
    "资讯",
    "資訊",
    // A portal's channel of subscribed accounts (`标题_网易订阅`).
    "订阅",
    "訂閱",
    "客户端",
    "客戶端",
    "传媒",
    "傳媒",
    "媒体",
    "媒體",
    "科技",
    "娱乐",
    "娛樂",
    "体育",
    "體育",
    "汽车",
    "汽車",
    "时尚",
    "時尚",
    "Inc",
    "Inc.",
    "Ltd",
    "Ltd.",
    "Media",
    "News",
];
/// What a byline candidate (a meta author, a byline container's text) is never: a template's
/// placeholder left in `<meta name="author" content="name, email@gmail.com">` once its
/// address is taken out, or the label of the link to an author's other posts alone; nor what
/// Chinese templates print when no author is known (`作者：未知`, `作者：网络整理`, `佚名`).
pub const PLACEHOLDER_AUTHORS: &[&str] = &[
    "name",
    "author",
    "your name",
    "admin",
    "unknown",
    "作者",
    "姓名",
    "more",
    "更多",
    "查看更多",
    "未知",
    "不详",
    "不詳",
    "佚名",
    "匿名",
    "网络",
    "網絡",
    "網路",
    "网络整理",
    "網絡整理",
    "網路整理",
    "互联网",
    "互聯網",
    "本站",
    "本站原创",
    "本站原創",
    "小编",
    "小編",
    "管理员",
    "管理員",
];
/// Labels that open a breadcrumb (`当前位置 : 上海新闻网 > 新闻资讯 > …`): a line of its own
/// that starts so is boilerplate up to [`BREADCRUMB_LINE_MAX_CHARS`], and a byline container
/// holding one is no byline.
pub const BREADCRUMB_LINE_MAX_CHARS: u32 = 80;
pub const BREADCRUMB_LABELS: &[&str] = &[
    "当前位置",
    "當前位置",
    "您的位置",
    "您现在的位置",
    "您現在的位置",
    "You are here",
];
/// How many of a breadcrumb's separators (` > `, `»`, `›`) make a byline a path of sections.
pub const BREADCRUMB_SEPARATORS_MIN: usize = 2;
/// Words of a credit after the names that say what the named did (`记者陈智 整合`,
/// `张三 编译`): the names stop there.
pub const CREDIT_ROLE_WORDS: &[&str] = &[
    "整合", "编译", "編譯", "综合", "綜合", "整理", "翻译", "翻譯", "采写", "採寫", "撰文", "撰稿",
];
/// Words that make a byline an organisation's.
pub const OUTLET_WORDS: &[&str] = &["出版社", "编辑部", "編輯部", "Team", "Publishers"];
/// Page actions that sites put right after a name: after the outlet of a source line
/// (`来源: <a>澎湃新闻</a><a>举报</a>`, run together in the line's text) and after an account's
/// name in its byline box (`中国广州发布 关注`), with the badge of the platform the account
/// posts on (`<div>扬眼</div><span class="qiehao">企鹅号</span>`). They are cut off the name (a
/// longer action before the one it ends with: 已关注 before 关注).
pub const TRAILING_PAGE_ACTIONS: &[&str] = &[
    "企鹅号",
    "百家号",
    "头条号",
    "頭條號",
    "网易号",
    "網易號",
    "大风号",
    "搜狐号",
    "一点号",
    "举报",
    "舉報",
    "纠错",
    "糾錯",
    "分享",
    "收藏",
    "评论",
    "評論",
    "打印",
    "字号",
    "字號",
    "已关注",
    "+关注",
    "+ 关注",
    "关注",
    "關注",
    "订阅",
    "訂閱",
];
/// Labels that introduce the source outlet (the site name, never the author).
pub const SOURCE_LABELS: &[&str] = &[
    "来源：",
    "来源:",
    "來源：",
    "來源:",
    "出处：",
    "出處：",
    "稿源：",
    "来源于：",
    "來源於：",
    "文章来源：",
    "文章来源:",
    "文章來源：",
    "信息来源：",
    "信息來源：",
];
/// Labels that introduce the publication time.
pub const DATE_LABELS: &[&str] = &[
    "发布时间",
    "發佈時間",
    "发表时间",
    "發表時間",
    "发布日期",
    "时间：",
    "時間：",
    "日期：",
    "发表于",
    "發表於",
    "发布于",
    "發佈於",
    "发稿时间",
    "Published",
];
/// A labelled date line this many nodes after the article's end is still its own (blogs close
/// a post with `发表于 2005-07-31 12:30`); further on it belongs to comments or lists.
pub const DATE_AFTER_ARTICLE_NODES: NodeId = 40;
/// A date without a time is read from a short line (characters) near the article start only
/// (`2003-7-24 钱江晚报` above the headline), or from the author's credit line there.
pub const DATE_ONLY_LINE_MAX_CHARS: usize = 40;
pub const DATE_ONLY_BEFORE_ARTICLE_NODES: NodeId = 100;
/// Labels of a modification time, which is not the publication time.
pub const MODIFIED_LABELS: &[&str] = &[
    "最后更新",
    "最後更新",
    "更新时间",
    "更新時間",
    "Updated",
    "修改",
];
/// Labels of a copyright line (`Copyright © 李建忠`): a person named there owns the site — a
/// blog's author, the byline when nothing else names one.
pub const COPYRIGHT_LABELS: &[&str] = &["Copyright", "COPYRIGHT", "©", "版权所有", "版權所有"];
/// Labels whose line never holds the author.
pub const EDITOR_LABELS: &[&str] = &["责任编辑", "責任編輯", "编辑", "編輯"];
/// A heading this many nodes above the article's first root is still its own.
pub const HEADING_BEFORE_ARTICLE_NODES: NodeId = 30;
/// Longest title split into headline and site parts (bytes).
pub const MAX_SPLIT_TITLE_BYTES: usize = 4096;
/// Shortest heading taken as a headline (characters).
pub const HEADING_TITLE_MIN_CHARS: usize = 5;
/// The site's part of a title (`Headline - CBS News`) is taken for the site's name when no
/// meta names it and it is no longer than this (characters): longer, it is a tagline.
pub const SITE_NAME_FROM_TITLE_MAX_CHARS: usize = 32;
/// A title part that starts so (lower case) is a forum or CMS generator's tagline (`… - powered
/// by Discuz! Archiver`), not the site's name.
pub const GENERATOR_TAGLINE: &str = "powered by";
/// A part of a Chinese title after `_`/`｜` this short is a channel or site name.
pub const CJK_SITE_PART_MAX_CHARS: usize = 16;
/// A Chinese headline is at least this long (characters).
pub const CJK_HEADLINE_MIN_CHARS: usize = 5;
/// A date string after such a key is read from this many bytes.
pub const SCRIPT_DATE_MAX_BYTES: usize = 40;
/// Marks that end a Chinese headline before an outlet's name only sometimes.
pub const TITLE_OUTLET_MARKS: [char; 5] = ['—', '–', '·', '：', ':'];
/// After a colon, only a site (…网) or paper (…报) is taken for the outlet: `北京冬奥会：中国体育`
/// is a headline.
pub const TITLE_COLON_OUTLET_ENDS: &[&str] = &["网", "網", "报", "報"];
/// Characters that separate a headline from the site name in a title.
pub const TITLE_SEPARATORS: [char; 9] = ['_', '-', '|', '｜', '–', '—', '·', '/', ':'];
/// What may stand between a credit label and the names.
pub const CREDIT_SEPARATORS: [char; 7] = [' ', '：', ':', '|', '｜', '\u{3000}', '\u{a0}'];
/// Script variables that hold the publication time, for pages that render it client-side
/// (`pubtime: "2024-06-05 08:15"`).
/// Matched without regard to ASCII case (`pubTime`, `publishdate`).
pub const SCRIPT_DATE_KEYS: &[&str] = &[
    "pubtime",
    "pub_time",
    "publishtime",
    "publish_time",
    "publishdate",
    "publish_date",
    "pubdate",
    "pub_date",
];
/// The `@context` of Baidu's structured data for Chinese pages (熊掌号/搜索资源平台), whose
/// JSON-LD names the article's `title`, `pubDate` and `upDate` without a schema.org type.
pub const BAIDU_CAMBRIAN_CONTEXT: &str = "ziyuan.baidu.com/contexts/cambrian";
/// WeChat articles' creation time, in Unix seconds (`var ct = "1581418070"`), where the page
/// prints 昨天 or nothing until its script runs. Searched on its own (one SIMD substring
/// search): a key that starts with another letter than `p` slows the keys' automaton on
/// every script.
pub const WECHAT_CREATION_TIME_KEY: &str = "var ct = \"";
/// The zone of the Unix times in a Chinese page's scripts: UTC+8 (China, Taiwan, Hong Kong,
/// Macau, Singapore).
pub const CHINESE_PAGE_OFFSET_MINUTES: i32 = 8 * 60;

// ---- Decoding ----

/// How much of the start of a page is searched for a `<meta>` charset (the HTML standard
/// prescans 1024 bytes; real pages put long `<head>` preambles first).
pub const PRESCAN_BYTES: usize = 4096;
/// The encoding is decided on the page's bytes up to this far past its first non-ASCII byte
/// (or on the whole page, when shorter): streaming decodes nothing past that byte before the
/// window has arrived, and one-shot decoding reads the same window, so both decide alike.
/// It holds hundreds of lines of text, far more than detection needs
/// ([`DETECT_NON_ASCII_BYTES`]) or the UTF-8 and error-ratio checks.
pub const DECIDE_WINDOW_BYTES: usize = 64 * 1024;
/// chardetng stops being fed once it has seen this many non-ASCII bytes (it reads ~14 MB/s:
/// the 16 KiB it used to get cost 0.9–1.5 ms a page). Its guess on the cwced GBK pages (their
/// declarations removed) and on 78 pages made from their truth in GBK and Big5 was right with
/// 256; twice that for margin.
pub const DETECT_NON_ASCII_BYTES: usize = 512;
/// A stretch of text fed to chardetng starts at the `<` before its first non-ASCII byte when
/// that is this close, else at that byte (not at the start of a long script).
pub const DETECT_CONTEXT_BYTES: usize = 256;
/// Share of replacement characters above which a declared charset is distrusted.
pub const MAX_ERROR_RATIO: f64 = 0.01;
/// A text with at least this many well-formed multi-byte UTF-8 characters per broken sequence
/// is UTF-8 with stray bytes.
pub const MIN_UTF8_CHARS_PER_ERROR: usize = 20;
/// Broken sequences after which a page with fewer than `MIN_UTF8_CHARS_PER_ERROR` good
/// characters per broken one is settled as not UTF-8 (a GBK page breaks at every character).
pub const UTF8_SETTLED_ERRORS: usize = 64;
/// Share of control or replacement characters above which input is binary.
pub const MAX_BINARY_RATIO: f64 = 0.10;
/// How much of the decoded text (bytes of UTF-8) the binary check reads.
pub const BINARY_SAMPLE_BYTES: usize = 16 * 1024;
