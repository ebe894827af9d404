//! The library on the seed-based sample page: the article whole, the chrome gone, and the same
//! result however the input is chunked.

use qingyue::{Extractor, Options, extract, extract_str};

const SAMPLE: &[u8] = include_bytes!("../www/samples/guancha.html");

/// The ten article paragraphs, by their opening words.
const PARAGRAPHS: [&str; 10] = [
    "自從ChatGPT亮相以來",
    "在過去一兩年內",
    "所以我們會看到",
    "這些進展當然令人欣喜",
    "誠然,目前開源大模型社區",
    "更值得注意的是",
    "具體來看",
    "可資參照的是",
    "這樣的格局中",
    "總體而言",
];

/// Chrome lines of the seed page that must never reach the article.
const CHROME: [&str; 12] = [
    "本文系觀察者網獨家稿件",
    "本文僅代表作者個人觀點",
    "任編輯",
    "史岱君",
    "38萬公里之外遙控",
    "相關推薦",
    "最新聞",
    "評論",
    "分享到",
    "时隔40年",
    "Copyright",
    "首页",
];

#[test]
fn sample_article_is_whole_and_clean() {
    let a = extract(SAMPLE, &Options::default()).unwrap();
    assert_eq!(
        a.title,
        "斯坦福AI團隊抄襲中國大模型?背后還有更值得關注的信息"
    );
    let lines: Vec<&str> = a.text_content.lines().collect();
    for p in PARAGRAPHS {
        assert_eq!(
            lines.iter().filter(|l| l.starts_with(p)).count(),
            1,
            "paragraph {p}"
        );
    }
    for c in CHROME {
        assert!(
            !a.text_content.contains(c) && !a.content.contains(c),
            "chrome {c}"
        );
    }
    assert!(
        a.content
            .contains("<ruby>團<rp>(</rp><rt>tuán</rt><rp>)</rp></ruby>")
    );
    assert!(a.content.contains(r#"src="img/platforms.svg""#));
    assert_eq!(a.site_name.as_deref(), Some("观察者网"));
    assert_eq!(a.lang.as_deref(), Some("zh-CN"));
    assert_eq!(a.published_time, None, "最后更新 is a modification time");
    assert_eq!(a.modified_time.as_deref(), Some("2024-06-05T08:00:16"));
}

#[test]
fn random_chunking_gives_identical_output() {
    let one = extract(SAMPLE, &Options::default()).unwrap();
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    for _ in 0..20 {
        let mut ex = Extractor::new(Options::default());
        let mut rest = SAMPLE;
        while !rest.is_empty() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let n = (seed % 4096) as usize + 1;
            let (chunk, tail) = rest.split_at(n.min(rest.len()));
            ex.write(chunk).unwrap();
            rest = tail;
        }
        assert_eq!(ex.finish().unwrap(), one);
    }
}

#[test]
fn urls_resolve_against_the_page() {
    let a = extract(
        SAMPLE,
        &Options::default()
            .with_url("https://www.guancha.cn/kegongliliang/2024_06_05_737000.shtml"),
    )
    .unwrap();
    assert!(
        a.content
            .contains(r#"src="https://www.guancha.cn/kegongliliang/img/platforms.svg""#),
        "{}",
        &a.content[..300]
    );
    assert_eq!(
        a.lead_image.as_deref(),
        Some("https://www.guancha.cn/kegongliliang/img/platforms.svg")
    );
}

#[test]
fn a_short_story_beats_the_stream_of_teasers_under_it() {
    let teaser = |n: u32| {
        format!(
            r#"<li class="stream-item"><div class="source">Wire · {n} hours ago</div><h4><a href="/news/{n}.html">Another story number {n} that the portal wants you to read next</a></h4><p>An excerpt of that other story, long enough to look like writing: it has clauses, commas, and a full stop, and it goes on for a while to outscore the brief.</p></li>"#
        )
    };
    let stream: String = (1..=8).map(teaser).collect();
    let html = format!(
        r#"<html><head><title>Business confidence holds steady in May - Finance</title></head><body><header><a href="/">Finance</a></header><main><h1>Business confidence holds steady in May</h1><div class="byline">Reuters · 8 hours ago</div><div class="body"><p>A monthly survey showed business confidence held steady in May, but manufacturers and service firms said a weak currency is squeezing profits through the cost of materials, labour and power.</p></div></main><div class="more"><ul class="stream">{stream}</ul></div></body></html>"#
    );
    let a = extract_str(&html, &Options::default()).unwrap();
    assert!(
        a.text_content.starts_with("A monthly survey showed"),
        "{}",
        a.text_content
    );
    assert!(
        !a.text_content.contains("Another story"),
        "{}",
        a.text_content
    );
}

/// A dialog the page opens on demand (`class="ui modal"`) is hidden until then: its report
/// form, longer than the short post under an "unlikely" wrapper, never becomes the article,
/// even on the retry that keeps unlikely boxes. A page that says a dialog is showing
/// (`<html class="modal-open">`) keeps what the dialog shows.
#[test]
fn a_dialog_hidden_until_opened_is_not_the_article() {
    let reasons: String = (1..=6)
        .map(|n| format!(r#"<div class="field"><div class="ui radio checkbox"><input type="radio" name="reason" value="{n}"><label>举报理由第{n}条：恶意灌水、广告、推广、测试、文不对题、消极内容等等</label></div></div>"#))
        .collect();
    let page = format!(
        r#"<html><head><title>解决新项目依赖报错</title></head><body><div class="extra-padding"><h1>解决新项目依赖报错</h1><div class="markdown-body"><p>每次打开别人的新项目，安装依赖都会报错。</p><p>安装 depcheck，检查依赖，再安装缺失的依赖即可。</p></div></div><div class="ui modal small report"><div class="header">内容举报</div><form class="ui form" method="POST"><p>匿名举报，为防止滥用，仅管理员可见举报者。</p>{reasons}<button type="submit">提交</button></form></div></body></html>"#
    );
    let a = extract_str(&page, &Options::default()).unwrap();
    assert!(
        a.text_content.contains("安装 depcheck"),
        "{}",
        a.text_content
    );
    assert!(!a.text_content.contains("举报"), "{}", a.text_content);

    let open = r#"<html class="modal-open"><head><title>Story</title></head><body><div class="render-target-modal modal-open_D(b)"><article><p>The story shown in the open dialog is the page's article, and it runs long enough to be read as one: several sentences, with commas, about the thing that happened.</p></article></div></body></html>"#;
    let a = extract_str(open, &Options::default()).unwrap();
    assert!(
        a.text_content.starts_with("The story shown"),
        "{}",
        a.text_content
    );
}

#[path = "common/links.rs"]
mod links;

/// Links resolve against the page as the URL Standard says (the wasm build, which uses the
/// host's `URL`, is held to the same table in `tests/wasm.rs`).
#[test]
fn awkward_links_resolve_as_the_url_standard_says() {
    let a = extract_str(
        &links::links_page(),
        &Options::default().with_url(links::LINKS_PAGE_URL),
    )
    .unwrap();
    let want: Vec<Option<String>> = links::LINKS
        .iter()
        .map(|(_, w)| w.map(str::to_string))
        .collect();
    assert_eq!(links::hrefs(&a.content), want, "{}", a.content);
}
