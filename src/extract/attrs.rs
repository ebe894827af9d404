//! Attributes of a start tag, read from its source text.
//!
//! Pass 1 records where each start tag lies in the input (lol_html's source locations); pass 2
//! reads the attributes of the few elements it emits straight from that slice instead of
//! parsing the whole page a second time. The states follow the HTML tokenizer's attribute
//! states, so `<a href=x title='y z' data-a="b"/>` and `<img src=a.png alt>` read as a browser
//! reads them; the first of two same-named attributes wins, as in a browser.

use std::borrow::Cow;

/// Attributes read per start tag.
const MAX_ATTRIBUTES: usize = 256;

/// One attribute: lower-case name and raw value (entities not yet decoded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attr<'a> {
    pub name: Cow<'a, str>,
    pub value: &'a str,
}

/// Parses the attributes of a start tag's source (`<tag …>`).
pub fn parse(src: &str) -> Vec<Attr<'_>> {
    let mut out = Vec::new();
    parse_into(src, &mut out);
    out
}

/// Byte classes of the attribute states: one table lookup per byte instead of a comparison
/// per delimiter (attribute reading runs on every start tag of the page).
const SPACE: u8 = 1;
const SLASH: u8 = 2;
const GT: u8 = 4;
const EQ: u8 = 8;
const UPPER: u8 = 16;
static CLASS: [u8; 256] = {
    let mut t = [0; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = match c as u8 {
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' => SPACE,
            b'/' => SLASH,
            b'>' => GT,
            b'=' => EQ,
            b'A'..=b'Z' => UPPER,
            _ => 0,
        };
        c += 1;
    }
    t
};

/// The first index from `i` whose byte is of one of the classes in `stop`, or `b.len()`.
fn skip_until(b: &[u8], mut i: usize, stop: u8) -> usize {
    while i < b.len() && CLASS[usize::from(b[i])] & stop == 0 {
        i += 1;
    }
    i
}

/// The first index from `i` whose byte is of none of the classes in `skip`, or `b.len()`.
fn skip_while(b: &[u8], mut i: usize, skip: u8) -> usize {
    while i < b.len() && CLASS[usize::from(b[i])] & skip != 0 {
        i += 1;
    }
    i
}

/// [`parse`] into `out` (cleared first), for a caller that reuses one vector for every tag.
pub fn parse_into<'a>(src: &'a str, out: &mut Vec<Attr<'a>>) {
    // Skip `<` and the tag name.
    let name_end = skip_until(src.as_bytes(), 1, SPACE | SLASH | GT);
    parse_into_after_name(src, name_end, out);
}

/// [`parse_into`] for a caller that has read the tag's name: it ends at `name_end` (at
/// whitespace, `/`, `>` or the end of `src`).
pub fn parse_into_after_name<'a>(src: &'a str, name_end: usize, out: &mut Vec<Attr<'a>>) {
    out.clear();
    let b = src.as_bytes();
    let mut i = name_end;
    loop {
        i = skip_while(b, i, SPACE | SLASH);
        if i >= b.len() || b[i] == b'>' {
            break;
        }
        // Attribute name: up to space, `/`, `>` or `=` (a leading `=` belongs to the name).
        let start = i;
        let mut upper = CLASS[usize::from(b[i])] & UPPER;
        i += 1;
        while i < b.len() {
            let class = CLASS[usize::from(b[i])];
            if class & (SPACE | SLASH | GT | EQ) != 0 {
                break;
            }
            upper |= class;
            i += 1;
        }
        let name = &src[start..i];
        i = skip_while(b, i, SPACE);
        let mut value = "";
        if i < b.len() && b[i] == b'=' {
            i = skip_while(b, i + 1, SPACE);
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vstart = i + 1;
                let vend = memchr::memchr(q, &b[vstart..]).map_or(b.len(), |p| vstart + p);
                value = &src[vstart..vend];
                i = (vend + 1).min(b.len());
            } else {
                let vstart = i;
                i = skip_until(b, i, SPACE | GT);
                value = &src[vstart..i];
            }
        }
        let name = if upper != 0 {
            Cow::Owned(name.to_ascii_lowercase())
        } else {
            Cow::Borrowed(name)
        };
        // First one wins. The duplicate check is linear, so a hostile tag with thousands of
        // attributes stops being read after MAX_ATTRIBUTES (no reading markup needs them).
        if !out.iter().any(|a| a.name == name) {
            out.push(Attr { name, value });
            if out.len() >= MAX_ATTRIBUTES {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(src: &str) -> Vec<(String, String)> {
        parse(src)
            .into_iter()
            .map(|a| (a.name.into_owned(), a.value.to_string()))
            .collect()
    }

    #[test]
    fn quoted_unquoted_and_bare() {
        assert_eq!(
            pairs(r#"<a HREF=x title='y z' data-a="b>c" checked/>"#),
            vec![
                ("href".into(), "x".into()),
                ("title".into(), "y z".into()),
                ("data-a".into(), "b>c".into()),
                ("checked".into(), "".into())
            ]
        );
    }

    #[test]
    fn browser_quirks() {
        assert_eq!(
            pairs("<img src = a.png alt>"),
            vec![("src".into(), "a.png".into()), ("alt".into(), "".into())]
        );
        assert_eq!(pairs("<p a=1 a=2>"), vec![("a".into(), "1".into())]);
        assert_eq!(pairs("<p/onclick=x>"), vec![("onclick".into(), "x".into())]);
        assert_eq!(pairs("<p =x>"), vec![("=x".into(), "".into())]);
        assert_eq!(
            pairs(r#"<p title="unterminated"#),
            vec![("title".into(), "unterminated".into())]
        );
        assert!(pairs("<br>").is_empty());
    }
}
