//! The article tree written as GitHub-flavoured Markdown.
//!
//! One walk with an explicit stack (pages nest 100,000 deep). Inline content gathers in a
//! buffer per block; a block boundary writes the buffer out under the open containers'
//! prefixes (`> ` for quotes, a list marker or its indent for items). The rules:
//!
//! * **No inserted breaks.** Lines are never wrapped. A run of white space becomes one space,
//!   except a line break between two wide (CJK) characters, which is dropped, as CSS Text
//!   drops it, so Chinese text gets no spaces it did not have.
//! * **Emphasis that parses.** `**…**` opens and closes only where CommonMark's flanking rules
//!   let it (`**“重要”**的` does not close); the markers are decided when the block is
//!   written, with both neighbours known, and fall back to `<strong>` where they would not
//!   parse. Text that would read as markup (`*`, `_` at a word edge, `[`, `<tag`, `$`, a `#`
//!   or `1.` opening a line …) is escaped.
//! * Tables become GFM tables (the first row heads them; cells hold inline Markdown, `<br>`
//!   between their blocks); code blocks are fenced with the page's language; ruby is its base
//!   text; `<math>` is `$…$` or a `$$` block ([`super::math`]); footnotes are `[^n]`
//!   ([`super::footnotes`]); a thread's posts are separated by rules.

use super::footnotes::{self, Footnotes};
use super::math;
use super::tree::{Data, Id, Tree};
use crate::heuristics::MAX_COLSPAN;
use crate::text::is_cjk;

/// Emphasis markers, decided when their block is written (Unicode noncharacters: the input's
/// own are removed from its text).
const OPEN: char = '\u{FDD0}';
const CLOSE: char = '\u{FDD1}';

#[derive(Clone, Copy, PartialEq, Eq)]
enum Emphasis {
    Em,
    Strong,
    Del,
}

impl Emphasis {
    fn code(self) -> char {
        match self {
            Emphasis::Em => 'e',
            Emphasis::Strong => 's',
            Emphasis::Del => 'd',
        }
    }

    fn of(code: char) -> Emphasis {
        match code {
            's' => Emphasis::Strong,
            'd' => Emphasis::Del,
            _ => Emphasis::Em,
        }
    }

    fn marker(self) -> &'static str {
        match self {
            Emphasis::Em => "*",
            Emphasis::Strong => "**",
            Emphasis::Del => "~~",
        }
    }

    fn tag(self) -> &'static str {
        match self {
            Emphasis::Em => "em",
            Emphasis::Strong => "strong",
            Emphasis::Del => "del",
        }
    }
}

/// An open block container.
enum Container {
    Quote,
    /// A list item (or a footnote): its marker until its first line is written, then as many
    /// spaces.
    Item {
        marker: String,
        indent: usize,
        used: bool,
    },
}

/// How the next block is separated from the last.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Gap {
    Blank,
    Line,
}

struct List {
    ordered: bool,
    next: u64,
    notes: bool,
}

/// A table being gathered: rows of cells of inline Markdown.
#[derive(Default)]
struct Table {
    rows: Vec<Vec<String>>,
}

/// Where an inline element started: the block (counted by [`Writer::blocks`]) and the
/// offset in its buffer. A block that ends inside the element (`<b><p>…</p></b>`) has written
/// its start out, and the element's markup is left out.
#[derive(Clone, Copy)]
struct Mark {
    block: u64,
    at: usize,
}

/// What leaving an element must undo.
enum Exit {
    Nothing,
    Block,
    Heading(usize),
    Emphasis(Mark, Emphasis),
    Link(Mark, Id),
    Html(&'static str),
    Quote,
    List,
    Item,
    Table,
    Row,
    Cell(Id),
}

struct Writer<'t> {
    tree: &'t Tree,
    notes: Footnotes,
    out: String,
    inline: String,
    /// White space seen and not yet written, and whether it held a line break.
    space: Option<bool>,
    containers: Vec<Container>,
    gap: Gap,
    lists: Vec<List>,
    tables: Vec<Table>,
    /// Open cells of the outermost table (a nested table's cells run into them).
    cells: usize,
    /// Inline buffers taken so far.
    blocks: u64,
}

