//! Options, parsed once at the boundary (CLI flags, the JS options object).

use serde::Deserialize;

/// The default [`Options::max_bytes`]: 64 MiB.
pub const DEFAULT_MAX_BYTES: usize = 64 << 20;

/// How to read a page.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
#[non_exhaustive]
pub struct Options {
    /// The page's URL: relative links and images resolve against it (and `<base href>`).
    pub url: Option<String>,
    /// The charset the page was served with (an HTTP `Content-Type` charset label). Detection
    /// still overrides it when the bytes clearly disagree (a page labelled gb2312 that is
    /// valid UTF-8).
    pub charset: Option<String>,
    /// Inputs larger than this many bytes are refused with [`crate::Error::TooLarge`].
    pub max_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            url: None,
            charset: None,
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

impl Options {
    /// Options with a page URL.
    pub fn with_url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }

    /// Options with a declared charset label.
    pub fn with_charset(mut self, charset: impl Into<String>) -> Self {
        self.charset = Some(charset.into());
        self
    }

    /// Options with a size limit.
    pub fn with_max_bytes(mut self, max_bytes: usize) -> Self {
        self.max_bytes = max_bytes;
        self
    }
}
