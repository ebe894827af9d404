//! Bad inputs shared by the library, CLI and wasm tests: what each must produce.

/// What a bad input must give.
#[derive(Debug, Clone, Copy)]
pub enum Expect {
    /// An error whose message contains this.
    Error(&'static str),
    /// An article whose text contains this.
    Text(&'static str),
}

/// A paragraph of real article text, so "sane result" cases have text to keep.
pub const ARTICLE: &str =
    "北京时间昨日，国家统计局发布了最新的经济数据，显示国内生产总值稳步增长，消费市场持续回暖。";

fn page(body: &str) -> String {
    format!(
        "<html><head><title>测试页面</title></head><body><div class=article>{body}</div></body></html>"
    )
}

fn article() -> String {
    format!("<p>{ARTICLE}</p>").repeat(4)
}

/// Every bad-input case: name, bytes, expectation.
pub fn cases() -> Vec<(&'static str, Vec<u8>, Expect)> {
    let gbk = |s: &str| encoding_rs::GBK.encode(s).0.into_owned();
    let mut utf16 = vec![0xFF, 0xFE];
    for u in page(&article()).encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    let mut nul = page(&article()).into_bytes();
    nul.insert(40, 0);
    let mut invalid_utf8 = page(&article()).into_bytes();
    invalid_utf8.extend([0xFF, 0xFE, 0xC0, 0x80]);
    invalid_utf8.extend(article().into_bytes());
    let noise: Vec<u8> = (0..65_536u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let deep = format!("{}{}", "<div>".repeat(200_000), article());
    let attrs: String = (0..200_000).map(|i| format!(" a{i}=x")).collect();
    let many_attrs = page(&format!("<p{attrs}>{ARTICLE}</p>{}", article()));
    let huge_text = page(&format!(
        "<p>{}</p>",
        ARTICLE.repeat(10 * 1024 * 1024 / ARTICLE.len())
    ));
    debug_assert!(huge_text.len() >= 10 * 1024 * 1024);
    let unit = format!("<div class=c><p>{ARTICLE}</p><ul><li><a href=/x>链接</a></li></ul></div>");
    let big_page = page(&unit.repeat(60 * 1024 * 1024 / unit.len()));
    let notices = page(&format!(
        "{}{}",
        article(),
        "<p>免责声明</p>".repeat(20_000)
    ));
    // 20 000 rows and a 20 000-cell row (kept as a data table, all of it).
    let big_table = page(&format!(
        "{}<table><tr>{}</tr>{}</table>",
        article(),
        "<td>x</td>".repeat(20_000),
        "<tr><td>x</td></tr>".repeat(20_000)
    ));
    let huge_title = format!(
        "<html><head><title>{}</title></head><body><div>{}</div></body></html>",
        "标题-网站_".repeat(128 * 1024),
        article()
    );
    vec![
        ("empty", vec![], Expect::Error("empty input")),
        ("whitespace only", b" \n\t  \r\n".to_vec(), Expect::Error("empty input")),
        ("binary garbage", noise, Expect::Error("binary")),
        ("png image", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10".to_vec(), Expect::Error("binary data (PNG image)")),
        ("invalid UTF-8", invalid_utf8, Expect::Text("国家统计局")),
        ("NUL bytes", nul, Expect::Text("国家统计局")),
        ("undeclared GBK", gbk(&page(&article())), Expect::Text("国家统计局")),
        ("UTF-8 declared as gb2312", format!("<meta charset=gb2312>{}", page(&article())).into_bytes(), Expect::Text("国家统计局")),
        ("Big5 declared", encoding_rs::BIG5.encode(&format!("<meta charset=big5>{}", page(&"<p>臺灣的新聞報導內容，記者昨日在臺北市政府現場採訪了相關官員。</p>".repeat(4)))).0.into_owned(), Expect::Text("臺北市政府")),
        ("UTF-16 with BOM", utf16, Expect::Text("国家统计局")),
        ("truncated mid-tag", format!("{}<p class=\"x", page(&article())).into_bytes(), Expect::Text("国家统计局")),
        ("nothing closed", format!("<html><body><div><p>{ARTICLE}<p>{ARTICLE}<div><p>{ARTICLE}").into_bytes(), Expect::Text("国家统计局")),
        ("200000 nested divs", deep.into_bytes(), Expect::Text("国家统计局")),
        ("200000 attributes", many_attrs.into_bytes(), Expect::Text("国家统计局")),
        // A tag's attributes are read up to the first 256 names, HTML, SVG and MathML alike.
        ("3000000 attributes", page(&format!("<p{}>{ARTICLE}</p>", " a".repeat(3_000_000))).into_bytes(), Expect::Text("国家统计局")),
        ("3000000 repeated upper-case names", page(&format!("<p{}>{ARTICLE}</p>", " A0 A1 A2 A3 A4 A5 A6 A7 A8 A9 A10 A11 A12 A13 A14 A15 A16 A17 A18 A19".repeat(150_000))).into_bytes(), Expect::Text("国家统计局")),
        ("3000000 attributes on svg", page(&format!("<svg{}></svg>{ARTICLE}", " a".repeat(3_000_000))).into_bytes(), Expect::Text("国家统计局")),
        ("10 MiB text node", huge_text.into_bytes(), Expect::Text("国家统计局")),
        ("60 MiB page", big_page.into_bytes(), Expect::Text("国家统计局")),
        ("20000 notice headings", notices.into_bytes(), Expect::Text("国家统计局")),
        ("2 MiB title", huge_title.into_bytes(), Expect::Text("国家统计局")),
        ("20000 x 20000 table", big_table.into_bytes(), Expect::Text("国家统计局")),
        ("1000000 line breaks", format!("<div>{}{ARTICLE}{}</div>", "<br>".repeat(500_000), "<br>".repeat(500_000)).into_bytes(), Expect::Text("国家统计局")),
        ("markup-like text", page(&format!("<p>{}</p>{}", "a < b <!x> </1> <? ?> </> <<".repeat(100_000), article())).into_bytes(), Expect::Text("国家统计局")),
        ("unclosed comment and script", format!("{}<!-- {}", page(&article()), "<p>x</p>".repeat(100_000)).into_bytes(), Expect::Text("国家统计局")),
        ("unclosed script", format!("<body>{}<script>{}", article(), "<p>x</p>".repeat(100_000)).into_bytes(), Expect::Text("国家统计局")),
        ("only script", b"<html><head><script>var a = '<p>not text</p>';</script></head><body><script>go()</script></body></html>".to_vec(), Expect::Error("no readable text")),
    ]
}
