//! Every threshold, tag list and pattern qingyue's pipeline uses, in one place, each with the
//! reason it exists: the extractor's scan, score and emit stages, article assembly, metadata
//! and decoding read these; nothing else hard-codes a number or a word list. (Markup policy —
//! the sanitizer's allowlist, the HTML tree rules, the script converter's skipped tags — lives
//! with the code that enforces it.)
//!
//! Lengths in the extraction section are *weighted characters*: a Latin letter or digit counts
//! 1, a CJK character counts [`CJK_CHAR_WEIGHT`]. Readability measures `textContent.length`,
//! which is fair for English but makes a 40-character Chinese paragraph (a full sentence) look
//! like a caption. Metadata measures plain characters.

mod boilerplate;
mod decoding;
mod extraction;
mod kind;
mod markdown;
mod metadata;
mod probe;

pub use boilerplate::*;
pub use decoding::*;
pub use extraction::*;
pub use kind::*;
pub use markdown::*;
pub use metadata::*;
pub use probe::*;

/// Distances between elements are counted in nodes (pass 1's element ids).
type NodeId = u32;
