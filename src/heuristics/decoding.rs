//! Decoding: charset declaration, detection and the binary check.

/// How much of the start of a page is searched for a `<meta>` charset (the HTML standard
/// prescans 1024 bytes; real pages put long `<head>` preambles first).
pub const PRESCAN_BYTES: usize = 4096;
/// The encoding is decided on the page's bytes up to this far past its first non-ASCII byte
/// (or on the whole page, when shorter): streaming decodes nothing past that byte before the
/// window has arrived, and one-shot decoding reads the same window, so both decide alike.
/// It holds hundreds of lines of text, far more than detection needs
/// ([`DETECT_NON_ASCII_BYTES`]) or the UTF-8 and error-ratio checks.
pub const DECIDE_WINDOW_BYTES: usize = 64 * 1024;
/// chardetng stops being fed once it has seen this many non-ASCII bytes (it reads ~14 MB/s:
/// the 16 KiB it used to get cost 0.9–1.5 ms a page). Its guess on the cwced GBK pages (their
/// declarations removed) and on 78 pages made from their truth in GBK and Big5 was right with
/// 256; twice that for margin.
pub const DETECT_NON_ASCII_BYTES: usize = 512;
/// A stretch of text fed to chardetng starts at the `<` before its first non-ASCII byte when
/// that is this close, else at that byte (not at the start of a long script).
pub const DETECT_CONTEXT_BYTES: usize = 256;
/// Share of replacement characters above which a declared charset is distrusted.
pub const MAX_ERROR_RATIO: f64 = 0.01;
/// A text with at least this many well-formed multi-byte UTF-8 characters per broken sequence
/// is UTF-8 with stray bytes.
pub const MIN_UTF8_CHARS_PER_ERROR: usize = 20;
/// Broken sequences after which a page with fewer than `MIN_UTF8_CHARS_PER_ERROR` good
/// characters per broken one is settled as not UTF-8 (a GBK page breaks at every character).
pub const UTF8_SETTLED_ERRORS: usize = 64;
/// Share of control or replacement characters above which input is binary.
pub const MAX_BINARY_RATIO: f64 = 0.10;
/// How much of the decoded text (bytes of UTF-8) the binary check reads.
pub const BINARY_SAMPLE_BYTES: usize = 16 * 1024;
