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
