//! Dictionaries and the matching structure.
//!
//! The data file (built by `build.rs` from the pinned `opencc-js` package) holds OpenCC's
//! dictionaries as `key value|key value…`. A [`Trie`] merges one OpenCC dictionary group (the
//! first dictionary of the group wins a shared key, as in OpenCC) and answers "longest key
//! starting here". Nodes are flat arrays; the root is a direct table over the Basic
//! Multilingual Plane, so the common case — a character that starts no key — costs one load.
//!
//! Plain conversion mostly skips the walk. A key whose value is its characters' own
//! conversions (中国 → 中國) changes nothing but the segmentation, so wherever no *distinct*
//! key (头发 → 頭髮, not 頭發) can start, the character-by-character conversion is OpenCC's
//! output. Where one can, the walk reruns from the last position known to end a segment: two
//! neighbours that are neighbours in no key (as ， and anything) cannot share a segment.

use crate::Error;

/// The parsed data file: dictionary name → raw entries.
#[derive(Debug)]
pub struct Data<'a> {
    dicts: Vec<(&'a str, &'a str)>,
}

impl<'a> Data<'a> {
    /// Parses the data file format written by `build.rs`.
    pub fn parse(bytes: &'a [u8]) -> Result<Data<'a>, Error> {
        let bad = |why: &str| Error::ConversionData(why.to_string());
        // Validated on every trie build (a megabyte): the SIMD check, as for pages.
        let text = simdutf8::basic::from_utf8(bytes).map_err(|_| bad("not UTF-8"))?;
        let mut rest = text
            .strip_prefix("QYZH1\n")
            .ok_or_else(|| bad("not a qingyue conversion data file"))?;
        let mut dicts = vec![];
        while !rest.is_empty() {
            let (name, r) = rest
                .split_once('\n')
                .ok_or_else(|| bad("truncated header"))?;
            let (len, r) = r.split_once('\n').ok_or_else(|| bad("truncated header"))?;
            let len: usize = len.parse().map_err(|_| bad("bad length"))?;
            let body = r.get(..len).ok_or_else(|| bad("truncated dictionary"))?;
            dicts.push((name, body));
            rest = &r[len..];
        }
        Ok(Data { dicts })
    }

    /// The entries of dictionary `name`.
    pub fn entries(
        &self,
        name: &str,
    ) -> Result<impl Iterator<Item = (&'a str, &'a str)> + 'a, Error> {
        let body = self
            .dicts
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, b)| *b)
            .ok_or_else(|| Error::ConversionData(format!("dictionary {name} missing")))?;
        // `key value[ value…]` entries split by `|`, found with memchr (a tenth of building a
        // trie went to `str::split`'s searcher). Splits at ASCII bytes are character
        // boundaries.
        let mut rest = body;
        Ok(std::iter::from_fn(move || {
            loop {
                if rest.is_empty() {
                    return None;
                }
                let (entry, after) = match memchr::memchr(b'|', rest.as_bytes()) {
                    Some(i) => (&rest[..i], &rest[i + 1..]),
                    None => (rest, ""),
                };
                rest = after;
                let Some(space) = memchr::memchr(b' ', entry.as_bytes()) else {
                    continue;
                };
                let (key, values) = (&entry[..space], &entry[space + 1..]);
                let first =
                    memchr::memchr(b' ', values.as_bytes()).map_or(values, |j| &values[..j]);
                return Some((key, first));
            }
        }))
    }
}

const NO_VALUE: u32 = u32::MAX;

/// A trie's values in one string (one allocation, not one per value: a group holds tens of
/// thousands, and building them one by one was a tenth of the first toggle).
#[derive(Debug, Default)]
struct Values {
    text: String,
    /// Where each value ends in `text`; value `i` starts where value `i - 1` ends.
    ends: Vec<u32>,
}

impl Values {
    fn with_capacity(values: usize, bytes: usize) -> Values {
        Values {
            text: String::with_capacity(bytes),
            ends: Vec::with_capacity(values),
        }
    }

    /// Adds a value; its index.
    fn push(&mut self, value: &str) -> u32 {
        self.text.push_str(value);
        self.ends.push(self.text.len() as u32);
        (self.ends.len() - 1) as u32
    }

    /// Value `i` (empty past the end).
    #[inline(always)]
    fn get(&self, i: u32) -> &str {
        let i = i as usize;
        let start = match i.checked_sub(1) {
            Some(p) => self.ends.get(p).copied().unwrap_or(0),
            None => 0,
        };
        let end = self.ends.get(i).copied().unwrap_or(start);
        self.text.get(start as usize..end as usize).unwrap_or("")
    }
}
const BMP: usize = 0x1_0000;

