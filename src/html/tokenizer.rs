//! The HTML tokenizer: the WHATWG tokenization states, reporting tokens as byte ranges of the
//! input to a [`Sink`].
//!
//! It finds where every token starts and ends as the standard's state machine does — data,
//! RCDATA, RAWTEXT, script data with its escaped and double-escaped states, PLAINTEXT, tag
//! and attribute states, comments (with `<!-->`, `<!--->` and `--!>`), bogus comments,
//! DOCTYPE and CDATA sections in foreign content — but copies nothing: a token is a range of
//! the page, and what a consumer needs decoded (character references, NUL, CR LF, upper case)
//! is decoded when read ([`super::decode`], [`super::attrs`]). Pass 1 reads a few hundred
//! thousand tokens per page and decodes almost none of them.
//!
//! **Resumable.** [`Tokenizer::feed`] takes the input received so far and whether it is all
//! of it. A token is reported only once it is complete — a text run once the token after it
//! has begun — so any split of the input reports the same tokens as one call. A token cut by
//! the end of what has arrived is read again when more has come, and only once the input past
//! its start has doubled: a 40 MiB comment fed in 64 KiB chunks is scanned a few times, not
//! six hundred.
//!
//! Hand-written, not html5ever's tokenizer: that one builds a `String` per tag name,
//! attribute and text run and runs a `match` per character; pass 1 jumps from `<` to `<`
//! with `memchr`. It is held to the standard by html5lib-tests' tokenizer suite (the test
//! module below) and compared with html5ever by a differential fuzz target.

use std::ops::Range;

use super::attrs::{self, Attr};

/// How the tokenizer reads what follows a start tag: the tree builder decides, by the tag's
/// name and namespace ([`Sink::start_tag`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Content {
    /// Markup: the data state.
    Data,
    /// Text with character references up to the element's end tag (`title`, `textarea`).
    Rcdata,
    /// Text up to the element's end tag (`style`, `xmp`, `iframe`, `noembed`, `noframes`,
    /// `noscript`).
    Rawtext,
    /// Script text, whose `<!--` … `-->` escapes hide a `</script>` written inside them.
    ScriptData,
    /// Text to the end of the input (`plaintext`).
    Plaintext,
    /// Inside a `<![CDATA[` section (in foreign content): text up to `]]>`.
    CdataSection,
}

/// What kind of text a text token holds: how it is decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// Data: character references decoded, NUL kept.
    Data,
    /// RCDATA: character references decoded, NUL replaced.
    Rcdata,
    /// RAWTEXT, script data or PLAINTEXT: nothing decoded, NUL replaced.
    Raw,
    /// A CDATA section's content: nothing decoded, NUL kept.
    Cdata,
}

/// A start tag: `span` is `<name …>`; the name is `span.start + 1..name_end`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartTag<'a> {
    /// The whole tag, `<` to `>`.
    pub span: Range<usize>,
    /// Where the name ends (at whitespace, `/` or `>`).
    pub name_end: usize,
    /// It ends in `/>` (meaningful in foreign content and for void elements).
    pub self_closing: bool,
    /// Its attributes, read in the walk that found its end ([`attrs::read_tag`]).
    pub attributes: &'a [Attr<'a>],
}

/// An end tag: `span` is `</name …>`; the name is `span.start + 2..name_end`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndTag {
    /// The whole tag, `</` to `>`.
    pub span: Range<usize>,
    /// Where the name ends.
    pub name_end: usize,
}

