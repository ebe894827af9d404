//! The wasm API as JS sees it. Runs under Node (`make test-wasm-node`) and in headless
//! Chromium (`make test-wasm-browser`): the same tests, both hosts.
#![cfg(all(target_arch = "wasm32", feature = "wasm"))]

use js_sys::{Reflect, Uint8Array};
use qingyue::wasm::{self, Extractor, JsOptions};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const SAMPLE: &str = include_str!("../www/samples/guancha.html");

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap()
}

fn text(obj: &JsValue, key: &str) -> String {
    get(obj, key).as_string().unwrap_or_default()
}

fn options(pairs: &[(&str, JsValue)]) -> JsOptions {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    o.unchecked_into()
}

fn error_message(err: wasm_bindgen::JsError) -> String {
    let v: JsValue = err.into();
    assert!(
        v.is_instance_of::<js_sys::Error>(),
        "errors cross as JS Error objects"
    );
    js_sys::Error::from(v).message().into()
}

#[wasm_bindgen_test]
fn extracts_the_sample_from_a_string() {
    let html: JsValue = SAMPLE.into();
    let article: JsValue = wasm::extract(html.unchecked_into(), None).unwrap().into();
    assert_eq!(
        text(&article, "title"),
        "斯坦福AI團隊抄襲中國大模型?背后還有更值得關注的信息"
    );
    let body = text(&article, "textContent");
    assert!(body.starts_with("自從ChatGPT亮相以來"));
    assert!(body.contains("離不開每一個產業人的共同努力"));
    for chrome in [
        "責任編輯",
        "本文系觀察者網獨家稿件",
        "最新聞",
        "評論",
        "分享到",
        "Copyright",
    ] {
        assert!(!body.contains(chrome), "chrome line {chrome} leaked");
    }
    assert!(
        get(&article, "byline").is_null(),
        "absent fields are null, not undefined"
    );
    assert_eq!(text(&article, "siteName"), "观察者网");
}

#[wasm_bindgen_test]
fn markdown_and_the_probe_from_js() {
    let html: JsValue = SAMPLE.into();
    let article = wasm::extract(html.clone().unchecked_into(), None).unwrap();
    let md = wasm::to_markdown(JsValue::from(article).unchecked_into()).unwrap();
    assert!(md.starts_with("---\ntitle: \"斯坦福AI"), "{md}");
    assert!(md.contains("\n# 斯坦福AI"));
    // A plain object with the fields it needs will do; anything else is an error, not a panic.
    let partial = js_sys::Object::new();
    Reflect::set(&partial, &"title".into(), &"T".into()).unwrap();
    Reflect::set(&partial, &"content".into(), &"<p>a <b>b</b></p>".into()).unwrap();
    let md = wasm::to_markdown(JsValue::from(partial).unchecked_into()).unwrap();
    assert!(md.ends_with("# T\n\na **b**\n"), "{md}");
    let bad = wasm::to_markdown(JsValue::from(3).unchecked_into()).unwrap_err();
    assert!(error_message(bad).contains("toMarkdown"));
    assert!(wasm::is_probably_readerable(html.unchecked_into()).unwrap());
    let bytes: JsValue = Uint8Array::from(&b"<nav><a href=/>Home</a></nav>"[..]).into();
    assert!(!wasm::is_probably_readerable(bytes.unchecked_into()).unwrap());
    let wrong = wasm::is_probably_readerable(JsValue::NULL.unchecked_into()).unwrap_err();
    assert!(error_message(wrong).contains("string or a Uint8Array"));
}

#[wasm_bindgen_test]
fn extracts_gbk_bytes_and_resolves_urls() {
    let mut bytes = b"<html><head><meta charset=gbk></head><body><div class=article>".to_vec();
    let para = "<p>北京时间昨日，国家统计局发布了最新的经济数据，显示经济稳步增长。<img src=\"/a.png\"></p>";
    for _ in 0..6 {
        bytes.extend(encoding_rs::GBK.encode(para).0.iter());
    }
    let input: JsValue = Uint8Array::from(bytes.as_slice()).into();
    let opts = options(&[("url", "https://news.example.cn/2024/a.html".into())]);
    let article: JsValue = wasm::extract(input.unchecked_into(), Some(opts))
        .unwrap()
        .into();
    assert!(text(&article, "textContent").contains("国家统计局"));
    assert!(text(&article, "content").contains("https://news.example.cn/a.png"));
    assert_eq!(text(&article, "charset"), "GBK");
}