#[derive(Clone, Copy, Debug, Default)]
struct Node {
    /// Children are `edges[first..first + count]`, sorted by character.
    first: u32,
    count: u32,
    /// Index into `values`, or [`NO_VALUE`].
    value: u32,
}

/// One merged dictionary group, ready for longest-prefix matching.
#[derive(Debug)]
pub struct Trie {
    nodes: Vec<Node>,
    edges: Vec<(char, u32)>,
    /// BMP character → packed first step (0: no key starts with it): [`HEAD_CHILDREN`] when
    /// longer keys start with it, and the one-character key's value — [`HEAD_CHAR`] and the
    /// character, or [`HEAD_STR`] and an index into `values` — so converting a character that
    /// starts no longer key touches only this table, 256 KiB. The root's edges hold every
    /// first character too, for the walk from the root.
    head: Vec<u32>,
    /// Bit set over hashed character pairs that begin some key of two or more characters: most
    /// positions in running text start no longer key, and one bit test tells.
    pairs: Vec<u64>,
    /// Two bits per hashed character pair: [`JOINED`] when the two are neighbours in some key
    /// of two or more characters, [`DISTINCT`] when they begin a distinct key (one whose value
    /// is not its characters' one-by-one conversion).
    pair_flags: Vec<u64>,
    /// Open-addressed table from a character pair that begins a key of two or more characters
    /// to the trie node after both: [`PAIR_KEY_SHIFT`] bits of node under the pair
    /// `first << 21 | second`, 0 for an empty slot. It replaces the two steps from the root
    /// that every phrase walk starts with (the second a binary search over up to hundreds
    /// of children). Empty when the nodes outgrow the node field; walks then start at the root.
    pair_nodes: Vec<u64>,
    values: Values,
    /// Whether any key starts with an ASCII character (if not, ASCII is skipped unexamined).
    ascii_keys: bool,
    /// Whether any key holds a character outside the BMP.
    wide_keys: bool,
    /// How many distinct keys the trie holds.
    distinct_keys: usize,
}

const HEAD_CHILDREN: u32 = 1 << 31;
const HEAD_CHAR: u32 = 1 << 30;
const HEAD_STR: u32 = 1 << 29;
/// The character occurs in some key of two or more characters (else no segment spans it).
const HEAD_IN_KEY: u32 = 1 << 28;
/// The character starts some distinct key (see [`Trie::pair_flags`]).
const HEAD_DISTINCT: u32 = 1 << 27;
/// The value bits of a [`Trie::head`] entry; also the most values a trie holds.
const HEAD_VALUE: u32 = HEAD_DISTINCT - 1;

/// A match as the walk passes it around, in two registers: its byte length (0: no match) and
/// its value, a character or [`HIT_STR`] and an index into `values`.
type Hit = (usize, u32);
const HIT_STR: u32 = 1 << 31;
const NO_HIT: Hit = (0, 0);

/// A dictionary value (the tests read entries one by one; conversion walks the trie).
#[cfg(test)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value<'a> {
    Char(char),
    Str(&'a str),
}

/// Bits in [`Trie::pairs`] (256 KiB).
const PAIR_BITS: usize = 1 << 21;

/// Slots in [`Trie::pair_flags`] (two bits each, 256 KiB; s2t's keys hold about 80,000
/// neighbouring pairs and begin with about 10,000 distinct pairs).
const PAIR_FLAG_SLOTS: usize = 1 << 20;
const JOINED: u64 = 1;
const DISTINCT: u64 = 2;

/// Bits of a [`Trie::pair_nodes`] entry that hold the node.
const PAIR_KEY_SHIFT: u32 = 22;

fn pair_key(a: u32, b: u32) -> u64 {
    u64::from(a) << 21 | u64::from(b)
}

fn pair_hash(a: u32, b: u32) -> usize {
    let h = pair_key(a, b).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 43) as usize & (PAIR_BITS - 1)
}

/// The word and shift of a pair's flags in [`Trie::pair_flags`].
fn flag_slot(a: u32, b: u32) -> (usize, u32) {
    let h = (pair_key(a, b).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 44) as usize;
    let h = h & (PAIR_FLAG_SLOTS - 1);
    (h / 32, (h % 32) as u32 * 2)
}

