//! Tests of pass 1: the tree it records, the text it attributes, the hints and the
//! boilerplate it flags.

use super::*;
use crate::html::attrs;
use crate::html::tags::tag_of;
use crate::html::tokenizer::is_name_end;

#[test]
fn read_name_is_tag_of_written_name_and_name_hash_in_one() {
    for source in [
        "<div>",
        "<DIV class=x>",
        "<Section id=a>",
        "<mjx-c>",
        "<foo:bar x>",
        "<svg:rect/>",
        "<a\u{c}href=x>",
        "<img/src=a alt='b c'>",
        "<p/>",
        "<h1\n>",
        "<",
        "<a",
        "<x-y-z>",
        "<unknown-el>",
        "<IMG src=a>",
        "<br/>",
    ] {
        let (info, written, hash) = read_name(source);
        let expected = tag_of(source).unwrap_or(TagInfo { name: "", flags: 0 });
        assert_eq!(
            (info.name, info.flags),
            (expected.name, expected.flags),
            "{source}"
        );
        let expected_written = source
            .as_bytes()
            .get(1..)
            .map(|r| &r[..r.iter().position(|&c| is_name_end(c)).unwrap_or(r.len())]);
        assert_eq!(Some(written), expected_written.or(Some(b"")), "{source}");
        assert_eq!(hash, crate::html::tree::name_hash(written), "{source}");
        let mut after_name = vec![];
        attrs::parse_into_after_name(source, 1 + written.len(), &mut after_name);
        assert_eq!(after_name, attrs::parse(source), "{source}");
    }
}

#[test]
fn boilerplate_tests_resume_after_dropped_and_hidden_elements() {
    // Blocks inside `nav` and hidden elements are not tested (they never reach the
    // article); the counter of those open must come back down when they close, void and
    // implicitly closed ones included.
    let s = scan(
        "<nav><p>责任编辑：甲</p><input hidden><b>来源：新华社</b></nav><div hidden><p>责任编辑：乙</p>\
         <img hidden></div><footer><ul><li>责任编辑：丙</ul></footer><p>责任编辑：张三</p>",
    );
    let ps = find(&s, "p");
    assert!(!ps[0].1.has(flag::BOILERPLATE) && !ps[1].1.has(flag::BOILERPLATE));
    assert!(ps[2].1.has(flag::BOILERPLATE));
    // The metadata still reads the lines inside them.
    assert!(s.meta.lines.iter().any(|(_, l)| l.contains("新华社")));
}

#[test]
fn byline_markers_are_wide() {
    // `is_byline_line` looks for them only in lines that hold a wide character.
    assert!(
        h::BYLINE_LINE_MARKERS
            .iter()
            .all(|m| crate::text::has_wide(m) && m.as_bytes()[0] >= 0xE3)
    );
}

/// Which paragraphs of `s` are marked boilerplate, in page order.
fn boilerplate_paragraphs(s: &Scan) -> Vec<bool> {
    find(s, "p")
        .iter()
        .map(|(_, n)| n.has(flag::BOILERPLATE))
        .collect()
}

fn find<'a>(s: &'a Scan, tag: &str) -> Vec<(usize, &'a Node)> {
    s.nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.tag == tag)
        .collect()
}

#[test]
fn text_goes_to_the_nearest_block() {
    let s = scan("<body><div><p>你好，<b>世界</b>。<a href=x>链接</a></p>tail</div></body>");
    let (_, p) = find(&s, "p")[0];
    assert_eq!(p.text.cjk, 6);
    assert_eq!(p.text.commas, 2);
    assert_eq!(p.link_len, 2 * h::CJK_CHAR_WEIGHT);
    let (_, div) = find(&s, "div")[0];
    assert_eq!(div.text.chars, 4);
}

#[test]
fn whitespace_between_elements_separates_a_block_line_words() {
    let s = scan(
        "<body><div><span>作者：张三</span> <span>2024-06-05</span>\n<span>10:12</span></div>\
         <div><span>来源：</span><a>新华社</a></div></body>",
    );
    let lines: Vec<&str> = s.meta.lines.iter().map(|(_, l)| l.as_str()).collect();
    assert_eq!(lines, ["作者：张三 2024-06-05 10:12", "来源：新华社"]);
}

