//! Absolute URLs, parsed by the WHATWG URL Standard: by the `url` crate in native builds and
//! by the browser's own `URL` in the WebAssembly build.
//!
//! Why two: the `url` crate brings IDNA and its Unicode tables, about 200 KB of the wasm module
//! (`make size`), to do what every browser and Node already do. Both implement the same
//! standard, and `tests/e2e/targets.test.mjs` holds the two builds to identical articles on the
//! whole corpus; `tests/common/links.rs` holds the native build, Node and Chromium to one table
//! of awkward links (where Chromium is laxer than the standard, [`Url::checked`] refuses the
//! URL on both targets). The module keeps to what the extractor needs: parse, resolve against a
//! base, the scheme, the host, the serialization.

use std::fmt;

/// A parsed absolute URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Url(imp::Parsed);

impl Url {
    /// Parses an absolute URL; the error says why it is not one.
    pub fn parse(input: &str) -> Result<Url, String> {
        // Most links on a page given without its URL are relative: they fail here without a
        // call to the parser (in the browser, a thrown TypeError costs tens of microseconds).
        if !starts_with_scheme(input) {
            return Err("relative URL without a base".to_string());
        }
        imp::parse(input, None).map(Url)?.checked()
    }

    /// Resolves `input` against this URL, as a link on the page would be.
    pub fn join(&self, input: &str) -> Result<Url, String> {
        imp::parse(input, Some(&self.0)).map(Url)?.checked()
    }

    /// The URL, unless its host breaks the standard's rules for a domain where Chromium's
    /// `URL` is laxer than the standard (and than the `url` crate and Node): it accepts a space
    /// in a host and escapes it (`http://exa%20mple.com/`), and it keeps a label that is not
    /// Punycode (`xn--a`). A special scheme's host never holds `%` once parsed, and each of its
    /// `xn--` labels decodes; one that does not is refused here, on both targets.
    fn checked(self) -> Result<Url, String> {
        let special = matches!(self.scheme(), "http" | "https" | "ws" | "wss" | "ftp");
        if let Some(host) = self.host_str().filter(|_| special) {
            if host.contains('%') {
                return Err("invalid domain character".to_string());
            }
            let bad_label = host.split('.').any(|label| {
                label
                    .get(..4)
                    .is_some_and(|p| p.eq_ignore_ascii_case("xn--"))
                    && !is_punycode_label(&label[4..])
            });
            if bad_label {
                return Err("invalid Punycode label".to_string());
            }
        }
        Ok(self)
    }

    /// The scheme, lower case, without its `:`.
    pub fn scheme(&self) -> &str {
        self.as_str().split_once(':').map_or("", |(s, _)| s)
    }

    /// The host, when the URL has an authority (`https://host/`): a domain, an IPv4 address or
    /// a bracketed IPv6 address, without user information or port.
    pub fn host_str(&self) -> Option<&str> {
        let rest = self.as_str().split_once("://")?.1;
        let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
        let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
        let host = match host.rfind(':') {
            Some(i) if !host[i..].contains(']') => &host[..i],
            _ => host,
        };
        Some(host).filter(|h| !h.is_empty())
    }

    /// The serialization.
    pub fn as_str(&self) -> &str {
        imp::serialization(&self.0)
    }
}

/// Whether `input` opens with a scheme as the URL Standard's parser reads it: after leading C0
/// controls and spaces, an ASCII letter, then letters, digits, `+`, `-` or `.`, then `:`
/// (tabs and newlines anywhere are ignored). Without one and without a base, parsing fails.
fn starts_with_scheme(input: &str) -> bool {
    let mut chars = input
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'));
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
            .is_some_and(|c| c == ':')
}

/// Whether `encoded` (a label after its `xn--`) decodes as Punycode (RFC 3492) to a label that
/// holds a character beyond ASCII and no control character, as the URL Standard's IDNA step
/// requires.
fn is_punycode_label(encoded: &str) -> bool {
    const BASE: u32 = 36;
    let (basic, extended) = match encoded.rfind('-') {
        Some(i) => (&encoded[..i], &encoded[i + 1..]),
        None => ("", encoded),
    };
    let mut length = basic.len() as u32;
    let (mut code, mut index, mut bias) = (0x80u32, 0u32, 72u32);
    let mut non_ascii = false;
    let mut digits = extended.bytes();
    let mut first = true;
    while digits.len() > 0 {
        let old_index = index;
        let (mut weight, mut k) = (1u32, BASE);
        loop {
            let digit = match digits.next() {
                Some(c @ b'a'..=b'z') => u32::from(c - b'a'),
                Some(c @ b'A'..=b'Z') => u32::from(c - b'A'),
                Some(c @ b'0'..=b'9') => u32::from(c - b'0') + 26,
                _ => return false,
            };
            let Some(next) = digit.checked_mul(weight).and_then(|d| index.checked_add(d)) else {
                return false;
            };
            index = next;
            let t = k.saturating_sub(bias).clamp(1, 26);
            if digit < t {
                break;
            }
            let Some(w) = weight.checked_mul(BASE - t) else {
                return false;
            };
            weight = w;
            k += BASE;
        }
        length += 1;
        // RFC 3492's bias adaptation.
        let mut delta = (index - old_index) / if first { 700 } else { 2 };
        delta += delta / length;
        let mut k = 0;
        while delta > ((BASE - 1) * 26) / 2 {
            delta /= BASE - 1;
            k += BASE;
        }
        bias = k + (BASE * delta) / (delta + 38);
        first = false;
        let Some(c) = code.checked_add(index / length).and_then(char::from_u32) else {
            return false;
        };
        if c.is_control() || (c as u32) < 0x80 {
            return false;
        }
        code = c as u32;
        index = index % length + 1;
        non_ascii = true;
    }
    non_ascii && basic.is_ascii() && !basic.chars().any(|c| c.is_ascii_control())
}

