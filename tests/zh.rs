//! Conversion against OpenCC's own test cases (`../shared/opencc/testcases.json`, skipped with a
//! message when absent) and the HTML conversion rules.

use qingyue::zh::{self, ConvertOptions, Target, Zh, config};

fn zh() -> Option<&'static Zh> {
    match Zh::builtin() {
        Ok(z) => Some(z),
        Err(e) => {
            eprintln!("SKIPPED: OpenCC test cases: {e}");
            None
        }
    }
}

/// Expectations of OpenCC 1.4's test cases that qingyue does not meet, with the reason.
/// Each is a dictionary difference: opencc-js 1.4.2 (the data source) gives the same output as
/// qingyue, checked with `node` against the package.
const KNOWN_FAILURES: &[(&str, &str, &str)] = &[
    (
        "BYVoid_OpenCC_PR_1228_existing_behaviors",
        "t2s",
        "opencc-js 1.4.2 has no 殢 → 𣨼",
    ),
    (
        "BYVoid_OpenCC_PR_1229_existing_behaviors",
        "t2s",
        "opencc-js 1.4.2 has no 圞 → 𪢮",
    ),
    (
        "BYVoid_OpenCC_PR_464_xi_vs_xi",
        "t2s",
        "opencc-js 1.4.2 has no 樠 → 𣗊",
    ),
];

#[test]
fn opencc_test_cases() {
    let Some(zh) = zh() else { return };
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/opencc/testcases.json"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("SKIPPED: OpenCC test cases: {path} not found");
        return;
    };
    let cases: serde_json::Value = serde_json::from_str(&text).unwrap();
    let (mut passed, mut failed) = (0, vec![]);
    for case in cases["cases"].as_array().unwrap() {
        let id = case["id"].as_str().unwrap();
        let input = case["input"].as_str().unwrap();
        for (name, expected) in case["expected"].as_object().unwrap() {
            let Some(config) = config::find(name) else {
                continue;
            };
            let got = zh.convert_config(input, config).unwrap();
            if got == expected.as_str().unwrap() {
                passed += 1;
            } else if !KNOWN_FAILURES.iter().any(|(i, c, _)| *i == id && c == name) {
                failed.push(format!(
                    "{id} {name}: {input} -> {got} (expected {expected})"
                ));
            }
        }
    }
    eprintln!(
        "OpenCC test cases: {passed} passed, {} failed",
        failed.len()
    );
    assert!(failed.is_empty(), "{}", failed.join("\n"));
    assert!(passed > 400);
}

#[test]
fn html_converts_text_across_inline_markup_only() {
    if zh().is_none() {
        return;
    }
    let html = r#"<div><p title="头发">头<b>发</b>和<a href="/头发">头发</a></p><pre>头发</pre><p lang="en">头发</p><code>发</code></div>"#;
    let out = zh::convert_html(html, Target::Hant).unwrap();
    assert_eq!(
        out,
        r#"<div lang="zh-Hant"><p title="頭髮">頭<b>髮</b>和<a href="/头发">頭髮</a></p><pre>头发</pre><p lang="en">头发</p><code>发</code></div>"#
    );
}

#[test]
fn ruby_bases_convert_annotations_stay_or_go() {
    let Some(zh) = zh() else { return };
    let html =
        "<p><ruby>团<rp>(</rp><rt>tuán</rt><rp>)</rp></ruby><ruby>队<rt>duì</rt></ruby>的头发</p>";
    let out = zh::html::convert_html(zh, html, &ConvertOptions::to(Target::Hant)).unwrap();
    assert_eq!(
        out,
        r#"<p lang="zh-Hant"><ruby>團<rp>(</rp><rt>tuán</rt><rp>)</rp></ruby><ruby>隊<rt>duì</rt></ruby>的頭髮</p>"#
    );
    let mut plain = ConvertOptions::to(Target::Hant);
    plain.strip_ruby = true;
    let out = zh::html::convert_html(zh, html, &plain).unwrap();
    assert_eq!(
        out,
        r#"<p lang="zh-Hant"><ruby>團</ruby><ruby>隊</ruby>的頭髮</p>"#
    );
}

