//! The article HTML read back into a small tree for the Markdown writer.
//!
//! The input is the article's `content`: markup qingyue's sanitizer wrote (every element
//! closed, names lower case, only allowlisted tags) or, from JS, whatever a caller passes. It
//! is read by the crate's one HTML tokenizer; the tree rules are only what that output needs:
//! void elements, `/>` inside MathML, and an end tag closing up to its open element (a stray
//! one is ignored). Nothing here recurses: the writer walks the tree with its own stack.

use std::ops::Range;

use crate::html::attrs::Attr;
use crate::html::decode;
use crate::html::tokenizer::{Content, EndTag, Sink, StartTag, TextKind, Tokenizer};

/// Index of a node in [`Tree::nodes`]; the root is 0.
pub type Id = u32;

/// What a node is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Data {
    Root,
    Element {
        /// ASCII lower case.
        name: String,
        /// Decoded attribute values, first of a name wins.
        attrs: Vec<(String, String)>,
    },
    Text(String),
}

#[derive(Debug, Clone)]
pub struct Node {
    pub parent: Id,
    pub children: Vec<Id>,
    pub data: Data,
}

#[derive(Debug, Clone)]
pub struct Tree {
    pub nodes: Vec<Node>,
}

/// Elements that never have content (HTML's void elements).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

impl Tree {
    /// Reads an HTML fragment.
    pub fn parse(html: &str) -> Tree {
        let mut builder = Builder {
            src: html,
            tree: Tree {
                nodes: vec![Node {
                    parent: 0,
                    children: Vec::new(),
                    data: Data::Root,
                }],
            },
            open: vec![0],
            math: 0,
        };
        Tokenizer::new().feed(html, true, &mut builder);
        builder.tree
    }

    /// The element name of `id` (empty for text and the root).
    pub fn name(&self, id: Id) -> &str {
        match &self.nodes[id as usize].data {
            Data::Element { name, .. } => name,
            _ => "",
        }
    }

    /// An attribute of element `id`.
    pub fn attr(&self, id: Id, name: &str) -> Option<&str> {
        match &self.nodes[id as usize].data {
            Data::Element { attrs, .. } => attrs
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    pub fn children(&self, id: Id) -> &[Id] {
        &self.nodes[id as usize].children
    }

    /// The text under `id`, in document order (`<br>` as a line break), without recursion.
    pub fn text_of(&self, id: Id) -> String {
        let mut out = String::new();
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            match &self.nodes[n as usize].data {
                Data::Text(t) => out.push_str(t),
                Data::Element { name, .. } if name == "br" => out.push('\n'),
                _ => stack.extend(self.children(n).iter().rev()),
            }
        }
        out
    }

    /// Elements under `id` (itself included) in document order, without recursion.
    pub fn descendants(&self, id: Id) -> Vec<Id> {
        let mut out = Vec::new();
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            out.push(n);
            stack.extend(self.children(n).iter().rev());
        }
        out
    }

    fn push(&mut self, parent: Id, data: Data) -> Id {
        let id = Id::try_from(self.nodes.len()).unwrap_or(Id::MAX);
        self.nodes.push(Node {
            parent,
            children: Vec::new(),
            data,
        });
        self.nodes[parent as usize].children.push(id);
        id
    }
}

struct Builder<'a> {
    src: &'a str,
    tree: Tree,
    open: Vec<Id>,
    /// Open `<math>` elements: inside, `/>` closes an element as in foreign content.
    math: usize,
}

impl Builder<'_> {
    fn top(&self) -> Id {
        self.open.last().copied().unwrap_or(0)
    }
}

impl Sink for Builder<'_> {
    fn text(&mut self, span: Range<usize>, kind: TextKind) {
        let text = decode::text(&self.src[span], kind);
        let top = self.top();
        // Adjacent text runs (a character reference splits none, but CDATA might) join.
        if let Some(&last) = self.tree.nodes[top as usize].children.last() {
            if let Data::Text(t) = &mut self.tree.nodes[last as usize].data {
                t.push_str(&text);
                return;
            }
        }
        self.tree.push(top, Data::Text(text.into_owned()));
    }

    fn start_tag(&mut self, tag: &StartTag<'_>) -> Content {
        let name = self.src[tag.span.start + 1..tag.name_end].to_ascii_lowercase();
        let attrs = tag
            .attributes
            .iter()
            .map(|Attr { name, value }| {
                (
                    name.to_ascii_lowercase(),
                    decode::attribute_value(value).into_owned(),
                )
            })
            .collect();
        let void = VOID.contains(&name.as_str()) || (self.math > 0 && tag.self_closing);
        let is_math = name == "math";
        let id = self.tree.push(self.top(), Data::Element { name, attrs });
        if !void {
            self.open.push(id);
            self.math += usize::from(is_math);
        }
        Content::Data
    }

    fn end_tag(&mut self, tag: &EndTag) {
        let name = self.src[tag.span.start + 2..tag.name_end].to_ascii_lowercase();
        if let Some(at) = self.open.iter().rposition(|&id| self.tree.name(id) == name) {
            if at == 0 {
                return;
            }
            for id in self.open.drain(at..) {
                if self.tree.name(id) == "math" {
                    self.math -= 1;
                }
            }
        }
    }

    fn comment(&mut self, _span: Range<usize>, _data: Range<usize>) {}

    fn doctype(&mut self, _span: Range<usize>) {}

    fn cdata_allowed(&self) -> bool {
        self.math > 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_the_tree_an_emitted_article_describes() {
        let t = Tree::parse("<div><p>a<br>b &amp; c</p><img src=x alt=y><p>d</p></div>");
        let div = t.children(0)[0];
        assert_eq!(t.name(div), "div");
        let kids: Vec<&str> = t.children(div).iter().map(|&k| t.name(k)).collect();
        assert_eq!(kids, ["p", "img", "p"]);
        assert_eq!(t.text_of(div), "a\nb & cd");
        assert_eq!(t.attr(t.children(div)[1], "alt"), Some("y"));
    }

    #[test]
    fn stray_end_tags_and_self_closing_mathml_do_not_break_the_tree() {
        let t = Tree::parse("<p>a</b></span>b</p><math><mspace/><mi>x</mi></math>");
        assert_eq!(t.text_of(0), "abx");
        let math = t.children(0)[1];
        assert_eq!(t.children(math).len(), 2);
    }

    #[test]
    fn deep_nesting_is_walked_without_recursion() {
        let html = "<div>".repeat(200_000) + "x";
        let t = Tree::parse(&html);
        assert_eq!(t.text_of(0), "x");
        assert_eq!(t.descendants(0).len(), 200_002);
    }
}