impl Trie {
    /// Builds the trie of a dictionary group; for a key in several dictionaries the first
    /// dictionary's value is kept.
    pub fn build<'a>(
        group: impl IntoIterator<Item = impl Iterator<Item = (&'a str, &'a str)>>,
    ) -> Trie {
        // Every key with the value it keeps (the first dictionary's: the sort is stable),
        // sorted. Built from sorted keys, the trie numbers its nodes depth-first and each
        // node's children come in order, so the flat arrays fill without a map per node. The
        // data file's dictionaries are sorted already (`build.rs`): the stable sort finds
        // their runs and merges them.
        let mut entries: Vec<(&str, &str)> = group
            .into_iter()
            .flatten()
            .filter(|(k, _)| !k.is_empty())
            .collect();
        entries.sort_by(|a, b| a.0.cmp(b.0));
        entries.dedup_by(|later, first| later.0 == first.0);
        entries.truncate(HEAD_VALUE as usize);
        // Nodes in depth-first order: parent, the character that leads to it, value.
        let mut parent: Vec<u32> = vec![0];
        let mut label: Vec<char> = vec!['\0'];
        let mut values: Vec<u32> = vec![NO_VALUE];
        let mut value_store =
            Values::with_capacity(entries.len(), entries.iter().map(|(_, v)| v.len()).sum());
        // Keys of two or more characters with their values.
        let mut phrases: Vec<(&str, &str)> = vec![];
        // The previous key's characters and their nodes: a key shares its prefix with it.
        let mut path: Vec<(char, u32)> = vec![];
        for (key, value) in entries {
            let mut node = 0u32;
            let mut chars = key.chars().peekable();
            let mut depth = 0;
            while let (Some(&c), Some(&(pc, pn))) = (chars.peek(), path.get(depth)) {
                if c != pc {
                    break;
                }
                node = pn;
                depth += 1;
                chars.next();
            }
            path.truncate(depth);
            for c in chars {
                let n = parent.len() as u32;
                parent.push(node);
                label.push(c);
                values.push(NO_VALUE);
                path.push((c, n));
                node = n;
            }
            values[node as usize] = value_store.push(value);
            if key.chars().nth(1).is_some() {
                phrases.push((key, value));
            }
        }
        // Children are contiguous in `edges`, in order (counting sort by parent).
        let mut nodes = vec![Node::default(); parent.len()];
        for &p in &parent[1..] {
            nodes[p as usize].count += 1;
        }
        let mut next = 0;
        for (node, &value) in nodes.iter_mut().zip(&values) {
            node.first = next;
            node.value = value;
            next += node.count;
        }
        let mut edges = vec![('\0', 0u32); parent.len() - 1];
        let mut filled = vec![0u32; parent.len()];
        for n in 1..parent.len() {
            let p = parent[n] as usize;
            edges[(nodes[p].first + filled[p]) as usize] = (label[n], n as u32);
            filled[p] += 1;
        }
        let kids =
            |n: usize| &edges[nodes[n].first as usize..(nodes[n].first + nodes[n].count) as usize];
        let mut head = vec![0u32; BMP];
        for &(c, n) in kids(0) {
            if (c as usize) < BMP {
                let mut e = 0;
                if nodes[n as usize].count != 0 {
                    e |= HEAD_CHILDREN;
                }
                let v = values[n as usize];
                if v != NO_VALUE {
                    let mut vc = value_store.get(v).chars();
                    e |= match (vc.next(), vc.next()) {
                        (Some(ch), None) => HEAD_CHAR | ch as u32,
                        _ => HEAD_STR | v,
                    };
                }
                head[c as usize] = e;
            }
        }
        let mut pairs = vec![0u64; PAIR_BITS / 64];
        let pair_count: usize = kids(0)
            .iter()
            .map(|&(_, n)| nodes[n as usize].count as usize)
            .sum();
        let mut pair_nodes = if nodes.len() < 1 << PAIR_KEY_SHIFT {
            vec![0u64; (pair_count * 2).next_power_of_two().max(2)]
        } else {
            vec![]
        };
        let mask = pair_nodes.len().wrapping_sub(1);
        for &(a, n) in kids(0) {
            for &(b, n2) in kids(n as usize) {
                let (a, b) = (a as u32, b as u32);
                let h = pair_hash(a, b);
                pairs[h / 64] |= 1 << (h % 64);
                if !pair_nodes.is_empty() {
                    let mut slot = h & mask;
                    while pair_nodes[slot] != 0 {
                        slot = (slot + 1) & mask;
                    }
                    pair_nodes[slot] = pair_key(a, b) << PAIR_KEY_SHIFT | u64::from(n2);
                }
            }
        }
        let ascii_keys = head[..0x80].iter().any(|&e| e != 0);
        let wide_keys = edges.iter().any(|&(c, _)| c as usize >= BMP);
        let root = kids(0);
        let (pair_flags, distinct_keys) = mark_phrases(&mut head, &phrases, &value_store, |c| {
            let i = root.binary_search_by(|&(k, _)| k.cmp(&c)).ok()?;
            let v = values[root[i].1 as usize];
            (v != NO_VALUE).then(|| value_store.get(v))
        });
        Trie {
            nodes,
            edges,
            head,
            pairs,
            pair_flags,
            pair_nodes,
            values: value_store,
            ascii_keys,
            wide_keys,
            distinct_keys,
        }
    }

    fn child(&self, node: usize, c: char) -> Option<usize> {
        let n = &self.nodes[node];
        let kids = &self.edges[n.first as usize..(n.first + n.count) as usize];
        kids.binary_search_by(|&(k, _)| k.cmp(&c))
            .ok()
            .map(|i| kids[i].1 as usize)
    }

    #[cfg(test)]
    fn value(&self, hit: Hit) -> Value<'_> {
        if hit.1 & HIT_STR != 0 {
            Value::Str(self.values.get(hit.1 & !HIT_STR))
        } else {
            Value::Char(char::from_u32(hit.1).unwrap_or(char::REPLACEMENT_CHARACTER))
        }
    }

    #[inline(always)]
    fn push_value(&self, code: u32, out: &mut String) {
        if code & HIT_STR != 0 {
            out.push_str(self.values.get(code & !HIT_STR));
        } else if let Some(c) = char::from_u32(code) {
            out.push(c);
        }
    }

    /// The hit of a node's value, if it has one.
    fn node_hit(&self, node: usize, end: usize) -> Option<Hit> {
        let v = self.nodes[node].value;
        (v != NO_VALUE).then_some((end, HIT_STR | v))
    }

    /// The longest key that `s` starts with: its byte length and value.
    #[cfg(test)]
    pub fn longest(&self, s: &str) -> Option<(usize, Value<'_>)> {
        let hit = self.longest_at(s, 0);
        (hit.0 != 0).then(|| (hit.0, self.value(hit)))
    }

    /// The longest key that `s[at..]` starts with (`at` on a character boundary), or
    /// [`NO_HIT`]. Characters are decoded in place — this runs once per character.
    #[inline(always)]
    fn longest_at(&self, s: &str, at: usize) -> Hit {
        let bytes = s.as_bytes();
        if at >= bytes.len() {
            return NO_HIT;
        }
        let (first, len1) = decode(bytes, at);
        let (one, has_children) = if (first as usize) < BMP {
            let e = self.head[first as usize];
            if e == 0 {
                return NO_HIT;
            }
            let one = if e & HEAD_CHAR != 0 {
                (len1, e & HEAD_VALUE)
            } else if e & HEAD_STR != 0 {
                (len1, HIT_STR | (e & HEAD_VALUE))
            } else {
                NO_HIT
            };
            (one, e & HEAD_CHILDREN != 0)
        } else {
            let Some(n1) = char::from_u32(first).and_then(|c| self.child(0, c)) else {
                return NO_HIT;
            };
            let one = self.node_hit(n1, len1).unwrap_or(NO_HIT);
            (one, self.nodes[n1].count != 0)
        };
        if !has_children || at + len1 >= bytes.len() {
            return one;
        }
        let (second, len2) = decode(bytes, at + len1);
        let h = pair_hash(first, second);
        if self.pairs[h / 64] & (1 << (h % 64)) == 0 {
            return one;
        }
        let s = &s[at..];
        if self.pair_nodes.is_empty() {
            return self.walk(s);
        }
        let mask = self.pair_nodes.len() - 1;
        let key = pair_key(first, second);
        let mut slot = h & mask;
        let node = loop {
            let e = self.pair_nodes[slot];
            if e == 0 {
                return one;
            }
            if e >> PAIR_KEY_SHIFT == key {
                break (e & ((1 << PAIR_KEY_SHIFT) - 1)) as usize;
            }
            slot = (slot + 1) & mask;
        };
        self.walk_from(node, s, len1 + len2, one)
    }

    /// Continues a walk at `node`, reached by `s[..at]`, with `best` the match so far.
    #[inline(never)]
    fn walk_from(&self, mut node: usize, s: &str, at: usize, mut best: Hit) -> Hit {
        let mut end = at;
        loop {
            if let Some(hit) = self.node_hit(node, end) {
                best = hit;
            }
            if self.nodes[node].count == 0 {
                return best;
            }
            let Some(c) = s[end..].chars().next() else {
                return best;
            };
            match self.child(node, c) {
                Some(next) => node = next,
                None => return best,
            }
            end += c.len_utf8();
        }
    }

    /// The full walk from the root behind [`Trie::longest_at`], for tries too large for the
    /// pair table.
    #[inline(never)]
    fn walk(&self, s: &str) -> Hit {
        let Some(c) = s.chars().next() else {
            return NO_HIT;
        };
        match self.child(0, c) {
            Some(node) => self.walk_from(node, s, c.len_utf8(), NO_HIT),
            None => NO_HIT,
        }
    }

    /// The common case, decided from the root table and the pair filter alone: at `i` is a
    /// three-byte character (CJK, not an Ideographic Description operator) that starts no
    /// key of two or more characters here. Returns its root entry and the character.
    #[inline(always)]
    fn single_at(&self, bytes: &[u8], i: usize) -> Option<(u32, u32)> {
        let b0 = *bytes.get(i)?;
        if !(0xE3..=0xEF).contains(&b0) || i + 3 >= bytes.len() {
            return None;
        }
        let c = (u32::from(b0) & 0x0F) << 12
            | (u32::from(bytes[i + 1]) & 0x3F) << 6
            | (u32::from(bytes[i + 2]) & 0x3F);
        let e = self.head[c as usize];
        if e & HEAD_CHILDREN != 0 {
            let (second, _) = decode(bytes, i + 3);
            let h = pair_hash(c, second);
            if self.pairs[h / 64] & (1 << (h % 64)) != 0 {
                return None;
            }
        }
        Some((e, c))
    }

    /// Writes the one-character conversion of `c` (itself when unmapped) from its root entry.
    #[inline(always)]
    fn push_single(&self, e: u32, c: u32, out: &mut String) {
        if e & HEAD_STR != 0 {
            out.push_str(self.values.get(e & HEAD_VALUE));
        } else {
            let v = if e & HEAD_CHAR != 0 {
                e & HEAD_VALUE
            } else {
                c
            };
            out.push(char::from_u32(v).unwrap_or(char::REPLACEMENT_CHARACTER));
        }
    }

    /// Replaces, left to right, the longest key at each position with its value
    /// (opencc-js `Trie.convert`).
    ///
    /// Runs character by character while no distinct key can start (see the module
    /// documentation), remembering the last position known to end a segment: the start, the
    /// end of a walk, or a position between two characters that are neighbours in no key.
    /// Where a distinct key may start, the output goes back to that position and the
    /// longest-match walk runs from there until a segment ends past the key's start.
    ///
    /// Returns whether the output is the character-by-character conversion, as it is when
    /// no distinct key may start in `s`, nor an Ideographic Description operator, nor — when
    /// keys hold them — a character outside the BMP: then `s` converts alike whole or in any
    /// pieces.
    pub fn convert_into(&self, s: &str, out: &mut String) -> bool {
        let mut one_by_one = true;
        let bytes = s.as_bytes();
        let mut i = 0;
        let (mut safe, mut safe_out) = (0, out.len());
        let (mut prev, mut prev_len, mut prev_distinct) = (0u32, 0usize, 0u64);
        while let Some(&b0) = bytes.get(i) {
            if b0 < 0x80 && self.head[usize::from(b0)] == 0 {
                // A run of ASCII that no key starts or contains is copied as it is.
                let run = i;
                while i < bytes.len() && bytes[i] < 0x80 && self.head[usize::from(bytes[i])] == 0 {
                    i += 1;
                }
                out.push_str(&s[run..i]);
                (safe, safe_out) = (i, out.len());
                (prev, prev_len, prev_distinct) = (0, 0, 0);
                continue;
            }
            let b0 = u32::from(b0);
            let cont = |k: usize| u32::from(bytes.get(i + k).copied().unwrap_or(0x80)) & 0x3F;
            let (c, len) = match b0 {
                0x00..=0x7F => (b0, 1),
                0x80..=0xDF => ((b0 & 0x1F) << 6 | cont(1), 2),
                0xE0..=0xEF => ((b0 & 0x0F) << 12 | cont(1) << 6 | cont(2), 3),
                // Outside the BMP (no entry in `head`): the walk takes it.
                _ => (u32::MAX, 4),
            };
            let (word, shift) = flag_slot(prev, c);
            let flags = self.pair_flags[word] >> shift;
            let distinct = flags & prev_distinct != 0;
            // An Ideographic Description operator: its sequence is skipped whole by the walk.
            if distinct || c == u32::MAX || c & 0xFFF0 == 0x2FF0 {
                one_by_one &=
                    !distinct && (c != u32::MAX || !self.wide_keys) && c & 0xFFF0 != 0x2FF0;
                let start = if distinct { i - prev_len } else { i };
                out.truncate(safe_out);
                i = self.convert::<false>(s, safe, start, out, &mut Vec::new());
                (safe, safe_out) = (i, out.len());
                (prev, prev_len, prev_distinct) = (0, 0, 0);
                continue;
            }
            if flags & JOINED == 0 {
                (safe, safe_out) = (i, out.len());
            }
            let e = self.head[c as usize];
            self.push_single(e, c, out);
            i += len;
            (prev, prev_len) = (c, len);
            prev_distinct = if e & HEAD_DISTINCT != 0 { DISTINCT } else { 0 };
        }
        one_by_one
    }

    /// How many keys of two or more characters have a value other than their characters'
    /// own conversions.
    pub fn distinct_keys(&self) -> usize {
        self.distinct_keys
    }

    /// Whether `c` converts to itself and is in no key: no match spans it.
    pub fn is_plain(&self, c: char) -> bool {
        self.head.get(c as usize) == Some(&0)
    }

    /// [`Trie::convert_into`] that also records where OpenCC's segments end in `out`: each
    /// match of two or more characters is a segment, and so is each run between them.
    pub fn convert_segmented(&self, s: &str, out: &mut String, ends: &mut Vec<usize>) {
        self.convert::<true>(s, 0, usize::MAX, out, ends);
    }

    /// The longest-match loop from `from` (where a segment starts) until a segment ends past
    /// `past` or the text ends; returns where it stopped. Segment ends are tracked only when
    /// `SEGMENTS` (a compile-time switch: the plain loop carries no segment bookkeeping).
    #[inline(always)]
    fn convert<const SEGMENTS: bool>(
        &self,
        s: &str,
        from: usize,
        past: usize,
        out: &mut String,
        ends: &mut Vec<usize>,
    ) -> usize {
        let bytes = s.as_bytes();
        let mut i = from;
        let mut copied = from;
        let mut in_run = false;
        while i < s.len() && i <= past {
            if bytes[i] < 0x80 && !self.ascii_keys {
                in_run = true;
                i += 1;
                continue;
            }
            // Writing each CJK character, mapped or not, beats copying the short runs
            // between mapped ones.
            if let Some((e, c)) = self.single_at(bytes, i) {
                if copied < i {
                    out.push_str(&s[copied..i]);
                }
                self.push_single(e, c, out);
                in_run = true;
                i += 3;
                copied = i;
                continue;
            }
            let (len, code) = self.longest_at(s, i);
            if len != 0 {
                if copied < i {
                    out.push_str(&s[copied..i]);
                }
                let phrase = SEGMENTS && len > utf8_len(bytes[i]);
                if phrase && in_run {
                    ends.push(out.len());
                    in_run = false;
                }
                self.push_value(code, out);
                if phrase {
                    ends.push(out.len());
                } else {
                    in_run = true;
                }
                i += len;
                copied = i;
            } else {
                in_run = true;
                i += step(&s[i..]);
            }
        }
        out.push_str(&s[copied..i]);
        if SEGMENTS && in_run {
            ends.push(out.len());
        }
        i
    }

    /// Splits `s` into segments: each longest key is a segment; runs between keys are
    /// segments too (opencc-js `Trie.segment`).
    pub fn segment<'s>(&self, s: &'s str, out: &mut Vec<&'s str>) {
        let mut i = 0;
        let mut run_start: Option<usize> = None;
        while i < s.len() {
            let len = self.longest_at(s, i).0;
            if len != 0 {
                if let Some(r) = run_start.take() {
                    out.push(&s[r..i]);
                }
                out.push(&s[i..i + len]);
                i += len;
            } else {
                run_start.get_or_insert(i);
                i += unmatched_len(&s[i..]);
            }
        }
        if let Some(r) = run_start {
            out.push(&s[r..]);
        }
    }
}

