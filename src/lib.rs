//! # qingyue (清阅)
//!
//! A reader mode for the web: takes a page's HTML, strips the page chrome (navigation, share
//! bars, related and hot lists, comments, copyright and 责任编辑 lines, pagination) — one pass
//! of its HTML tokenizer records the page, a second pass replays that record to write the
//! article — and returns the cleaned [`Article`]: title, byline, date,
//! site, sanitized body HTML and text. [`zh`] converts between Chinese scripts.
//!
//! ```
//! use qingyue::{extract, Options};
//! let page = "<title>标题_网站</title><body><div class=nav>首页</div><div class=article>\
//!             <p>这是正文的第一段，讲述了事情的经过。</p><p>责任编辑：某某</p></div></body>";
//! let article = extract(page.as_bytes(), &Options::default()).unwrap();
//! assert_eq!(article.text_content, "这是正文的第一段，讲述了事情的经过。");
//! ```
//!
//! The pipeline stages are modules: [`decode`] (bytes to text), [`extract`](mod@extract)
//! (scan, score, emit), [`metadata`], [`zh`] (script conversion); [`heuristics`] holds every
//! threshold and word list of decoding, extraction and metadata. The WebAssembly facade is
//! `wasm` (feature `wasm`); the `qingyue` command-line tool is behind feature `cli`.

pub mod article;
pub mod decode;
pub mod error;
pub mod extract;
pub mod heuristics;
pub(crate) mod html;
pub mod metadata;
pub mod options;
pub(crate) mod text;
#[cfg(feature = "wasm")]
pub mod wasm;
pub mod zh;

/// Pass 1's view of a page, for the differential fuzz target against a browser's parser (not
/// a stable API).
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing {
    /// The body's text as pass 1 reads it, in lines (blocks and `<br>` break them;
    /// whitespace collapsed), without the text of [`NOT_READ`] elements.
    pub fn body_lines(html: &str) -> Vec<String> {
        crate::extract::visible::body(html).0
    }

    /// Whether an element of this name breaks lines.
    pub fn breaks(name: &str) -> bool {
        crate::extract::visible::breaks(name)
    }

    /// Elements whose text is not the reader's.
    pub const NOT_READ: &[&str] = crate::extract::visible::NOT_READ;

    /// Lines as [`body_lines`] makes them, from raw text with `\n` where lines break.
    pub fn lines(raw: &str) -> Vec<String> {
        crate::extract::visible::lines(raw)
    }
}

pub use article::Article;
pub use error::Error;
pub use extract::{Extractor, extract, extract_str};
pub use options::Options;
