//! Tests of the metadata resolvers, by page form.

use super::collect::*;
use super::*;

#[test]
fn bars_are_found_by_their_bytes() {
    let bars = ['|', '｜', '/', '／', '丨'];
    // Each bar, and characters that share all but the last byte of a full-width one.
    for line in [
        "",
        "文 | 张三",
        "文｜张三",
        "张三 / 文",
        "张三／文",
        "文丨张三",
        "文｛张三｝",
        "文｝张三",
        "丩丫",
        "ｊ",
        "plain",
        "一二三",
    ] {
        assert_eq!(has_bar(line), line.contains(bars), "{line}");
    }
    assert_eq!(tight_separators("文 丨 张三"), "文|张三");
    assert_eq!(tight_separators("By Jane | Staff"), "By Jane|Staff");
    assert_eq!(tight_separators("By Jane Doe"), "By Jane Doe");
}

#[test]
fn title_drops_site_suffix() {
    assert_eq!(
        strip_cjk_site("斯坦福AI团队抄袭中国大模型_科技_腾讯网", None),
        "斯坦福AI团队抄袭中国大模型"
    );
    let pixnet = "新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天";
    assert_eq!(strip_cjk_site(pixnet, None), pixnet);
    let mut raw = RawMeta {
        title: Some("A long headline about things | The Site".into()),
        ..RawMeta::default()
    };
    assert_eq!(document_title(&raw), "A long headline about things");
    raw.title = Some("Short | Site".into());
    assert_eq!(document_title(&raw), "Short | Site");
}

#[test]
fn chinese_title_suffixes() {
    assert_eq!(
        strip_cjk_site("工商部门初定SKII广告属于虚假宣传-搜狐财经", None),
        "工商部门初定SKII广告属于虚假宣传"
    );
    assert_eq!(
        strip_cjk_site("拿起跨界“指挥棒”她跟学生“较着劲儿”成长--大河网", None),
        "拿起跨界“指挥棒”她跟学生“较着劲儿”成长"
    );
    assert_eq!(
        strip_cjk_site("新冠病毒COVID-19疫情最新进展通报_新闻_腾讯网", None),
        "新冠病毒COVID-19疫情最新进展通报"
    );
    assert_eq!(
        strip_cjk_site("为现代化建设凝聚强大智慧和力量——热烈祝贺会议开幕", None),
        "为现代化建设凝聚强大智慧和力量——热烈祝贺会议开幕"
    );
    assert_eq!(
        strip_cjk_site(
            "写给想在英国找工作的留学党 一些规划和面试的想法-英国留学生活|留学攻略-51offer让留学更简单",
            None
        ),
        "写给想在英国找工作的留学党 一些规划和面试的想法"
    );
    assert_eq!(
        strip_cjk_site("Joel on Software - 给计算机系学生的建议", None),
        "Joel on Software - 给计算机系学生的建议"
    );
    for (title, headline) in [
        (
            "国务院常务会议部署扩大内需 — 澎湃新闻",
            "国务院常务会议部署扩大内需",
        ),
        (
            "国务院常务会议部署扩大内需·观察者网",
            "国务院常务会议部署扩大内需",
        ),
        (
            "国务院常务会议部署扩大内需：新京报",
            "国务院常务会议部署扩大内需",
        ),
        // Subtitles, names and quotes stay.
        ("改革开放四十年——回顾与展望", "改革开放四十年——回顾与展望"),
        ("特朗普会见唐纳德·特朗普", "特朗普会见唐纳德·特朗普"),
        ("北京冬奥会开幕：中国体育", "北京冬奥会开幕：中国体育"),
        ("张三：我在人民日报", "张三：我在人民日报"),
    ] {
        assert_eq!(strip_cjk_site(title, None), headline, "{title}");
    }
}

#[test]
fn untitled_pages_take_the_heading_at_the_article_start() {
    let mut raw = RawMeta::default();
    raw.headings.push((2, "h1", "bjreader的博客".into()));
    raw.headings.push((3, "h1", "导航".into()));
    raw.headings
        .push((40, "h2", "谁来为无序拆房“埋单”？- -".into()));
    raw.headings.push((90, "h3", "博客手拉手".into()));
    assert_eq!(
        heading_title(&raw, (45, 80), &["h1", "h2", "h3"]),
        "谁来为无序拆房“埋单”？"
    );
    assert_eq!(heading_title(&raw, (500, 600), &["h1", "h2", "h3"]), "");
}

