//! Page kinds: a forum thread is read with its replies, an article without its comments, and
//! `Article.kind` says which was read.

use qingyue::{Kind, Options, extract_str};

/// A forum topic as forum software marks it up: every post, the opening one included, in a
/// `comment` container.
fn thread(declared: bool) -> String {
    let ld = if declared {
        r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Sum of prime numbers"}</script>"#
    } else {
        ""
    };
    let posts = [
        (
            "Genady",
            "I found this puzzle about the sum of the first primes and thought of you all.",
        ),
        (
            "Seth",
            "The answer is seventeen, since two plus three plus five plus seven is that.",
        ),
        (
            "Genady",
            "Correct, and please use the spoiler button next time so others can try.",
        ),
        (
            "Vat",
            "Where is that button? I looked in the editor bar and could not find it.",
        ),
    ];
    let body: String = posts
        .iter()
        .map(|(who, text)| {
            format!(
                r#"<article class="comment"><div class="author">{who}</div><time>2024-05-01</time><div class="comment-body"><p>{text}</p></div><button>Reply</button></article>"#
            )
        })
        .collect();
    format!(
        r#"<html><head><title>Sum of prime numbers - Forums</title>{ld}</head><body><nav><a href="/">Home</a></nav><h1>Sum of prime numbers</h1><div id="comments" class="comments">{body}</div><footer>© Forums</footer></body></html>"#
    )
}

#[test]
fn a_declared_thread_is_read_with_its_replies() {
    let a = extract_str(&thread(true), &Options::default()).unwrap();
    assert_eq!(a.kind, Kind::Thread);
    for words in [
        "I found this puzzle",
        "The answer is seventeen",
        "Where is that button",
    ] {
        assert!(
            a.text_content.contains(words),
            "{words}: {}",
            a.text_content
        );
    }
    // Each post with its author and time, which head it and leave its body.
    let authors: Vec<_> = a.posts.iter().map(|p| p.author.as_deref()).collect();
    assert_eq!(
        authors,
        [Some("Genady"), Some("Seth"), Some("Genady"), Some("Vat")]
    );
    let second = &a.posts[1];
    assert_eq!(second.published_time.as_deref(), Some("2024-05-01"));
    assert!(
        second.text_content.starts_with("The answer is seventeen"),
        "{}",
        second.text_content
    );
    assert!(!second.content.contains("Seth") && !second.content.contains("Reply"));
    assert_eq!(a.content.matches("<article>").count(), 4, "{}", a.content);
    assert!(
        a.content
            .contains("<header><strong>Seth</strong> <time datetime=\"2024-05-01\">")
    );
}

#[test]
fn an_undeclared_thread_is_recognized_by_its_comment_sections() {
    let a = extract_str(&thread(false), &Options::default()).unwrap();
    assert_eq!(a.kind, Kind::Thread);
    assert!(
        a.text_content.contains("Where is that button"),
        "{}",
        a.text_content
    );
}

#[test]
fn a_news_article_keeps_its_comments_out() {
    let story = "<p>The council voted on Tuesday, after a long and heated debate, to expand the \
                 park along the river by twelve hectares, with work to start next spring.</p>"
        .repeat(8);
    let comments = "<div class=\"comment\"><p>I walk there every day and this is great news for \
                    the whole neighbourhood, thank you council.</p></div>"
        .repeat(30);
    let html = format!(
        r#"<html><head><meta property="og:type" content="article"></head><body><article><h1>Council expands the park</h1>{story}</article><section id="comments">{comments}</section></body></html>"#
    );
    let a = extract_str(&html, &Options::default()).unwrap();
    assert_eq!(a.kind, Kind::Article);
    assert!(a.posts.is_empty());
    assert!(a.text_content.contains("twelve hectares"));
    assert!(
        !a.text_content.contains("I walk there"),
        "{}",
        a.text_content
    );
}

#[test]
fn an_app_shell_is_read_from_its_declared_body() {
    let body = "The river park opens on Saturday after two years of work.\n\nIt adds twelve \
                hectares of meadow, a cycle path and a playground near the old mill, the \
                council said on Tuesday, and the cafe opens in June. Parking stays free on weekdays, \
                and the footbridge to the station follows next year.";
    let html = format!(
        r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","headline":"Park opens","articleBody":{}}}</script></head><body><div id="app">Loading…</div></body></html>"#,
        serde_json::to_string(body).unwrap()
    );
    let a = extract_str(&html, &Options::default()).unwrap();
    assert!(a.text_content.contains("cycle path"), "{}", a.text_content);
    assert_eq!(a.content.matches("<p>").count(), 2, "{}", a.content);
}