#[test]
fn parents_and_ends_form_a_tree() {
    let s = scan("<div><p>a<p>b</div><span>c</span>");
    let ps = find(&s, "p");
    assert_eq!(ps.len(), 2);
    assert_eq!(ps[0].1.parent, ps[1].1.parent);
    let (div_id, div) = find(&s, "div")[0];
    assert_eq!(div.end as usize, ps[1].0);
    let (_, span) = find(&s, "span")[0];
    assert_eq!(span.parent, 0);
    assert!(div_id < ps[0].0);
}

#[test]
fn lt_in_text_reserves_no_nodes() {
    // 64 Ki `<` of text and one paragraph: room for a handful of nodes, not one per `<`.
    let page = format!(
        "<p>x</p>{}{}",
        "<".repeat(1 << 16),
        " a < b".repeat(1 << 10)
    );
    let s = scan(&page);
    assert_eq!(s.nodes.len(), 2, "the root and the paragraph");
    assert!(
        s.nodes.capacity() < 64,
        "{} nodes reserved",
        s.nodes.capacity()
    );
    assert!(
        s.events.capacity() < 64,
        "{} events reserved",
        s.events.capacity()
    );
}

#[test]
fn a_long_comment_hides_its_tags() {
    // A long comment hides the markup in it, SVG too, and what follows reads whole.
    let inside = "<p>not a paragraph</p><svg></svg>".repeat(4000);
    let html = format!("<div><p>before</p><!--{inside}--><p>after，正文。</p></div>");
    let s = scan(&html);
    let paragraphs = find(&s, "p");
    assert_eq!(paragraphs.len(), 2, "{} nodes", s.nodes.len());
    assert_eq!(
        paragraphs[1].1.text.chars,
        "after，正文。".chars().count() as u32
    );
}

#[test]
fn html_tags_between_foreign_ones_take_the_tree_builder_namespace() {
    let flags = |html: &str, tag: &str| -> Vec<u16> {
        find(&scan(html), tag)
            .iter()
            .map(|(_, n)| n.flags & (flag::FOREIGN | flag::NO_CONTENT))
            .collect()
    };
    // `</div>` closes the `<svg>` element but not SVG content: the `<mi/>` after it is
    // foreign and self-closed; the `<p>` leaves SVG content.
    assert_eq!(
        flags("<div><svg></div><mi/><p>x</p></div>", "mi"),
        [flag::FOREIGN | flag::NO_CONTENT]
    );
    assert_eq!(flags("<div><svg></div><mi/><p>x</p></div>", "p"), [0]);
    // `<title>` holds markup in SVG (an integration point), text in HTML, also where
    // `</p>` has just left MathML inside an open `<math>`.
    assert_eq!(flags("<svg><title><p>x</p></title></svg>", "p").len(), 1);
    // (The `</p>` is an empty paragraph of its own.)
    assert_eq!(
        flags("<math></p><title><p>x</p></title></math>", "p").len(),
        1
    );
    assert!(flags("<title><p>x</p></title>", "p").is_empty());
    // CDATA is text in foreign content only.
    // (In HTML it is a bogus comment up to the first `>`: `</p>` is then an empty
    // paragraph, as in a browser.)
    let s = scan("<svg><![CDATA[<p>x</p>]]></svg><![CDATA[<p>y</p>]]>");
    assert!(find(&s, "p").iter().all(|(_, p)| p.text.chars == 0));
    assert!(
        s.events
            .iter()
            .any(|e| matches!(e, Event::Literal(t) if t.text(
        "<svg><![CDATA[<p>x</p>]]></svg><![CDATA[<p>y</p>]]>"
    ) == "<p>x</p>"))
    );
}

#[test]
fn end_tags_are_read_between_events() {
    // A custom element closes by its own name; an end tag in a comment, a script or an
    // attribute closes nothing; end tags match in any case.
    let s = scan(
        "<div id=a><my-el><p>x</p></my-el><!-- a > b </div> --><script>'</div>'</script>\
         <b title='</div>'>y</b><span>y</span></DIV><p>z</p>",
    );
    let (div_id, div) = find(&s, "div")[0];
    for tag in ["my-el", "script", "b", "span"] {
        let (_, n) = s
            .nodes
            .iter()
            .enumerate()
            .find(|(_, n)| n.tag == tag || (tag == "my-el" && n.tag.is_empty()))
            .unwrap();
        assert_eq!(n.parent as usize, div_id, "{tag}");
    }
    let ps = find(&s, "p");
    assert_eq!(ps[0].1.parent as usize, div_id + 1, "inside my-el");
    assert_eq!(ps[1].1.parent, 0, "after </DIV>");
    assert!((div.end as usize) < ps[1].0);
}

