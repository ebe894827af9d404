//! Boilerplate lines and blocks: the patterns of credits, datelines, share and follow
//! prompts, teasers, counters, captions and pagination that pass 1 flags, each with the
//! longest block it may remove (weighted characters).

use super::NodeId;

/// Lines that are boilerplate wherever they appear: editor credits, copyright and reprint
/// notices, share prompts, font-size switches, pagination and "related/hot" headings.
/// Each entry is the fragments that must all occur in a block's text, in order, and the longest
/// block (characters) the entry may remove: an editor credit is one short line, a reprint
/// notice a long sentence, and a paragraph that merely mentions 版权所有 is article text.
/// Simplified and Traditional forms are both listed.
pub const BOILERPLATE_PATTERNS: &[(&[&str], u32)] = &[
    (&["责任编辑"], 40),
    // A forum post's signature and the poster's points beside it (`签名：…`, `积分 137`).
    (&["签名："], 80),
    (&["簽名："], 80),
    (&["积分 "], 12),
    (&["積分 "], 12),
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
    // Subscription prompts ("Need more space? Subscribe to our sister title…").
    (&["Subscribe to our "], 200),
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
    ("Lesen Sie hier", 200),
    ("Auch interessant", 200),
    ("Mehr Themen", 200),
    ("Mehr zum Thema", 200),
    ("Das könnte Sie auch interessieren", 200),
    ("Das könnte dich auch interessieren", 200),
    ("Das Thema könnte dich auch interessieren", 200),
    ("Beiträge zum Thema", 200),
    ("À lire aussi", 200),
    ("A lire aussi", 200),
    ("À lire également", 200),
    ("Lea más:", 200),
    ("Lea:", 200),
    ("Lee también", 200),
    ("Lee más:", 200),
    ("Leer más:", 200),
    ("Mire:", 200),
    ("Mira:", 200),
    ("MIRA:", 200),
    ("Vea también", 200),
    ("Te puede interesar", 200),
    ("Czytaj też", 200),
    ("Czytaj także", 200),
    ("Zobacz też", 200),
    ("Zobacz także", 200),
    ("Leia mais", 200),
    ("Veja também", 200),
    ("You might also like", 40),
    ("You may also like:", 200),
    // Photo credits in other languages, as "Photo:" above.
    ("Foto:", 120),
    ("Fotos:", 120),
    ("Bild:", 120),
    ("Titelbild:", 120),
    ("Crédito:", 120),
    // Rating and comment prompts closing an article.
    ("Hier können Sie den Artikel bewerten", 80),
    ("Bewerten Sie", 80),
    ("Verraten Sie gerne in den Kommentaren", 200),
    ("Keine Kommentare", 30),
    ("If you enjoyed reading this", 200),
    // Page actions closing an article: a permanent link, print, a PDF copy.
    ("Permalink", 80),
    ("Permalien", 80),
    ("Print this page", 40),
    ("Imprimer cette page", 40),
    ("Diese Seite drucken", 40),
    ("Download PDF", 40),
    ("Als PDF herunterladen", 60),
    ("Dieses Skript als PDF herunterladen", 60),
    ("Dieser Text als PDF", 60),
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
    // The same in parentheses, opening a reprint (`（原标题：…）`), or closing it
    // (`（原题为《…》）`), as portals credit the title a reprint had.
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
    // Related media under a story, in the languages of broadcasters' sites.
    "Audios and videos on the topic",
    "Audios und Videos zum Thema",
    "Audios et vidéos sur le sujet",
    "Audios y videos sobre el tema",
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
