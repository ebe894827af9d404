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
pub(crate) mod tokenizer;

#[cfg(test)]
mod conformance;
#[cfg(test)]
pub(crate) use conformance::suite_dir;