#[test]
fn text_is_read_between_events() {
    // What the HTML tokenizer calls text: around bogus comments, raw-text elements, quoted
    // `>` in end tags and CDATA, which is text only in SVG and MathML.
    let cases: &[(&str, &[&str])] = &[
        ("<p>a < b, 1 <2</p>", &["a < b, 1 <2"]),
        (
            "<p>1 </> 2 <? pi ?> 3 <!doctype x> 4 </1bogus> 5</p>",
            &["1 ", " 2 ", " 3 ", " 4 ", " 5"],
        ),
        (
            "<p>a<!--x--!>b<!-- y --!x> c --> d<!-->e<!--->f</p>",
            &["a", "b", " d", "e", "f"],
        ),
        (
            r#"<div><script><!-- document.write("<script>x</script>"); //--></script>after"#,
            &["after"],
        ),
        ("<p>a</p><SCRIPT>s</ScRiPt\n><p>b</p>", &["a", "b"]),
        ("<p>x</p x=\">\">y", &["x", "y"]),
        (
            "<svg><title>t</title><style>s</style><![CDATA[c]]></svg><p><![CDATA[no]]>p",
            &["t", "s", "c", "p"],
        ),
        (
            "<textarea><p>t</p></textarea><xmp><b>x</b></xmp><noscript><p>n</p></noscript>z",
            &["<b>x</b>", "z"],
        ),
        ("<style>a</styles></style>z", &["z"]),
        ("<p>x</p><script>never closed <p>y</p>", &["x"]),
        ("<p>x<plaintext><p>raw</p>", &["x", "<p>raw</p>"]),
        ("<p>x<xmp>&lt;</xmp>", &["x", "&lt;"]),
        ("<p>x <!-- never closed <p>y</p>", &["x "]),
        ("<p>x</p", &["x"]),
    ];
    for (html, want) in cases {
        let s = scan(html);
        let got: Vec<&str> = s
            .events
            .iter()
            .filter_map(|e| match e {
                Event::Text(span) | Event::Literal(span) => Some(span.text(html)),
                _ => None,
            })
            .collect();
        assert_eq!(&got, want, "{html}");
    }
    let s = scan("<title>T &amp; <b>x</b></title><p>y");
    assert_eq!(s.meta.title.as_deref(), Some("T & <b>x</b>"));
}

#[test]
fn end_tags_close_as_a_browser_closes_them() {
    let parent_tag = |s: &Scan, tag: &str, k: usize| {
        let (_, n) = find(s, tag)[k];
        s.nodes[n.parent as usize].tag
    };
    // A stray `</div>` inside a table cell closes nothing: the article's container holds
    // what follows the table.
    let s = scan("<div><table><tr><td><p>x</div>y</td></tr></table><p>more</p></div>");
    assert_eq!(parent_tag(&s, "p", 1), "div");
    // A formatting element's end tag leaves the paragraph opened inside it open.
    let s = scan("<b><p>x</b>y</p>");
    let (_, p) = find(&s, "p")[0];
    assert_eq!(p.text.chars, 2, "x and y are the paragraph's");
    // And a link's end tag ends its link text there.
    let s = scan("<a href=x><p>link</a>not a link, but prose</p>");
    let (_, p) = find(&s, "p")[0];
    assert_eq!(p.link_len, 4);
    // Any other end tag stops at a special element: `y` stays in the `div`.
    let s = scan("<span><div>x</span>y</div>z");
    let (_, div) = find(&s, "div")[0];
    assert_eq!(div.text.chars, 2);
    // A heading's end tag closes any heading; `</body>` closes nothing.
    let s = scan("<body><h2>t</h3><p>a</p></body><p>b</p>");
    assert_eq!(parent_tag(&s, "p", 0), "body");
    assert_eq!(parent_tag(&s, "p", 1), "body");
}

