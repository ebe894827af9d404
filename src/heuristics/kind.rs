//! Page kinds: which schema.org types name which kind, and the structural thresholds that
//! tell a thread from an article with comments when the page declares nothing.

/// schema.org types (JSON-LD `@type`, microdata `itemtype`'s last segment) of a discussion:
/// a forum topic, a question with its answers.
pub const THREAD_TYPES: &[&str] = &["DiscussionForumPosting", "QAPage", "Question"];

/// Types of one reply or review. Articles carry comments too, so these count toward a thread
/// only in numbers ([`THREAD_MIN_COMMENT_ITEMS`]) and only on a page that declares no article.
pub const COMMENT_TYPES: &[&str] = &["Comment", "UserComments", "Answer", "Review"];

/// Types of a written piece (besides every type ending in `Article`). A page that declares one
/// is read as an article: its comment section stays out, however long.
pub const ARTICLE_TYPES: &[&str] = &["BlogPosting", "LiveBlogPosting", "Report", "Posting"];

/// Types of a recipe and of a product.
pub const RECIPE_TYPES: &[&str] = &["Recipe"];
pub const PRODUCT_TYPES: &[&str] = &["Product", "ProductGroup", "IndividualProduct"];

/// Types of a page that lists other pages (a category, search results).
pub const LISTING_TYPES: &[&str] = &["CollectionPage", "SearchResultsPage"];

/// Products declared on one page from which it is a listing (a shop's category page marks up
/// every tile), not one product's page.
pub const LISTING_MIN_PRODUCTS: u32 = 3;

/// Replies declared (microdata or JSON-LD) from which a page that declares no article is a
/// thread: one or two are an embedded review or a testimonial.
pub const THREAD_MIN_COMMENT_ITEMS: u32 = 3;

/// A page that declares nothing is read as a thread when reading its comment sections finds
/// this many times the text found without them…
pub const THREAD_TEXT_GAIN: f32 = 3.0;

/// …and what was found without them is shorter than this (weighted characters): the opening
/// post, a film's info box or a cookie notice, not a news story. News with a long comment
/// section has a story well past this.
pub const THREAD_OPENING_MAX_LEN: u32 = 700;

/// Elements that hold one post of a thread (forum software writes posts as `div`s,
/// `article`s, list items, or one table per post on old boards); paragraphs and headings
/// repeat inside every post and are not units.
pub const THREAD_UNIT_TAGS: &[&str] = &["div", "article", "section", "li", "table", "tr", "dl"];

/// Posts with the same tag and class in a row from which their container is the thread (the
/// opening post and one reply).
pub const THREAD_MIN_POSTS: u32 = 2;

/// Text a post holds at least (weighted characters): "+1" and empty placeholders are not posts.
pub const THREAD_POST_MIN_LEN: u32 = 10;

/// Kept text (weighted characters) of the block before a run of posts, inside the same root,
/// from which it is the opening post (a question before its answers); a title or a sort bar
/// ("4 Answers, sorted by score") is shorter.
pub const THREAD_OPENING_MIN_LEN: u32 = 60;

/// How far above the top candidate (a post's body) the post unit is looked for: body, content
/// wrapper, post, list of posts.
pub const THREAD_UNIT_MAX_DEPTH: usize = 5;

/// Share of a post's text in links above which it is a teaser in a list of links, not a post.
pub const THREAD_POST_MAX_LINK_DENSITY: f32 = 0.5;

/// Replies in a run from which the run after a short post makes the page a thread (a
/// microblog post and its comments, a question and its answers). Fewer are a list of related
/// items.
pub const THREAD_MIN_REPLIES: u32 = 3;

/// A run of replies after a short post makes an undeclared page a thread when it holds at
/// least this share of the post's text: a post with a few one-word replies stays a post.
pub const THREAD_REPLIES_MIN_SHARE: f32 = 0.5;

/// Longest line read for a floor (characters): a post's header (`gazeldx #3 1 月前`), not a
/// sentence that happens to hold `#3`.
pub const FLOOR_LINE_MAX_CHARS: u32 = 40;

/// Endings of a word that numbers a post (`3楼`, `3樓`, `3#`, `3F`), as boards print floors;
/// `#3` is read too.
pub const FLOOR_SUFFIXES: &[&str] = &["楼", "樓", "#", "F", "L"];

