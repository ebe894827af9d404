// ---- Markdown output ------------------------------------------------------------------

/// Texts of the link that leads from a footnote back to its reference. A list whose every
/// item carries one is the page's notes (kramdown and pandoc write `↩`, MediaWiki `↑` or `^`).
pub const FOOTNOTE_BACKLINKS: &[&str] =
    &["↩", "↩\u{fe0e}", "↩\u{fe0f}", "↑", "^", "⤴", "↵", "返回"];

/// Largest footnote number read as a reference: `<sup>2024</sup>` is a year, not a note.
pub const MAX_FOOTNOTE_LABEL: u32 = 999;

/// Class words that name a code block's language, before the name: `language-rust`
/// (Prism, highlight.js, GitHub, CommonMark renderers), `lang-js` (Google's prettify),
/// `highlight-python` (Sphinx), `brush:` (SyntaxHighlighter: `brush: js;`).
pub const CODE_LANGUAGE_PREFIXES: &[&str] = &["language-", "lang-", "highlight-", "brush:"];

/// Longest language name kept from a class (longer words are not names).
pub const MAX_CODE_LANGUAGE: usize = 24;

/// Widest column span written out as empty cells: a hostile `colspan=100000` would make one
/// row a megabyte of pipes.
pub const MAX_COLSPAN: usize = 64;