#[test]
fn tree_builder_repairs_keep_text_as_browsers_show_it() {
    // `</br>` is a line break, `</p>` with no paragraph an empty one.
    let s = scan("<div>a</br>b</p>c</div>");
    assert_eq!(find(&s, "br").len(), 1);
    assert_eq!(find(&s, "p").len(), 1);
    // `<image>` is an `<img>`.
    let s = scan("<p><image src=a.png>x</p>");
    assert_eq!(find(&s, "img").len(), 1);
    // `<xmp>` and `<plaintext>` show their markup as text, written as it is.
    let html = "<xmp><b>x</b> &amp;</xmp><plaintext><p>y</p>";
    let s = scan(html);
    let literal: Vec<&str> = s
        .events
        .iter()
        .filter_map(|e| match e {
            Event::Literal(span) => Some(span.text(html)),
            _ => None,
        })
        .collect();
    assert_eq!(literal, ["<b>x</b> &amp;", "<p>y</p>"]);
    assert!(find(&s, "b").is_empty() && find(&s, "p").is_empty());
}

#[test]
fn whole_token_words_need_token_boundaries() {
    let of = ValueHints::of;
    assert!(of("main-AD box").unlikely);
    assert!(!of("loading").unlikely, "ad inside a word");
    assert!(of("post Comments-list").comments);
    assert!(of("cmt_box").comments);
    assert!(!of("acomment").comments, "a prefix starts its token");
    assert!(!of("commentary").comments);
    assert!(
        of("commentary comments").comments,
        "an exception spares its token only"
    );
    assert!(of("mw-collapsed").collapsed);
    assert!(!of("uncollapsed").collapsed);
}

#[test]
fn boilerplate_patterns_sharing_a_first_fragment_are_all_tried() {
    // Four patterns start with 不代表; only the third matches.
    let line = "文章内容不代表平台的观点和立场";
    assert!(is_boilerplate_line(&LineProbe::new(line), 15, false, false));
    assert!(!is_boilerplate_line(
        &LineProbe::new("文章内容不代表平台的看法"),
        12,
        false,
        false
    ));
}

#[test]
fn chrome_hints_and_boilerplate_are_flagged() {
    let s = scan(
        r#"<div class="share-bar">x</div><nav>n</nav><p style="display: none">h</p>
           <p>责任编辑：史岱君</p><div class="article-content">t</div><p>编辑｜李四</p>
           <div class="smg-zone-widget-custom-cta-letter">Support us</div>
           <div class="octagon">f</div>"#,
    );
    assert!(find(&s, "div")[0].1.has(flag::UNLIKELY));
    assert!(
        find(&s, "div")[2].1.has(flag::UNLIKELY),
        "call-to-action box"
    );
    assert!(
        !find(&s, "div")[3].1.has(flag::UNLIKELY),
        "cta only as a whole token"
    );
    assert!(find(&s, "nav")[0].1.has(flag::DROP_TAG));
    assert!(find(&s, "p")[0].1.has(flag::HIDDEN));
    assert!(find(&s, "p")[1].1.has(flag::BOILERPLATE));
    assert!(
        find(&s, "p")[2].1.has(flag::BOILERPLATE),
        "an editor after a bar"
    );
    // Bylines of commenters and follow-the-author widgets name no author.
    let widgets = scan(
        r#"<ul class="comments-list"><li><div class="byline">J</div></li></ul>
           <li class="author-follow">Katie Couric</li><div class="author-name">Jane Doe</div>"#,
    );
    let bylines: Vec<&str> = widgets
        .meta
        .bylines
        .iter()
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(bylines, ["Jane Doe"]);
    // Chinese sites' pinyin box names.
    let pinyin = scan(
        r#"<div class="xgxw">a</div><div id="paihang_list">b</div><div class="rmtj">c</div>
           <div class="dqwz">d</div><div class="zhengwen">e</div>"#,
    );
    let unlikely: Vec<bool> = find(&pinyin, "div")
        .iter()
        .map(|(_, n)| n.has(flag::UNLIKELY))
        .collect();
    assert_eq!(unlikely, [true, true, true, true, false]);
    assert!(find(&s, "p")[1].1.has(flag::BOILERPLATE));
    let content = find(&s, "div")[1].1;
    assert!(content.class_weight > 0.0);
}