#[test]
fn author_labels() {
    assert_eq!(
        author_from_line("作者：张三 来源：新华社").as_deref(),
        Some("张三")
    );
    assert_eq!(
        author_from_line("作者：李四来源：人民网").as_deref(),
        Some("李四")
    );
    assert_eq!(author_from_line("2019-01-01 来源：新华社"), None);
    // Pen names listed with 、 and &.
    assert_eq!(
        author_from_line("执笔/叨叨姐、胡一刀&李小飞刀").as_deref(),
        Some("叨叨姐 胡一刀 李小飞刀")
    );
    // 向 is a surname as well as a word of prose (`记者向他了解`).
    assert_eq!(
        author_from_line("采写：南都记者 余毅菁 向雪妮").as_deref(),
        Some("余毅菁 向雪妮")
    );
    assert_eq!(author_from_line("记者向他了解情况"), None);
    assert_eq!(
        author_from_line("本报记者 王建宏 张文攀 通讯员 李四").as_deref(),
        Some("王建宏 张文攀 李四")
    );
    for (line, names) in [
        ("记者 张三 实习记者 李四 通讯员 王五", "张三 李四 王五"),
        ("本报记者 张三 本报通讯员 张三", "张三"),
        ("作者： 周思博 (Joel Spolsky)", "周思博 (Joel Spolsky)"),
        ("作者：张三（北京大学）", "张三"),
        (
            "BUSINESS.SOHU.COM2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]",
            "黄宇",
        ),
        (
            "〓 网易娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓",
            "duscha",
        ),
        ("Posted 2019-03-03 14:05 by Jane Doe", "Jane Doe"),
        ("文/图 张三", "张三"),
        ("撰文 / 张三　编辑 / 李四", "张三"),
        ("【作者】张三", "张三"),
        ("文丨张三 编辑丨李四 校对丨王五", "张三"),
        ("文 / 张三 李四", "张三 李四"),
        ("【文/张三】", "张三"),
        ("本报记者 张 三", "张三"),
        ("（中央社記者陳大文台北5日電）", "陳大文"),
        ("中央社記者王小明華盛頓4日專電", "王小明"),
        ("2019-09-26 12:11来源：证券时报网作者：李在山", "李在山"),
    ] {
        assert_eq!(author_from_line(line).as_deref(), Some(names), "{line}");
    }
    // Brackets without a date, and "by" in prose, name no one.
    assert_eq!(author_from_line("[ 黄宇 ] 来源：[ 国际金融报 ]"), None);
    assert_eq!(author_from_line("It was written by Jane Doe"), None);
    assert_eq!(
        author_from_line("顶端新闻·河南商报记者马俊峰/文受访者供图").as_deref(),
        Some("马俊峰")
    );
    // A bare 记者 in prose is a word; verbs are not names.
    assert_eq!(
        author_from_line(
            "他对前来采访的媒体说，据记者了解，这家工厂已经停产了很长一段时间，工人们都回家了"
        ),
        None
    );
    assert_eq!(author_from_line("记者查实"), None);
    assert_eq!(
        author_from_line("作者：zboygirl 阅读").as_deref(),
        Some("zboygirl")
    );
    assert_eq!(author_from_line("作者 | 张三").as_deref(), Some("张三"));
    for (line, name) in [
        ("文 | 张三", "张三"),
        ("文 / 张三", "张三"),
        ("▌文 | 张三", "张三"),
        ("作者 / 张三", "张三"),
        ("文 | 张三 图 | 李四", "张三"),
        ("文丨张三", "张三"),
        ("作者丨张三", "张三"),
        ("记者丨张三", "张三"),
        ("张三 / 文", "张三"),
        ("文｜财新周刊 张三", "张三"),
        ("记者 新华社 张三", "张三"),
    ] {
        assert_eq!(author_from_line(line).as_deref(), Some(name), "{line}");
    }
    assert!(starts_with_label("文 | 张三"));
    for outlet in [
        "大汉网络",
        "新浪财经",
        "澎湃新闻",
        "腾讯科技",
        "界面新闻客户端",
        "Reuters News",
    ] {
        assert!(looks_like_outlet(outlet), "{outlet}");
    }
    for person in ["张三", "欧阳修", "Jane Doe"] {
        assert!(!looks_like_outlet(person), "{person}");
    }
    assert_eq!(
        author_from_line("作者｜李四 编辑｜王五").as_deref(),
        Some("李四")
    );
}

#[test]
fn credits_at_either_end_of_the_text() {
    assert_eq!(
        byline_from_text("本报讯（记者 张三 通讯员 李四）昨天，市里开会。\n第二段。").as_deref(),
        Some("张三 李四")
    );
    assert_eq!(
        byline_from_text("第一段。\n最后一段，结束了。（信报记者 蔡雪婧）").as_deref(),
        Some("蔡雪婧")
    );
    assert_eq!(
        byline_from_text("第一段。\n……都不是利益再分配的过程吗？”（姚峰 上海报道）").as_deref(),
        Some("姚峰")
    );
    assert_eq!(
        byline_from_text("第一段。\n最后一段，结束了。(文/图 刘玺东 易赛楠)").as_deref(),
        Some("刘玺东 易赛楠")
    );
    assert_eq!(
        byline_from_text("第一段。\n最后一段。\n（作者张三，系中国人民大学教授）").as_deref(),
        Some("张三")
    );
    assert_eq!(
        byline_from_text("第一段。\n（作者系中国人民大学教授）"),
        None
    );
    assert_eq!(byline_from_text("第一段（2024年）。\n（完）"), None);
    assert_eq!(byline_from_text("第一段。\n最后。（未完待续）"), None);
    assert_eq!(byline_from_text("第一段。\n最后。（新华社）"), None);
    assert_eq!(byline_from_text("First.\nkokobj@yna.co.kr\n(END)"), None);
    assert_eq!(
        byline_from_text("First.\nLast line. (Jane Doe)").as_deref(),
        Some("Jane Doe")
    );
    // A list of the sources a story was compiled from names no author.
    assert_eq!(
        byline_from_text("第一段。\n(综合整理自澎湃新闻、智东西、雷锋网等)"),
        None
    );
    assert_eq!(
        byline_from_text("第一段。\n（张三、李四）").as_deref(),
        Some("张三 李四")
    );
    // A template's placeholder after the label credits no one.
    assert_eq!(
        author_from_line("时间：2019-09-25 作者：网络整理 阅读：1644"),
        None
    );
    assert_eq!(author_from_line("作者：未知 责任编辑：棒棒不是糖"), None);
    assert_eq!(author_from_line("作者：佚名").as_deref(), None);
    assert_eq!(author_from_line("作者：张三").as_deref(), Some("张三"));
    // Japanese shares the word 記者: a column's name, a job advertisement.
    assert_eq!(author_from_line("記者の目"), None);
    assert_eq!(author_from_line("キャリア採用　記者募集"), None);
    assert_eq!(names_alone("さくら"), None);
    assert_eq!(
        author_from_line("本報記者陳大文").as_deref(),
        Some("陳大文")
    );
    assert_eq!(
        byline_from_text("第一段。\n一位自甘穷酸的外科医生。（袁源）").as_deref(),
        Some("袁源")
    );
    assert_eq!(
        byline_from_text("第一段。\n最后一段。\n新京报记者 彭冲 山东冠县报道").as_deref(),
        Some("彭冲")
    );
    assert_eq!(
        byline_from_text("标题\n本报记者罗科苏盈发自北京\n正文。").as_deref(),
        Some("罗科苏盈")
    );
    assert_eq!(
        byline_from_text("第一段。\n最后一段。\n执笔人：闵乐夫 赵兰波 刘韬").as_deref(),
        Some("闵乐夫 赵兰波 刘韬")
    );
}