/// Marks in `head` the characters of keys of two or more characters ([`HEAD_IN_KEY`]) and
/// the first characters of distinct keys ([`HEAD_DISTINCT`]), and returns the pair flags
/// ([`Trie::pair_flags`]) and the number of distinct keys. `values` are the one-character
/// keys' values of [`HEAD_STR`] entries; `wide(c)` is the value of the one-character key
/// `c` outside the BMP.
fn mark_phrases<'v>(
    head: &mut [u32],
    phrases: &[(&str, &str)],
    values: &Values,
    wide: impl Fn(char) -> Option<&'v str>,
) -> (Vec<u64>, usize) {
    let mut distinct = 0;
    let mut flags = vec![0u64; PAIR_FLAG_SLOTS * 2 / 64];
    let mut buf = [0u8; 4];
    for &(key, value) in phrases {
        // What of `value` the one-by-one conversion has not matched yet (None: it differs).
        let mut rest = Some(value);
        let mut before = None;
        for c in key.chars() {
            let one: &str = match head.get_mut(c as usize) {
                Some(e) => {
                    *e |= HEAD_IN_KEY;
                    let v = *e & HEAD_VALUE;
                    if *e & HEAD_STR != 0 {
                        values.get(v)
                    } else if *e & HEAD_CHAR != 0 {
                        char::from_u32(v).unwrap_or(c).encode_utf8(&mut buf)
                    } else {
                        c.encode_utf8(&mut buf)
                    }
                }
                None => match wide(c) {
                    Some(v) => v,
                    None => c.encode_utf8(&mut buf),
                },
            };
            rest = rest.and_then(|r| r.strip_prefix(one));
            if let Some(b) = before {
                let (word, shift) = flag_slot(b, c as u32);
                flags[word] |= JOINED << shift;
            }
            before = Some(c as u32);
        }
        let mut chars = key.chars();
        if let (true, Some(a), Some(b)) = (rest != Some(""), chars.next(), chars.next()) {
            if let Some(e) = head.get_mut(a as usize) {
                *e |= HEAD_DISTINCT;
            }
            distinct += 1;
            let (word, shift) = flag_slot(a as u32, b as u32);
            flags[word] |= DISTINCT << shift;
        }
    }
    (flags, distinct)
}

