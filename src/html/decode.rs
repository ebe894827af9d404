//! Decoding a token's source as the standard's tokenizer would have built it: CR LF and CR
//! as LF (input preprocessing), NUL as U+FFFD where the state replaces it, ASCII upper case
//! lowered in names, and character references decoded in data, RCDATA and attribute values.
//!
//! The tokenizer reports ranges, and pass 1 reads most text through its own counters without
//! decoding it; what is shown or compared is decoded here, once. Character references are
//! decoded by `htmlize`, which implements the standard's named and numeric rules (the legacy
//! names without `;`, the attribute-value exception, the windows-1252 remapping of C1
//! numbers).

use std::borrow::Cow;

use super::tokenizer::TextKind;

/// CR LF and lone CR as LF, as the input stream's preprocessing does.
pub fn newlines(s: &str) -> Cow<'_, str> {
    if !s.contains('\r') {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
}

/// NUL as U+FFFD.
fn replace_nul(s: Cow<'_, str>) -> Cow<'_, str> {
    if s.contains('\0') {
        Cow::Owned(s.replace('\0', "\u{FFFD}"))
    } else {
        s
    }
}

/// A text token's characters.
pub fn text(raw: &str, kind: TextKind) -> Cow<'_, str> {
    // Most text nodes need nothing decoded: one search for all that would change them.
    let special = match kind {
        TextKind::Data => memchr::memchr2(b'\r', b'&', raw.as_bytes()),
        TextKind::Rcdata => memchr::memchr3(b'\r', b'&', 0, raw.as_bytes()),
        TextKind::Raw => memchr::memchr2(b'\r', 0, raw.as_bytes()),
        TextKind::Cdata => memchr::memchr(b'\r', raw.as_bytes()),
    };
    if special.is_none() {
        return Cow::Borrowed(raw);
    }
    let s = newlines(raw);
    match kind {
        TextKind::Data => unescape(s, false),
        TextKind::Rcdata => unescape(replace_nul(s), false),
        TextKind::Raw => replace_nul(s),
        TextKind::Cdata => s,
    }
}

/// A tag or attribute name: ASCII lower case, NUL as U+FFFD. (Pass 1 compares names without
/// decoding them: ASCII case-insensitively, by hash.)
#[cfg(test)]
pub fn name(raw: &str) -> Cow<'_, str> {
    let s = if raw.bytes().any(|c| c.is_ascii_uppercase()) {
        Cow::Owned(raw.to_ascii_lowercase())
    } else {
        Cow::Borrowed(raw)
    };
    replace_nul(s)
}

/// An attribute value: character references decoded with the attribute rules.
pub fn attribute_value(raw: &str) -> Cow<'_, str> {
    unescape(replace_nul(newlines(raw)), true)
}

/// A comment's data (no stage of qingyue reads comments).
#[cfg(test)]
pub fn comment(raw: &str) -> Cow<'_, str> {
    replace_nul(newlines(raw))
}

fn unescape(s: Cow<'_, str>, attribute: bool) -> Cow<'_, str> {
    if !s.contains('&') {
        return s;
    }
    let out = if attribute {
        htmlize::unescape_attribute(s.as_ref())
    } else {
        htmlize::unescape(s.as_ref())
    };
    Cow::Owned(out.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_decodes_as_its_state() {
        assert_eq!(text("a&amp;b\r\nc\0", TextKind::Data), "a&b\nc\0");
        assert_eq!(text("a&amp;b\0", TextKind::Rcdata), "a&b\u{FFFD}");
        assert_eq!(text("a&amp;b\r\0", TextKind::Raw), "a&amp;b\n\u{FFFD}");
        assert_eq!(text("a&amp;\0", TextKind::Cdata), "a&amp;\0");
        assert_eq!(name("DiV\0"), "div\u{FFFD}");
        assert_eq!(attribute_value("?a=1&copy=2&copy;"), "?a=1&copy=2©");
        assert_eq!(comment("x\r\0"), "x\n\u{FFFD}");
    }

    #[test]
    fn text_without_references_is_not_copied() {
        assert!(matches!(
            text("plain text, 中文", TextKind::Data),
            Cow::Borrowed(_)
        ));
        assert_eq!(
            text("a &amp; b &lt;c&gt; &#20013;", TextKind::Data),
            "a & b <c> 中"
        );
        assert_eq!(attribute_value("?a=1&amp;b=2&c"), "?a=1&b=2&c");
    }
}