#[test]
fn a_line_of_names_under_the_headline() {
    assert_eq!(
        byline_from_text("犬儒病(上)\n胡平\n——当代中国的精神危机\n正文。").as_deref(),
        Some("胡平")
    );
    assert_eq!(
        byline_from_text("标题\n赵延东、风笑天\n近年来，正文。").as_deref(),
        Some("赵延东、风笑天")
    );
    assert_eq!(
        byline_from_text("标题\n赵　培\n正文。").as_deref(),
        Some("赵培")
    );
    // Short headings are not names.
    assert_eq!(byline_from_text("标题\n前言\n正文。"), None);
    assert_eq!(byline_from_text("标题\n结语\n正文。"), None);
    assert_eq!(byline_from_text("标题\n方法\n正文。"), None);
    assert_eq!(byline_from_text("标题\n一、概述\n正文。"), None);
    assert_eq!(join_spaced_names("赵 培"), "赵培");
    assert_eq!(join_spaced_names("王燕平 方云凤"), "王燕平 方云凤");
    assert_eq!(join_spaced_names("张 三 李四"), "张三 李四");
}

#[test]
fn json_ld_article() {
    let ld = JsonLd::parse(&[r#"{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Page"},{"@type":"NewsArticle","headline":"Head","author":[{"@type":"Person","name":"A"},{"name":"B"}],"datePublished":"2020-01-02T03:04:05+08:00","publisher":{"name":"Pub"}}]}"#.to_string()]);
    assert_eq!(ld.headline.as_deref(), Some("Head"));
    assert_eq!(ld.author.as_deref(), Some("A, B"));
    assert_eq!(ld.site_name.as_deref(), Some("Pub"));
    assert_eq!(
        ld.date_published.as_deref(),
        Some("2020-01-02T03:04:05+08:00")
    );
    // Baidu's structured data: no type, its own keys.
    let baidu = JsonLd::parse(&[r#"{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","@id":"http://example.com/post/2740.html","title":"江门七旬阿婆接来电被骗","pubDate":"2019-09-11T02:46:57","upDate":"2019-09-12T08:00:00"}"#.to_string()]);
    assert_eq!(baidu.headline.as_deref(), Some("江门七旬阿婆接来电被骗"));
    assert_eq!(baidu.date_published.as_deref(), Some("2019-09-11T02:46:57"));
    assert_eq!(baidu.date_modified.as_deref(), Some("2019-09-12T08:00:00"));
    // Those keys mean nothing to schema.org.
    let other = JsonLd::parse(&[r#"{"@context":"https://schema.org","@type":"NewsArticle","title":"T","pubDate":"2019-09-11"}"#.to_string()]);
    assert_eq!((other.headline, other.date_published), (None, None));
}

#[test]
fn a_chinese_title_that_starts_with_the_h1_is_the_h1() {
    let mut raw = RawMeta {
        title: Some("专访｜张三：美国宣布新关税措施 中方回应_36氪".into()),
        ..RawMeta::default()
    };
    raw.headings
        .push((9, "h1", "专访｜张三：美国宣布新关税措施 中方回应".into()));
    assert_eq!(
        title(&raw, &JsonLd::default(), None),
        "专访｜张三：美国宣布新关税措施 中方回应"
    );
    // Without a separator after it, the h1 is only a part of the headline.
    raw.title = Some("专访张三美国宣布新关税措施中方回应".into());
    raw.headings[0].2 = "专访张三美国宣布".into();
    assert_eq!(
        title(&raw, &JsonLd::default(), None),
        "专访张三美国宣布新关税措施中方回应"
    );
}

#[test]
fn the_site_part_of_the_title_names_the_site_when_no_meta_does() {
    let raw = |t: &str| RawMeta {
        title: Some(t.into()),
        ..RawMeta::default()
    };
    let site = |t: &str, headline: &str| site_from_title(&raw(t), headline);
    assert_eq!(
        site("标题党_科技_腾讯网", "标题党").as_deref(),
        Some("腾讯网")
    );
    assert_eq!(
        site("Dramatic rescue - CBS News", "Dramatic rescue").as_deref(),
        Some("CBS News")
    );
    assert_eq!(
        site("澎湃新闻 - 一个标题", "一个标题").as_deref(),
        Some("澎湃新闻")
    );
    // Taglines, bracketed channels, and a Latin name before the headline are no site.
    assert_eq!(
        site(
            "帖子 - 论坛 - 三校论坛 - powered by Discuz! Archiver",
            "帖子"
        )
        .as_deref(),
        Some("三校论坛")
    );
    assert_eq!(site("北医新闻网_(新闻)", "北医新闻网"), None);
    assert_eq!(
        site(
            "draft-dejong-remotestorage-04 - remoteStorage",
            "remoteStorage"
        ),
        None
    );
    // The whole title is the headline: no site part.
    assert_eq!(site("一个标题", "一个标题"), None);

    // In the metadata, a Twitter account is the last resort.
    let mut page = raw("A dramatic rescue in a Fort Worth hotel - CBS News");
    page.metas.push(("twitter:site".into(), "@CBSNews".into()));
    let meta = resolve(&page, "", (0, 0), None);
    assert_eq!(meta.site_name.as_deref(), Some("CBS News"));
    page.title = Some("A dramatic rescue in a Fort Worth hotel".into());
    let meta = resolve(&page, "", (0, 0), None);
    assert_eq!(meta.site_name.as_deref(), Some("@CBSNews"));
}

#[test]
fn a_chinese_headline_in_a_lower_heading_cuts_the_title_there() {
    let mut raw = RawMeta {
        title: Some("阿里发布最强AI芯片：一块顶十块GPU-EDN 电子技术设计".into()),
        ..RawMeta::default()
    };
    raw.headings.push((40, "h4", "杂志声明".into()));
    raw.headings
        .push((52, "h4", "阿里发布最强AI芯片：一块顶十块GPU".into()));
    assert_eq!(
        title(&raw, &JsonLd::default(), None),
        "阿里发布最强AI芯片：一块顶十块GPU"
    );
    // A Latin chapter heading below `<h1>` is no headline of a title in Japanese.
    let mut raw = RawMeta {
        title: Some("Conversations with a Cryptid - Chapter 1 - 僕のヒーローアカデミア".into()),
        ..RawMeta::default()
    };
    raw.headings
        .push((9, "h2", "Conversations with a Cryptid".into()));
    assert_ne!(
        title(&raw, &JsonLd::default(), None),
        "Conversations with a Cryptid"
    );
}

#[test]
fn credit_lines_next_to_the_byline_join_it() {
    let mut raw = RawMeta::default();
    raw.lines.push((24, "本报实习生刘国栋 周炜".into()));
    raw.lines.push((29, "本报记者王燕平 方云凤".into()));
    raw.lines.push((35, "2003-7-24 钱江晚报".into()));
    // Far from the byline: a line in the comments.
    raw.lines.push((90, "实习生李四".into()));
    let m = resolve(&raw, "", (30, 60), None);
    assert_eq!(m.byline.as_deref(), Some("刘国栋 周炜 王燕平 方云凤"));
}

#[test]
fn the_site_after_the_authors_leaves_the_byline() {
    let cut = |b: &str, site| without_trailing_site(b.to_string(), site);
    assert_eq!(
        cut("Dana A. Ford and Tom Watkins, CNN", Some("CNN")),
        "Dana A. Ford and Tom Watkins"
    );
    assert_eq!(
        cut(
            "Jane Doe - The Harbour Gazette",
            Some("The Harbour Gazette")
        ),
        "Jane Doe"
    );
    // Another outlet, the site alone, or no site: as it stands.
    assert_eq!(cut("Jane Doe, Reuters", Some("CNN")), "Jane Doe, Reuters");
    assert_eq!(cut("CNN", Some("CNN")), "CNN");
    assert_eq!(cut("Jane Doe, CNN", None), "Jane Doe, CNN");
}

#[test]
fn a_byline_box_holding_the_whole_post_is_no_byline() {
    let post = format!(
        "Submitted on Mon, 2019-01-21 13:49 {}",
        "The story's text goes on here. ".repeat(10)
    );
    let mut raw = RawMeta::default();
    raw.observe_captured(5, "article", &post, false);
    assert_eq!(resolve(&raw, "", (5, 60), None).byline, None);
    let mut raw = RawMeta::default();
    raw.observe_captured(5, "div", "Jane Doe, 2019-01-21 13:49", false);
    assert_eq!(
        resolve(&raw, "", (5, 60), None).byline.as_deref(),
        Some("Jane Doe")
    );
}

#[test]
fn a_credit_far_below_the_article_is_not_its_byline() {
    let mut raw = RawMeta::default();
    // A sponsored widget's attribution, two links run together, 50 nodes below.
    raw.lines.push((110, "by Taboolaby Taboola".into()));
    assert_eq!(resolve(&raw, "", (20, 60), None).byline, None);
    // A closing credit right after the article is its own.
    raw.lines.push((70, "（记者 张三）".into()));
    assert_eq!(
        resolve(&raw, "", (20, 60), None).byline.as_deref(),
        Some("张三")
    );
}

#[test]
fn a_person_on_the_copyright_line() {
    for (line, holder) in [
        ("Copyright © 李建忠", Some("李建忠")),
        ("版权所有 © 2005-2006 张三", Some("张三")),
        ("Copyright © 2003-2004 新浪网 All rights reserved", None),
        ("© 2024 Jane Doe", None),
    ] {
        let mut raw = RawMeta::default();
        raw.lines.push((100, line.into()));
        let m = resolve(&raw, "", (10, 50), None);
        assert_eq!(m.copyright_holder.as_deref(), holder, "{line}");
        assert_eq!(m.byline, None);
    }
}

#[test]
fn dates_that_scripts_assign() {
    for (script, date) in [
        (
            r#"window.DATA = {"title": "x", "pubtime": "2024-06-05 08:15:20"};"#,
            Some("2024-06-05T08:15:20"),
        ),
        (
            "var publishTime = '2024-06-05 08:15';",
            Some("2024-06-05T08:15:00"),
        ),
        (
            r#"{"publish_time":"2024-06-05T08:15:20+08:00"}"#,
            Some("2024-06-05T08:15:20+08:00"),
        ),
        // A variable that is not a date string, then one that is.
        (
            "a.pubtime = b.pubtime; var pubDate = \"2024/6/5\";",
            Some("2024-06-05"),
        ),
        ("var publishTime = getTime();", None),
        ("var pubtime = 'tomorrow, 2024-06-05';", None),
        (
            "var contentid = 1; var publishdate = '2019-09-26 12:11:01';",
            Some("2019-09-26T12:11:01"),
        ),
        // Unix times, in seconds or milliseconds, quoted or not, shown in UTC+8.
        (
            r#"{"publish_time":1717553520,"title":"x"}"#,
            Some("2024-06-05T10:12:00+08:00"),
        ),
        (
            "var pubtime = '1717553520123';",
            Some("2024-06-05T10:12:00+08:00"),
        ),
        // WeChat's creation time; `ctx` and `object` are other names.
        (
            r#"var ct = "1717553520"; var publish_time = "2024-06-05" || "";"#,
            Some("2024-06-05T10:12:00+08:00"),
        ),
        ("var ctx = '1717553520'; var object = 1717553520;", None),
        // Too few digits, or outside 2000–2099.
        ("var pubtime = 17175535;", None),
        ("var pubtime = 946684799;", None),
    ] {
        assert_eq!(script_date(script, Some(480)).as_deref(), date, "{script}");
    }
    // Outside Chinese pages, Unix times are not read.
    assert_eq!(script_date("var pubtime = 1717553520;", None), None);
    // The first script that assigns a date, in document order, gives it.
    let mut raw = RawMeta::default();
    let page = "var a = 1;var pubtime = '2024-06-05 08:15:20';var pubtime = '2020-01-01';";
    for (id, span) in [(1, 0..10), (2, 10..47), (3, 47..page.len())] {
        let span = crate::html::Span::of(span);
        raw.observe_raw_text(id, "script", page, span);
    }
    raw.lines.push((9, "2023-01-01 12:00 热门文章".into()));
    let m = resolve(&raw, page, (10, 50), None);
    assert_eq!(m.published_time.as_deref(), Some("2024-06-05T08:15:20"));
    // A labelled line on the page beats the script.
    raw.lines.push((12, "发布时间：2024-06-04 07:00".into()));
    let m = resolve(&raw, page, (10, 50), None);
    assert_eq!(m.published_time.as_deref(), Some("2024-06-04T07:00:00"));
    // A labelled day alone takes the script's time of the same day, not a midnight.
    for (script, published) in [
        (
            "var __$pubtime='2021-01-05 16:59:00';",
            "2021-01-05T16:59:00",
        ),
        ("var __$pubtime='2021-01-05 00:00:00';", "2021-01-05"),
        ("var __$pubtime='2021-01-04 16:59:00';", "2021-01-05"),
    ] {
        let mut raw = RawMeta::default();
        let span = crate::html::Span::of(0..script.len());
        raw.observe_raw_text(1, "script", script, span);
        raw.lines.push((12, "发布日期: 2021-01-05".into()));
        let m = resolve(&raw, script, (10, 50), None);
        assert_eq!(m.published_time.as_deref(), Some(published), "{script}");
    }
}

#[test]
fn a_date_without_a_year_takes_the_year_of_the_same_day_modified() {
    let mut raw = RawMeta::default();
    raw.lines.push((5, "发布时间：09-30 22:46".into()));
    raw.metas
        .push(("dateupdate".into(), "2019-09-30 22:46:13".into()));
    let m = resolve(&raw, "", (10, 50), None);
    assert_eq!(m.published_time.as_deref(), Some("2019-09-30T22:46:00"));
    // Modified on another day: the year is unknown.
    let mut raw = RawMeta::default();
    raw.lines.push((5, "发布时间：09-30 22:46".into()));
    raw.metas
        .push(("dateupdate".into(), "2019-10-02 08:00:00".into()));
    let m = resolve(&raw, "", (10, 50), None);
    assert_eq!(m.published_time, None);
    // With the year's last two digits, the time in a span of its own.
    for (line, modified, published) in [
        (
            "发布时间：18-03-0823:16",
            "2018-03-08 23:16:24",
            Some("2018-03-08T23:16:00"),
        ),
        ("发布时间：17-03-08 23:16", "2018-03-08 23:16:24", None),
    ] {
        let mut raw = RawMeta::default();
        raw.lines.push((5, line.into()));
        raw.metas.push(("dateupdate".into(), modified.into()));
        let m = resolve(&raw, "", (10, 50), None);
        assert_eq!(m.published_time.as_deref(), published, "{line}");
    }
}

#[test]
fn numbered_page_lists() {
    for (text, link) in [
        ("下一页", Some(PageLink::Next)),
        ("【2】", Some(PageLink::Number(2))),
        ("[12]", Some(PageLink::Number(12))),
        ("第3页", Some(PageLink::Number(3))),
        (" 4 ", Some(PageLink::Number(4))),
        ("0", None),
        ("2024", None),
        ("第二页", None),
    ] {
        assert_eq!(page_link(text), link, "{text}");
    }
    let base = Url::parse("http://x.cn/a/c1-31153719.html").unwrap();
    let page = |links: &[(NodeId, u32, &str)]| RawMeta {
        next_links: links
            .iter()
            .map(|&(id, n, h)| (id, PageLink::Number(n), h.to_string()))
            .collect(),
        ..RawMeta::default()
    };
    // Every number linked, this page among them.
    let raw = page(&[
        (20, 1, "/a/c1-31153719.html"),
        (21, 2, "/a/c1-31153719-2.html"),
        (22, 3, "/a/c1-31153719-3.html"),
    ]);
    let m = resolve(&raw, "", (5, 30), Some(&base));
    assert_eq!(
        m.next_page_url.as_deref(),
        Some("http://x.cn/a/c1-31153719-2.html")
    );
    // On page 2.
    let base2 = Url::parse("http://x.cn/a/c1-31153719-2.html").unwrap();
    let m = resolve(&raw, "", (5, 30), Some(&base2));
    assert_eq!(
        m.next_page_url.as_deref(),
        Some("http://x.cn/a/c1-31153719-3.html")
    );
    // The first page's own number unlinked: 2, 3 follow.
    let raw = page(&[(21, 2, "/a/p2.html"), (22, 3, "/a/p3.html")]);
    let m = resolve(&raw, "", (5, 30), Some(&base));
    assert_eq!(m.next_page_url.as_deref(), Some("http://x.cn/a/p2.html"));
    // A carousel's "Next" drives slides on this page.
    let mut carousel = RawMeta::default();
    carousel
        .next_links
        .push((21, PageLink::Next, "#slide-2".into()));
    assert_eq!(
        resolve(&carousel, "", (5, 30), Some(&base)).next_page_url,
        None
    );
    // Citations into this page, a calendar's days, a list far past the article: no page.
    for links in [
        vec![(21, 2, "#note-2"), (22, 3, "#note-3")],
        vec![(21, 2, "/2024/06/02"), (22, 9, "/2024/06/09")],
        vec![(200, 2, "/a/p2.html"), (201, 3, "/a/p3.html")],
    ] {
        let m = resolve(&page(&links), "", (5, 30), Some(&base));
        assert_eq!(m.next_page_url, None, "{links:?}");
    }
}

#[test]
fn dublin_core_names_with_a_dot_or_a_colon() {
    assert_eq!(meta_key("DC.creator"), "dc:creator");
    assert_eq!(meta_key("dc:Creator"), "dc:creator");
    assert_eq!(meta_key("DC.date.issued"), "dc:date.issued");
    assert_eq!(meta_key("author"), "author");
    let attrs = crate::html::attrs::parse(
        r#"<meta property="dc:creator twitter:site_name" content="Creator Name">"#,
    );
    let mut raw = RawMeta::default();
    raw.observe_element(1, "meta", &attrs);
    raw.metas.push(("author".into(), "Someone Else".into()));
    raw.metas
        .push(("dc:date.issued".into(), "2024-06-05".into()));
    let m = resolve(&raw, "", (0, 0), None);
    assert_eq!(m.byline.as_deref(), Some("Creator Name"));
    assert_eq!(m.published_time.as_deref(), Some("2024-06-05"));
}

#[test]
fn page_furniture_in_a_byline_is_no_name() {
    let of = |s: &str| without_furniture(s);
    // A user id, a template's placeholder, a teaser's label, breadcrumbs, a list's
    // heading, a line of labels whose author is empty.
    for furniture in [
        "104363",
        "name, email@gmail.com",
        "Your Name <you@example.com>",
        "黄斌汉：",
        "当前位置 : 上海新闻网 > 新闻资讯 > 社会关注",
        "Home » News » World",
        "相关文章",
        "版权声明 来源：当代商报 时间：",
        "关注",
        "更多",
    ] {
        assert_eq!(of(furniture), None, "{furniture}");
    }
    assert_eq!(of("张三 zhangsan@example.com").as_deref(), Some("张三"));
    assert_eq!(of("中国广州发布 关注").as_deref(), Some("中国广州发布"));
    assert_eq!(of("扬眼企鹅号").as_deref(), Some("扬眼"));
    assert_eq!(of("去驴行 +关注").as_deref(), Some("去驴行"));
    assert_eq!(of("Jane Doe").as_deref(), Some("Jane Doe"));
    assert_eq!(of("A > B").as_deref(), Some("A > B"));
}

#[test]
fn the_portal_s_own_name_is_no_author() {
    assert!(is_site_brand("网易", "男孩写纸团抛出引来警察_网易新闻"));
    assert!(is_site_brand("网易", "多地项目连环爆雷_网易财经"));
    assert!(is_site_brand(
        "网易",
        "广西省发生了一起事件|盗窃案_网易订阅"
    ));
    // A blog named after its author, a site that is not the name plus an outlet's ending.
    assert!(!is_site_brand("王文", "中美贸易持久战_王文的博客"));
    assert!(!is_site_brand("John Smith", "A post - John Smith"));
    assert!(!is_site_brand("网易", "网易新闻"));
    let mut raw = RawMeta::default();
    raw.metas.push(("author".into(), "网易".into()));
    raw.title = Some("男孩因不想上补习班写纸团抛出引来警察_网易新闻".into());
    assert_eq!(resolve(&raw, "", (0, 0), None).byline, None);
    raw.lines.push((3, "新京报记者 陆一夫".into()));
    assert_eq!(
        resolve(&raw, "", (0, 0), None).byline.as_deref(),
        Some("陆一夫")
    );
}

#[test]
fn an_og_title_cut_at_an_unescaped_quote_gives_way_to_the_title() {
    let mut raw = RawMeta::default();
    raw.metas
        .push(("og:title".into(), "男孩因不想上补习班 写".into()));
    raw.title = Some(r#"男孩因不想上补习班 写"救命啊"纸团抛出引来警察_网易新闻"#.into());
    raw.headings.push((
        5,
        "h1",
        r#"男孩因不想上补习班 写"救命啊"纸团抛出引来警察"#.into(),
    ));
    let m = resolve(&raw, "", (0, 0), None);
    assert_eq!(m.title, r#"男孩因不想上补习班 写"救命啊"纸团抛出引来警察"#);
    // An og:title that the `<title>` merely continues is kept.
    raw.metas[0].1 = "男孩因不想上补习班".into();
    raw.title = Some("男孩因不想上补习班 写纸团_网易新闻".into());
    assert_eq!(resolve(&raw, "", (0, 0), None).title, "男孩因不想上补习班");
}

#[test]
fn a_byline_box_names_before_titles_and_roles() {
    assert_eq!(
        leading_name("王文 中国人民大学重阳金融研究院执行院长").as_deref(),
        Some("王文")
    );
    assert_eq!(leading_name("张三 李四"), None);
    assert_eq!(leading_name("中国人民大学 王文"), None);
    assert_eq!(leading_name("王文"), None);
    assert_eq!(
        author_from_line("长江网10月4日讯（记者陈智 整合）").as_deref(),
        Some("陈智")
    );
    // A bare 记者 that a comma follows is a word of a headline.
    assert_eq!(author_from_line("做公号、开专栏的名记者，晋升部级"), None);
}

#[test]
fn an_outlet_before_the_names_is_no_author() {
    let strip = |b: &str, site| without_leading_outlet(b.to_string(), site);
    assert_eq!(strip("财新 张三", Some("财新网")), "张三");
    assert_eq!(strip("财新 张三 李四", Some("财新网")), "张三 李四");
    // Not in the site's name, starting with a surname, or with a name without one: kept.
    assert_eq!(strip("财新 张三", Some("新浪新闻")), "财新 张三");
    assert_eq!(strip("张三 李四", Some("张三的博客")), "张三 李四");
    assert_eq!(strip("财新 仉伟", Some("财新网")), "财新 仉伟");
    assert_eq!(strip("财新 张三", None), "财新 张三");
    assert_eq!(strip("财新 John", Some("财新网")), "财新 John");
}

#[test]
fn a_site_name_for_a_title_is_no_headline() {
    let mut raw = RawMeta::default();
    raw.metas.push(("og:title".into(), "某某新闻".into()));
    raw.metas.push(("og:site_name".into(), "某某新闻".into()));
    raw.title = Some("国务院常务会议部署进一步扩大内需_某某新闻".into());
    let m = resolve(&raw, "", (0, 0), None);
    assert_eq!(m.title, "国务院常务会议部署进一步扩大内需");
}

#[test]
fn bylines_stop_at_a_dateline() {
    for (text, byline) in [
        ("Jose AltoverosView More Articles", "Jose Altoveros"),
        ("by Jeff FoustMonday, November 18, 2019", "by Jeff Foust"),
        (
            "Detroit News wire services Published 11:11 PM EST Nov 19, 2019",
            "Detroit News wire services",
        ),
        ("Updated Nov 19, 6:55 AM;", ""),
        ("By", ""),
        ("张三 2024-06-05", "张三"),
        ("Jane Doe", "Jane Doe"),
        ("Nicolas Perriault —", "Nicolas Perriault —"),
        ("Last Updated: January 7, 2025", ""),
    ] {
        assert_eq!(byline_before_dateline(text), byline, "{text}");
    }
}

#[test]
fn a_meta_name_with_a_space() {
    let attrs = crate::html::attrs::parse(
        r#"<meta name="weibo: article:create_at" content="2024-06-05 08:15:20">"#,
    );
    let mut raw = RawMeta::default();
    raw.observe_element(1, "meta", &attrs);
    let m = resolve(&raw, "", (0, 0), None);
    assert_eq!(m.published_time.as_deref(), Some("2024-06-05T08:15:20"));
}

#[test]
fn names_beside_a_date() {
    for (line, names) in [
        ("张三·2024-06-05 10:12", Some("张三")),
        ("2024-06-05 10:12:33 · 王小明 李四", Some("王小明 李四")),
        ("张三 2024-06-05 10:12:33", Some("张三")),
        ("2024-06-05 10:12:33 星期三", None),
        ("2024-06-05 周三 10:12", None),
        ("2024-06-05 10:12 周末", None),
        ("2024-06-05 凌晨", None),
        ("原创 2024-06-05 10:12", None),
        ("2024-06-05 10:12 北京", None),
        ("2024-06-05 10:12·江苏", None),
        ("2024-06-05 10:12 徐州", None),
        ("张三 2024-06-05 黄浦区", None),
        ("2024-06-05 10:12 新华社", None),
        ("2024-06-05 10:12 阅读 1234", None),
        ("张三 李四", None),
    ] {
        assert_eq!(dated_names(line).as_deref(), names, "{line}");
    }
    for (line, names) in [
        ("石佳/中国青年报", Some("石佳")),
        ("张三 李四／新京报", Some("张三 李四")),
        // Not an outlet, no names, a path.
        ("张三/李四", None),
        ("图片/新华社", None),
        ("新闻/中国青年报/评论", None),
    ] {
        assert_eq!(names_before_outlet(line).as_deref(), names, "{line}");
    }
    let mut raw = RawMeta::default();
    raw.observe_block(9, "p", 8, &LineProbe::new("石佳/中国青年报"));
    raw.observe_block(11, "p", 10, &LineProbe::new("2019-09-24 09:10"));
    assert_eq!(dated_byline(&raw, (12, 40)).as_deref(), Some("石佳"));
}

#[test]
fn a_source_line_loses_the_page_actions_after_the_outlet() {
    for (line, outlet) in [
        ("2024-06-05 10:12:33　来源: 澎湃新闻举报", Some("澎湃新闻")),
        ("来源：新华网纠错分享", Some("新华网")),
        ("来源：举报", None),
        ("来源：本站原创", None),
        ("来源：人民网－人民日报", Some("人民网－人民日报")),
    ] {
        let mut raw = RawMeta::default();
        raw.lines.push((3, line.into()));
        assert_eq!(source_from_lines(&raw).as_deref(), outlet, "{line}");
    }
}

#[test]
fn a_chinese_page_s_printed_time_wins_over_its_meta_time_on_the_same_day() {
    let page = |title: &str, lines: &[(NodeId, &str)]| {
        let raw = RawMeta {
            title: Some(title.into()),
            metas: vec![(
                "article:published_time".into(),
                "2019-09-07T06:52:51+08:00".into(),
            )],
            lines: lines.iter().map(|(i, l)| (*i, l.to_string())).collect(),
            ..RawMeta::default()
        };
        resolve(&raw, "", (10, 50), None).published_time
    };
    let t = "最强中国芯本月商用_新浪新闻";
    assert_eq!(
        page(t, &[(8, "2019年09月07日 04:04 北京日报")]).as_deref(),
        Some("2019-09-07T04:04:00")
    );
    // The same minute, another day, a modification time, an English page: the meta
    // stands.
    for lines in [
        &[(8, "2019年09月07日 06:52")][..],
        &[(8, "2019年09月08日 04:04")],
        &[(8, "最后更新：2019年09月07日 09:08")],
    ] {
        assert_eq!(
            page(t, lines).as_deref(),
            Some("2019-09-07T06:52:51+08:00"),
            "{lines:?}"
        );
    }
    assert_eq!(
        page("China's chip in use this month", &[(8, "2019-09-07 04:04")]).as_deref(),
        Some("2019-09-07T06:52:51+08:00")
    );
}

#[test]
fn portal_date_metas() {
    let mut raw = RawMeta::default();
    raw.metas
        .push(("og:time".into(), "2024-06-05 08:00:16".into()));
    let m = resolve(&raw, "", (0, 0), None);
    assert_eq!(m.published_time.as_deref(), Some("2024-06-05T08:00:16"));
}

#[test]
fn modified_time_is_not_published_time() {
    let mut raw = RawMeta::default();
    raw.lines.push((3, "最后更新: 2024-06-05 08:00:16".into()));
    raw.lines
        .push((90, "2024-06-03 07:46 related story".into()));
    assert_eq!(date_from_lines(&raw, "", (5, 50)), None);
    assert_eq!(
        modified_from_lines(&raw, (5, 50)).as_deref(),
        Some("2024-06-05T08:00:16")
    );
    raw.lines.push((4, "发布时间：2024-06-04 07:00".into()));
    assert_eq!(
        date_from_lines(&raw, "", (5, 50)).as_deref(),
        Some("2024-06-04T07:00:00")
    );
}

#[test]
fn dates_closing_a_post_and_date_only_header_lines() {
    // A labelled line just after the article (a blog's footer) counts; far after, not.
    let mut raw = RawMeta::default();
    raw.lines.push((200, "发表于 2005-08-02 10:00".into()));
    assert_eq!(date_from_lines(&raw, "", (5, 50)), None);
    raw.lines
        .push((60, "作者:zboygirl 发表于:2005-07-31 12:30".into()));
    assert_eq!(
        date_from_lines(&raw, "", (5, 50)).as_deref(),
        Some("2005-07-31T12:30:00")
    );
    // A date without a time, on a short line above the article.
    let mut raw = RawMeta::default();
    raw.lines.push((2, "2003-7-24 钱江晚报".into()));
    assert_eq!(
        date_from_lines(&raw, "", (5, 50)).as_deref(),
        Some("2003-07-24")
    );
    let mut raw = RawMeta::default();
    raw.lines.push((
        2,
        "2003-7-24 一段很长的文字，不是报头，而是正文里提到的某一天发生的事情，后面还有更多的叙述"
            .into(),
    ));
    assert_eq!(date_from_lines(&raw, "", (5, 50)), None);
    // The credit line above the article, however long, gives its date.
    let mut raw = RawMeta::default();
    raw.lines.push((
        3,
        "作者： 周思博 (Joel Spolsky) 译： Chen Bin 2005年1月2日 原文发表于他的网站".into(),
    ));
    assert_eq!(
        date_from_lines(&raw, "", (5, 50)).as_deref(),
        Some("2005-01-02")
    );
}

#[test]
fn markup_written_into_a_title_is_taken_out() {
    assert_eq!(
        without_tags("Antisemitism Awareness Act Is the Antidote <br/>to DEI"),
        "Antisemitism Awareness Act Is the Antidote to DEI"
    );
    assert_eq!(without_tags("Why <i>a</i> < b"), "Why a < b");
    assert_eq!(without_tags("x <"), "x <");
}

#[test]
fn a_declared_how_to_keeps_its_steps_in_order_with_their_names() {
    let ld = r#"{"@graph":[{"@type":"WebPage"},{"@type":"HowTo","description":"<p>Intro</p>",
        "supply":[{"@type":"HowToSupply","name":"Stoff"}],"tool":["Schere"],
        "step":[{"@type":"HowToStep","name":"Eins","itemListElement":[
            {"@type":"HowToDirection","text":"<p>Messen</p>"},{"@type":"HowToTip","text":"Tipp"}]},
          {"@type":"HowToSection","name":"Teil","itemListElement":[
            {"@type":"HowToStep","text":"Schneiden"},"Säumen"]}]}]}"#;
    let h = jsonld::howto(&[ld.to_string()]).unwrap();
    assert_eq!(h.description.as_deref(), Some("<p>Intro</p>"));
    assert_eq!(h.supplies, ["Stoff", "Schere"]);
    let steps: Vec<(Option<&str>, &str)> = h
        .steps
        .iter()
        .map(|s| (s.name.as_deref(), s.text.as_str()))
        .collect();
    assert_eq!(
        steps,
        [
            (Some("Eins"), "<p>Messen</p>\nTipp"),
            (None, "Schneiden"),
            (None, "Säumen"),
        ]
    );
    // A how-to without steps declares nothing to read.
    assert!(jsonld::howto(&[r#"{"@type":"HowTo","name":"Leer"}"#.to_string()]).is_none());
}