#[test]
fn datelines_and_counters_are_boilerplate_prose_is_not() {
    let s = scan(
        "<p>By HNN Staff | November 18, 2019 at 2:26 PM HST</p><p>Image 2 of 5</p>\
         <p>By 2030 the city plans to plant a million trees along its rivers.</p><p>发布时间：2024-06-05 08:00</p>\
         <p>Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.</p>\
         <p>Follow the river north for two days and you reach the town on the border.</p>\
         <p>Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.</p>\
         <p>By\n<a href=/w>Jane Roe</a> - 11/18/19 11:04 PM EST</p><p>Updated at 1:23 p.m.</p>\
         <p>By 11:30 PM the square was empty and the band had packed up.</p>\
         <p>On Nov. 20, 2019 the dam broke.</p>\
         <table><tr><td><p>February 2015</p></td></tr></table>\
         <p><strong>DON'T MISS</strong><br><a href=/a>Plague warning: CDC names EIGHT deadly diseases</a><br><a href=/b>Plane passengers quarantined after outbreak</a></p>\
         <p>Read more about <a href=/c>ad blocking here</a>.</p>\
         <p><strong>DON'T MISS</strong></p>\
         <p><a href=/d>China furious at Macron for protest jibe</a> [INSIGHT]<br><a href=/e>Lakers vs Nets: NBA make final decision</a> [VIDEO]</p>\
         <p><a href=/f>The report</a> was published on Monday by the city council.</p>",
    );
    let ps: Vec<&Node> = s.nodes.iter().filter(|n| n.tag == "p").collect();
    assert!(ps[0].has(flag::BOILERPLATE));
    assert!(ps[1].has(flag::BOILERPLATE));
    assert!(!ps[2].has(flag::BOILERPLATE));
    assert!(ps[3].has(flag::BOILERPLATE));
    assert!(ps[4].has(flag::BOILERPLATE));
    assert!(!ps[5].has(flag::BOILERPLATE));
    assert!(ps[6].has(flag::BOILERPLATE));
    assert!(ps[7].has(flag::BOILERPLATE), "a byline with a clock time");
    assert!(ps[8].has(flag::BOILERPLATE), "an update time");
    assert!(
        !ps[9].has(flag::BOILERPLATE),
        "a sentence that starts with By and a time"
    );
    assert!(!ps[10].has(flag::BOILERPLATE));
    assert!(!ps[11].has(flag::BOILERPLATE), "a date in a table is data");
    assert!(ps[12].has(flag::BOILERPLATE), "a labelled list of links");
    assert!(!ps[13].has(flag::BOILERPLATE), "a sentence");
    assert!(ps[14].has(flag::BOILERPLATE), "a label alone");
    assert!(ps[15].has(flag::BOILERPLATE), "the links after a label");
    assert!(!ps[16].has(flag::BOILERPLATE), "prose after the list");
    // Portals' recommendation labels, alone or leading their links; in a headline a
    // label's words are a headline.
    let s = scan(
        "<p>大家都在看</p><p><a href=/a>国务院常务会议部署推进新型城镇化建设</a><br><a href=/b>多地出台措施稳定就业</a></p>\
         <p>猜你喜欢：<a href=/c>多地出台措施稳定就业</a> <a href=/d>国务院部署城镇化建设</a></p>\
         <p>猜你喜欢的城市有哪些？一项调查显示，年轻人最想去的城市是成都。</p>",
    );
    let ps: Vec<&Node> = s.nodes.iter().filter(|n| n.tag == "p").collect();
    assert!(ps[0].has(flag::BOILERPLATE), "a label alone");
    assert!(ps[1].has(flag::BOILERPLATE), "the links after a label");
    assert!(ps[2].has(flag::BOILERPLATE), "a labelled list of links");
    assert!(!ps[3].has(flag::BOILERPLATE), "a sentence");
}