/// Writes the article HTML's tree as Markdown (no front matter).
pub fn write(tree: &Tree) -> String {
    let mut w = Writer {
        tree,
        notes: Footnotes::find(tree),
        out: String::new(),
        inline: String::new(),
        space: None,
        containers: Vec::new(),
        gap: Gap::Blank,
        lists: Vec::new(),
        tables: Vec::new(),
        cells: 0,
        blocks: 0,
    };
    let mut stack: Vec<(Id, Option<Exit>)> = vec![(0, None)];
    while let Some((id, exit)) = stack.pop() {
        if let Some(exit) = exit {
            w.leave(exit);
            continue;
        }
        let (exit, descend) = w.enter(id);
        stack.push((id, Some(exit)));
        if descend {
            stack.extend(tree.children(id).iter().rev().map(|&c| (c, None)));
        }
    }
    w.flush();
    let mut out = w.out;
    out.truncate(out.trim_end().len());
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

fn is_wide(c: char) -> bool {
    (is_cjk(c) && !('\u{AC00}'..='\u{D7AF}').contains(&c))
        || matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}')
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c')
}

impl Writer<'_> {
    fn enter(&mut self, id: Id) -> (Exit, bool) {
        let tree = self.tree;
        let name = match &tree.nodes[id as usize].data {
            Data::Text(t) => {
                self.text(t);
                return (Exit::Nothing, false);
            }
            Data::Root => return (Exit::Nothing, true),
            Data::Element { name, .. } => name.as_str(),
        };
        let in_table = !self.tables.is_empty();
        match name {
            "p" | "div" | "dl" | "dt" | "dd" | "figure" | "figcaption" | "details" | "summary"
            | "address" | "header" | "footer" | "section" | "main" | "aside" | "nav"
            | "caption" | "center" | "hgroup" => {
                self.block_break();
                (Exit::Block, true)
            }
            "article" => {
                self.block_break();
                let previous = self.previous_element(id);
                if previous.is_some_and(|p| tree.name(p) == "article") && self.cells == 0 {
                    self.rule();
                }
                (Exit::Block, true)
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.block_break();
                let level = usize::from(name.as_bytes()[1] - b'0');
                (Exit::Heading(level), true)
            }
            "hr" => {
                if self.cells == 0 {
                    self.block_break();
                    self.rule();
                }
                (Exit::Nothing, false)
            }
            "br" => {
                self.line_break();
                (Exit::Nothing, false)
            }
            "blockquote" if self.cells == 0 => {
                self.block_break();
                self.containers.push(Container::Quote);
                self.gap = Gap::Blank;
                (Exit::Quote, true)
            }
            "ul" | "ol" if self.cells == 0 => {
                self.block_break();
                let inside_item = matches!(self.containers.last(), Some(Container::Item { .. }));
                self.gap = if inside_item { Gap::Line } else { Gap::Blank };
                let start = tree
                    .attr(id, "start")
                    .and_then(|s| s.trim().parse().ok())
                    .unwrap_or(1);
                self.lists.push(List {
                    ordered: name == "ol",
                    next: start,
                    notes: self.notes.is_list(id),
                });
                (Exit::List, true)
            }
            "li" if self.cells == 0 && !self.lists.is_empty() => {
                self.block_break();
                let first = tree
                    .children(tree.nodes[id as usize].parent)
                    .iter()
                    .find(|&&c| tree.name(c) == "li")
                    == Some(&id);
                let list = self.lists.last_mut().expect("checked above");
                if let Some(v) = tree.attr(id, "value").and_then(|v| v.trim().parse().ok()) {
                    list.next = v;
                }
                let (marker, indent) = if list.notes {
                    (format!("[^{}]: ", list.next), 4)
                } else if list.ordered {
                    let m = format!("{}. ", list.next);
                    let n = m.len();
                    (m, n)
                } else {
                    ("- ".to_string(), 2)
                };
                list.next = list.next.saturating_add(1);
                if !first && !list.notes {
                    self.gap = Gap::Line;
                }
                self.containers.push(Container::Item {
                    marker,
                    indent,
                    used: false,
                });
                (Exit::Item, true)
            }
            "pre" => {
                let code = self.code_text(id);
                if self.cells > 0 {
                    self.code_span(&code.replace('\n', " "));
                } else {
                    self.block_break();
                    self.code_block(id, &code);
                }
                (Exit::Nothing, false)
            }
            "code" | "kbd" | "samp" => {
                let text = tree.text_of(id).replace('\n', " ");
                self.code_span(&text);
                (Exit::Nothing, false)
            }
            "table" if self.tables.is_empty() => {
                self.block_break();
                self.tables.push(Table::default());
                (Exit::Table, true)
            }
            "table" => {
                self.block_break();
                (Exit::Nothing, true)
            }
            "tr" if self.tables.len() == 1 && self.cells == 0 => {
                if let Some(t) = self.tables.last_mut() {
                    t.rows.push(Vec::new());
                }
                (Exit::Row, true)
            }
            "td" | "th" if self.tables.len() == 1 && self.cells == 0 => {
                self.take_inline();
                self.cells += 1;
                (Exit::Cell(id), true)
            }
            "td" | "th" | "tr" if in_table => {
                self.space = Some(false);
                (Exit::Nothing, true)
            }
            "em" | "i" | "var" | "cite" | "dfn" => self.emphasis(Emphasis::Em),
            "strong" | "b" => self.emphasis(Emphasis::Strong),
            "del" | "s" => self.emphasis(Emphasis::Del),
            // A note's link back to its reference.
            "a" if self.lists.iter().any(|l| l.notes)
                && footnotes::backlink(tree, id) == Some(id) =>
            {
                (Exit::Nothing, false)
            }
            "a" => {
                self.settle_space();
                (Exit::Link(self.mark(), id), true)
            }
            "img" => {
                self.image(id);
                (Exit::Nothing, false)
            }
            "sup" if self.notes.reference(id).is_some() => {
                let n = self.notes.reference(id).unwrap_or(0);
                self.settle_space();
                self.inline.push_str(&format!("[^{n}]"));
                (Exit::Nothing, false)
            }
            "sup" | "sub" => {
                self.settle_space();
                self.inline.push('<');
                self.inline
                    .push_str(if name == "sup" { "sup" } else { "sub" });
                self.inline.push('>');
                (
                    Exit::Html(if name == "sup" { "</sup>" } else { "</sub>" }),
                    true,
                )
            }
            "rt" | "rp" | "source" | "col" | "colgroup" | "wbr" => (Exit::Nothing, false),
            "math" => {
                let (tex, display) = math::to_tex(tree, id);
                if !tex.is_empty() {
                    if display && self.cells == 0 {
                        self.block_break();
                        self.raw_block(&["$$", &tex, "$$"]);
                    } else {
                        self.settle_space();
                        self.inline.push('$');
                        self.inline.push_str(&tex.replace('\n', " "));
                        self.inline.push('$');
                    }
                }
                (Exit::Nothing, false)
            }
            // Blocks where their own rules do not apply (inside a table cell, an item
            // outside a list).
            "li" | "ul" | "ol" | "blockquote" => {
                self.block_break();
                (Exit::Block, true)
            }
            _ => (Exit::Nothing, true),
        }
    }

    fn leave(&mut self, exit: Exit) {
        match exit {
            Exit::Nothing => {}
            Exit::Block => self.block_break(),
            Exit::Heading(level) => {
                let text = resolve_emphasis(&self.take_inline()).replace("\\\n", " ");
                let text = text.replace('\n', " ");
                let text = text.trim();
                if !text.is_empty() {
                    if self.cells > 0 {
                        self.inline.push_str(text);
                        self.block_break();
                    } else {
                        // A closing `#` run would be read as the heading's end.
                        let text = match text.strip_suffix('#') {
                            Some(rest) => format!("{rest}\\#"),
                            None => text.to_string(),
                        };
                        let line = format!("{} {}", "#".repeat(level), text);
                        self.raw_block(&[&line]);
                    }
                }
            }
            Exit::Emphasis(mark, kind) => {
                if mark.block != self.blocks {
                    return;
                }
                let start = mark.at;
                let content = &self.inline[start..];
                if content.trim().is_empty() {
                    return;
                }
                let lead = content.len() - content.trim_start().len();
                // The closing marker goes before a trailing `<br>`'s `\`, which would escape it.
                let end = start + without_breaks(content).len();
                self.inline.insert(end, kind.code());
                self.inline.insert(end, CLOSE);
                self.inline.insert(start + lead, kind.code());
                self.inline.insert(start + lead, OPEN);
            }
            Exit::Link(mark, a) => {
                if mark.block == self.blocks {
                    self.link(mark.at, a);
                }
            }
            Exit::Html(close) => self.inline.push_str(close),
            Exit::Quote => {
                self.block_break();
                self.containers.pop();
                self.gap = Gap::Blank;
            }
            Exit::List => {
                self.block_break();
                self.lists.pop();
                self.gap = Gap::Blank;
            }
            Exit::Item => {
                // An empty item (its icons and buttons left out) is not written.
                self.block_break();
                self.containers.pop();
            }
            Exit::Table => {
                let table = self.tables.pop().unwrap_or_default();
                self.table(table);
            }
            Exit::Row => {}
            Exit::Cell(id) => {
                self.cells -= 1;
                let cell = resolve_emphasis(&self.take_inline());
                let cell = cell
                    .trim()
                    .replace("\\\n", "<br>")
                    .replace('\n', "<br>")
                    .trim_end_matches("<br>")
                    .to_string();
                let span = self
                    .tree
                    .attr(id, "colspan")
                    .and_then(|s| s.trim().parse::<usize>().ok())
                    .unwrap_or(1)
                    .clamp(1, MAX_COLSPAN);
                if let Some(row) = self.tables.last_mut().and_then(|t| t.rows.last_mut()) {
                    row.push(cell);
                    row.extend(std::iter::repeat_n(String::new(), span - 1));
                }
            }
        }
    }

    fn emphasis(&mut self, kind: Emphasis) -> (Exit, bool) {
        self.settle_space();
        (Exit::Emphasis(self.mark(), kind), true)
    }

    fn mark(&self) -> Mark {
        Mark {
            block: self.blocks,
            at: self.inline.len(),
        }
    }

    fn previous_element(&self, id: Id) -> Option<Id> {
        let tree = self.tree;
        let siblings = tree.children(tree.nodes[id as usize].parent);
        let at = siblings.iter().position(|&c| c == id)?;
        siblings[..at]
            .iter()
            .rev()
            .find(
                |&&c| !matches!(&tree.nodes[c as usize].data, Data::Text(t) if t.trim().is_empty()),
            )
            .copied()
    }

    // ---- inline -------------------------------------------------------------------------

    /// Appends a text node: white space collapsed, Markdown's punctuation escaped.
    fn text(&mut self, text: &str) {
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            if is_space(c) {
                let newline = c == '\n';
                self.space = Some(self.space.unwrap_or(false) || newline);
                continue;
            }
            if matches!(c, OPEN | CLOSE) || ('\u{FDD2}'..='\u{FDEF}').contains(&c) {
                continue;
            }
            if let Some(newline) = self.space.take() {
                let prev = self.inline.chars().next_back();
                let dropped = newline && prev.is_some_and(is_wide) && is_wide(c);
                if !dropped && prev.is_some_and(|p| p != '\n') {
                    self.inline.push(' ');
                }
            }
            let next = chars.get(i + 1).copied();
            self.escaped(c, next);
        }
    }

    fn escaped(&mut self, c: char, next: Option<char>) {
        let prev = self.inline.chars().next_back();
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let escape = match c {
            '\\' | '`' | '*' | '[' | ']' | '$' | '~' => true,
            '|' => self.cells > 0,
            '_' => !(word(prev) && word(next)),
            '<' => next.is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')),
            '&' => next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '#'),
            _ => false,
        };
        if escape {
            self.inline.push('\\');
        }
        self.inline.push(c);
    }

    /// Writes pending white space before an inline element opens (a line break after a wide
    /// character is dropped, as in text).
    fn settle_space(&mut self) {
        if let Some(newline) = self.space.take() {
            let prev = self.inline.chars().next_back();
            let dropped = newline && prev.is_some_and(is_wide);
            if !dropped && prev.is_some_and(|p| p != '\n') {
                self.inline.push(' ');
            }
        }
    }

    fn line_break(&mut self) {
        self.space = None;
        if self.inline.trim().is_empty() {
            return;
        }
        if self.cells > 0 {
            self.inline.push_str("<br>");
        } else {
            self.inline.truncate(self.inline.trim_end().len());
            self.inline.push_str("\\\n");
        }
    }

    fn code_span(&mut self, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        self.settle_space();
        let ticks = "`".repeat(longest_run(text, '`') + 1);
        let pad = text.starts_with('`') || text.ends_with('`');
        self.inline.push_str(&ticks);
        if pad {
            self.inline.push(' ');
        }
        self.inline
            .push_str(&text.replace('|', if self.cells > 0 { "\\|" } else { "|" }));
        if pad {
            self.inline.push(' ');
        }
        self.inline.push_str(&ticks);
    }

    fn image(&mut self, img: Id) {
        let tree = self.tree;
        let Some(src) = tree.attr(img, "src").filter(|s| !s.trim().is_empty()) else {
            return;
        };
        self.settle_space();
        let alt = tree.attr(img, "alt").unwrap_or("").replace('\n', " ");
        self.inline.push_str("![");
        self.inline.push_str(&escape_label(&alt));
        self.inline.push_str("](");
        self.inline.push_str(&destination(src));
        if let Some(title) = tree.attr(img, "title").filter(|t| !t.trim().is_empty()) {
            self.inline
                .push_str(&format!(" \"{}\"", escape_title(title)));
        }
        self.inline.push(')');
    }

    fn link(&mut self, start: usize, a: Id) {
        let tree = self.tree;
        let text = self.inline.split_off(start);
        let Some(href) = tree.attr(a, "href").filter(|h| !h.trim().is_empty()) else {
            self.inline.push_str(&text);
            return;
        };
        let text = without_breaks(&text);
        if text.trim().is_empty() {
            return;
        }
        let href = href.trim();
        let plain = text.replace('\\', "");
        if plain == href && (href.starts_with("http://") || href.starts_with("https://")) {
            self.inline.push('<');
            self.inline.push_str(href);
            self.inline.push('>');
            return;
        }
        self.inline.push('[');
        self.inline.push_str(text);
        self.inline.push_str("](");
        self.inline.push_str(&destination(href));
        if let Some(title) = tree.attr(a, "title").filter(|t| !t.trim().is_empty()) {
            self.inline
                .push_str(&format!(" \"{}\"", escape_title(title)));
        }
        self.inline.push(')');
    }

    // ---- blocks -------------------------------------------------------------------------

    fn take_inline(&mut self) -> String {
        self.space = None;
        self.blocks += 1;
        std::mem::take(&mut self.inline)
    }

    /// Ends the current block: its inline content becomes a paragraph (inside a table cell,
    /// a `<br>`).
    fn block_break(&mut self) {
        if self.cells > 0 {
            self.space = None;
            if !self.inline.trim().is_empty() && !self.inline.ends_with("<br>") {
                self.inline.push_str("<br>");
            }
            return;
        }
        self.flush();
    }

    fn flush(&mut self) {
        let mut inline = self.take_inline();
        // A `<br>` that ends a block breaks nothing.
        while inline.ends_with("\\\n") {
            inline.truncate(inline.len() - 2);
        }
        let text = resolve_emphasis(&inline);
        let lines: Vec<String> = text
            .split('\n')
            .map(|l| escape_line_start(l.trim()))
            .filter(|l| !l.is_empty())
            .collect();
        if lines.is_empty() {
            return;
        }
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        self.raw_block(&refs);
    }

    /// A thematic break, never two in a row.
    fn rule(&mut self) {
        if !self.out.trim_end().ends_with("\n---") {
            self.raw_block(&["---"]);
        }
    }

    /// Writes lines as one block under the open containers' prefixes.
    fn raw_block(&mut self, lines: &[&str]) {
        if !self.out.is_empty() && self.gap == Gap::Blank {
            let blank = self.prefix(false);
            self.out.push_str(blank.trim_end());
            self.out.push('\n');
        }
        for (i, line) in lines.iter().enumerate() {
            let prefix = self.prefix(i == 0);
            if line.is_empty() {
                self.out.push_str(prefix.trim_end());
            } else {
                self.out.push_str(&prefix);
                self.out.push_str(line);
            }
            self.out.push('\n');
        }
        self.gap = Gap::Blank;
    }

    /// The containers' prefix for a line; `first` uses (and spends) pending list markers.
    fn prefix(&mut self, first: bool) -> String {
        let mut p = String::new();
        for c in &mut self.containers {
            match c {
                Container::Quote => p.push_str("> "),
                Container::Item {
                    marker,
                    indent,
                    used,
                } => {
                    if first && !*used {
                        p.push_str(marker);
                        *used = true;
                    } else {
                        p.push_str(&" ".repeat(*indent));
                    }
                }
            }
        }
        p
    }

    fn code_text(&self, pre: Id) -> String {
        let mut code = self.tree.text_of(pre);
        // A line feed right after `<pre>` is not content (the HTML parser drops it).
        if code.starts_with('\n') {
            code.remove(0);
        }
        code.truncate(code.trim_end().len());
        code
    }

    fn code_block(&mut self, pre: Id, code: &str) {
        if code.trim().is_empty() {
            return;
        }
        let tree = self.tree;
        let language = std::iter::once(pre)
            .chain(
                tree.children(pre)
                    .iter()
                    .copied()
                    .filter(|&c| tree.name(c) == "code"),
            )
            .find_map(|id| {
                tree.attr(id, "class")?
                    .split_ascii_whitespace()
                    .find_map(|w| w.strip_prefix("language-"))
                    .map(str::to_string)
            })
            .unwrap_or_default();
        let fence = "`".repeat(longest_run(code, '`').max(2) + 1);
        let open = format!("{fence}{language}");
        let mut lines: Vec<&str> = vec![&open];
        lines.extend(code.split('\n'));
        lines.push(&fence);
        self.raw_block(&lines);
    }

    fn table(&mut self, table: Table) {
        let rows: Vec<Vec<String>> = table
            .rows
            .into_iter()
            .filter(|r| r.iter().any(|c| !c.is_empty()))
            .collect();
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        if width == 0 {
            return;
        }
        let line = |cells: &[String]| {
            let mut s = String::from("|");
            for i in 0..width {
                s.push(' ');
                s.push_str(cells.get(i).map_or("", String::as_str));
                s.push_str(" |");
            }
            s
        };
        let mut lines = vec![line(&rows[0])];
        lines.push(format!("|{}", " --- |".repeat(width)));
        lines.extend(rows[1..].iter().map(|r| line(r)));
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        self.raw_block(&refs);
    }
}