#[test]
fn a_how_to_drawn_by_scripts_is_read_from_its_declared_steps() {
    let ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "HowTo",
        "name": "Wie man eine runde Tischdecke näht",
        "description": "<p>Ein runder Tisch verdient eine Decke, die genau passt, und die nähst du an einem Nachmittag selbst.</p>",
        "tool": [{"@type": "HowToTool", "name": "Maßband"}, {"@type": "HowToTool", "name": "Nähmaschine"}],
        "supply": ["Stoff"],
        "step": [
            {"@type": "HowToStep", "name": "Tisch messen", "itemListElement": {"@type": "HowToDirection", "text": "<p>Miss den Durchmesser der Tischplatte und den gewünschten Fall bis zum Boden.</p><script>alert(1)</script>"}},
            {"@type": "HowToSection", "name": "Nähen", "itemListElement": [
                {"@type": "HowToStep", "name": "Zuschneiden", "text": "Schneide den Stoff im Quadrat zu, mit zwei Zentimetern für den Saum."},
                "Säume den Rand <b>mit kleinen Stichen</b> rundherum."
            ]}
        ]
    });
    // As pages write it: `</` escaped, so the markup in it cannot close the script.
    let ld = ld.to_string().replace("</", "<\\/");
    let html = format!(
        r#"<html lang="de"><head><title>Tischdecke</title><script type="application/ld+json">{ld}</script></head><body><div id="app">Dein Browser ist leider veraltet.</div></body></html>"#
    );
    let a = extract_str(&html, &Options::default()).unwrap();
    assert!(
        in_order(
            &a.text_content,
            &[
                "Ein runder Tisch verdient",
                "Material",
                "Stoff",
                "Maßband",
                "Schritte",
                "Tisch messen",
                "Miss den Durchmesser",
                "Zuschneiden",
                "Schneide den Stoff",
                "Säume den Rand mit kleinen Stichen",
            ]
        ),
        "{}",
        a.text_content
    );
    assert!(!a.text_content.contains("veraltet"), "{}", a.text_content);
    // The declared HTML passes the output allowlist like any page's.
    assert!(
        !a.content.contains("<script") && !a.content.contains("alert"),
        "{}",
        a.content
    );
    assert!(
        a.content.contains("<b>mit kleinen Stichen</b>"),
        "{}",
        a.content
    );
}

fn in_order(text: &str, parts: &[&str]) -> bool {
    let mut at = 0;
    parts.iter().all(|p| match text[at..].find(p) {
        Some(i) => {
            at += i + p.len();
            true
        }
        None => false,
    })
}

fn story() -> String {
    "<p>小区门口的早点铺开了十几年，每天清晨排队的人从巷口一直排到路边，老板说今年也不涨价。</p>\
     <p>街坊们说，这家铺子的豆浆是现磨的，油条是现炸的，一家人的早饭十几块钱就够了。</p>"
        .repeat(3)
}

#[test]
fn a_platform_account_names_the_site_and_a_repeated_site_is_shown_once() {
    let wechat = format!(
        r#"<html><head><title>早点铺</title><meta property="og:site_name" content="微信公众平台"><script>var nickname = "掌上绥德";</script></head><body><h1>早点铺</h1><div id="js_content">{}</div></body></html>"#,
        story()
    );
    let a = extract_str(&wechat, &Options::default()).unwrap();
    assert_eq!(a.site_name.as_deref(), Some("掌上绥德"));

    let bbc = format!(
        r#"<html><head><title>Story - BBC News</title><meta property="og:site_name" content="BBC News"><meta name="author" content="BBC News"></head><body><article>{}</article></body></html>"#,
        story()
    );
    let a = extract_str(&bbc, &Options::default()).unwrap();
    assert_eq!(a.byline.as_deref(), Some("BBC News"));
    assert_eq!(a.site_name, None);
}