#[test]
fn gallery_counters_and_comment_counts_are_boilerplate() {
    let s = scan(
        "<p>1of4Grass Valley's Dionicio Torres looks at the gas can selection.</p>\
         <p>Image 2 of 5 A shopper looks at extension cords.</p>\
         <p>1 of 4 Americans say they have never been to a hardware store.</p>\
         <p><span></span> comments</p><p>12 Comments</p><p>0评论</p>\
         <p>Comments are closed on this article after two weeks, as always.</p>\
         <table><tr><td><p>Comment</p></td></tr></table>\
         <p>First Published: Tuesday, November 19, 2019 08:38 AM</p>\
         <p>Mark Esper, left, shakes hands in Hanoi, Vietnam, on Wednesday ... more</p>\
         <p>(Reporting by Greg Roumeliotis; editing by Martin Howell.)</p>\
         <p>Copyright @ 2019 The New Arab.</p><p>Via SyndiGate.info</p>\
         <p>Need more space? Subscribe to our sister title for the latest news.</p>\
         <p>(Leggi anche su: I Cavalieri dello Zodiaco – FOTO)</p>\
         <p>Via the old mountain road, the trip takes three hours longer than by the coast.</p>",
    );
    let flags = boilerplate_paragraphs(&s);
    assert_eq!(
        flags,
        vec![
            true, true, false, true, true, true, false, false, true, true, true, true, true, true,
            true, false
        ]
    );
}

#[test]
fn chinese_label_lines_are_boilerplate_prose_is_not() {
    let s = scan(
        "<p>2022.01.20 16:31 来源：河南日报客户端</p><p>光明日报记者 王建宏 张文攀</p>\
         <p>来源：新闻晨报</p><p>记者从市政府获悉，新区今年将建成三所学校。</p>\
         <p>2017年2月17日 一审判决</p>",
    );
    let flags = boilerplate_paragraphs(&s);
    assert_eq!(flags, vec![true, true, true, false, false]);
    // Portal and platform notices.
    let s = scan(
        "<p>(责编：张三、李四)</p>             <p>海量资讯、精准解读，尽在新浪财经APP</p>             <p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>             <p>新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。</p>             <p>免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</p>             <p>他在APP里看到了新闻，尽在掌握之中的感觉让他很满意，于是他继续读了下去，一直读到深夜才睡。</p>\
         <p>（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）</p>\
         <p>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。</p>\
         <p>本文来自微信公众号“某某”（ID：mm），作者：张三，36氪经授权发布。</p>\
         <p>编辑 张三 校对 李四</p>\
         <p>欢迎关注我们的公众号</p>\
         <p>发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)</p>\
         <p>译者：张三</p>\
         <p>图/视觉中国</p>\
         <p>市民在公园里晨练 新华社记者 张三 摄</p>\
         <p>他说，禁止拍摄</p>\
         <p>新华社记者 李四 摄</p>\
         <p>5月19日，在首都，他在竞选总部发表胜选演讲。 新华社记者 李四 摄</p>",
    );
    let flags = boilerplate_paragraphs(&s);
    // A credit alone goes; a caption that closes with its photographer stays.
    assert_eq!(
        flags,
        vec![
            true, true, true, true, true, false, true, true, true, true, true, true, true, true,
            false, false, true, false
        ]
    );
}