/// `text` without trailing spaces and hard breaks (`\` and a line feed).
fn without_breaks(text: &str) -> &str {
    let mut t = text;
    loop {
        if let Some(rest) = t.strip_suffix("\\\n") {
            t = rest;
            continue;
        }
        let trimmed = t.trim_end_matches(' ');
        if trimmed.len() == t.len() {
            return t;
        }
        t = trimmed;
    }
}

fn longest_run(text: &str, c: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for ch in text.chars() {
        run = if ch == c { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

fn escape_label(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '[' | ']' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn escape_title(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', " ")
}

/// A link destination: in `<…>` when it holds spaces or parentheses.
fn destination(url: &str) -> String {
    let url = url
        .trim()
        .replace('\n', "%0A")
        .replace('<', "%3C")
        .replace('>', "%3E");
    if url.contains([' ', '(', ')']) {
        format!("<{url}>")
    } else {
        url
    }
}

/// Escapes what would open a block at the start of a paragraph's line: `#`, `>`, `+ `,
/// `- `, `1. `, `=` and `-` rules, fences and a leading table pipe.
fn escape_line_start(line: &str) -> String {
    let b = line.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let needs = match b.first() {
        Some(b'#' | b'>' | b'|') => true,
        Some(b'+' | b'-') => {
            b.len() == 1 || b[1] == b' ' || line.bytes().all(|c| c == b'-' || c == b' ')
        }
        Some(b'=') => line.bytes().all(|c| c == b'='),
        Some(b'~') => line.starts_with("~~~"),
        _ if digits > 0 && digits <= 9 => {
            matches!(b.get(digits), Some(b'.' | b')'))
                && matches!(b.get(digits + 1), None | Some(b' '))
        }
        _ => false,
    };
    if !needs {
        return line.to_string();
    }
    if digits > 0 {
        format!("{}\\{}", &line[..digits], &line[digits..])
    } else {
        format!("\\{line}")
    }
}

/// Unicode punctuation or symbol, as CommonMark's flanking rules read it (ASCII
/// punctuation and the general categories P and S; the CJK ranges cover Chinese text).
fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || crate::text::is_cjk_punctuation(c)
        || matches!(c, '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}' | '\u{FE30}'..='\u{FE4F}' | '«' | '»' | '¡' | '¿' | '§' | '¶' | '·')
}

/// Replaces the emphasis markers of a block by `*`, `**`, `~~` where CommonMark will read
/// them as emphasis, and by HTML tags where it would not.
fn resolve_emphasis(text: &str) -> String {
    if !text.contains(OPEN) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    // The character beside a marker, skipping other markers (a marker counts as `*`).
    // The character at `i`, where a marker (and the kind code after it) reads as `*`.
    let at = |i: usize| -> Option<char> {
        let c = *chars.get(i)?;
        let after_marker = i > 0 && matches!(chars[i - 1], OPEN | CLOSE);
        Some(if after_marker || matches!(c, OPEN | CLOSE) {
            '*'
        } else {
            c
        })
    };
    let ws = |c: Option<char>| c.is_none_or(|c| c.is_whitespace());
    let punct = |c: Option<char>| c.is_some_and(is_punctuation);
    // Pair opens with closes, then judge each pair.
    let mut stack = Vec::new();
    let mut pairs = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            OPEN => stack.push(i),
            CLOSE => {
                if let Some(o) = stack.pop() {
                    pairs.push((o, i));
                }
            }
            _ => {}
        }
    }
    let mut markdown = vec![false; chars.len()];
    for &(o, c) in &pairs {
        let before = o.checked_sub(1).and_then(at);
        let (first, last, after) = (at(o + 2), c.checked_sub(1).and_then(at), at(c + 2));
        let opens = !ws(first) && (!punct(first) || ws(before) || punct(before));
        let closes = !ws(last) && (!punct(last) || ws(after) || punct(after));
        markdown[o] = opens && closes;
        markdown[c] = opens && closes;
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if matches!(c, OPEN | CLOSE) {
            let kind = Emphasis::of(chars.get(i + 1).copied().unwrap_or('e'));
            if markdown[i] {
                out.push_str(kind.marker());
            } else if c == OPEN {
                out.push_str(&format!("<{}>", kind.tag()));
            } else {
                out.push_str(&format!("</{}>", kind.tag()));
            }
            i += 2;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(html: &str) -> String {
        write(&Tree::parse(html))
    }

    #[test]
    fn blocks_and_inline_markup() {
        let cases: &[(&str, &str)] = &[
            (
                "<h2>Title</h2><p>One <em>two</em> <strong>three</strong>.</p>",
                "## Title\n\nOne *two* **three**.\n",
            ),
            ("<p>a<br>b</p>", "a\\\nb\n"),
            (
                "<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul><p>d</p>",
                "- a\n- b\n  - c\n\nd\n",
            ),
            ("<ol start=3><li>a</li><li>b</li></ol>", "3. a\n4. b\n"),
            (
                "<blockquote><p>q1</p><p>q2</p></blockquote>",
                "> q1\n>\n> q2\n",
            ),
            (
                r#"<p><a href="https://x.org/a b">link</a> <img src="i.png" alt="A [b]"></p>"#,
                "[link](<https://x.org/a b>) ![A \\[b\\]](i.png)\n",
            ),
            (
                "<p><a href=\"https://x.org\">https://x.org</a></p>",
                "<https://x.org>\n",
            ),
            (
                r#"<pre><code class="language-rust">fn main() {}
</code></pre>"#,
                "```rust\nfn main() {}\n```\n",
            ),
            ("<p>use <code>a`b</code></p>", "use ``a`b``\n"),
            ("<hr><p>x</p>", "---\n\nx\n"),
            (
                "<p><ruby>漢<rp>(</rp><rt>hàn</rt><rp>)</rp>字</ruby></p>",
                "漢字\n",
            ),
            ("<p>H<sub>2</sub>O</p>", "H<sub>2</sub>O\n"),
        ];
        for (html, want) in cases {
            assert_eq!(md(html), *want, "{html}");
        }
    }

    #[test]
    fn text_that_reads_as_markup_is_escaped() {
        let cases: &[(&str, &str)] = &[
            ("<p>1. not a list</p>", "1\\. not a list\n"),
            ("<p># not a heading</p>", "\\# not a heading\n"),
            ("<p>- not an item</p>", "\\- not an item\n"),
            (
                "<p>a *b* [c] $5 &lt;div&gt; snake_case _x_</p>",
                "a \\*b\\* \\[c\\] \\$5 \\<div> snake_case \\_x\\_\n",
            ),
        ];
        for (html, want) in cases {
            assert_eq!(md(html), *want, "{html}");
        }
    }

    #[test]
    fn chinese_text_gets_no_spaces_or_breaks_it_did_not_have() {
        assert_eq!(
            md("<p>第一行\n第二行，English\nwords</p>"),
            "第一行第二行，English words\n"
        );
        assert_eq!(md("<p>中文<b>粗体</b>中文</p>"), "中文**粗体**中文\n");
        // A closing `**` after punctuation, before a letter, would not close: HTML instead.
        assert_eq!(
            md("<p><strong>注意：</strong>正文</p>"),
            "<strong>注意：</strong>正文\n"
        );
        assert_eq!(
            md("<p><strong>注意：</strong> 正文</p>"),
            "**注意：** 正文\n"
        );
    }

    #[test]
    fn tables_are_gfm_tables() {
        let html = "<table><thead><tr><th>品名</th><th>数量</th></tr></thead><tbody>\
                    <tr><td>鸡蛋 | 2</td><td><p>2</p><p>个</p></td></tr><tr><td colspan=2></td></tr></tbody></table>";
        assert_eq!(
            md(html),
            "| 品名 | 数量 |\n| --- | --- |\n| 鸡蛋 \\| 2 | 2<br>个 |\n"
        );
    }

    #[test]
    fn footnotes_and_math() {
        let html = r##"<p>Claim<sup><a href="#fn1">1</a></sup> <math><msup><mi>x</mi><mn>2</mn></msup></math></p>
            <ol><li><p>The source. <a href="#r1">↩</a></p></li></ol>"##;
        assert_eq!(md(html), "Claim[^1] ${x}^{2}$\n\n[^1]: The source.\n");
    }

    #[test]
    fn posts_are_separated_by_rules() {
        let html = "<div><article><header><strong>甲</strong> <time>2024-01-01</time></header><p>一</p></article>\
                    <article><header><strong>乙</strong></header><p>二</p></article></div>";
        assert_eq!(md(html), "**甲** 2024-01-01\n\n一\n\n---\n\n**乙**\n\n二\n");
    }

    #[test]
    fn deep_nesting_is_written_without_recursion() {
        let html = format!("{}x", "<blockquote>".repeat(50_000));
        let out = md(&html);
        assert!(out.trim_end().ends_with("> x"));
        let html = format!("{}y", "<div>".repeat(200_000));
        assert_eq!(md(&html), "y\n");
    }
}
