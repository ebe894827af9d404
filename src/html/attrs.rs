//! Attributes of a start tag, read from its source text.
//!
//! Pass 1 records where each start tag lies in the input (the tokenizer's ranges); pass 2
//! reads the attributes of the few elements it emits straight from that slice instead of
//! parsing the whole page a second time. The states follow the HTML tokenizer's attribute
//! states, so `<a href=x title='y z' data-a="b"/>` and `<img src=a.png alt>` read as a browser
//! reads them; the first of two same-named attributes wins, as in a browser.

use std::borrow::Cow;
use std::hash::Hasher;

/// Attributes read per start tag.
const MAX_ATTRIBUTES: usize = 256;
/// Attributes a tag holds before the duplicate check looks names up by hash instead of
/// comparing with each ([`read_many`]: a hostile tag repeating 255 names for 10 MiB took
/// 1.6 s).
const LINEAR_DUPLICATE_CHECK: usize = 16;

/// One attribute: lower-case name and raw value (entities not yet decoded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attr<'a> {
    pub name: Cow<'a, str>,
    pub value: &'a str,
}

impl<'a> Attr<'a> {
    /// An attribute as stored: its name lower-cased (copied only when it has upper case).
    fn stored(name: &'a str, upper: bool, value: &'a str) -> Self {
        let name = if upper {
            Cow::Owned(name.to_ascii_lowercase())
        } else {
            Cow::Borrowed(name)
        };
        Attr { name, value }
    }
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

/// The hash of an attribute name, ignoring ASCII case.
fn name_hash(name: &str) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    for b in name.bytes() {
        h.write_u8(b.to_ascii_lowercase());
    }
    h.finish()
}

/// [`parse_into`] for a caller that has read the tag's name: it ends at `name_end` (at
/// whitespace, `/`, `>` or the end of `src`).
pub fn parse_into_after_name<'a>(src: &'a str, name_end: usize, out: &mut Vec<Attr<'a>>) {
    read_tag(src, name_end, out);
}

/// Reads a start tag of `src` from where its name ends, `name_end`, through the attribute
/// states: its attributes go to `out` (cleared first), and the answer is where the tag ends
/// (past its `>`) and whether it is self-closing (a `/` right before the `>` between
/// attributes, not the end of an unquoted value: `<a href=x/>`); `None` when `src` ends
/// inside the tag. The tokenizer finds start tags' ends with it, in the same walk that reads
/// their attributes.
pub fn read_tag<'a>(
    src: &'a str,
    name_end: usize,
    out: &mut Vec<Attr<'a>>,
) -> Option<(usize, bool)> {
    out.clear();
    let mut i = name_end;
    loop {
        let (name, upper, value, next) = match next_attribute(src, i) {
            Ok(attribute) => attribute,
            Err(at) => return tag_end_at(src, i, at),
        };
        i = next;
        // First one wins. Stored names are lower case; a name with upper case is copied only
        // when it is stored.
        let duplicate = if upper {
            out.iter().any(|a| a.name.eq_ignore_ascii_case(name))
        } else {
            out.iter().any(|a| a.name == name)
        };
        if !duplicate {
            out.push(Attr::stored(name, upper, value));
            if out.len() == LINEAR_DUPLICATE_CHECK {
                return read_many(src, i, out);
            }
        }
    }
}

/// Where reading stopped, `at` (past the attribute that ended at `from`): the tag's end if a
/// `>` is there, self-closing if a `/` skipped right before it; `None` at the end of `src`.
fn tag_end_at(src: &str, from: usize, at: usize) -> Option<(usize, bool)> {
    let b = src.as_bytes();
    (b.get(at) == Some(&b'>')).then(|| (at + 1, at > from && b[at - 1] == b'/'))
}

/// The rest of a tag with many attributes: duplicates are looked up by hash. Names stop
/// being kept at [`MAX_ATTRIBUTES`] (no reading markup needs more); the tag is read to its
/// end.
#[cold]
#[inline(never)]
fn read_many<'a>(src: &'a str, mut i: usize, out: &mut Vec<Attr<'a>>) -> Option<(usize, bool)> {
    let mut seen: rustc_hash::FxHashMap<u64, usize> = out
        .iter()
        .enumerate()
        .map(|(k, a)| (name_hash(&a.name), k))
        .collect();
    loop {
        let (name, upper, value, next) = match next_attribute(src, i) {
            Ok(attribute) => attribute,
            Err(at) => return tag_end_at(src, i, at),
        };
        i = next;
        if out.len() >= MAX_ATTRIBUTES {
            continue;
        }
        let hash = name_hash(name);
        let same = |a: &Attr| a.name.eq_ignore_ascii_case(name);
        // A hash shared by two names falls back to comparing with each.
        if seen
            .get(&hash)
            .is_some_and(|&k| same(&out[k]) || out.iter().any(same))
        {
            continue;
        }
        seen.insert(hash, out.len());
        out.push(Attr::stored(name, upper, value));
    }
}

/// The attribute from `i` on (past spaces and slashes): its name as written, whether that
/// has upper case, its raw value, and where reading goes on. At the tag's `>` or the end of
/// `src`: where that is.
#[inline(always)]
fn next_attribute(src: &str, i: usize) -> Result<(&str, bool, &str, usize), usize> {
    let b = src.as_bytes();
    let mut i = skip_while(b, i, SPACE | SLASH);
    if i >= b.len() || b[i] == b'>' {
        return Err(i);
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
            // An unterminated value runs to the end: past it, so the tag is unfinished.
            i = vend + 1;
        } else {
            let vstart = i;
            i = skip_until(b, i, SPACE | GT);
            value = &src[vstart..i];
        }
    }
    Ok((name, upper != 0, value, i))
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

    #[test]
    fn first_of_duplicates_wins_in_tags_with_many_attributes() {
        // Past LINEAR_DUPLICATE_CHECK names, duplicates are found by hash, in any case.
        let names: Vec<String> = (0..40).map(|k| format!("a{k}")).collect();
        let src = format!(
            "<p {} {} {}>",
            names
                .iter()
                .map(|n| format!("{n}=first"))
                .collect::<Vec<_>>()
                .join(" "),
            names
                .iter()
                .map(|n| format!("{}=again", n.to_uppercase()))
                .collect::<Vec<_>>()
                .join(" "),
            "b=last"
        );
        let got = pairs(&src);
        assert_eq!(got.len(), 41);
        assert!(
            got[..40]
                .iter()
                .zip(&names)
                .all(|((n, v), m)| n == m && v == "first")
        );
        assert_eq!(got[40], ("b".into(), "last".into()));
        // Distinct names stop at MAX_ATTRIBUTES.
        let many: String = (0..1000).map(|k| format!(" x{k}")).collect();
        assert_eq!(pairs(&format!("<p{many}>")).len(), MAX_ATTRIBUTES);
    }
}
