//! The namespace pass 1 is in (HTML, SVG or MathML), as the tree builder keeps it: the HTML
//! standard's "in foreign content" breakouts, integration points and `<font>`, and
//! `</p>`/`</br>` leaving foreign content. It decides where markup is raw text (`<title>` in
//! HTML is RCDATA, `<title>` in SVG holds markup), where `<![CDATA[` is text, and which
//! elements are foreign, also where the open-element stack and the namespace disagree
//! (`<div><svg></div><path/>`: the `</div>` closes the `<svg>` element, not the SVG
//! namespace, as lol_html's tree-builder simulator and browsers agree).

/// A namespace of the tree builder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ns {
    Html,
    Svg,
    MathMl,
}

/// Start tags that end foreign content (the standard's list).
const BREAKOUT: &[&str] = &[
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "center",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "hr",
    "i",
    "img",
    "li",
    "listing",
    "menu",
    "meta",
    "nobr",
    "ol",
    "p",
    "pre",
    "ruby",
    "s",
    "small",
    "span",
    "strong",
    "strike",
    "sub",
    "sup",
    "table",
    "tt",
    "u",
    "ul",
    "var",
];

/// MathML text integration points: their content is HTML.
const MATHML_TEXT_POINTS: &[&str] = &["mi", "mo", "mn", "ms", "mtext"];
/// SVG HTML integration points.
const SVG_HTML_POINTS: &[&str] = &["desc", "title", "foreignobject"];

fn is(name: &[u8], word: &str) -> bool {
    name.eq_ignore_ascii_case(word.as_bytes())
}

fn one_of(name: &[u8], words: &[&str]) -> bool {
    words.iter().any(|w| is(name, w))
}

/// The namespaces entered and not yet left, innermost last (never empty: HTML first).
#[derive(Debug)]
pub struct Namespaces {
    stack: Vec<Ns>,
}

impl Default for Namespaces {
    fn default() -> Self {
        Namespaces {
            stack: vec![Ns::Html],
        }
    }
}

/// What a start tag needs beyond its name, read only inside foreign content.
pub trait StartTagDetails {
    /// Whether it ends in `/>` (not inside an attribute value).
    fn self_closing(&self) -> bool;
    /// The raw value of attribute `name` (lower case), if it has one.
    fn attribute(&self, name: &str) -> Option<&str>;
}

impl Namespaces {
    pub fn current(&self) -> Ns {
        self.stack.last().copied().unwrap_or(Ns::Html)
    }

    fn enter(&mut self, ns: Ns) {
        self.stack.push(ns);
    }

    fn leave(&mut self) {
        if self.stack.len() > 1 {
            self.stack.pop();
        }
    }

    /// A start tag named `name` (as written): returns the namespace before it (raw text
    /// starts only where that is HTML) and after it (the element's own: an integration
    /// point is already HTML).
    #[inline]
    pub fn start(&mut self, name: &[u8], tag: &impl StartTagDetails) -> (Ns, Ns) {
        // Most tags: in HTML content, and not `svg` or `math`.
        if self.stack.len() == 1 && !matches!(name.len(), 3 | 4) {
            return (Ns::Html, Ns::Html);
        }
        self.start_tag(name, tag)
    }

    fn start_tag(&mut self, name: &[u8], tag: &impl StartTagDetails) -> (Ns, Ns) {
        let before = self.current();
        if is(name, "svg") {
            self.enter(Ns::Svg);
        } else if is(name, "math") {
            self.enter(Ns::MathMl);
        } else if before != Ns::Html {
            if one_of(name, BREAKOUT) {
                self.leave();
            } else if (before == Ns::Svg && one_of(name, SVG_HTML_POINTS))
                || (before == Ns::MathMl && one_of(name, MATHML_TEXT_POINTS))
            {
                if !tag.self_closing() {
                    self.enter(Ns::Html);
                }
            } else if is(name, "font") {
                if ["color", "size", "face"]
                    .iter()
                    .any(|a| tag.attribute(a).is_some())
                {
                    self.leave();
                }
            } else if before == Ns::MathMl
                && is(name, "annotation-xml")
                && !tag.self_closing()
                && tag.attribute("encoding").is_some_and(|v| {
                    v.eq_ignore_ascii_case("text/html")
                        || v.eq_ignore_ascii_case("application/xhtml+xml")
                })
            {
                self.enter(Ns::Html);
            }
        }
        (before, self.current())
    }

