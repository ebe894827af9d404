//! The WebAssembly facade: JS values in, typed options parsed once, typed objects out through
//! serde-wasm-bindgen. Errors cross as JS `Error`s carrying the library's message.

use js_sys::{JsString, Uint8Array};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::Options;

// The TypeScript declarations of `Options`, `Article`, `Post`, `Kind`, `Script`,
// `ConvertOptions` and `Target` are generated from the Rust types (tsify), so they cannot drift.

#[wasm_bindgen]
extern "C" {
    /// `Options`, as JS passes them.
    #[wasm_bindgen(typescript_type = "Options")]
    #[derive(Debug)]
    pub type JsOptions;
    /// Any of an `Article`'s fields (what `toMarkdown` reads).
    #[wasm_bindgen(typescript_type = "Partial<Article>")]
    pub type JsArticleLike;
    /// An `Article`, as JS receives it.
    #[wasm_bindgen(typescript_type = "Article")]
    #[derive(Debug)]
    pub type JsArticle;
    /// A page: a string, or its bytes.
    #[wasm_bindgen(typescript_type = "string | Uint8Array")]
    pub type HtmlInput;
    /// `ConvertOptions`, as JS passes them.
    #[wasm_bindgen(typescript_type = "ConvertOptions")]
    #[derive(Debug)]
    pub type JsConvertOptions;

    /// The host's `TextDecoder`, bound so that `decode` returns the JS string itself.
    #[wasm_bindgen(js_name = TextDecoder)]
    type Utf16Decoder;
    #[wasm_bindgen(constructor, js_class = "TextDecoder", catch)]
    fn new(label: &str) -> Result<Utf16Decoder, JsValue>;
    #[wasm_bindgen(method, js_class = "TextDecoder", js_name = decode, catch)]
    fn decode(this: &Utf16Decoder, units: &[u16]) -> Result<JsString, JsValue>;
}

/// Strings at least this long cross to JS as UTF-16 (see [`js_string`]).
const UTF16_CROSSING_BYTES: usize = 4096;

thread_local! {
    static UTF16: Option<Utf16Decoder> = Utf16Decoder::new("utf-16le").ok();
}

/// `s` as a JS string. wasm-bindgen's default return path decodes UTF-8 with `TextDecoder`,
/// which for CJK text runs at a few hundred MB/s (4.3 ms for 1.39 MB of Chinese in Node 20);
/// transcoding to UTF-16 here (encoding_rs, one linear pass) and decoding UTF-16 in JS, which
/// is a copy, takes under a third of that. Short strings take the default path.
fn js_string(s: &str) -> JsString {
    if s.len() >= UTF16_CROSSING_BYTES {
        let mut units = vec![0u16; s.len()];
        let n = encoding_rs::mem::convert_str_to_utf16(s, &mut units);
        if let Some(Ok(js)) = UTF16.with(|d| d.as_ref().map(|d| d.decode(&units[..n]))) {
            return js;
        }
    }
    JsString::from(s)
}

thread_local! {
    static ZH: std::cell::RefCell<Option<&'static crate::zh::Zh>> = const { std::cell::RefCell::new(None) };
}

/// Loads the conversion dictionaries (`qingyue-zh.bin`, shipped next to the module and fetched
/// on the first script toggle). Needed once before `convertText`/`convertHtml`.
#[wasm_bindgen(js_name = loadConversionData)]
pub fn load_conversion_data(bytes: &[u8]) -> Result<(), JsError> {
    let zh = crate::zh::Zh::from_data(bytes.to_vec()).map_err(|e| JsError::new(&e.to_string()))?;
    // One data set lives as long as the module: leaked on purpose, loaded once.
    let zh: &'static crate::zh::Zh = Box::leak(Box::new(zh));
    ZH.with(|z| *z.borrow_mut() = Some(zh));
    Ok(())
}

/// Whether `loadConversionData` has run.
#[wasm_bindgen(js_name = conversionDataLoaded)]
pub fn conversion_data_loaded() -> bool {
    ZH.with(|z| z.borrow().is_some())
}

fn zh() -> Result<&'static crate::zh::Zh, JsError> {
    ZH.with(|z| *z.borrow()).ok_or_else(|| {
        JsError::new(
            "conversion data not loaded: call loadConversionData(bytes of qingyue-zh.bin) first",
        )
    })
}

fn parse_convert_options(options: JsConvertOptions) -> Result<crate::zh::ConvertOptions, JsError> {
    serde_wasm_bindgen::from_value(options.into())
        .map_err(|e| JsError::new(&format!("invalid conversion options: {e}")))
}

/// Converts plain text to the target script.
#[wasm_bindgen(js_name = convertText)]
pub fn convert_text(text: &str, options: JsConvertOptions) -> Result<JsString, JsError> {
    let options = parse_convert_options(options)?;
    zh()?
        .convert_text(text, &options)
        .map(|s| js_string(&s))
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Converts the text nodes (and alt/title/aria-label/placeholder) of HTML to the target script.
#[wasm_bindgen(js_name = convertHtml)]
pub fn convert_html(html: &str, options: JsConvertOptions) -> Result<JsString, JsError> {
    let options = parse_convert_options(options)?;
    crate::zh::html::convert_html(zh()?, html, &options)
        .map(|s| js_string(&s))
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Logs a clear message if a panic ever happens (a panic aborts the wasm instance; the JS
/// wrapper must then re-instantiate it).
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(
            &format!("qingyue: internal error (please report): {info}").into(),
        );
    }));
}