#[test]
fn glosses_removed_and_seed_fixed() {
    let Some(zh) = zh() else { return };
    let seed = "科工力量:斯坦福AI團(tuán)隊(duì)抄襲中國大模型?背后還有更值得關(guān)注的信息";
    let out = zh
        .convert_text(seed, &ConvertOptions::to(Target::Hant))
        .unwrap();
    assert_eq!(
        out,
        "科工力量:斯坦福AI團隊抄襲中國大模型?背後還有更值得關注的信息"
    );
    let mut keep = ConvertOptions::to(Target::Hant);
    keep.strip_glosses = false;
    assert!(zh.convert_text(seed, &keep).unwrap().contains("團(tuán)"));
}

/// Random HTML built from Chinese phrases, inline and skipped elements, and converted
/// attributes (xorshift, fixed seed: reproducible).
fn random_html(seed: &mut u64, parts: usize) -> String {
    const WORDS: &[&str] = &[
        "头发",
        "发展",
        "软件",
        "背后",
        "乾坤",
        "后来",
        "干净",
        "里面",
        "English words",
        "2024年",
        "(AI)",
        "團(tuán)隊(duì)",
        "&amp;",
        " ",
    ];
    const OPEN: &[&str] = &[
        "<p>",
        "<b>",
        "<i>",
        "<span title=\"头发\">",
        "<a href=\"/头发?q=发\">",
        "<code>",
        "<pre>",
        "<div lang=\"en\">",
        "<img alt=\"软件\" src=\"发.png\">",
        "<ruby>",
        "<rt>",
        "<script>var 发='头发';",
        "<p translate=\"no\">",
        "<br>",
    ];
    let mut next = move || {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    };
    let mut out = String::new();
    let mut open: Vec<&str> = vec![];
    for _ in 0..parts {
        match next() % 4 {
            0 => {
                let tag = OPEN[(next() % OPEN.len() as u64) as usize];
                out.push_str(tag);
                let name = tag
                    .trim_start_matches('<')
                    .split([' ', '>'])
                    .next()
                    .unwrap_or("");
                if !matches!(name, "img" | "br") {
                    open.push(name);
                }
            }
            1 if !open.is_empty() => {
                out.push_str(&format!("</{}>", open.pop().unwrap()));
            }
            _ => out.push_str(WORDS[(next() % WORDS.len() as u64) as usize]),
        }
    }
    while let Some(t) = open.pop() {
        out.push_str(&format!("</{t}>"));
    }
    out
}

/// The tags of a document with the converted attributes' values blanked and the `lang`
/// qingyue sets removed.
fn markup(html: &str) -> Vec<String> {
    let mut tags = vec![];
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let end = rest[i..].find('>').map_or(rest.len(), |e| i + e + 1);
        let mut tag = rest[i..end].to_string();
        for attr in ["title", "alt"] {
            if let Some(a) = tag.find(&format!("{attr}=\"")) {
                let v = a + attr.len() + 2;
                if let Some(close) = tag[v..].find('"') {
                    tag.replace_range(v..v + close, "");
                }
            }
        }
        tags.push(tag.replace(" lang=\"zh-Hant\"", ""));
        rest = &rest[end..];
    }
    tags
}

#[test]
fn html_conversion_properties_hold_on_random_documents() {
    let Some(zh) = zh() else { return };
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    for round in 0..200 {
        let html = random_html(&mut seed, 40);
        let options = ConvertOptions::to(Target::Hant);
        let whole = zh::html::convert_html(zh, &html, &options).unwrap();
        // Markup is unchanged but for text and the listed attributes.
        assert_eq!(markup(&whole), markup(&html), "round {round}: {html}");
        // Skipped content is untouched.
        for skipped in ["var 发='头发';", "/头发?q=发", "发.png"] {
            assert_eq!(
                html.matches(skipped).count(),
                whole.matches(skipped).count(),
                "round {round}: {skipped} in {whole}"
            );
        }
        // Random chunk splits give the same output.
        let mut s = seed;
        let split = zh::html::convert_html_split(zh, &html, &options, || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            (s % 17) as usize + 1
        })
        .unwrap();
        assert_eq!(
            split, whole,
            "round {round}: chunked output differs for {html}"
        );
    }
}