/// Words Chinese boards print instead of the first floors' numbers: the original poster (楼主),
/// then 沙发, 板凳 and 地板 for replies 1–3.
pub const FLOOR_WORDS: &[&str] = &["楼主", "樓主", "沙发", "沙發", "板凳", "地板"];

/// Most kept text of the box that heads a post (weighted characters): the author's card (name,
/// rank, join date, post count) or the meta line (time, floor, "reply"), which leave the post's
/// content; a box holding more is part of the post.
pub const THREAD_POST_HEADER_MAX_LEN: u32 = 200;

/// Units of a time relative to now, longest first where one begins another (`min` before `m`):
/// what forums print for a recent post's time (`7d ago`, `3 小时前`).
pub const RELATIVE_TIME_UNITS: &[&str] = &[
    "seconds", "second", "secs", "sec", "s", "minutes", "minute", "mins", "min", "m", "hours",
    "hour", "hrs", "hr", "h", "days", "day", "d", "weeks", "week", "w", "months", "month", "mo",
    "years", "year", "yrs", "yr", "y", "秒", "分钟", "分鐘", "小时", "小時", "天", "日", "周",
    "週", "星期", "个月", "個月", "月", "年",
];

/// What follows the unit: "ago", or 前 ("before now").
pub const RELATIVE_TIME_AGO: &[&str] = &["ago", "前"];

/// Labels that open a user card's line giving the date its author joined the board: such a
/// line holds a date, but not the post's time.
pub const JOIN_DATE_LABELS: &[&str] = &[
    "Joined",
    "Join Date",
    "Registered",
    "Member since",
    "注册时间",
    "註冊時間",
    "注册于",
    "加入时间",
    "加入時間",
];

/// Longest `title` attribute read as a post's time (bytes): a date and a time, not a tooltip.
pub const MAX_TITLED_TIME_BYTES: usize = 64;

/// Authors of posts remembered per page (a thread of thousands of replies keeps the first
/// ones' authors; the rest keep their text).
pub const MAX_POST_AUTHORS: usize = 4096;

/// Longest text read as a post's author (characters): a longer "author" box holds a bio.
pub const MAX_POST_AUTHOR_CHARS: usize = 60;

/// Posts a thread's article lists with their own author, time and content; replies past
/// this stay in the article's content, in one last post.
pub const MAX_POSTS: usize = 500;

/// Share of the article's text its posts must hold for the article to be presented as posts:
/// what lies outside them (a title, a count of replies, a sort menu) is chrome, but a run that
/// misses a part of the thread is not its posts.
pub const THREAD_POSTS_MIN_SHARE: f32 = 0.85;

/// A declared recipe's ingredients (or steps) are added to the article when fewer than this
/// share of them are in its text: the markup left them out (a recipe card drawn by scripts, or
/// a card that lost to the page's FAQ).
pub const RECIPE_FOUND_SHARE: f32 = 0.5;

/// Headings of a recipe's ingredients and steps, by language (the first is the default).
pub const RECIPE_HEADINGS: &[(&str, &str, &str)] = &[
    ("en", "Ingredients", "Method"),
    ("de", "Zutaten", "Zubereitung"),
    ("fr", "Ingrédients", "Préparation"),
    ("es", "Ingredientes", "Preparación"),
    ("it", "Ingredienti", "Preparazione"),
    ("pt", "Ingredientes", "Modo de preparo"),
    ("nl", "Ingrediënten", "Bereiding"),
    ("zh", "用料", "做法"),
    ("ja", "材料", "作り方"),
];

/// Headings of a how-to's supplies and steps, by language (the first is the default).
pub const HOWTO_HEADINGS: &[(&str, &str, &str)] = &[
    ("en", "What you need", "Steps"),
    ("de", "Material", "Schritte"),
    ("fr", "Matériel", "Étapes"),
    ("es", "Materiales", "Pasos"),
    ("it", "Materiale", "Passaggi"),
    ("pt", "Materiais", "Passos"),
    ("nl", "Benodigdheden", "Stappen"),
    ("zh", "材料", "步骤"),
    ("ja", "材料", "手順"),
];

/// Posts times the page's nodes that writing the posts apart may cost: each post is a pass
/// over per-node tables, so a page of a million nodes lists 40 posts apart, and its other
/// replies together in the last one (about 40 ms of work at most).
pub const POSTS_NODE_BUDGET: usize = 40_000_000;