#[test]
fn chinese_page_furniture_is_boilerplate_prose_is_not() {
    let furniture = [
        "【纠错】",
        "当前位置：<a href=/>首页</a> &gt; <a href=/n>新闻</a> &gt; 正文",
        "扫一扫在手机打开当前页",
        "打印本页 关闭窗口",
        "【<a href=#>打印本页</a>】【<a href=#>关闭窗口</a>】",
        "【字体：大 中 小】",
        "举报/反馈",
        "打开APP阅读",
        "展开全文",
        "阅读原文",
        "点击右上角分享给朋友",
        "点赞",
        "在看",
        "收藏",
        "我要评论",
        "已有0人参与",
        "版权声明：本文为原创文章，转载请注明出处。",
        "未经许可，禁止转载",
        "新闻热线：010-12345678",
        "投稿邮箱：news@example.com",
        "题图来源：视觉中国",
        "文章来源：人民日报",
        "<a href=/1>【1】</a><a href=/2>【2】</a><a href=/3>【3】</a><a href=/4>【4】</a>",
        "<a href=/p>上一页</a> <a href=/1>1</a> <a href=/2>2</a> <a href=/n>下一页</a>",
        "<a href=/t>点击进入“文艺星青年”&gt;&gt;</a>",
        "声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担。",
        "股市有风险，投资需谨慎",
        "您所在的位置：<a href=/>首页</a> &gt; <a href=/k>快讯</a>",
        "监制：王五 统筹：赵六 策划：钱七",
        "审核：孙八",
        "下一篇：<a href=/n>某某文章的标题</a>",
        "相关标签：<a href=/t1>宏观经济</a> <a href=/t2>财政政策</a> <a href=/t3>国务院</a>",
        "图片来自网络，如有侵权，请联系删除。",
        "（原标题：多地项目连环爆雷 狂奔的龙湖集团“暗伤”曝露？）",
        "（原题为《是“收割韭菜”还是“回归理性”》）",
        "#天文航天#月球#中国航天 #嫦娥五号",
        "- THE END -",
        "“2018十大经济年度人物评选”火热进行中！【<a href=/v>点击投票</a>】Pick你心目中的商业领袖",
        "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.",
        "<a href=/w><i>\u{e608}</i>微信</a> <a href=/b><i>\u{e609}</i>微博</a>",
        "Facebook Twitter Email",
        "20190926|国贸|增长率|全球经济",
        "首页 | 新闻 | 国内 | 正文",
        "关键词 &gt;&gt; 新型冠状病毒,新冠病毒,味觉嗅觉丧失",
        "返回腾讯网首页&gt;&gt;",
        "看都看完了，点【在看】试试",
        "5、回复【美图】看看广州有多惊艳",
        "点击菜单栏【便民服务】解锁更多服务！",
        "扫描下方二维码解锁更多技能",
    ];
    let prose = [
        "上一篇文章中我们提到，收藏家们在看展时点赞最多的是宋代瓷器。",
        "在看守所里，他写下了第一篇小说。",
        "举报人称，该企业长期违规排放污水，当地环保部门已介入调查。",
        "标签化的报道方式受到了批评。",
        "#洞窟艺术",
        "收藏家",
        "<a href=/x>2019</a>年和<a href=/y>2020</a>年",
        "<a href=/a>Next</a>door neighbours",
        "他在首页的位置写下了名字，这是一个很长的句子，用来说明位置和首页出现在同一段落里也可以是正文，只要段落足够长，超过八十个字符的限制就不会被当作面包屑导航处理，读者也不会因此错过任何一句正文的内容。",
        "在看守所",
        "根据规定，投资者应风险自担。",
        "股市有风险，入市需谨慎，这是每个投资者都应该记住的道理。",
        "微信",
        "微信支付与微博热搜",
        "甲方 | 乙方：合同双方 | 丙方 | 丁方",
        "A | B",
    ];
    let html: String = furniture
        .iter()
        .chain(&prose)
        .map(|line| format!("<p>{line}</p>"))
        .collect();
    let s = scan(&html);
    let flags = boilerplate_paragraphs(&s);
    for (i, line) in furniture.iter().chain(&prose).enumerate() {
        assert_eq!(flags[i], i < furniture.len(), "{line}");
    }
}

#[test]
fn a_legal_notice_takes_the_rest_of_its_parent_when_short() {
    let notice = "<div><p>正文第一段，很长的文章。</p></div><div><p><b>反侵权公告：</b></p>\
         <p>一、任何单位或个人转载须经授权；</p><p>陈律师 0432-62099222</p></div>";
    let s = scan(notice);
    let flags = boilerplate_paragraphs(&s);
    assert_eq!(flags, vec![false, true, true, true]);
    // A disclaimer heading over a whole article removes only itself.
    let article = format!(
        "<div><p>免责声明</p>{}</div>",
        "<p>这是文章的正文段落，内容很长很长，足够说明这是文章而不是声明。</p>".repeat(30)
    );
    let s = scan(&article);
    let removed = find(&s, "p")
        .iter()
        .filter(|(_, n)| n.has(flag::BOILERPLATE))
        .count();
    assert_eq!(removed, 1);
}