/// Extracts the article from a page: `html` is a string or the page's bytes.
#[wasm_bindgen]
pub fn extract(html: HtmlInput, options: Option<JsOptions>) -> Result<JsArticle, JsError> {
    let options = parse_options(options)?;
    let value: JsValue = html.into();
    let article = if let Some(text) = value.as_string() {
        crate::extract_str(&text, &options)
    } else if value.is_instance_of::<Uint8Array>() {
        crate::extract(&Uint8Array::from(value).to_vec(), &options)
    } else {
        return Err(JsError::new(
            "extract: html must be a string or a Uint8Array",
        ));
    };
    to_js(&article.map_err(|e| JsError::new(&e.to_string()))?).map(JsCast::unchecked_into)
}

/// What `toMarkdown` reads of an article: any of its fields, the others empty.
#[derive(serde::Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct MarkdownSource {
    title: String,
    byline: Option<String>,
    published_time: Option<String>,
    site_name: Option<String>,
    url: Option<String>,
    lang: Option<String>,
    kind: crate::Kind,
    content: String,
}

/// The article as GitHub-flavoured Markdown with YAML front matter (title, author,
/// published, site, url, lang, kind), from an `Article` as `extract` returns it (after a
/// script conversion too: convert `title` and `content` first). Missing fields are empty.
#[wasm_bindgen(js_name = toMarkdown)]
pub fn to_markdown(article: JsArticleLike) -> Result<String, JsError> {
    let s: MarkdownSource = serde_wasm_bindgen::from_value(article.into())
        .map_err(|e| JsError::new(&format!("toMarkdown: not an article: {e}")))?;
    let article = crate::Article {
        title: s.title,
        byline: s.byline,
        published_time: s.published_time,
        site_name: s.site_name,
        url: s.url,
        lang: s.lang,
        kind: s.kind,
        content: s.content,
        ..crate::Article::default()
    };
    Ok(article.to_markdown())
}

/// Whether a page probably has an article to read (Readability's `isProbablyReaderable`,
/// CJK-aware): `html` is a string or the page's bytes. Much cheaper than `extract`.
#[wasm_bindgen(js_name = isProbablyReaderable)]
pub fn is_probably_readerable(html: HtmlInput) -> Result<bool, JsError> {
    let value: JsValue = html.into();
    if let Some(text) = value.as_string() {
        Ok(crate::probe::probe(&text))
    } else if value.is_instance_of::<Uint8Array>() {
        Ok(crate::is_probably_readerable(
            &Uint8Array::from(value).to_vec(),
        ))
    } else {
        Err(JsError::new(
            "isProbablyReaderable: html must be a string or a Uint8Array",
        ))
    }
}

/// Traps on purpose, so hosts can test their recovery path (see `qingyue-safe.js`): a panic
/// aborts the instance, which must then be re-instantiated.
#[cfg(feature = "test-trap")]
#[wasm_bindgen(js_name = _testTrap)]
pub fn test_trap() {
    panic!("_testTrap called: testing the recovery path");
}

/// The library version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Streaming extraction: `write()` each chunk of a `fetch()` body, then `finish()`.
/// [`crate::Extractor`] for JS: `write` chunks as they arrive, then `finish`.
#[wasm_bindgen]
pub struct Extractor {
    inner: Option<crate::Extractor>,
}

#[wasm_bindgen]
impl Extractor {
    /// An extractor for one page.
    #[wasm_bindgen(constructor)]
    pub fn new(options: Option<JsOptions>) -> Result<Extractor, JsError> {
        Ok(Extractor {
            inner: Some(crate::Extractor::new(parse_options(options)?)),
        })
    }

    /// Appends a chunk of the page's bytes.
    pub fn write(&mut self, chunk: &[u8]) -> Result<(), JsError> {
        let inner = self
            .inner
            .as_mut()
            .ok_or_else(|| JsError::new("Extractor: write after finish"))?;
        inner.write(chunk).map_err(|e| JsError::new(&e.to_string()))
    }

    /// Extracts the article from everything written.
    pub fn finish(&mut self) -> Result<JsArticle, JsError> {
        let inner = self
            .inner
            .take()
            .ok_or_else(|| JsError::new("Extractor: finish called twice"))?;
        let article = inner.finish().map_err(|e| JsError::new(&e.to_string()))?;
        to_js(&article).map(JsCast::unchecked_into)
    }
}

fn parse_options(options: Option<JsOptions>) -> Result<Options, JsError> {
    match options.map(JsValue::from) {
        None => Ok(Options::default()),
        Some(v) if v.is_undefined() || v.is_null() => Ok(Options::default()),
        Some(v) => serde_wasm_bindgen::from_value(v)
            .map_err(|e| JsError::new(&format!("invalid options: {e}"))),
    }
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    // JSON-compatible: `None` becomes `null` (as the TypeScript types say), maps become objects.
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}
