//! The stack of open elements with which pass 1 builds the tree.
//!
//! The tokenizer reports start tags and explicit end tags; elements closed implicitly
//! (`<p>a<p>b`, `<li>a<li>b`) have none. This stack applies the commonest of HTML's
//! implied-end rules on each start tag, and on an explicit end tag pops to
//! the element it closes; pass 1 records each element's end as it pops, and pass 2 replays
//! those events, so both see the same tree. It never recurses: a page 200 000 elements deep is
//! a 200 000-entry `Vec`.

use super::tags::{TagInfo, class};

/// Index of a node in document order; 0 is the virtual document root.
pub type NodeId = u32;

/// What an end tag did to the stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndTag {
    /// It closed its element (and everything opened inside it).
    Closed,
    /// Nothing: no element of its name is open in scope.
    Ignored,
    /// A formatting element with a block opened inside it: the element ends, but the
    /// block stays open, and what follows is in the block and no longer in the element.
    /// The element stays on the stack, unmatchable, until its parent closes.
    Formatting(NodeId),
}

/// FNV-1a of a tag name as the tokenizer reads it (up to whitespace, `/` or `>`), lower-cased:
/// start and end tags of the same element hash alike.
pub fn name_hash(name: &[u8]) -> u32 {
    name.iter()
        .take_while(|&&c| !(c.is_ascii_whitespace() || c == b'/' || c == b'>'))
        .fold(super::tags::FNV_START, |h, &c| super::tags::fnv_step(h, c))
}

/// The name hash of an element that no end tag may match any more ([`EndTag::Formatting`]).
/// FNV-1a never gives 0 for the names the tokenizer reads.
const ZOMBIE: u32 = 0;

#[derive(Debug, Default)]
pub struct OpenStack {
    /// Each open element with its interned tag: the lists above are [`class`] bits of it.
    items: Vec<(NodeId, TagInfo)>,
    /// [`name_hash`] of each item's name as written (unknown elements share the empty
    /// interned name, so end tags are matched on this).
    names: Vec<u32>,
    /// Open elements that a later start tag may close implicitly: while there are none (the
    /// common case inside `div` soup), no search is needed.
    closable: u32,
}

impl OpenStack {
    /// A stack holding only the virtual root (node 0).
    pub fn new() -> Self {
        OpenStack {
            items: vec![(
                0,
                TagInfo {
                    name: "#root",
                    flags: 0,
                },
            )],
            names: vec![0],
            closable: 0,
        }
    }

    /// The innermost open element.
    pub fn top(&self) -> NodeId {
        self.items.last().map_or(0, |&(id, _)| id)
    }

    /// Element `id` (ids are given in increasing order) with `tag` starts. Elements it closes
    /// implicitly are appended to `popped`, innermost first. Returns the new element's parent.
    /// `name` is the [`name_hash`] of the tag name as written, which its end tag is matched on.
    pub fn open(
        &mut self,
        id: NodeId,
        info: TagInfo,
        name: u32,
        can_have_content: bool,
        popped: &mut Vec<NodeId>,
    ) -> NodeId {
        if self.closable > 0 {
            if let Some(from) = self.implied_close(info) {
                self.pop_from(from, popped);
            }
        }
        let parent = self.top();
        if can_have_content {
            self.items.push((id, info));
            self.names.push(name);
            if info.is(class::CLOSABLE) {
                self.closable += 1;
            }
        }
        parent
    }

    /// An end tag whose name hashes to `name` ([`name_hash`]) was seen, in HTML content:
    /// the tree builder's "in body" rules. An end tag of a special element (`</div>`) closes
    /// its element only in scope — not past a table cell, a table or a button; a heading's
    /// closes any open heading; `</body>` and `</html>` close nothing (what follows is still
    /// in the body); a formatting element's runs the adoption agency's outcome
    /// ([`EndTag::Formatting`]); any other closes its element unless a special element is
    /// open inside it. Popped elements are appended to `popped`, innermost first.
    pub fn close_named(&mut self, name: u32, info: TagInfo, popped: &mut Vec<NodeId>) -> EndTag {
        if matches!(info.name, "body" | "html") {
            return EndTag::Ignored;
        }
        let heading = info.is(class::HEADING);
        // Table parts close in table scope: past cells, up to the table.
        let table_part = matches!(
            info.name,
            "table" | "tbody" | "thead" | "tfoot" | "tr" | "td" | "th" | "caption"
        );
        let scoped = info.is(class::SPECIAL | class::FORMATTING | class::CLOSES_P);
        let mut block_inside = false;
        for i in (1..self.items.len()).rev() {
            let (id, t) = self.items[i];
            if self.names[i] == name || (heading && t.is(class::HEADING)) {
                if info.is(class::FORMATTING) && block_inside {
                    self.names[i] = ZOMBIE;
                    return EndTag::Formatting(id);
                }
                self.pop_from(i, popped);
                return EndTag::Closed;
            }
            let stops = if table_part {
                matches!(t.name, "table" | "template" | "html")
            } else if scoped {
                t.is(class::SCOPE_STOP)
            } else {
                t.is(class::SPECIAL)
            };
            if stops {
                return EndTag::Ignored;
            }
            block_inside |= t.is(class::SPECIAL);
        }
        EndTag::Ignored
    }

