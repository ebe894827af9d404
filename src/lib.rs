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
//! ## The pipeline
//!
//! decode (bytes to text: BOM, charset, `<meta>`, detection) → scan (pass 1: the HTML
//! tokenizer's sink records per-element statistics and the raw metadata) → score (choose the
//! article: a pure function) → metadata (title, byline, dates, site) → emit (pass 2: replay
//! the scan to write the sanitized article). [`extract()`] runs it on a whole page and
//! [`Extractor`] as the page arrives; both give the same [`Article`]. The stages are
//! private modules: `src/decode`, `src/html` (the one HTML reader: tokenizer, attributes,
//! tree builder), `src/extract`, `src/metadata`; `src/heuristics.rs` holds every threshold and
//! word list. [`zh`] converts between Chinese scripts. The WebAssembly facade is `wasm`
//! (feature `wasm`); the `qingyue` command-line tool is behind feature `cli`.

// The public API is documented in full; the `internals` feature opens the stages to the
// development examples and fuzz targets, undocumented item by item.
#![cfg_attr(not(feature = "internals"), deny(missing_docs))]

mod article;
mod decode;
mod error;
mod extract;
mod heuristics;
mod html;
mod markdown;
mod metadata;
mod options;
mod probe;
mod text;
mod url;
#[cfg(feature = "wasm")]
pub mod wasm;
pub mod zh;

/// The stages, for the development examples and the differential fuzz target (feature
/// `internals`; not a stable API).
#[cfg(feature = "internals")]
#[doc(hidden)]
pub mod internals {
    pub use crate::decode::decode;
    pub use crate::extract::{emit, scan, score};
    pub use crate::metadata::resolve;

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

pub use article::{Article, Kind, Post};
pub use error::Error;
pub use extract::{Extractor, extract, extract_str};
pub use options::{DEFAULT_MAX_BYTES, Options};
pub use probe::is_probably_readerable;