#[test]
fn byline_boxes_separate_links_and_blocks_from_other_words() {
    let s = scan(
        r#"<div class="author"><p><a href="/WangWen">王文</a><span>中国人民大学重阳金融研究院执行院长</span></p></div>
           <p class="byline">By <a href="/m">Maria Lindqvist</a>, Local Affairs Reporter</p>
           <p class="byline">國<ruby>產<rt>chǎn</rt></ruby>芯</p>
           <span class="authorized">我已授权</span>
           <div id="filter_dateline_menu">排序: 发帖时间</div>
           <time>2019-09-<b>07</b></time>"#,
    );
    let bylines: Vec<&str> = s.meta.bylines.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(
        bylines,
        [
            "王文 中国人民大学重阳金融研究院执行院长",
            "By Maria Lindqvist, Local Affairs Reporter",
            "國產芯"
        ]
    );
    assert!(s.meta.lines.iter().any(|(_, l)| l == "2019-09-07"));
}

#[test]
fn a_link_inside_an_unclosed_anchor_ends_the_anchor_s_link_text() {
    // `<a name=top/>` stays open (the slash means nothing on an `<a>`) and holds the
    // page, until a link starts: the browser's adoption agency moves the blocks out of it.
    let html = "<body><a name=top/><div id=page><p>Text before any link.</p>\
                <p>See <a href=/x>this</a> now.</p><p>Text after the link.</p></div></body>";
    let s = scan(html);
    let p = find(&s, "p");
    assert_eq!(p.len(), 3);
    assert_eq!(
        p[0].1.link_len, p[0].1.text.len,
        "inside the anchor before the link"
    );
    // `See ` is still inside the anchor, `this` is the link, ` now.` is neither.
    assert!(p[1].1.link_len < p[1].1.text.len, "{:?}", p[1].1);
    assert_eq!(p[2].1.link_len, 0, "after it, no link text");
    // A link inside a link without a block between closes it, as before.
    let s = scan("<p><a href=/a>one <a href=/b>two</a> three</p>");
    let p = find(&s, "p");
    let (link, all) = (p[0].1.link_len, p[0].1.text.len);
    assert!(
        link > 0 && link < all,
        "{link} of {all}: ` three` is no link text"
    );
}

#[test]
fn deep_nesting_does_not_recurse() {
    let html = "<div>".repeat(200_000) + "deep text";
    let s = scan(&html);
    assert_eq!(s.nodes.len(), 200_001);
    assert_eq!(s.nodes[200_000].text.chars, 8);
    assert_eq!(s.nodes[1].end, 200_000);
}

#[test]
fn a_link_without_an_href_value_is_read() {
    // `<a href>` reads its value as a static empty string, not a slice of the page.
    let scanned = scan("<p><a href>link</a> and <a href=''>more</a> text</p>");
    assert!(scanned.nodes.iter().any(|n| n.tag == "a"));
    assert_eq!(value_span("<a href>", 3, ""), Span::of(3..3));
}

#[test]
fn hiding_classes_hide_unless_another_class_shows_the_element() {
    for (class, hidden) in [
        ("ui modal small", true),
        ("ipsPadding ipsHide cPostShareMenu", true),
        ("hidden mfd", true),
        ("row d-none", true),
        // Shown at some width or state: still the page's text.
        ("row d-none d-md-block", false),
        ("hidden md:flex", false),
        ("hidden-xs visible-lg", false),
        // Not the whole class name.
        ("hide-on-mobile", false),
        ("modal-open", false),
        ("field--label-hidden", false),
    ] {
        assert_eq!(hints::hidden_by_class(class), hidden, "{class}");
    }
    let s = scan(
        r#"<div class="share ipsHide"><h5>Link to comment</h5></div><div class="d-none d-md-block"><p>Summary</p></div>"#,
    );
    let divs = find(&s, "div");
    assert!(divs[0].1.has(flag::HIDDEN));
    assert!(!divs[1].1.has(flag::HIDDEN));
}

#[test]
fn chrome_roles_mark_their_elements() {
    let s = scan(
        r#"<div role="tooltip">This answer is useful</div><div role="navigation"><a href="/">Home</a></div><div role="note"><p>A note</p></div>"#,
    );
    let divs = find(&s, "div");
    assert!(divs[0].1.has(flag::CHROME_ROLE));
    assert!(divs[1].1.has(flag::CHROME_ROLE));
    assert!(!divs[2].1.has(flag::CHROME_ROLE));
}