/// The byte length of the UTF-8 character whose lead byte is `b`.
fn utf8_len(b: u8) -> usize {
    match b {
        0x00..=0x7F => 1,
        0x80..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// The code point at `b[i]` (a character boundary of valid UTF-8) and its length in bytes.
#[inline(always)]
fn decode(b: &[u8], i: usize) -> (u32, usize) {
    let b0 = u32::from(b[i]);
    let cont = |k: usize| u32::from(b.get(i + k).copied().unwrap_or(0x80)) & 0x3F;
    match b0 {
        0x00..=0x7F => (b0, 1),
        0x80..=0xDF => ((b0 & 0x1F) << 6 | cont(1), 2),
        0xE0..=0xEF => ((b0 & 0x0F) << 12 | cont(1) << 6 | cont(2), 3),
        _ => (
            (b0 & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3),
            4,
        ),
    }
}

/// Bytes to skip at an unmatched position: one character, or a whole Ideographic Description
/// Sequence (⿰亻尔), whose components must not be converted one by one (opencc-js
/// `getUnmatchedLength`, without its recursion).
fn unmatched_len(s: &str) -> usize {
    let mut chars = s.char_indices();
    let Some((_, first)) = chars.next() else {
        return 1;
    };
    let mut owed = ids_arity(first);
    if owed == 0 {
        return first.len_utf8();
    }
    for (i, c) in chars {
        // Each character fills one owed component; an operator owes its own components.
        owed = owed - 1 + ids_arity(c);
        if owed == 0 {
            return i + c.len_utf8();
        }
    }
    // An incomplete sequence is no sequence: skip the operator alone.
    first.len_utf8()
}

/// [`unmatched_len`] without decoding when the lead byte rules out an Ideographic
/// Description Sequence (U+2FF0–U+2FFF are `E2 BF B0`–`E2 BF BF`).
fn step(s: &str) -> usize {
    let b = s.as_bytes();
    match b[0] {
        0x00..=0x7F => 1,
        0xE2 if b.get(1) == Some(&0xBF) => unmatched_len(s),
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

fn ids_arity(c: char) -> usize {
    match c as u32 {
        0x2FF0..=0x2FF1 => 2,
        0x2FF2..=0x2FF3 => 3,
        0x2FF4..=0x2FFF => 2,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trie(dicts: &[&[(&'static str, &'static str)]]) -> Trie {
        Trie::build(dicts.iter().map(|d| d.iter().copied()))
    }

    #[test]
    fn longest_match_and_first_dictionary_wins() {
        let t = trie(&[
            &[("头发", "頭髮"), ("发", "發")],
            &[("发", "髮"), ("头", "頭")],
        ]);
        let mut out = String::new();
        t.convert_into("头发和头和发a", &mut out);
        assert_eq!(out, "頭髮和頭和發a");
    }

    #[test]
    fn phrase_walks_start_from_the_pair_table() {
        let t = trie(&[&[
            ("中国人", "X"),
            ("中国", "Y"),
            ("中", "W"),
            ("𠮷野", "Z"),
            ("国人民", "V"),
        ]]);
        assert!(!t.pair_nodes.is_empty());
        let mut out = String::new();
        t.convert_into("中国人中国中文𠮷野𠮷国人", &mut out);
        assert_eq!(out, "XYW文Z𠮷国人");
        assert_eq!(
            t.longest("中国人民"),
            Some(("中国人".len(), Value::Str("X")))
        );
        assert_eq!(t.longest("中"), Some(("中".len(), Value::Char('W'))));
    }

    #[test]
    fn segments_keep_keys_whole() {
        let t = trie(&[&[("头发", "x"), ("你好", "y")]]);
        let mut segs = vec![];
        t.segment("我的头发你好吗", &mut segs);
        assert_eq!(segs, vec!["我的", "头发", "你好", "吗"]);
    }

    #[test]
    fn ideographic_description_sequences_are_skipped_whole() {
        assert_eq!(unmatched_len("⿰亻尔好"), "⿰亻尔".len());
        assert_eq!(unmatched_len("⿱⿰亻尔心x"), "⿱⿰亻尔心".len());
        assert_eq!(unmatched_len("⿰亻"), "⿰".len());
        assert_eq!(unmatched_len("好"), 3);
        let t = trie(&[&[("亻", "人")]]);
        let mut out = String::new();
        t.convert_into("⿰亻尔亻", &mut out);
        assert_eq!(out, "⿰亻尔人");
    }

    /// The full longest-match walk over the whole text, which [`Trie::convert_into`] skips
    /// where it cannot change the output.
    fn walked(t: &Trie, s: &str) -> String {
        let mut out = String::new();
        t.convert::<false>(s, 0, usize::MAX, &mut out, &mut vec![]);
        out
    }

    fn next(seed: &mut u64, n: usize) -> usize {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        (*seed % n as u64) as usize
    }

    /// `pieces` pieces, each a random part (start, end or whole) of a random word.
    fn random_text(seed: &mut u64, words: &[&str], pieces: usize) -> String {
        let mut s = String::new();
        for _ in 0..pieces {
            let chars: Vec<char> = words[next(seed, words.len())].chars().collect();
            let from = next(seed, chars.len());
            let to = from + 1 + next(seed, chars.len() - from);
            s.extend(&chars[from..to]);
        }
        s
    }

    #[test]
    fn distinct_keys_only_decide_where_the_walk_runs() {
        // 中国 is plain (its characters' own conversions); 国人 and 人民 are distinct and
        // overlap it; 民 joins keys on both sides; 卡拉OK厅 puts ASCII inside a key; 𠮷 and
        // ⿰ take the walk; 丙丁 may start only where 甲乙丙 does not cover 丙.
        let t = trie(&[&[
            ("甲乙丙", "甲乙丙"),
            ("丙丁", "R"),
            ("中国", "中國"),
            ("国人", "X"),
            ("人民", "Y"),
            ("中国人民", "中國人民"),
            ("民主", "民主"),
            ("头发", "頭髮"),
            ("发", "發"),
            ("国", "國"),
            ("头", "頭"),
            ("卡拉OK厅", "卡拉OK廳"),
            ("厅", "廳"),
            ("厅Y", "Z"),
            ("𠮷野", "W"),
            ("亻", "人"),
        ]]);
        let mut out = String::new();
        t.convert_into("中国人，国人民，中国人民主，头发，甲乙丙丁", &mut out);
        assert_eq!(out, "中國人，X民，中國人民主，頭髮，甲乙丙丁");
        let words = [
            "中国人民",
            "国人",
            "民主",
            "头发",
            "卡拉OK厅Y",
            "𠮷野",
            "⿰亻尔",
            "甲乙丙丁",
            "，",
            " a",
        ];
        let mut seed = 0x9E37_79B9_7F4A_7C15;
        for pieces in [1, 2, 3, 5, 8, 13, 40] {
            for _ in 0..500 {
                let s = random_text(&mut seed, &words, pieces);
                out.clear();
                t.convert_into(&s, &mut out);
                assert_eq!(out, walked(&t, &s), "{s}");
            }
        }
    }

    #[test]
    fn skipping_the_walk_matches_it_on_the_shipped_dictionaries() {
        let Ok(zh) = crate::zh::Zh::builtin() else {
            return;
        };
        for name in ["s2t", "t2s", "tw2s", "t2tw", "hk2s"] {
            for group in crate::zh::config::find(name).expect("config").chain {
                let t = zh.trie(group).expect("trie");
                // Parts of the group's own keys, so keys chain into and overlap one another.
                let data = Data::parse(&zh.data).expect("data");
                let keys: Vec<&str> = group
                    .iter()
                    .flat_map(|d| data.entries(d).expect("dictionary").map(|(k, _)| k))
                    .step_by(7)
                    .chain(["，", "。", " a"])
                    .collect();
                let mut seed = 0x2545_F491_4F6C_DD1D;
                let mut out = String::new();
                for _ in 0..1000 {
                    let s = random_text(&mut seed, &keys, 30);
                    out.clear();
                    t.convert_into(&s, &mut out);
                    assert_eq!(out, walked(&t, &s), "{name}: {s}");
                }
            }
        }
    }

    #[test]
    fn data_file_round_trip() {
        let data = Data::parse(b"QYZH1\nA\n11\na b|c d e|fB\n0\n").unwrap();
        assert_eq!(
            data.entries("A").unwrap().collect::<Vec<_>>(),
            vec![("a", "b"), ("c", "d")]
        );
        assert_eq!(data.entries("B").unwrap().count(), 0);
        assert!(data.entries("C").is_err());
        assert!(Data::parse(b"nope").is_err());
    }
}