    /// An end tag named `name` (as written).
    pub fn end(&mut self, name: &[u8]) {
        let n = self.stack.len();
        if n < 2 {
            return;
        }
        match self.current() {
            Ns::Html => {
                let outer = self.stack[n - 2];
                if (outer == Ns::MathMl
                    && (one_of(name, MATHML_TEXT_POINTS) || is(name, "annotation-xml")))
                    || (outer == Ns::Svg && one_of(name, SVG_HTML_POINTS))
                {
                    self.leave();
                }
            }
            ns => {
                if (ns == Ns::Svg && is(name, "svg"))
                    || (ns == Ns::MathMl && is(name, "math"))
                    || is(name, "p")
                    || is(name, "br")
                {
                    self.leave();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Tag<'a> {
        self_closing: bool,
        attrs: &'a [(&'a str, &'a str)],
    }

    impl StartTagDetails for Tag<'_> {
        fn self_closing(&self) -> bool {
            self.self_closing
        }
        fn attribute(&self, name: &str) -> Option<&str> {
            self.attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
        }
    }

    const OPEN: Tag = Tag {
        self_closing: false,
        attrs: &[],
    };

    /// Feeds `<name` / `</name` tokens; returns the namespace after each.
    fn run(tags: &[&str]) -> Vec<Ns> {
        let mut ns = Namespaces::default();
        tags.iter()
            .map(|t| {
                match t.strip_prefix('/') {
                    Some(end) => ns.end(end.as_bytes()),
                    None => {
                        ns.start(t.as_bytes(), &OPEN);
                    }
                }
                ns.current()
            })
            .collect()
    }

    #[test]
    fn svg_and_math_are_entered_and_left() {
        use Ns::*;
        assert_eq!(run(&["svg", "g", "/g", "/svg"]), [Svg, Svg, Svg, Html]);
        assert_eq!(run(&["MATH", "mrow", "/Math"]), [MathMl, MathMl, Html]);
        // A breakout start tag, and `</p>`, leave; `</div>` does not.
        assert_eq!(run(&["svg", "p"]), [Svg, Html]);
        assert_eq!(run(&["math", "/p"]), [MathMl, Html]);
        assert_eq!(run(&["svg", "/div", "path"]), [Svg, Svg, Svg]);
    }

    #[test]
    fn integration_points_hold_html_until_their_end() {
        use Ns::*;
        assert_eq!(
            run(&["svg", "foreignObject", "div", "/div", "/foreignobject", "g"]),
            [Svg, Html, Html, Html, Svg, Svg]
        );
        assert_eq!(
            run(&["math", "mi", "/mi", "title"]),
            [MathMl, Html, MathMl, MathMl]
        );
        let mut ns = Namespaces::default();
        ns.start(b"svg", &OPEN);
        let closed = Tag {
            self_closing: true,
            attrs: &[],
        };
        assert_eq!(ns.start(b"title", &closed), (Svg, Svg));
        assert_eq!(ns.start(b"title", &OPEN), (Svg, Html));
    }

    #[test]
    fn font_and_annotation_xml_read_attributes() {
        let mut ns = Namespaces::default();
        ns.start(b"svg", &OPEN);
        ns.start(b"font", &OPEN);
        assert_eq!(ns.current(), Ns::Svg);
        let colored = Tag {
            self_closing: false,
            attrs: &[("color", "red")],
        };
        ns.start(b"font", &colored);
        assert_eq!(ns.current(), Ns::Html);
        ns.start(b"math", &OPEN);
        let html = Tag {
            self_closing: false,
            attrs: &[("encoding", "Text/HTML")],
        };
        assert_eq!(ns.start(b"annotation-xml", &html), (Ns::MathMl, Ns::Html));
        ns.end(b"annotation-xml");
        assert_eq!(ns.current(), Ns::MathMl);
    }
}