/// Receives tokens in document order. Ranges index the input given to [`Tokenizer::feed`].
pub trait Sink {
    /// A text run.
    fn text(&mut self, span: Range<usize>, kind: TextKind);
    /// A start tag; the answer says how to read what follows it.
    fn start_tag(&mut self, tag: &StartTag<'_>) -> Content;
    /// An end tag.
    fn end_tag(&mut self, tag: &EndTag);
    /// A comment (also a bogus one: `<!x>`, `<?x>`, `</1>`); `data` is its text.
    fn comment(&mut self, span: Range<usize>, data: Range<usize>);
    /// A DOCTYPE (the conformance tests read it with `doctype::Doctype::parse`).
    fn doctype(&mut self, span: Range<usize>);
    /// Whether the adjusted current node is outside the HTML namespace, where `<![CDATA[`
    /// opens a CDATA section (elsewhere it is a bogus comment).
    fn cdata_allowed(&self) -> bool;
}

/// The tokenizer's state between tokens.
#[derive(Clone, Debug)]
pub struct Tokenizer {
    /// Where the next token (or the pending text run) starts.
    pos: usize,
    content: Content,
    /// The last start tag's name, lower case: an end tag with it ends RCDATA, RAWTEXT and
    /// script data (the "appropriate end tag").
    last_start: Vec<u8>,
    /// An incomplete token at `pos` is not read again until the input reaches this length.
    retry_at: usize,
}

impl Default for Tokenizer {
    fn default() -> Self {
        Tokenizer::new()
    }
}

/// Whitespace as the tokenizer knows it (CR is a line feed after input preprocessing).
#[inline]
pub(crate) fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | 0x0c | b'\r' | b' ')
}

/// What ends a tag's name: whitespace, `/` or `>`.
#[inline]
pub(crate) fn is_name_end(c: u8) -> bool {
    is_space(c) || c == b'/' || c == b'>'
}

/// One step's outcome.
enum Step {
    /// A token was read; go on.
    Next,
    /// The token at `pos` needs more input.
    More,
    /// Nothing is left.
    Done,
}

impl Tokenizer {
    /// A tokenizer in the data state.
    pub fn new() -> Self {
        Tokenizer {
            pos: 0,
            content: Content::Data,
            last_start: Vec::new(),
            retry_at: 0,
        }
    }

    /// A tokenizer starting in `content`, as if after a start tag named `last_start` (the
    /// conformance tests' initial states).
    #[cfg(test)]
    pub fn starting_in(content: Content, last_start: &str) -> Self {
        Tokenizer {
            content,
            last_start: last_start.as_bytes().to_ascii_lowercase(),
            ..Tokenizer::new()
        }
    }

    /// Reads `input` — everything received so far, of which an earlier call saw a prefix —
    /// and reports each complete token to `sink`. With `eof`, the input is complete and every
    /// pending token is reported (or dropped, as the standard drops a tag cut by the end).
    pub fn feed<S: Sink>(&mut self, input: &str, eof: bool, sink: &mut S) {
        let b = input.as_bytes();
        if !eof && b.len() < self.retry_at {
            return;
        }
        // One attribute vector for every start tag of this call.
        let mut attributes = Vec::new();
        loop {
            let step = match self.content {
                Content::Data => self.data(input, eof, sink, &mut attributes),
                Content::Rcdata => self.raw_text(b, eof, TextKind::Rcdata, sink),
                Content::Rawtext => self.raw_text(b, eof, TextKind::Raw, sink),
                Content::ScriptData => self.script(b, eof, sink),
                Content::Plaintext => {
                    if !eof {
                        Step::More
                    } else {
                        if self.pos < b.len() {
                            sink.text(self.pos..b.len(), TextKind::Raw);
                        }
                        self.pos = b.len();
                        Step::Done
                    }
                }
                Content::CdataSection => match cdata_end(b, self.pos, eof) {
                    Some((data_end, next)) => {
                        if data_end > self.pos {
                            sink.text(self.pos..data_end, TextKind::Cdata);
                        }
                        self.pos = next;
                        self.content = Content::Data;
                        Step::Next
                    }
                    None => Step::More,
                },
            };
            match step {
                Step::Next => {}
                Step::Done => return,
                Step::More => {
                    // Read the pending token again once the input past it has doubled.
                    let pending = b.len() - self.pos.min(b.len());
                    self.retry_at = b.len() + pending.max(1);
                    return;
                }
            }
        }
    }