    /// The common case of an end tag in HTML content: it closes the innermost open element
    /// (not `<body>` or `<html>`, whose end tags close nothing). Returns whether it did; if
    /// not, [`OpenStack::close_named`] decides.
    pub fn close_top(&mut self, name: u32, popped: &mut Vec<NodeId>) -> bool {
        let top = self.items.len() - 1;
        if top == 0 || self.names[top] != name || matches!(self.items[top].1.name, "body" | "html")
        {
            return false;
        }
        self.pop_from(top, popped);
        true
    }

    /// An end tag in foreign content: pops the innermost open element of that name, as
    /// SVG and MathML elements close by name alone.
    pub fn close_foreign(&mut self, name: u32, popped: &mut Vec<NodeId>) {
        if let Some(from) = self.names.iter().rposition(|&n| n == name) {
            self.pop_from(from, popped);
        }
    }

    /// Whether an open `<p>` would be closed by `</p>` (a `p` in button scope).
    pub fn has_p_in_scope(&self) -> bool {
        self.find_open(&["p"], &[]).is_some()
    }

    /// Text that is not whitespace: in an unclosed `<head>`, it ends the head, as the tree
    /// builder's "in head" and "after head" rules do (the text is the body's).
    pub fn text_starts_body(&mut self, popped: &mut Vec<NodeId>) {
        if self.items.last().is_some_and(|(_, t)| t.name == "head") {
            self.pop_from(self.items.len() - 1, popped);
        }
    }

    /// The table that text read now is fostered out of: the innermost open element is a
    /// table or one of its row groups or rows (not a cell or caption), where the tree
    /// builder's "in table" rules move text that is not whitespace to before the table.
    pub fn foster_table(&self) -> Option<NodeId> {
        let mut items = self.items.iter().rev();
        let &(top, info) = items.next()?;
        match info.name {
            "table" => Some(top),
            "tbody" | "thead" | "tfoot" | "tr" => items
                .take(3)
                .find(|(_, t)| t.name == "table")
                .map(|&(id, _)| id),
            _ => None,
        }
    }

    /// End of input: close everything but the root.
    pub fn close_all(&mut self, popped: &mut Vec<NodeId>) {
        self.pop_from(1, popped);
    }

    fn pop_from(&mut self, from: usize, popped: &mut Vec<NodeId>) {
        let from = from.max(1);
        while self.items.len() > from {
            self.names.pop();
            if let Some((id, info)) = self.items.pop() {
                if info.is(class::CLOSABLE) {
                    self.closable -= 1;
                }
                popped.push(id);
            }
        }
    }

