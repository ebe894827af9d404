//! The one error type of the library.

/// Why an input could not be read as an article.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// Nothing but whitespace was given.
    #[error("empty input: there is no HTML to read")]
    Empty,
    /// The input is a binary file (an image, an archive, random bytes), not a web page.
    #[error("input is binary data ({0}), not an HTML page")]
    Binary(&'static str),
    /// The caller named a charset that the Encoding Standard does not know.
    #[error("unknown charset label {0:?}")]
    UnknownCharset(String),
    /// The input is over the configured size limit.
    #[error("input is {size} bytes, over the limit of {limit} bytes (see Options::max_bytes)")]
    TooLarge {
        /// The input's size in bytes (so far, when streamed).
        size: usize,
        /// [`crate::Options::max_bytes`].
        limit: usize,
    },
    /// The base URL given in the options is not an absolute URL.
    #[error("invalid base URL {url:?}: {reason}")]
    InvalidUrl {
        /// The URL as given.
        url: String,
        /// Why it does not parse.
        reason: String,
    },
    /// The page holds no readable text at all (for example, only scripts).
    #[error("no readable text found in the page")]
    NoContent,
    /// A script conversion target that qingyue does not know.
    #[error("unknown conversion target {0:?} (expected zh-Hans, zh-Hant, zh-TW or zh-HK)")]
    UnknownTarget(String),
    /// The conversion dictionaries are missing or damaged.
    #[error("Chinese conversion data unavailable: {0}")]
    ConversionData(String),
    /// The HTML rewriter of the script conversion ([`crate::zh`]) gave up (should not happen:
    /// it runs in non-strict mode). Extraction never fails this way.
    #[error("HTML parser failed: {0}")]
    Parse(String),
    /// A construct of the page (an SVG tag with millions of attributes) would take the script
    /// conversion's HTML rewriter more memory than the page's budget. Extraction reads such
    /// tags (their first 256 attributes).
    #[error("page too complex to parse within its memory budget ({0})")]
    TooComplex(String),
}

impl From<lol_html::errors::RewritingError> for Error {
    fn from(e: lol_html::errors::RewritingError) -> Self {
        match e {
            lol_html::errors::RewritingError::MemoryLimitExceeded(m) => {
                Error::TooComplex(m.to_string())
            }
            other => Error::Parse(other.to_string()),
        }
    }
}