#[test]
fn a_label_before_the_authors_name_in_its_own_element_makes_a_byline() {
    let csdn = format!(
        r#"<html><head><title>早点铺_CSDN博客</title></head><body><h1>早点铺</h1><div class="bar-content">作者<span class="name">张小明</span> 于 2024-05-13 17:08:00 发布</div><article>{}</article></body></html>"#,
        story()
    );
    let a = extract_str(&csdn, &Options::default()).unwrap();
    assert_eq!(a.byline.as_deref(), Some("张小明"));
    // Inside a sentence the word is no label.
    let notice = format!(
        r#"<html><head><title>早点铺</title></head><body><h1>早点铺</h1><article>{}<p>本文仅代表作者<b>个人</b>观点。</p></article></body></html>"#,
        story()
    );
    let a = extract_str(&notice, &Options::default()).unwrap();
    assert_eq!(a.byline, None);
}

#[test]
fn a_post_rendered_from_a_template_script_is_read_from_it() {
    let post = "<p>The river park opens on Saturday after two years of work, with twelve hectares \
                of meadow, a cycle path and a playground near the old mill.</p>"
        .repeat(4);
    let html = format!(
        r#"<html><head><title>Park opens - My Blog</title></head><body><header><h1>My Blog</h1><p>Notes from the river town.</p></header><div id="post"></div><script type="text/template" id="post-body"><article><h2>Park opens</h2>{post}</article></script></body></html>"#
    );
    let a = extract_str(&html, &Options::default()).unwrap();
    assert!(a.text_content.contains("cycle path"), "{}", a.text_content);
    assert!(!a.text_content.contains("Notes from the river town"));
}