    /// Index in `items` from which a new `tag` closes open elements, if it does.
    fn implied_close(&self, info: TagInfo) -> Option<usize> {
        let tag = info.name;
        let top = self.items.last()?.1.name;
        if top == "head" && !info.is(class::HEAD_CONTENT) {
            // Body content (or <body>) ends an unclosed <head>.
            return Some(self.items.len() - 1);
        }
        match tag {
            "li" => self.find_open(&["li"], &["ul", "ol", "menu", "dir"]),
            "dd" | "dt" => self.find_open(&["dd", "dt"], &["dl"]),
            "tr" => self.find_open(&["tr"], &["table", "thead", "tbody", "tfoot"]),
            "td" | "th" => self.find_open(&["td", "th"], &["tr", "table"]),
            "thead" | "tbody" | "tfoot" => self.find_open(&["thead", "tbody", "tfoot"], &["table"]),
            "option" | "optgroup" if top == "option" => Some(self.items.len() - 1),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
                if matches!(top, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") =>
            {
                Some(self.items.len() - 1)
            }
            // A link inside a link closes the outer one, as HTML's adoption agency does — but
            // block elements opened inside the outer link stay open there (the browser moves
            // them out of the link, it does not close them): `<a name=x /><div id=comments>…
            // <h4><a>` must keep the comments inside their container.
            "a" => self.find_open(&["a"], &[]).filter(|&i| {
                !self.items[i + 1..]
                    .iter()
                    .any(|(_, t)| t.is(class::CLOSES_P))
            }),
            _ if info.is(class::CLOSES_P) => self.find_open(&["p"], &[]),
            _ => None,
        }
    }

    /// The open `<a>` that a new link does not close because blocks were opened inside it
    /// (see [`OpenStack::implied_close`]), if any.
    pub fn link_around_blocks(&self) -> Option<NodeId> {
        let i = self.find_open(&["a"], &[])?;
        self.items[i + 1..]
            .iter()
            .any(|(_, t)| t.is(class::CLOSES_P))
            .then_some(self.items[i].0)
    }

    /// Searches the stack from the top for one of `targets`, stopping at `stops` or a scope
    /// boundary.
    fn find_open(&self, targets: &[&str], stops: &[&str]) -> Option<usize> {
        for (i, &(_, t)) in self.items.iter().enumerate().rev().take(64) {
            if targets.contains(&t.name) {
                return Some(i);
            }
            if t.is(class::SCOPE_STOP) || stops.contains(&t.name) {
                return None;
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::tags::intern;

    #[test]
    fn paragraph_closed_by_next_paragraph() {
        let mut s = OpenStack::new();
        let mut popped = vec![];
        assert_eq!(
            s.open(1, intern("body"), name_hash(b"body"), true, &mut popped),
            0
        );
        assert_eq!(
            s.open(2, intern("p"), name_hash(b"p"), true, &mut popped),
            1
        );
        assert_eq!(
            s.open(3, intern("p"), name_hash(b"p"), true, &mut popped),
            1
        );
        assert_eq!(popped, vec![2]);
    }

    #[test]
    fn list_items_close_siblings_not_nested_lists() {
        let mut s = OpenStack::new();
        let mut popped = vec![];
        s.open(1, intern("ul"), name_hash(b"ul"), true, &mut popped);
        s.open(2, intern("li"), name_hash(b"li"), true, &mut popped);
        s.open(3, intern("ul"), name_hash(b"ul"), true, &mut popped);
        assert_eq!(
            s.open(4, intern("li"), name_hash(b"li"), true, &mut popped),
            3
        );
        assert!(popped.is_empty());
        s.close_named(name_hash(b"ul"), intern("ul"), &mut popped);
        assert_eq!(popped, vec![4, 3]);
        assert_eq!(
            s.open(5, intern("li"), name_hash(b"li"), true, &mut popped),
            1
        );
        assert_eq!(popped, vec![4, 3, 2]);
    }

    #[test]
    fn end_tag_of_closed_element_is_ignored() {
        let mut s = OpenStack::new();
        let mut popped = vec![];
        s.open(1, intern("div"), name_hash(b"div"), true, &mut popped);
        s.open(2, intern("p"), name_hash(b"p"), true, &mut popped);
        s.open(3, intern("div"), name_hash(b"div"), true, &mut popped);
        assert_eq!(popped, vec![2]);
        s.close_named(name_hash(b"P"), intern("p"), &mut popped);
        assert_eq!(s.top(), 3);
        s.close_all(&mut popped);
        assert_eq!(s.top(), 0);
    }

    #[test]
    fn body_content_closes_an_unclosed_head() {
        let mut s = OpenStack::new();
        let mut popped = vec![];
        s.open(1, intern("html"), name_hash(b"html"), true, &mut popped);
        s.open(2, intern("head"), name_hash(b"head"), true, &mut popped);
        assert_eq!(
            s.open(3, intern("meta"), name_hash(b"meta"), false, &mut popped),
            2
        );
        assert_eq!(
            s.open(4, intern("body"), name_hash(b"body"), true, &mut popped),
            1
        );
        assert_eq!(popped, vec![2]);
    }

    #[test]
    fn nested_link_keeps_blocks_opened_inside_the_outer_link() {
        let mut s = OpenStack::new();
        let mut popped = vec![];
        s.open(1, intern("div"), name_hash(b"div"), true, &mut popped);
        s.open(2, intern("a"), name_hash(b"a"), true, &mut popped);
        s.open(3, intern("div"), name_hash(b"div"), true, &mut popped);
        s.open(4, intern("h4"), name_hash(b"h4"), true, &mut popped);
        assert_eq!(
            s.open(5, intern("a"), name_hash(b"a"), true, &mut popped),
            4
        );
        assert!(popped.is_empty());
        s.close_named(name_hash(b"a"), intern("a"), &mut popped);
        // Inline only between the links: the outer one closes.
        s.open(6, intern("a"), name_hash(b"a"), true, &mut popped);
        s.open(7, intern("b"), name_hash(b"b"), true, &mut popped);
        popped.clear();
        assert_eq!(
            s.open(8, intern("a"), name_hash(b"a"), true, &mut popped),
            4
        );
        assert_eq!(popped, vec![7, 6]);
    }

    #[test]
    fn void_elements_are_not_pushed() {
        let mut s = OpenStack::new();
        let mut popped = vec![];
        s.open(1, intern("div"), name_hash(b"div"), true, &mut popped);
        assert_eq!(
            s.open(2, intern("img"), name_hash(b"img"), false, &mut popped),
            1
        );
        assert_eq!(s.top(), 1);
    }
}
