//! Links that URL parsers are known to disagree on, shared by the native and the wasm tests.

/// Links and what the article's `href` must be, on a page at [`LINKS_PAGE_URL`]: the native
/// build resolves them with the `url` crate, the wasm build with the host's `URL` (Node's,
/// Chromium's), and both must agree with this table. `None`: the link keeps no `href`.
pub const LINKS: &[(&str, Option<&str>)] = &[
    (
        "../img/a b.png?x=1#y",
        Some("https://xn--fsqu00a.cn/img/a%20b.png?x=1#y"),
    ),
    (
        "//cdn.example.net/i.png",
        Some("https://cdn.example.net/i.png"),
    ),
    (
        "http://例子.中国/路径",
        Some("http://xn--fsqu00a.xn--fiqs8s/%E8%B7%AF%E5%BE%84"),
    ),
    ("https://[::1]:8080/v6", Some("https://[::1]:8080/v6")),
    ("http://exa mple.com/", None),
    ("javascript:alert(1)", None),
    ("\\\\back\\slash", Some("https://back/slash")),
    (
        "HTTP://EXAMPLE.COM:80/UP/../x",
        Some("http://example.com/x"),
    ),
    ("http://0x7f.1/hex", Some("http://127.0.0.1/hex")),
    ("http://192.168.0.1./ip", Some("http://192.168.0.1/ip")),
    ("https://xn--/", None),
    ("http://éxample.com/", Some("http://xn--xample-9ua.com/")),
    ("https://example.com:99999/", None),
    ("http://a<b.com/", None),
    ("http://ex%41mple.com/", Some("http://example.com/")),
    ("http://1.2.3.4.5/", None),
    ("http://999999999999/", None),
    (
        "http://a.b/c d?e f#g h",
        Some("http://a.b/c%20d?e%20f#g%20h"),
    ),
    (
        "https://例子.cn/a?x=%E4%BE%8B&y=例",
        Some("https://xn--fsqu00a.cn/a?x=%E4%BE%8B&amp;y=%E4%BE%8B"),
    ),
    ("/%2e%2e/x", Some("https://xn--fsqu00a.cn/x")),
    ("http://a..b/", Some("http://a..b/")),
    ("http://a%2Fb.com/", None),
    ("http://ab.com:/x", Some("http://ab.com/x")),
    ("http://[1:2:3:4:5:6:7:8:9]/", None),
    ("http://xn--a.com/", None),
    ("http://ａｂｃ.com/", Some("http://abc.com/")),
    ("http://a.com\\x\\y", Some("http://a.com/x/y")),
    (
        "mailto:someone@例子.cn",
        Some("mailto:someone@%E4%BE%8B%E5%AD%90.cn"),
    ),
    ("http://a b/", None),
];

/// The page the links of [`LINKS`] sit on.
pub const LINKS_PAGE_URL: &str = "https://例子.cn/news/a.html";

/// A page with one paragraph per link of [`LINKS`].
pub fn links_page() -> String {
    let paragraphs: String = LINKS
        .iter()
        .enumerate()
        .map(|(i, (href, _))| {
            format!("<p>第{i}段：这是一段足够长的正文，用来确保文章被识别出来，并且有<a href=\"{href}\">一个链接</a>。</p>")
        })
        .collect();
    format!(
        "<!doctype html><meta charset=utf-8><title>链接</title><article><h1>链接</h1>{paragraphs}</article>"
    )
}

/// The `href` of each link in `content`, in order (`None` for a link without one).
pub fn hrefs(content: &str) -> Vec<Option<String>> {
    content
        .split("<a ")
        .skip(1)
        .map(|tag| {
            let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
            tag.split_once("href=\"")
                .map(|(_, rest)| rest[..rest.find('"').unwrap_or(rest.len())].to_string())
        })
        .collect()
}