    /// The data state: text up to the next token, then that token.
    fn data<'a, S: Sink>(
        &mut self,
        input: &'a str,
        eof: bool,
        sink: &mut S,
        attributes: &mut Vec<Attr<'a>>,
    ) -> Step {
        let b = input.as_bytes();
        let text_from = self.pos;
        let mut i = self.pos;
        loop {
            let Some(k) = memchr::memchr(b'<', &b[i..]) else {
                if !eof {
                    return Step::More;
                }
                if text_from < b.len() {
                    sink.text(text_from..b.len(), TextKind::Data);
                }
                self.pos = b.len();
                return Step::Done;
            };
            let at = i + k;
            match self.markup(input, at, eof, sink, text_from, attributes) {
                Markup::Token => return Step::Next,
                Markup::Text => i = at + 1,
                Markup::More => {
                    // The text before a token that has surely begun is complete.
                    if at > text_from && self.starts_token(b, at) {
                        sink.text(text_from..at, TextKind::Data);
                        self.pos = at;
                    }
                    return Step::More;
                }
            }
        }
    }

    /// Whether the `<` at `at` surely begins a token, whatever follows it.
    fn starts_token(&self, b: &[u8], at: usize) -> bool {
        match b.get(at + 1) {
            Some(c) if c.is_ascii_alphabetic() || *c == b'!' || *c == b'?' => true,
            // `</` and anything is a token (an end tag, `</>`, a bogus comment); `</` at the
            // end of the input is text.
            Some(b'/') => b.get(at + 2).is_some(),
            _ => false,
        }
    }

    /// Reads the markup that a `<` at `at` may start, in the data state. `text_from` is where
    /// the pending text began: it is reported before the token.
    fn markup<'a, S: Sink>(
        &mut self,
        input: &'a str,
        at: usize,
        eof: bool,
        sink: &mut S,
        text_from: usize,
        attributes: &mut Vec<Attr<'a>>,
    ) -> Markup {
        let b = input.as_bytes();
        let flush = |sink: &mut S| {
            if at > text_from {
                sink.text(text_from..at, TextKind::Data);
            }
        };
        let Some(&c) = b.get(at + 1) else {
            return if eof { Markup::Text } else { Markup::More };
        };
        match c {
            b'!' => {
                let Some(token) = self.declaration(b, at, eof, sink) else {
                    return Markup::More;
                };
                flush(sink);
                self.pos = token.end;
                self.content = token.report(sink);
                Markup::Token
            }
            b'?' => {
                // A bogus comment whose data starts with the `?`.
                let Some(end) = bogus_comment_end(b, at + 1, eof) else {
                    return Markup::More;
                };
                flush(sink);
                sink.comment(at..end.next, at + 1..end.data_end);
                self.pos = end.next;
                Markup::Token
            }
            b'/' => {
                let Some(&d) = b.get(at + 2) else {
                    return if eof { Markup::Text } else { Markup::More };
                };
                if d.is_ascii_alphabetic() {
                    let name_end = name_end(b, at + 2);
                    match tag_end(b, name_end) {
                        Some((end, _)) => {
                            flush(sink);
                            self.pos = end;
                            sink.end_tag(&EndTag {
                                span: at..end,
                                name_end,
                            });
                            Markup::Token
                        }
                        None => self.unfinished_tag(b.len(), eof, || flush(sink)),
                    }
                } else if d == b'>' {
                    // `</>`: nothing.
                    flush(sink);
                    self.pos = at + 3;
                    Markup::Token
                } else {
                    let Some(end) = bogus_comment_end(b, at + 2, eof) else {
                        return Markup::More;
                    };
                    flush(sink);
                    sink.comment(at..end.next, at + 2..end.data_end);
                    self.pos = end.next;
                    Markup::Token
                }
            }
            c if c.is_ascii_alphabetic() => {
                let name_end = name_end(b, at + 1);
                match attrs::read_tag(input, name_end, attributes) {
                    Some((end, self_closing)) => {
                        flush(sink);
                        self.pos = end;
                        let tag = StartTag {
                            span: at..end,
                            name_end,
                            self_closing,
                            attributes,
                        };
                        let content = sink.start_tag(&tag);
                        if content != Content::Data {
                            self.last_start.clear();
                            self.last_start
                                .extend(b[at + 1..name_end].iter().map(u8::to_ascii_lowercase));
                        }
                        self.content = content;
                        Markup::Token
                    }
                    None => self.unfinished_tag(b.len(), eof, || flush(sink)),
                }
            }
            _ => Markup::Text,
        }
    }

    /// A tag that the input (`len` bytes) ends inside: at the end of the input it is dropped,
    /// as the standard drops it, after the text before it (`flush`); else undecided.
    fn unfinished_tag(&mut self, len: usize, eof: bool, flush: impl FnOnce()) -> Markup {
        if !eof {
            return Markup::More;
        }
        flush();
        self.pos = len;
        Markup::Token
    }

    /// `<!`: a comment, a DOCTYPE, a CDATA section (in foreign content) or a bogus comment.
    fn declaration<S: Sink>(&self, b: &[u8], at: usize, eof: bool, sink: &S) -> Option<Decl> {
        let rest = &b[at + 2..];
        // Wait until the keyword is decided: `<!-` may be `<!--`, `<!DOC` may be `<!DOCTYPE`.
        let undecided =
            |word: &[u8]| rest.len() < word.len() && word[..rest.len()].eq_ignore_ascii_case(rest);
        if !eof && (undecided(b"--") || undecided(b"DOCTYPE") || undecided(b"[CDATA[")) {
            return None;
        }
        if rest.starts_with(b"--") {
            let (data_end, next) = comment_end(b, at + 4, eof)?;
            return Some(Decl {
                kind: DeclKind::Comment(at + 4..data_end),
                span_start: at,
                end: next,
            });
        }
        if rest.len() >= 7 && rest[..7].eq_ignore_ascii_case(b"DOCTYPE") {
            let end = match memchr::memchr(b'>', &b[at + 9..]) {
                Some(k) => at + 9 + k + 1,
                None if eof => b.len(),
                None => return None,
            };
            return Some(Decl {
                kind: DeclKind::Doctype,
                span_start: at,
                end,
            });
        }
        if rest.starts_with(b"[CDATA[") && sink.cdata_allowed() {
            // The section's text is read in the CDATA section state.
            return Some(Decl {
                kind: DeclKind::Cdata,
                span_start: at,
                end: at + 9,
            });
        }
        let end = bogus_comment_end(b, at + 2, eof)?;
        Some(Decl {
            kind: DeclKind::Comment(at + 2..end.data_end),
            span_start: at,
            end: end.next,
        })
    }

    /// RCDATA or RAWTEXT: text up to the appropriate end tag.
    fn raw_text<S: Sink>(&mut self, b: &[u8], eof: bool, kind: TextKind, sink: &mut S) -> Step {
        let from = self.pos;
        let mut i = from;
        while let Some(k) = memchr::memmem::find(&b[i..], b"</") {
            let at = i + k;
            match self.appropriate_end_tag(b, at) {
                Some(true) => return self.end_raw_text(b, at, eof, kind, sink),
                Some(false) => i = at + 2,
                None if eof => i = at + 2,
                None => return Step::More,
            }
        }
        self.rest_is_text(b, eof, kind, sink)
    }

    /// The text of a raw-text element runs to the end of the input.
    fn rest_is_text<S: Sink>(&mut self, b: &[u8], eof: bool, kind: TextKind, sink: &mut S) -> Step {
        if !eof {
            return Step::More;
        }
        if self.pos < b.len() {
            sink.text(self.pos..b.len(), kind);
        }
        self.pos = b.len();
        Step::Done
    }

    /// The raw text ends at the end tag at `at`: report both, back to the data state.
    fn end_raw_text<S: Sink>(
        &mut self,
        b: &[u8],
        at: usize,
        eof: bool,
        kind: TextKind,
        sink: &mut S,
    ) -> Step {
        let name_end = at + 2 + self.last_start.len();
        let end = match tag_end(b, name_end) {
            Some((end, _)) => Some(end),
            None if eof => None,
            None => return Step::More,
        };
        if at > self.pos {
            sink.text(self.pos..at, kind);
        }
        self.content = Content::Data;
        match end {
            Some(end) => {
                sink.end_tag(&EndTag {
                    span: at..end,
                    name_end,
                });
                self.pos = end;
                Step::Next
            }
            None => {
                self.pos = b.len();
                Step::Done
            }
        }
    }

    /// Whether `</…` at `at` is the appropriate end tag (its name, then whitespace, `/` or
    /// `>`); `None` when the input ends before that is known.
    fn appropriate_end_tag(&self, b: &[u8], at: usize) -> Option<bool> {
        let name = &self.last_start;
        let from = at + 2;
        let have = b.len().saturating_sub(from).min(name.len());
        if !b[from..from + have].eq_ignore_ascii_case(&name[..have]) {
            return Some(false);
        }
        if have < name.len() {
            return None;
        }
        Some(is_name_end(*b.get(from + name.len())?) && !name.is_empty())
    }

    /// Script data: text up to `</script`, except inside `<!--` … `-->` escapes, where a
    /// `<script>` starts a double escape whose `</script>` does not end the script.
    fn script<S: Sink>(&mut self, b: &[u8], eof: bool, sink: &mut S) -> Step {
        #[derive(PartialEq)]
        enum Script {
            Data,
            Escaped,
            DoubleEscaped,
        }
        let mut state = Script::Data;
        let mut i = self.pos;
        let name = b"script";
        // Whether `script` and a name end follow at `n`: `None` when the input ends first.
        let names_script = |n: usize| -> Option<bool> {
            let have = b.len().saturating_sub(n).min(name.len());
            if !b[n..n + have].eq_ignore_ascii_case(&name[..have]) {
                return Some(false);
            }
            if have < name.len() {
                return None;
            }
            b.get(n + name.len()).map(|&c| is_name_end(c))
        };
        loop {
            let found = if state == Script::Data {
                memchr::memchr(b'<', &b[i..])
            } else {
                memchr::memchr2(b'<', b'-', &b[i..])
            };
            let Some(k) = found else {
                return self.rest_is_text(b, eof, TextKind::Raw, sink);
            };
            let at = i + k;
            i = at + 1;
            if b[at] == b'-' {
                match b.get(at + 1..at + 3) {
                    Some(b"->") => {
                        state = Script::Data;
                        i = at + 3;
                    }
                    Some(_) => {}
                    None if eof => {}
                    None => return Step::More,
                }
                continue;
            }
            let Some(&next) = b.get(at + 1) else {
                return if eof {
                    self.rest_is_text(b, eof, TextKind::Raw, sink)
                } else {
                    Step::More
                };
            };
            if next == b'/' {
                if state == Script::DoubleEscaped {
                    match names_script(at + 2) {
                        Some(true) => {
                            state = Script::Escaped;
                            i = at + 2 + name.len();
                        }
                        Some(false) => {}
                        None if eof => {}
                        None => return Step::More,
                    }
                    continue;
                }
                match self.appropriate_end_tag(b, at) {
                    Some(true) => return self.end_raw_text(b, at, eof, TextKind::Raw, sink),
                    Some(false) => {}
                    None if eof => {}
                    None => return Step::More,
                }
            } else if state == Script::Data && next == b'!' {
                match b.get(at + 2..at + 4) {
                    Some(b"--") => {
                        state = Script::Escaped;
                        // The dashes may close the escape at once (`<!-->`).
                        i = at + 2;
                    }
                    Some(_) => {}
                    None if eof => {}
                    None if b.get(at + 2).is_some_and(|&c| c != b'-') => {}
                    None => return Step::More,
                }
            } else if state == Script::Escaped {
                match names_script(at + 1) {
                    Some(true) => {
                        state = Script::DoubleEscaped;
                        i = at + 1 + name.len();
                    }
                    Some(false) => {}
                    None if eof => {}
                    None => return Step::More,
                }
            }
        }
    }
}

