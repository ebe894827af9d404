//! A DOCTYPE token's name, public and system identifiers and force-quirks flag, read from its
//! source through the standard's DOCTYPE states. Pass 1 only needs to know where a DOCTYPE
//! ends (the tokenizer finds that); this reading completes the token for the conformance
//! tests and for any consumer that asks about quirks.

use std::borrow::Cow;

use super::decode;
use super::tokenizer::is_space;

/// A DOCTYPE as the tokenizer emits it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Doctype {
    /// The name, lower case.
    pub name: Option<String>,
    /// The public identifier.
    pub public_id: Option<String>,
    /// The system identifier.
    pub system_id: Option<String>,
    /// The document is in quirks mode whatever the name says.
    pub force_quirks: bool,
}

/// Which identifier a quoted string is.
#[derive(Clone, Copy, PartialEq)]
enum Id {
    Public,
    System,
}

impl Doctype {
    /// Reads `source`: a DOCTYPE token from `<!DOCTYPE` to its `>` (or to the end of the
    /// input, when none closes it).
    pub fn parse(source: &str) -> Doctype {
        let b = source.as_bytes();
        let closed = b.last() == Some(&b'>');
        let body_end = if closed { b.len() - 1 } else { b.len() };
        // Past `<!DOCTYPE`.
        let body = source.get(9.min(body_end)..body_end).unwrap_or("");
        let s = body.as_bytes();
        let skip_spaces = |mut i: usize| {
            while i < s.len() && is_space(s[i]) {
                i += 1;
            }
            i
        };
        // Where the DOCTYPE ends after a complete part, it is in quirks mode only if the
        // input ended there.
        let mut d = Doctype {
            force_quirks: true,
            ..Doctype::default()
        };
        let mut i = skip_spaces(0);
        if i == s.len() {
            // `<!DOCTYPE>`: no name.
            return d;
        }
        let start = i;
        while i < s.len() && !is_space(s[i]) {
            i += 1;
        }
        d.name = Some(decode::name(&body[start..i]).into_owned());
        i = skip_spaces(i);
        if i == s.len() {
            d.force_quirks = !closed;
            return d;
        }
        let keyword = |w: &[u8]| s.len() >= i + 6 && s[i..i + 6].eq_ignore_ascii_case(w);
        let mut id = if keyword(b"PUBLIC") {
            Id::Public
        } else if keyword(b"SYSTEM") {
            Id::System
        } else {
            // Bogus.
            return d;
        };
        i += 6;
        let mut after_keyword = true;
        loop {
            i = skip_spaces(i);
            let Some(&q) = s.get(i) else {
                // A keyword with no identifier is quirks; after a public one, the end is fine.
                d.force_quirks = after_keyword || !closed;
                return d;
            };
            if q != b'"' && q != b'\'' {
                // Bogus before the system identifier: quirks.
                return d;
            }
            let from = i + 1;
            let Some(len) = memchr::memchr(q, &s[from..]) else {
                // The `>` (or the end) inside the quotes ends the DOCTYPE.
                set(&mut d, id, &body[from..]);
                return d;
            };
            set(&mut d, id, &body[from..from + len]);
            i = from + len + 1;
            if id == Id::System {
                // After the system identifier only whitespace is expected; anything else is
                // bogus, which keeps the mode.
                i = skip_spaces(i);
                d.force_quirks = i == s.len() && !closed;
                return d;
            }
            id = Id::System;
            after_keyword = false;
        }
    }
}

fn set(d: &mut Doctype, id: Id, raw: &str) {
    let value: Cow<'_, str> = decode::comment(raw);
    match id {
        Id::Public => d.public_id = Some(value.into_owned()),
        Id::System => d.system_id = Some(value.into_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_identifiers_are_read() {
        let d = Doctype::parse("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\" 'x.dtd'>");
        assert_eq!(d.name.as_deref(), Some("html"));
        assert_eq!(d.public_id.as_deref(), Some("-//W3C//DTD HTML 4.01//EN"));
        assert_eq!(d.system_id.as_deref(), Some("x.dtd"));
        assert!(!d.force_quirks);
        assert!(Doctype::parse("<!DOCTYPE>").force_quirks);
        assert!(Doctype::parse("<!DOCTYPE html SYSTEM>").force_quirks);
        assert!(Doctype::parse("<!DOCTYPE html").force_quirks);
    }
}
