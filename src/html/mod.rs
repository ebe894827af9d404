//! Reading HTML: the one place that decides a page's tokens and tree.
//!
//! - [`tokenizer`]: the WHATWG tokenization states, resumable across chunks, reporting
//!   tokens as ranges of the input to a [`tokenizer::Sink`];
//! - [`attrs`]: a start tag's attributes, read from its source by the attribute states;
//! - [`decode`]: a token's characters as the standard builds them (character references,
//!   NUL, CR LF, case), decoded only where a consumer reads them;
//! - `doctype`: a DOCTYPE's name, identifiers and quirks flag, for the conformance tests
//!   (pass 1 needs only where a DOCTYPE ends, which the tokenizer finds).
//!
//! The tokenizer is held to html5lib-tests' tokenizer suite (`conformance`, run by
//! `cargo test` when `../shared/html5lib-tests` is present).

pub(crate) mod attrs;
pub(crate) mod decode;
#[cfg(test)]
mod doctype;
pub(crate) mod namespace;
pub(crate) mod tags;
pub(crate) mod tokenizer;
pub(crate) mod tree;

#[cfg(test)]
mod conformance;
#[cfg(test)]
pub(crate) use conformance::suite_dir;

/// A byte range of the input (u32: inputs are limited far below 4 GiB).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub(crate) fn of(r: std::ops::Range<usize>) -> Span {
        Span {
            start: u32::try_from(r.start).unwrap_or(u32::MAX),
            end: u32::try_from(r.end).unwrap_or(u32::MAX),
        }
    }

    /// The spanned text (empty if the span does not fall on character boundaries).
    pub fn text(self, src: &str) -> &str {
        src.get(self.start as usize..self.end as usize)
            .unwrap_or("")
    }
}