/// The outcome of reading at a `<` in the data state.
enum Markup {
    /// A token was reported (with the text before it).
    Token,
    /// The `<` is text.
    Text,
    /// Undecided until more input arrives.
    More,
}

/// A token that starts with `<!`.
struct Decl {
    kind: DeclKind,
    span_start: usize,
    end: usize,
}

enum DeclKind {
    Comment(Range<usize>),
    Doctype,
    /// `<![CDATA[` in foreign content: its text follows.
    Cdata,
}

impl Decl {
    /// Reports the token; returns the state that follows it.
    fn report<S: Sink>(self, sink: &mut S) -> Content {
        let span = self.span_start..self.end;
        match self.kind {
            DeclKind::Comment(data) => sink.comment(span, data),
            DeclKind::Doctype => sink.doctype(span),
            DeclKind::Cdata => return Content::CdataSection,
        }
        Content::Data
    }
}

/// Where a tag's name, starting at `from`, ends.
fn name_end(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < b.len() && !is_name_end(b[i]) {
        i += 1;
    }
    i
}

/// Where a tag whose name ends at `i` ends (past its `>`), through the attribute states: a
/// quoted value may hold `>` (`<p x=">">`), and a quote opens a value only after `=`. Also
/// whether it is self-closing: a `/` right before the `>` between attributes (the
/// self-closing start tag state), not the end of an unquoted value (`<a href=x/>`). `None`
/// when the input ends inside the tag. For end tags, whose attributes nobody reads (a start
/// tag's are read in the same walk, [`attrs::read_tag`]).
pub(crate) fn tag_end(b: &[u8], mut i: usize) -> Option<(usize, bool)> {
    let n = b.len();
    loop {
        let mut slash = false;
        while i < n && (is_space(b[i]) || b[i] == b'/') {
            slash = b[i] == b'/';
            i += 1;
        }
        if *b.get(i)? == b'>' {
            return Some((i + 1, slash));
        }
        // An attribute name: its first character may be anything, `=` included.
        i += 1;
        while i < n && !is_name_end(b[i]) && b[i] != b'=' {
            i += 1;
        }
        while i < n && is_space(b[i]) {
            i += 1;
        }
        if b.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while i < n && is_space(b[i]) {
            i += 1;
        }
        match *b.get(i)? {
            q @ (b'"' | b'\'') => i += 2 + memchr::memchr(q, &b[i + 1..])?,
            b'>' => return Some((i + 1, false)),
            _ => {
                while i < n && !is_space(b[i]) && b[i] != b'>' {
                    i += 1;
                }
            }
        }
    }
}

