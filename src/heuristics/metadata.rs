//! Metadata: title, byline, dates, site name (lengths in characters).

use super::NodeId;

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
/// Labels that platforms write right before the element holding the name, with nothing
/// between (`作者<span class="name">张三</span>`): pass 1 separates them from the name.
pub const LABELS_BEFORE_ELEMENT: &[&str] =
    &["作者", "记者", "記者", "来源", "來源", "编辑", "編輯"];

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
/// Places beside a date (`2024-06-05 10:12 江苏`, where a post was sent from, as platforms
/// print an IP location) that are no names: China's province-level divisions, in both
/// scripts, since several start with a surname (江, 宁, 甘, 黄 …); any word ending in a
/// place's suffix ([`PLACE_SUFFIXES`]: 徐州, 黄浦区) is a place too.
pub const PLACES_LED_BY_SURNAMES: &[&str] = &[
    "北京",
    "天津",
    "河北",
    "山西",
    "内蒙古",
    "內蒙古",
    "辽宁",
    "遼寧",
    "吉林",
    "黑龙江",
    "黑龍江",
    "上海",
    "江苏",
    "江蘇",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "山東",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "廣東",
    "广西",
    "廣西",
    "海南",
    "重庆",
    "重慶",
    "四川",
    "贵州",
    "貴州",
    "云南",
    "雲南",
    "西藏",
    "陕西",
    "陝西",
    "甘肃",
    "甘肅",
    "青海",
    "宁夏",
    "寧夏",
    "新疆",
    "台湾",
    "台灣",
    "臺灣",
    "香港",
    "澳门",
    "澳門",
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
/// Values read from one JSON-LD script at most (a hostile script of a million objects).
pub const MAX_JSON_LD_VALUES: usize = 1000;

/// Steps of a declared how-to read at most (a page cannot grow the article without bound).
pub const MAX_DECLARED_STEPS: usize = 200;
/// How a platform's page script names the account that posted (WeChat's `var nickname =
/// "掌上绥德"`): the account is the site when the page names only the platform, else the byline
/// when nothing else names an author.
pub const SCRIPT_ACCOUNT_KEYS: &[&str] = &["var nickname = \"", "var nick_name = \""];
/// Site names that are only a publishing platform's title: the account that posted on it
/// names the site better.
pub const PLATFORM_TITLES: &[&str] = &[
    "微信公众平台",
    "微信公众号",
    "Weixin Official Accounts Platform",
];
/// The zone of the Unix times in a Chinese page's scripts: UTC+8 (China, Taiwan, Hong Kong,
/// Macau, Singapore).
pub const CHINESE_PAGE_OFFSET_MINUTES: i32 = 8 * 60;