#[wasm_bindgen_test]
fn bad_input_throws_errors_not_panics() {
    let empty: JsValue = "".into();
    assert!(
        error_message(wasm::extract(empty.unchecked_into(), None).unwrap_err())
            .contains("empty input")
    );
    let png: JsValue = Uint8Array::from(&b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..]).into();
    assert!(
        error_message(wasm::extract(png.unchecked_into(), None).unwrap_err()).contains("binary")
    );
    let number: JsValue = 42.into();
    assert!(
        error_message(wasm::extract(number.unchecked_into(), None).unwrap_err())
            .contains("string or a Uint8Array")
    );
    let html: JsValue = "<p>x</p>".into();
    let bad = options(&[("maxBytes", "lots".into())]);
    assert!(
        error_message(wasm::extract(html.unchecked_into(), Some(bad)).unwrap_err())
            .contains("invalid options")
    );
    // The module still works after errors.
    let html: JsValue = SAMPLE.into();
    assert!(wasm::extract(html.unchecked_into(), None).is_ok());
}

#[wasm_bindgen_test]
fn streaming_extractor_matches_one_shot() {
    let html: JsValue = SAMPLE.into();
    let one: JsValue = wasm::extract(html.unchecked_into(), None).unwrap().into();
    let mut ex = Extractor::new(None).unwrap();
    for chunk in SAMPLE.as_bytes().chunks(997) {
        ex.write(chunk).unwrap();
    }
    let streamed: JsValue = ex.finish().unwrap().into();
    assert_eq!(text(&streamed, "content"), text(&one, "content"));
    assert!(
        ex.finish().is_err(),
        "a finished extractor refuses a second finish"
    );
}

#[path = "common/mod.rs"]
mod common;

#[path = "common/links.rs"]
mod links;

/// The host's `URL` (Node's, Chromium's) resolves links as the native build's `url` crate does.
#[wasm_bindgen_test]
fn awkward_links_resolve_as_the_url_standard_says() {
    let opts = options(&[("url", links::LINKS_PAGE_URL.into())]);
    let page = JsValue::from_str(&links::links_page());
    let article: JsValue = wasm::extract(page.unchecked_into(), Some(opts))
        .unwrap()
        .into();
    let want: Vec<Option<String>> = links::LINKS
        .iter()
        .map(|(_, w)| w.map(str::to_string))
        .collect();
    let content = text(&article, "content");
    assert_eq!(links::hrefs(&content), want, "{content}");
}

/// Lets the host's event loop run: in Chromium the test runner's WebDriver polls the page, and a
/// page busy for 20 s straight times that poll out.
async fn yield_to_host() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let set_timeout = Reflect::get(&js_sys::global(), &"setTimeout".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let Some(set_timeout) = set_timeout {
            let _ = set_timeout.call2(&JsValue::NULL, &resolve, &JsValue::from(0));
        } else {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn every_bad_input_is_an_error_or_keeps_the_text() {
    for (name, bytes, expect) in common::cases() {
        yield_to_host().await;
        let input: JsValue = Uint8Array::from(bytes.as_slice()).into();
        match (expect, wasm::extract(input.unchecked_into(), None)) {
            (common::Expect::Error(msg), Err(e)) => {
                let m = error_message(e);
                assert!(m.contains(msg), "{name}: {m}");
            }
            (common::Expect::Text(t), Ok(article)) => {
                let article: JsValue = article.into();
                assert!(
                    text(&article, "textContent").contains(t),
                    "{name}: text lost"
                );
            }
            (expect, Err(e)) => panic!(
                "{name}: expected {expect:?}, got error {}",
                error_message(e)
            ),
            (expect, Ok(_)) => panic!("{name}: expected {expect:?}, got an article"),
        }
    }
}