impl fmt::Display for Url {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(not(all(target_arch = "wasm32", feature = "wasm")))]
mod imp {
    pub type Parsed = url::Url;

    /// `input` parsed against `base`.
    pub fn parse(input: &str, base: Option<&Parsed>) -> Result<Parsed, String> {
        match base {
            Some(b) => b.join(input),
            None => url::Url::parse(input),
        }
        .map_err(|e| e.to_string())
    }

    pub fn serialization(url: &Parsed) -> &str {
        url.as_str()
    }
}

#[cfg(all(target_arch = "wasm32", feature = "wasm"))]
mod imp {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        /// The platform's `URL` (browsers, Node, workers).
        #[wasm_bindgen(js_name = URL)]
        type JsUrl;

        #[wasm_bindgen(constructor, catch, js_class = "URL")]
        fn new(input: &str) -> Result<JsUrl, JsValue>;

        #[wasm_bindgen(constructor, catch, js_class = "URL")]
        fn new_with_base(input: &str, base: &str) -> Result<JsUrl, JsValue>;

        #[wasm_bindgen(method, getter, js_class = "URL")]
        fn href(this: &JsUrl) -> String;
    }

    /// The serialization, which is all the module reads.
    pub type Parsed = String;

    /// `input` parsed against `base`.
    pub fn parse(input: &str, base: Option<&Parsed>) -> Result<Parsed, String> {
        match base {
            Some(b) => JsUrl::new_with_base(input, b),
            None => JsUrl::new(input),
        }
        .map(|u| u.href())
        .map_err(|_| "not a valid absolute URL".to_string())
    }

    pub fn serialization(url: &Parsed) -> &str {
        url
    }
}

#[cfg(test)]
mod tests {
    use super::Url;

    #[test]
    fn parses_joins_and_reads_parts() {
        let base = Url::parse("HTTPS://user:pw@Example.COM:8443/news/a.html?x=1#top").unwrap();
        assert_eq!(base.scheme(), "https");
        assert_eq!(base.host_str(), Some("example.com"));
        assert_eq!(
            base.join("../img/b.png").unwrap().as_str(),
            "https://user:pw@example.com:8443/img/b.png"
        );
        assert_eq!(
            base.join("//cdn.example.net/c").unwrap().to_string(),
            "https://cdn.example.net/c"
        );
        let v6 = Url::parse("http://[::1]:8080/").unwrap();
        assert_eq!(v6.host_str(), Some("[::1]"));
        assert_eq!(Url::parse("mailto:a@b.cn").unwrap().host_str(), None);
        assert_eq!(Url::parse("mailto:a@b.cn").unwrap().scheme(), "mailto");
        assert_eq!(
            Url::parse("http://中文.cn/路径").unwrap().as_str(),
            "http://xn--fiq228c.cn/%E8%B7%AF%E5%BE%84"
        );
    }

    #[test]
    fn punycode_labels_are_decoded_to_check_them() {
        for good in ["fsqu00a", "fiqs8s", "xample-9ua", "mnchen-3ya"] {
            assert!(super::is_punycode_label(good), "{good}");
        }
        for bad in ["", "a", "abc-", "-", "zzzzzzzzzzzzzzzzzz", "é-a"] {
            assert!(!super::is_punycode_label(bad), "{bad}");
        }
        assert!(Url::parse("https://xn--/").is_err());
        assert!(Url::parse("http://xn--a.com/").is_err());
        assert!(Url::parse("http://xn--mnchen-3ya.de/").is_ok());
    }

    #[test]
    fn bad_input_is_an_error() {
        for bad in [
            "",
            "a/b",
            "/a:b",
            "1http://a.cn/",
            "http://",
            "http://exa mple.com/",
            "https://[::1/",
        ] {
            assert!(Url::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            Url::parse(" \u{1}h\ttTp://a.cn/").unwrap().as_str(),
            "http://a.cn/"
        );
        let base = Url::parse("https://e.com/").unwrap();
        assert!(base.join("http://a b/").is_err());
    }
}
