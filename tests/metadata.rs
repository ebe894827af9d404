//! Title, credit, date and page-list forms of Chinese news pages (Simplified and Traditional),
//! each set in a page around the same article body: the title, byline, publication time and
//! next page qingyue reads from them.

use qingyue::{Options, extract};

/// (markup under the headline, expected byline)
const BYLINES: &[(&str, Option<&str>)] = &[
    // 文： opens a credit; after another character (原文：, 中文：) it is a word.
    ("<div>文：張三 | 圖：李四</div>", Some("張三")),
    ("<p>中文：张三</p>", None),
    // An outlet's short name before the author's (财新 has no outlet's suffix).
    (r#"<div class="author">文｜财新 张三</div>"#, Some("张三")),
    ("<p>作者：司马光 李四</p>", Some("司马光 李四")),
    // A name beside the date under the headline, with no label.
    (
        r#"<div class="info"><a class="item-a">张三</a><span class="item-time">·2024-06-05 10:12</span></div>"#,
        Some("张三"),
    ),
    (
        "<p><em>王小明</em> <em>2024-06-05 10:12:33</em></p>",
        Some("王小明"),
    ),
    (
        "<p><span>2024-06-05 10:12</span> <span>周三</span></p>",
        None,
    ),
    // Credits and dates in spans, apart only by the whitespace between the tags.
    (
        r#"<div class="article-info"><span>作者：赵子龙</span> <span>2024-06-05 10:12</span></div>"#,
        Some("赵子龙"),
    ),
    (
        "<div><span>新华社</span> <span>记者 张三</span> <span>2024-03-18 10:42</span></div>",
        Some("张三"),
    ),
    // Taiwan and Hong Kong credits.
    (
        "<p>〔記者鍾麗華／台北報導〕行政院今天上午召開院會，通過產業創新條例部分條文修正草案。</p>",
        Some("鍾麗華"),
    ),
    // A photographer's credit under a picture is not the author's.
    (
        "<p>〔記者鍾麗華／台北報導〕行政院今天上午召開院會。</p><p>經濟部長出席記者會說明草案內容。（記者林正堃攝）</p>",
        Some("鍾麗華"),
    ),
    (
        "<p>经济部长出席记者会说明草案内容。（记者张三摄）</p>",
        None,
    ),
    ("<p>图为发布会现场。新华社记者 张三 摄</p>", None),
    ("<p>（记者 张三 文/摄）</p>", Some("张三")),
    (
        "<p>（中央社記者陳大文台北5日電）行政院今天召開會議，討論多項重要議案。</p>",
        Some("陳大文"),
    ),
    (
        r#"<div class="author">記者陳大文／台北報導</div>"#,
        Some("陳大文"),
    ),
    ("<p>〔記者陳大文／台北報導〕</p>", Some("陳大文")),
    ("<div>聯合報 記者陳大文／即時報導</div>", Some("陳大文")),
    ("<p>明報記者 陳大文</p>", Some("陳大文")),
    (
        r#"<div class="info">2019-09-26 12:11<span>来源：证券时报网</span><span>作者：李在山</span></div>"#,
        Some("李在山"),
    ),
    (
        r#"<div class="info">2024-06-05 08:15:20 来源：澎湃新闻 作者：张三</div>"#,
        Some("张三"),
    ),
    (r#"<p class="author">文/图 张三</p>"#, Some("张三")),
    (
        "<div>记者 张三 李四 实习生 王五</div>",
        Some("张三 李四 王五"),
    ),
    ("<span>作者：张三、李四</span>", Some("张三 李四")),
    // A lead's credit in parentheses, on its own line or opening the first paragraph.
    ("<p>新京报讯（记者 张三）</p>", Some("张三")),
    ("<p>（记者 张三）</p>", Some("张三")),
    (
        "<p>新华社北京6月5日电（记者张三、李四）国务院总理今天主持召开国务院常务会议。</p>",
        Some("张三 李四"),
    ),
    ("<p>央视网消息（记者 张三）：</p>", Some("张三")),
    ("<p>□本报记者 张三</p>", Some("张三")),
    ("<p>◎ 新京报记者 张三 实习生 李四</p>", Some("张三 李四")),
    ("<div>撰文 / 张三　编辑 / 李四</div>", Some("张三")),
    ("<p>南方+记者 张三</p>", Some("张三")),
    ("<p>作者 | 张三 来源 | 新华网</p>", Some("张三")),
    // A source that is a person's name alone is the reporter; an outlet never is.
    ("<p>来源: 尹娟</p>", Some("尹娟")),
    ("<p>来源：新华社</p>", None),
    ("<p>来源：华商报</p>", None),
    ("<p>来源：央视新闻客户端</p>", None),
    ("<p>来源：南方</p>", None),
    ("<p>来源：齐鲁晚报</p>", None),
    ("<p>来源：金羊网</p>", None),
    (
        r#"<div class="source">来源：人民日报 | 作者：张三</div>"#,
        Some("张三"),
    ),
    (
        "<p>红星新闻记者 张三 实习记者 李四 摄影报道</p>",
        Some("张三 李四"),
    ),
    ("<p>【作者】张三</p>", Some("张三")),
    ("<p>文丨张三 编辑丨李四 校对丨王五</p>", Some("张三")),
    ("<p>本文作者：张三</p>", Some("张三")),
    ("<p>出品｜搜狐科技 作者｜张三 编辑｜李四</p>", Some("张三")),
    ("<p>澎湃新闻记者 张三</p>", Some("张三")),
    ("<p>文 / 张三 李四</p>", Some("张三 李四")),
    ("<p>作者：张三 2024-06-05 08:15</p>", Some("张三")),
    (
        "<div>2024年06月05日 08:15 | 作者：张三 | 来源：新京报</div>",
        Some("张三"),
    ),
    ("<p>■文/张三</p>", Some("张三")),
    ("<p>（作者张三，系中国人民大学教授）</p>", Some("张三")),
    ("<p>作者：张三（中国社会科学院研究员）</p>", Some("张三")),
    ("<p>記者 陳大文 報道</p>", Some("陳大文")),
    ("<p>撰文：陳大文　攝影：李小明</p>", Some("陳大文")),
    ("<p>【文/张三】</p>", Some("张三")),
    ("<p>编者按：本文作者为张三。</p>", None),
    ("<p>新华社记者 张三 李四</p>", Some("张三 李四")),
    ("<p>本报记者 张 三</p>", Some("张三")),
    (
        "<p>央视网消息（记者 张三）：近日，北京市举行了一场盛大的活动，吸引了众多市民参加。</p>",
        Some("张三"),
    ),
    (
        "<p>中新网北京6月5日电 (记者 张三)近日，北京市举行了一场盛大的活动，吸引了众多市民参加。</p>",
        Some("张三"),
    ),
];

/// (markup in `<head>`, markup under the headline, expected start of `publishedTime`)
const DATES: &[(&str, &str, &str)] = &[
    ("", "<p>發布日期：民國113年06月05日</p>", "2024-06-05"),
    (
        "",
        r#"<div class="date">2024-06-05 週三 下午3:15</div>"#,
        "2024-06-05T15:15",
    ),
    (
        "",
        "<p>更新時間：2024/06/05 10:00</p><p>發布時間：2024/06/05 08:15</p>",
        "2024-06-05T08:15",
    ),
    // A year-less date, dated by a modification time on the same day.
    (
        r#"<meta itemprop="dateUpdate" content="2019-09-30 22:46:13">"#,
        r#"<div><span class="date">发布时间：09-30</span><span class="time">22:46</span></div>"#,
        "2019-09-30T22:46",
    ),
    (
        "",
        "<div>2024年06月05日08:15 | 来源：人民网－人民日报</div>",
        "2024-06-05T08:15",
    ),
    (
        "",
        "<p>发布时间：2024年6月5日 下午3:15</p>",
        "2024-06-05T15:15",
    ),
    ("", "<p>2024年6月5日 周三 08:15</p>", "2024-06-05T08:15"),
    // A meta date without its time takes the visible time of the same day, and only of
    // the same day.
    (
        r#"<meta name="publishdate" content="2024-06-05">"#,
        "<div>2024年06月05日05:58 | 来源：人民网－人民日报</div>",
        "2024-06-05T05:58",
    ),
    (
        r#"<meta name="publishdate" content="2024-06-05">"#,
        "<div>发布时间：2024-06-04 05:58</div>",
        "2024-06-05",
    ),
    // A portal's own meta name for the publication time; never an update time.
    (
        r#"<meta name="apub:time" content="2024/6/5 8:15:20">"#,
        "",
        "2024-06-05T08:15:20",
    ),
    (
        r#"<meta property="og:updated_time" content="2024-06-09 10:00">"#,
        "<p>发布时间：2024-06-05 08:15</p>",
        "2024-06-05T08:15",
    ),
    (
        "",
        "<p>来源：新华网 | 2024-06-05 08:15:20</p>",
        "2024-06-05T08:15:20",
    ),
    (
        "<script>var pubtime = '2024-06-01 09:00';</script>",
        "<p>发布时间：2024-06-05 08:15</p>",
        "2024-06-05T08:15",
    ),
    (
        "",
        r#"<span class="date">2024-06-05 08:15</span>"#,
        "2024-06-05T08:15",
    ),
    (
        "",
        r#"<div class="time">2024年06月05日 08:15</div>"#,
        "2024-06-05T08:15",
    ),
    (
        r#"<meta name="publishdate" content="2024-06-05">"#,
        "",
        "2024-06-05",
    ),
    (
        r#"<meta name="PubDate" content="2024-06-05 08:15:20">"#,
        "",
        "2024-06-05T08:15:20",
    ),
    (
        "",
        "<span>发布时间：2024-06-05 08:15:20</span>",
        "2024-06-05T08:15:20",
    ),
    (
        "",
        "<p>2024-06-05 08:15:20 来源: 新华社</p>",
        "2024-06-05T08:15:20",
    ),
    ("", "<em>2024/06/05 08:15</em>", "2024-06-05T08:15"),
    ("", "<span>2024.06.05</span>", "2024-06-05"),
    (
        r#"<meta property="article:published_time" content="2024-06-05T08:15:20+08:00">"#,
        "",
        "2024-06-05T08:15:20+08:00",
    ),
    (
        r#"<meta itemprop="datePublished" content="2024-06-05T08:15:20+08:00">"#,
        "",
        "2024-06-05T08:15:20+08:00",
    ),
    (
        r#"<script>var publishTime = "2024-06-05 08:15:20";</script>"#,
        "",
        "2024-06-05T08:15:20",
    ),
    (
        r#"<meta name="weibo: article:create_at" content="2024-06-05 08:15:20">"#,
        "",
        "2024-06-05T08:15:20",
    ),
    (
        "",
        r#"<p class="time">2024-06-05 08:15 星期三</p>"#,
        "2024-06-05T08:15",
    ),
    (
        "",
        "<span>2024-06-05 08:15 发布于北京</span>",
        "2024-06-05T08:15",
    ),
    ("", "<span>2024年6月5日 周三 08:15</span>", "2024-06-05"),
    (
        r#"<meta property="og:release_date" content="2024-06-05 08:15:20">"#,
        "",
        "2024-06-05T08:15:20",
    ),
];

/// (markup in `<head>`, markup above the article, expected title): Chinese titles carry the
/// channel and site in many ways.
const TITLES: &[(&str, &str, &str)] = &[
    // A <title> or og:title too short for a Chinese headline names the site.
    (
        "<title>新浪新闻</title>",
        r#"<h1 class="logo">新浪</h1><h1 class="main-title">国务院常务会议部署进一步扩大内需</h1>"#,
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        r#"<title>国务院常务会议部署进一步扩大内需</title><meta property="og:title" content="某某网">"#,
        "<h1>国务院常务会议部署进一步扩大内需</h1>",
        "国务院常务会议部署进一步扩大内需",
    ),
    // A short title with no longer headline stays.
    ("<title>我的母亲</title>", "<h1>我的母亲</h1>", "我的母亲"),
    (
        "<title>我的母亲</title>",
        "<h2>一、童年时光的回忆</h2>",
        "我的母亲",
    ),
    // Brackets around the whole headline in <title>, not in the h1.
    (
        "<title>【国务院常务会议部署进一步扩大内需】-某某网</title>",
        "<h1>国务院常务会议部署进一步扩大内需</h1>",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>國務院常務會議部署進一步擴大內需【某某新聞網】</title>",
        "<h1>國務院常務會議部署進一步擴大內需</h1>",
        "國務院常務會議部署進一步擴大內需",
    ),
    (
        "<title>【独家】国务院常务会议部署进一步扩大内需-某某网</title>",
        "<h1>【独家】国务院常务会议部署进一步扩大内需</h1>",
        "【独家】国务院常务会议部署进一步扩大内需",
    ),
    // The site's name (from 来源于：) after the headline and a space.
    (
        "<title>国务院常务会议部署进一步扩大内需 东区办事处_某某网</title>",
        "<p>来源于：东区办事处</p>",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需_新闻_某某网</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需 - 某某网</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需|界面新闻</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需-新华网</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需_凤凰网资讯_凤凰网</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需 | 人民网</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需_手机新浪网</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需--经济·科技--人民网</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需 — 澎湃新闻</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需_腾讯新闻</title>",
        "<h1>国务院常务会议部署进一步扩大内需</h1>",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需（图）_新闻中心_新浪网</title>",
        "",
        "国务院常务会议部署进一步扩大内需（图）",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需_新闻频道_中华网</title>",
        "<h1>国务院常务会议部署进一步扩大内需</h1>",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>澎湃新闻 - 国务院常务会议部署进一步扩大内需</title>",
        "<h1>国务院常务会议部署进一步扩大内需</h1>",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        r#"<title>国务院常务会议部署进一步扩大内需</title><meta property="og:title" content="国务院常务会议部署进一步扩大内需">"#,
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>某某网</title>",
        "<h1>国务院常务会议部署进一步扩大内需</h1>",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需_36氪</title>",
        "<h1>国务院常务会议部署进一步扩大内需</h1>",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>专访｜张三：国务院常务会议部署进一步扩大内需_36氪</title>",
        "<h1>专访｜张三：国务院常务会议部署进一步扩大内需</h1>",
        "专访｜张三：国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需-中国新闻网-梳理天下新闻</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需_中国经济网——国家经济门户</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需-资讯-光明网</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需 - 今日头条</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需_网易新闻</title>",
        r#"<h1 class="post_title">国务院常务会议部署进一步扩大内需</h1>"#,
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需_网易订阅</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需|政策解读|中国政府网</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需_滚动新闻_中国政府网</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需-国内-环球网</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需：新京报</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需_央广网</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需 - 观察者网</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需·观察者网</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需【快讯】_财新网</title>",
        "",
        "国务院常务会议部署进一步扩大内需【快讯】",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需-搜狐新闻</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
    (
        "<title>国务院常务会议部署进一步扩大内需_搜狐汽车_搜狐网</title>",
        "",
        "国务院常务会议部署进一步扩大内需",
    ),
];

fn page(head: &str, top: &str) -> String {
    let body: String = (0..8)
        .map(|i| {
            format!(
                "<p>这是正文的第{i}段，讲述了一个很长的故事，其中包含许多细节和描述，读者可以从中了解\
                 事件的来龙去脉。记者走访了多个地方，采访了很多当事人。</p>"
            )
        })
        .collect();
    format!("<html><head>{head}</head><body>{top}<div class='content'>{body}</div></body></html>")
}

const HEAD: &str = "<title>一个测试标题_新闻_某某网</title>";
const H1: &str = "<h1>一个测试标题</h1>";

#[test]
fn titles() {
    for &(head, top, title) in TITLES {
        let a = extract(page(head, top).as_bytes(), &Options::default()).unwrap();
        assert_eq!(a.title, title, "{head}{top}");
    }
}

#[test]
fn credit_lines() {
    for &(top, byline) in BYLINES {
        let a = extract(
            page(HEAD, &format!("{H1}{top}")).as_bytes(),
            &Options::default(),
        )
        .unwrap();
        assert_eq!(a.byline.as_deref(), byline, "{top}");
        assert_eq!(a.title, "一个测试标题", "{top}");
        assert!(a.text_content.contains("这是正文的第7段"), "{top}");
    }
}

#[test]
fn publication_times() {
    for &(head, top, date) in DATES {
        let head = format!("{head}{HEAD}");
        let a = extract(
            page(&head, &format!("{H1}{top}")).as_bytes(),
            &Options::default(),
        )
        .unwrap();
        let got = a.published_time.unwrap_or_default();
        assert!(got.starts_with(date), "{head}{top}: {got}");
    }
}

#[test]
fn numbered_page_lists_lead_to_the_next_page() {
    let list = "<div class=zdfy><a href=/n1/c1-31153719.html>【1】</a>\
                <a href=/n1/c1-31153719-2.html>【2】</a><a href=/n1/c1-31153719-3.html>【3】</a></div>";
    // The list closes the article's container.
    let html = page(HEAD, H1).replace("</div></body>", &format!("{list}</div></body>"));
    for (url, next) in [
        (
            "http://x.cn/n1/c1-31153719.html",
            "http://x.cn/n1/c1-31153719-2.html",
        ),
        (
            "http://x.cn/n1/c1-31153719-2.html",
            "http://x.cn/n1/c1-31153719-3.html",
        ),
    ] {
        let options = Options::default().with_url(url);
        let a = extract(html.as_bytes(), &options).unwrap();
        assert_eq!(a.next_page_url.as_deref(), Some(next), "{url}");
        assert!(!a.text_content.contains("【2】"), "the page list is chrome");
    }
}