/// Where a comment's data, starting at `from` (after `<!--`), ends, and where the comment
/// ends: at `-->` or `--!>`; `<!-->` and `<!--->` are empty comments. At the end of the
/// input the data stops before the dashes (and `!`) that began to close it.
fn comment_end(b: &[u8], from: usize, eof: bool) -> Option<(usize, usize)> {
    match b.get(from..) {
        Some([b'>', ..]) => return Some((from, from + 1)),
        Some([b'-', b'>', ..]) => return Some((from, from + 2)),
        Some([b'-'] | []) if !eof => return None,
        _ => {}
    }
    let mut k = from;
    while let Some(gt) = memchr::memchr(b'>', &b[k..]) {
        let at = k + gt;
        let before = &b[from..at];
        if before.ends_with(b"--") {
            return Some((at - 2, at + 1));
        }
        if before.ends_with(b"--!") {
            return Some((at - 3, at + 1));
        }
        k = at + 1;
    }
    if !eof {
        return None;
    }
    let data = &b[from..];
    let cut = if data == b"-" {
        // `<!---` then the end: the comment start dash state.
        1
    } else if data.ends_with(b"--!") {
        3
    } else if data.ends_with(b"--") {
        2
    } else if data.ends_with(b"-") {
        1
    } else {
        0
    };
    Some((b.len() - cut, b.len()))
}

/// Where a CDATA section's text, from `from`, ends, and where the section ends (past `]]>`,
/// or at the end of the input).
fn cdata_end(b: &[u8], from: usize, eof: bool) -> Option<(usize, usize)> {
    match memchr::memmem::find(&b[from..], b"]]>") {
        Some(k) => Some((from + k, from + k + 3)),
        None if eof => Some((b.len(), b.len())),
        None => None,
    }
}

/// The end of a bogus comment's data and of the comment.
struct BogusEnd {
    data_end: usize,
    next: usize,
}

/// A bogus comment's data runs from `from` to the next `>` (or the end of the input).
fn bogus_comment_end(b: &[u8], from: usize, eof: bool) -> Option<BogusEnd> {
    match memchr::memchr(b'>', &b[from..]) {
        Some(k) => Some(BogusEnd {
            data_end: from + k,
            next: from + k + 1,
        }),
        None if eof => Some(BogusEnd {
            data_end: b.len(),
            next: b.len(),
        }),
        None => None,
    }
}