/// The forum sample (www/samples/forum-thread.html, built from the seed article's text): a board
/// that prints every post alike, marks none up as comments and declares nothing.
#[test]
fn the_forum_sample_reads_as_five_posts_without_their_chrome() {
    let html = include_str!("../www/samples/forum-thread.html");
    let a = extract_str(html, &Options::default()).unwrap();
    assert_eq!(a.kind, Kind::Thread);
    let authors: Vec<_> = a
        .posts
        .iter()
        .map(|p| p.author.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(
        authors,
        [
            "模型观察员",
            "海淀码农",
            "巴黎来信",
            "算力不够",
            "模型观察员"
        ]
    );
    assert_eq!(
        a.posts[1].published_time.as_deref(),
        Some("2024-06-05T09:40:00")
    );
    assert!(a.posts[1].text_content.starts_with("这篇文章分析得很透彻"));
    for chrome in [
        "签名",
        "积分",
        "回复",
        "举报",
        "只看该作者",
        "发表回复",
        "Powered by",
    ] {
        assert!(
            !a.text_content.contains(chrome),
            "{chrome}: {}",
            a.text_content
        );
    }
}

#[test]
fn answers_whose_classes_differ_by_a_flag_are_one_run_of_posts() {
    let answer = |class: &str, who: &str, text: &str| {
        format!(
            r#"<div class="{class}"><div class="post-text"><p>{text}</p></div><div class="user-info"><span class="user-name">{who}</span> <time datetime="2024-05-02T10:00:00Z">May 2</time></div></div>"#
        )
    };
    let html = format!(
        r#"<html><head><title>What do you call a secret mentor?</title><script type="application/ld+json">{{"@type":"QAPage"}}</script></head><body><h1>What do you call a secret mentor?</h1><div id="answers">{}{}{}</div></body></html>"#,
        answer(
            "answer accepted-answer",
            "Ann",
            "An unwitting mentor is the usual phrase for someone who guides you without knowing it."
        ),
        answer(
            "answer",
            "Bob",
            "You could also say role model, which does not imply that the person knows about it."
        ),
        answer(
            "answer",
            "Cy",
            "In older English the word exemplar was used for a person whose conduct you copy."
        )
    );
    let a = extract_str(&html, &Options::default()).unwrap();
    assert_eq!(a.kind, Kind::Thread);
    let authors: Vec<_> = a
        .posts
        .iter()
        .map(|p| p.author.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(authors, ["Ann", "Bob", "Cy"], "{}", a.content);
}

/// A board's post: a user card (name, rank, join date) beside the post's meta line (time and
/// floor) and its body.
fn board_post(who: &str, rank: &str, time: &str, floor: &str, body: &str) -> String {
    format!(
        r#"<div class="row post-row"><div class="author col-2"><div class="author-name"><a href="/user/{who}">{who}</a></div><div class="rank">{rank}</div><div class="joined">Joined: 2015 · Posts: 139</div></div><div class="post-box col-10"><div class="post-meta"><a href="/post/1">{time}</a> <strong>{floor}</strong></div><div class="post-content"><p>{body}</p></div></div></div>"#
    )
}

#[test]
fn an_opening_post_and_one_reply_that_links_its_source_are_a_thread() {
    let html = format!(
        r#"<html><head><title>Can't see any routes - FlaskBB</title></head><body><nav><a href="/">Forum</a> <a href="/dev">Development</a></nav><div class="topic">{}{}</div><footer>Powered by FlaskBB</footer></body></html>"#,
        board_post(
            "junchen",
            "Member",
            "March 28th, 2020 07:47 AM",
            "#1",
            "Most Flask apps register routes with a decorator on each view, so how come I do not see any of them in the source code of this forum?"
        ),
        board_post(
            "sh4nks",
            "Administrator",
            "March 30th, 2020 03:20 PM",
            "#2",
            r#"You can see the views here: <a href="https://github.com/flaskbb/flaskbb/blob/master/flaskbb/forum/views.py">https://github.com/flaskbb/flaskbb/blob/master/flaskbb/forum/views.py</a> and we register them by hand."#
        ),
    );
    let a = extract_str(&html, &Options::default()).unwrap();
    assert_eq!(a.kind, Kind::Thread, "{}", a.text_content);
    assert_eq!(a.posts.len(), 2, "{}", a.content);
    assert_eq!(
        a.posts[1].published_time.as_deref(),
        Some("2020-03-30T15:20:00")
    );
    assert!(
        a.posts[1]
            .text_content
            .contains("You can see the views here"),
        "{}",
        a.posts[1].text_content
    );
    // The user card and the meta line head the post, not its content.
    for chrome in ["Administrator", "Joined", "#2", "March 30th"] {
        assert!(
            !a.text_content.contains(chrome),
            "{chrome}: {}",
            a.text_content
        );
    }
}

#[test]
fn numbered_replies_after_a_long_opening_post_make_a_thread() {
    let opening = "Ruby 的许多特性强烈地偏向对脚本语言的良好支持。".repeat(12);
    let reply = |n: u32, who: &str, text: &str| {
        format!(
            r#"<div class="reply"><div class="avatar"><a href="/{who}"><img src="/a/{who}.png"></a></div><div class="infos"><div class="info"><a class="user-name" href="/{who}">{who}</a> <span class="floor">#{n}</span> <abbr class="timeago" title="2024年04月2{n}日">1 月前</abbr></div><div class="markdown"><p>{text}</p></div></div></div>"#
        )
    };
    let html = format!(
        r#"<html><head><title>Ruby：极致的脚本语言</title></head><body><div class="topic"><h1>Ruby：极致的脚本语言</h1><div class="body"><p>{opening}</p></div></div><div class="replies">{}{}{}</div></body></html>"#,
        reply(
            1,
            "lehf",
            "最近总有纯英文回复的机器人，估计看是纯英文就给删了"
        ),
        reply(
            2,
            "gazeldx",
            "恢复了，估计是看错了，最近纯英文的机器人挺多的"
        ),
        reply(
            3,
            "huacnlee",
            "除了速度，综合来讲可以完败其它语言，速度也没那么不堪"
        ),
    );
    let a = extract_str(&html, &Options::default()).unwrap();
    assert_eq!(a.kind, Kind::Thread, "{}", a.text_content);
    assert!(
        a.text_content.contains("完败其它语言"),
        "{}",
        a.text_content
    );
    let last = a.posts.last().unwrap();
    assert_eq!(last.author.as_deref(), Some("huacnlee"));
    // "1 月前" is shown; the date is the element's title.
    assert_eq!(last.published_time.as_deref(), Some("2024-04-23"));
    assert!(!a.text_content.contains("月前") && !a.text_content.contains("#3"));
}

#[test]
fn replies_marked_as_comments_follow_an_opening_post_that_scores_alone() {
    // A board that prints every post alike in one list: the opening post (long, declared a
    // creative work) and replies declared as comments, each with a time and a user card.
    let post = |itemtype: &str, class: &str, who: &str, time: &str, text: &str| {
        format!(
            r#"<li class="b-post js-post js-comment-entry__parent {class}" itemscope itemtype="http://schema.org/{itemtype}"><div class="b-userinfo"><a class="b-avatar"><img src="/a.png"></a><div class="author h-text-size--14"><a href="/member/{who}" itemprop="name">{who}</a></div><div class="b-userinfo__rank">Senior Member</div><ul><li>Join Date: 01 Mar 10</li><li>Posts: 3858</li></ul></div><div class="b-post__wrapper"><div class="b-post__body"><div class="b-post__arrow"></div><div class="b-post__content"><div class="b-post__timestamp"><time itemprop="dateCreated" datetime="{time}">{time}</time></div><div class="b-post__hide-when-deleted"><div class="post-content"><div class="ad-slot"></div><div class="js-post__content-text" itemprop="text">{text}</div></div></div></div></div></div><ul class="b-comment-controls"><li>Quote</li><li>Like</li></ul></li>"#
        )
    };
    let opening = "This graph has been my life for the past two years, through every lockdown and every mandate that came with it.<br> <br> ".repeat(12);
    let replies = [
        (
            "Monash",
            "2022-07-09T10:05:17",
            "May I ask out of curiosity which island you mean? I am assuming it is not the large one to the west.",
        ),
        (
            "Parihaka",
            "2022-07-09T23:17:14",
            "The island in question is Waiheke, close to Auckland but a light year away in terms of the rat race.",
        ),
        (
            "Monash",
            "2022-07-09T23:52:36",
            "Know it well. My in-laws nearly bought a place there years ago and still talk about the ferry.",
        ),
    ];
    let mut posts = post(
        "CreativeWork",
        "b-post--first",
        "Parihaka",
        "2022-04-22T08:05:21",
        &opening,
    );
    for (who, time, text) in replies {
        posts.push_str(&post("Comment", "js-conversation-reply", who, time, text));
    }
    let html = format!(
        r#"<html><head><title>A small victory dance - Board</title></head><body><nav><a href="/">Forums</a> <a href="/new">New posts</a></nav><h1>A small victory dance</h1><div class="conversation-content"><ul class="conversation-list">{posts}</ul></div><footer>Powered by a board</footer></body></html>"#
    );
    let a = extract_str(&html, &Options::default()).unwrap();
    assert_eq!(a.kind, Kind::Thread, "{}", a.text_content);
    for (_, _, text) in replies {
        assert!(a.text_content.contains(text), "{text}: {}", a.text_content);
    }
    let authors: Vec<_> = a.posts.iter().map(|p| p.author.as_deref()).collect();
    assert_eq!(
        authors,
        [
            Some("Parihaka"),
            Some("Monash"),
            Some("Parihaka"),
            Some("Monash")
        ],
        "{}",
        a.content
    );
}

#[test]
fn answers_outweigh_more_numerous_comments_under_one_of_them() {
    // A Q&A page: five short comments (each with its author and time) under the question, then
    // four answers. The answers are the thread's posts.
    let comment = |who: &str, text: &str| {
        format!(
            r#"<li class="comment"><span class="comment-copy">{text}</span> – <a class="comment-user" href="/u/{who}">{who}</a> <span class="comment-date"><time datetime="2024-05-20T10:00:00">May 20, 2024</time></span></li>"#
        )
    };
    let answer = |who: &str, text: &str| {
        format!(
            r#"<div class="answer js-answer"><div class="post-text"><p>{text}</p></div><div class="user-info"><a class="user-name" href="/u/{who}">{who}</a> <time datetime="2024-05-21T09:00:00">May 21, 2024</time></div></div>"#
        )
    };
    let comments: String = [
        "Nice one.",
        "Is this from a book?",
        "Lovely puzzle.",
        "Great picture!",
        "Thanks, kids loved it.",
    ]
    .iter()
    .enumerate()
    .map(|(i, t)| comment(&format!("c{i}"), t))
    .collect();
    let answers = [
        (
            "Ann",
            "Green is six and purple is nine, because otherwise nothing would hold the left side of the structure and it would fall away.",
        ),
        (
            "Bob",
            "The colours follow the rainbow: green sits in the middle, violet at the end, as six and nine do among the digits.",
        ),
        (
            "Cy",
            "Turn the photo around and look at the studs: only one way round leaves the bricks supported from below.",
        ),
        (
            "Di",
            "Here is the other photo I took, which shows it without words: the green brick carries the whole left side.",
        ),
    ];
    let answers: String = answers.iter().map(|(w, t)| answer(w, t)).collect();
    let html = format!(
        r#"<html><head><title>Which digit is 6 or 9?</title><script type="application/ld+json">{{"@type":"QAPage"}}</script></head><body><div id="mainbar"><h1>Which digit is 6 or 9?</h1><div class="question"><div class="post-text"><p>I built this structure with my kids. Which of the two digits is the nine and which is the six?</p></div><div class="user-info">asked <time datetime="2024-05-19T13:00:00">May 19, 2024</time> <a class="user-name" href="/u/Eve">Eve</a></div><ul class="comments-list">{comments}</ul></div><div id="answers">{answers}</div></div></body></html>"#
    );
    let a = extract_str(&html, &Options::default()).unwrap();
    assert_eq!(a.kind, Kind::Thread);
    assert_eq!(
        a.posts.first().and_then(|p| p.author.as_deref()),
        Some("Eve"),
        "{}",
        a.content
    );
    // The question's comments stay with it.
    assert!(
        a.posts[0].text_content.contains("Lovely puzzle."),
        "{}",
        a.posts[0].text_content
    );
    for who in ["Ann", "Bob", "Cy", "Di"] {
        assert!(
            a.posts.iter().any(|p| p.author.as_deref() == Some(who)),
            "{who}: {:?} in {}",
            a.posts.iter().map(|p| &p.author).collect::<Vec<_>>(),
            a.content
        );
    }
}

#[test]
fn short_replies_inside_the_article_and_their_user_cards_read_as_posts() {
    // A board that declares nothing and prints each post beside a user card; the replies are
    // short enough that cleaning alone would drop them as boxes.
    let post = |n: u32, who: &str, time: &str, body: &str| {
        format!(
            r#"<div id="p{n}" class="post has-profile bg{n}"><div class="inner"><dl class="postprofile"><dt><a href="/u/{who}" class="username">{who}</a></dt><dd class="profile-posts"><strong>Posts:</strong> 668</dd><dd class="profile-joined"><strong>Joined:</strong> 2008-02-18 05:04</dd></dl><div class="postbody"><h3>Re: Auto-rebuild a module</h3><p class="author">#{n} Post by <strong><a href="/u/{who}" class="username">{who}</a></strong> » {time}</p><div class="content">{body}</div></div></div></div>"#
        )
    };
    let opening = "I have my own module that depends on a Debian package and must be rebuilt after each upgrade that unattended-upgrades makes. How should this be done, and can the upgrade be stopped when the module fails to compile?";
    let html = format!(
        r#"<html><head><title>Auto-rebuild a module - Forums</title></head><body><div id="wrap"><div class="navbar"><a href="/">Board index</a></div><div id="page-body"><h2 class="topic-title">Auto-rebuild a module</h2>{}{}{}{}</div></div></body></html>"#,
        post(1, "kikinder", "2024-04-10 16:01", opening),
        post(
            2,
            "ruwolf",
            "2024-04-13 22:16",
            "Look in /usr/share/doc for the changelog."
        ),
        post(
            3,
            "kikinder",
            "2024-04-14 09:30",
            "I think this cannot be done with packages."
        ),
        post(
            4,
            "ruwolf",
            "2024-04-14 11:02",
            "A hook in apt could do it, I hope."
        ),
    );
    let a = extract_str(&html, &Options::default()).unwrap();
    assert_eq!(a.kind, Kind::Thread, "{}", a.text_content);
    let authors: Vec<_> = a.posts.iter().map(|p| p.author.as_deref()).collect();
    assert_eq!(
        authors,
        [
            Some("kikinder"),
            Some("ruwolf"),
            Some("kikinder"),
            Some("ruwolf")
        ],
        "{}",
        a.content
    );
    assert_eq!(
        a.posts[3].published_time.as_deref(),
        Some("2024-04-14T11:02:00")
    );
    assert!(a.text_content.contains("A hook in apt could do it"));
    // The user cards head their posts, not their content.
    assert!(!a.text_content.contains("Joined:"), "{}", a.text_content);
}
