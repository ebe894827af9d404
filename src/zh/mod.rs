//! Chinese script conversion: Simplified ↔ Traditional, Taiwan and Hong Kong standards, at the
//! phrase level, with OpenCC's algorithm and dictionaries.
//!
//! * [`Target`] and [`ConvertOptions`] say what to convert to; [`detect_script`] says what a
//!   text is written in, which picks the OpenCC config ([`Zh::config_for`]).
//! * [`Zh`] holds the dictionaries: [`Zh::builtin`] (embedded in native builds) or
//!   [`Zh::from_data`] (the `qingyue-zh.bin` file the wasm package loads on demand).
//! * [`convert_text`] converts plain text; [`html::convert_html`] converts the text nodes and
//!   reader-visible attributes of HTML, across inline elements, leaving markup, code and
//!   non-Chinese text alone. Flattened pinyin glosses (`團(tuán)`) are removed.

pub mod config;
pub(crate) mod dict;
pub(crate) mod gloss;
pub mod html;

use std::borrow::Cow;
use std::str::FromStr;
use std::sync::{Arc, Mutex, OnceLock};

use serde::{Deserialize, Serialize};

use crate::Error;
use config::Config;
use dict::{Data, Trie};

/// The script toggle's targets (原文 is "no conversion" and needs no target).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub enum Target {
    /// 简体: Simplified Chinese.
    #[serde(rename = "zh-Hans")]
    Hans,
    /// 繁體: Traditional Chinese, OpenCC standard.
    #[serde(rename = "zh-Hant")]
    Hant,
    /// 臺灣: Traditional Chinese, Taiwan standard.
    #[serde(rename = "zh-TW")]
    Tw,
    /// 香港: Traditional Chinese, Hong Kong standard.
    #[serde(rename = "zh-HK")]
    Hk,
}

impl Target {
    /// The BCP 47 tag set on converted content.
    pub fn lang(self) -> &'static str {
        match self {
            Target::Hans => "zh-Hans",
            Target::Hant => "zh-Hant",
            Target::Tw => "zh-TW",
            Target::Hk => "zh-HK",
        }
    }
}

impl FromStr for Target {
    type Err = Error;

    fn from_str(s: &str) -> Result<Target, Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "zh-hans" | "zh-cn" | "zh-sg" | "hans" | "s" | "cn" | "simplified" => Ok(Target::Hans),
            "zh-hant" | "hant" | "t" | "traditional" => Ok(Target::Hant),
            "zh-tw" | "tw" | "zh-hant-tw" => Ok(Target::Tw),
            "zh-hk" | "hk" | "zh-mo" | "zh-hant-hk" => Ok(Target::Hk),
            _ => Err(Error::UnknownTarget(s.to_string())),
        }
    }
}

pub use crate::article::Script;

/// What the source text is, as far as conversion cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Simplified characters (and none only Traditional has).
    Hans,
    /// Traditional characters (and none only Simplified has).
    Hant,
    /// Both Simplified-only and Traditional-only characters (a half-converted page).
    Mixed,
    /// No character that tells.
    Unknown,
}

/// Options of a conversion.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
#[non_exhaustive]
pub struct ConvertOptions {
    /// The script to convert to.
    pub target: Target,
    /// Regional vocabulary too (s2twp, s2hkp, tw2sp: 软件 → 軟體, 鼠标 → 滑鼠).
    pub phrases: bool,
    /// Remove flattened pinyin glosses such as `團(tuán)`.
    pub strip_glosses: bool,
    /// Remove ruby annotations (`<rt>`, `<rp>`), keeping the base text.
    pub strip_ruby: bool,
    /// The source language tag when known (`zh-TW`, `zh-HK` pick tw2s/hk2s for Simplified).
    pub source_lang: Option<String>,
}

impl Default for ConvertOptions {
    fn default() -> Self {
        ConvertOptions {
            target: Target::Hans,
            phrases: false,
            strip_glosses: true,
            strip_ruby: false,
            source_lang: None,
        }
    }
}

impl ConvertOptions {
    /// Options converting to `target`, with the defaults otherwise.
    pub fn to(target: Target) -> Self {
        ConvertOptions {
            target,
            ..ConvertOptions::default()
        }
    }
}

/// A loaded dictionary set, with the tries built so far.
pub struct Zh {
    data: Cow<'static, [u8]>,
    /// Built tries by dictionary group (a handful; compared by content, no key allocated).
    tries: Mutex<Vec<(&'static [&'static str], Arc<Trie>)>>,
}

impl std::fmt::Debug for Zh {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Zh")
            .field("bytes", &self.data.len())
            .finish()
    }
}

#[cfg(all(qingyue_zh_data, not(target_arch = "wasm32")))]
static BUILTIN_DATA: Option<&[u8]> =
    Some(include_bytes!(concat!(env!("OUT_DIR"), "/qingyue-zh.bin")));
#[cfg(not(all(qingyue_zh_data, not(target_arch = "wasm32"))))]
static BUILTIN_DATA: Option<&[u8]> = None;

/// Two bit sets over the BMP: characters only Simplified, then characters only Traditional.
#[cfg(qingyue_zh_data)]
static SCRIPT_SETS: Option<&[u8; 16384]> = Some(include_bytes!(concat!(
    env!("OUT_DIR"),
    "/qingyue-zh-script.bin"
)));
#[cfg(not(qingyue_zh_data))]
static SCRIPT_SETS: Option<&[u8; 16384]> = None;

/// How many characters seen exist only in Simplified, and only in Traditional: what
/// [`detect_script`] counts, one character at a time, for a caller that reads each character
/// of a text for more than its script.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct ScriptCounts {
    simplified: usize,
    traditional: usize,
}

impl ScriptCounts {
    /// Counts `c`.
    #[inline]
    pub(crate) fn add(&mut self, c: char) {
        let i = c as usize;
        if let (Some(sets), true) = (SCRIPT_SETS, i < 0x1_0000) {
            let bit = |set: usize| sets[set * 8192 + i / 8] & (1 << (i % 8)) != 0;
            self.simplified += usize::from(bit(0));
            self.traditional += usize::from(bit(1));
        }
    }

    /// The script most of the counted characters belong to (`None` when none tells).
    pub(crate) fn script(self) -> Option<Script> {
        match (self.simplified, self.traditional) {
            (0, 0) => None,
            (s, t) if t > s => Some(Script::Hant),
            _ => Some(Script::Hans),
        }
    }
}

/// Bytes after which a block of [`convert_in_blocks`] ends, at the next plain character.
const BLOCK: usize = 1024;

/// The most distinct keys the later groups of [`convert_in_blocks`] may hold for a block to
/// be tried whole. OpenCC's variant groups hold 12 (Taiwan) and 354 (Hong Kong, with its
/// phrases), and few blocks meet one; Taiwan's vocabulary (829: 软件, 信息 …) turns up in
/// most blocks of running text, and trying them whole first made s2twp 15 % slower.
const WHOLE_BLOCK_KEYS: usize = 500;

/// Converts with a segmenting first group whose later groups convert segment by segment
/// (s2tw, s2hk …), a block at a time. A block ends after a character that no group changes
/// and no key holds, so no segment and no match spans two blocks. Where the later groups
/// convert a block character by character (no distinct key of theirs in it; see
/// [`Trie::convert_into`]), its segments would convert to the same, and the block converts
/// whole; other blocks go segment by segment. After a block that could not convert whole,
/// the next few (more after each such block in a row) go segment by segment straight away,
/// so that text full of the later groups' keys (s2twp's vocabulary) is not converted twice.
fn convert_in_blocks(text: &str, first: &Trie, rest: &[Arc<Trie>]) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let (mut a, mut b, mut converted, mut ends) =
        (String::new(), String::new(), String::new(), vec![]);
    let plain = |c: char| first.is_plain(c) && rest.iter().all(|t| t.is_plain(c));
    // An Ideographic Description Sequence is skipped whole and may run past a plain
    // character: text that may hold one (U+2FC0–U+2FFF start `E2 BF`) is one block.
    let ids = memchr::memmem::find(text.as_bytes(), b"\xE2\xBF").is_some();
    let try_whole = rest.iter().map(|t| t.distinct_keys()).sum::<usize>() <= WHOLE_BLOCK_KEYS;
    let (mut skip, mut backoff) = (0usize, 1);
    let mut start = 0;
    while start < text.len() {
        let end = if ids {
            text.len()
        } else {
            block_end(text, start + BLOCK, plain)
        };
        let block = &text[start..end];
        start = end;
        if !try_whole || skip > 0 {
            skip = skip.saturating_sub(1);
        } else {
            a.clear();
            first.convert_into(block, &mut a);
            if convert_through(rest, &mut a, &mut b) {
                out.push_str(&a);
                backoff = 1;
                continue;
            }
            skip = backoff;
            backoff = (backoff * 2).min(16);
        }
        converted.clear();
        ends.clear();
        first.convert_segmented(block, &mut converted, &mut ends);
        let mut from = 0;
        for &end in &ends {
            a.clear();
            a.push_str(&converted[from..end]);
            from = end;
            convert_through(rest, &mut a, &mut b);
            out.push_str(&a);
        }
    }
    out
}

/// Converts `text` with each trie of `tries` in turn (`scratch` is working space) and tells
/// whether every one converted it character by character (see [`Trie::convert_into`]).
fn convert_through(tries: &[Arc<Trie>], text: &mut String, scratch: &mut String) -> bool {
    let mut one_by_one = true;
    for t in tries {
        scratch.clear();
        one_by_one &= t.convert_into(text, scratch);
        std::mem::swap(text, scratch);
    }
    one_by_one
}

/// Where a block that may end from byte `from` on ends: after the first character at or past
/// `from` for which `plain` holds, or at the end.
fn block_end(text: &str, from: usize, plain: impl Fn(char) -> bool) -> usize {
    let Some(rest) = (from..text.len())
        .find(|&i| text.is_char_boundary(i))
        .map(|i| (i, &text[i..]))
    else {
        return text.len();
    };
    let (i, tail) = rest;
    tail.char_indices()
        .find(|&(_, c)| plain(c))
        .map_or(text.len(), |(j, c)| i + j + c.len_utf8())
}

/// Whether `text` may hold CJK compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F),
/// judged by the first two bytes of their UTF-8 (`EF A4`–`EF AB`, `F0 AF`; the second also
/// starts some other rare ideographs, which only costs the normalization pass). Byte pairs
/// are tested a block at a time without branches, so the loop vectorizes; a search for the
/// lead bytes stopped at every full-width comma (`EF BC 8C`).
fn has_compatibility_ideographs(text: &str) -> bool {
    let b = text.as_bytes();
    let hit =
        |(&x, &y): (&u8, &u8)| (x == 0xEF) & (y.wrapping_sub(0xA4) < 8) | (x == 0xF0) & (y == 0xAF);
    let pairs = b.len().saturating_sub(1);
    (0..pairs).step_by(4096).any(|start| {
        let end = (start + 4096).min(pairs);
        b[start..end]
            .iter()
            .zip(&b[start + 1..=end])
            .fold(false, |any, pair| any | hit(pair))
    })
}

/// Classifies the script of `text` by its characters that exist in only one script. Needs no
/// dictionaries (the character sets are built into every build).
pub fn detect(text: &str) -> Source {
    let Some(sets) = SCRIPT_SETS else {
        return Source::Unknown;
    };
    let bit = |set: usize, c: usize| sets[set * 8192 + c / 8] & (1 << (c % 8)) != 0;
    let (mut s, mut t) = (0usize, 0usize);
    for c in text.chars() {
        let i = c as usize;
        if (0x3400..0x1_0000).contains(&i) {
            s += usize::from(bit(0, i));
            t += usize::from(bit(1, i));
            if s > 0 && t > 0 {
                return Source::Mixed; // nothing later can change the answer
            }
        }
    }
    match (s, t) {
        (0, 0) => Source::Unknown,
        (_, 0) => Source::Hans,
        (0, _) => Source::Hant,
        _ => Source::Mixed,
    }
}

impl Zh {
    /// Loads a data file (`qingyue-zh.bin`).
    pub fn from_data(bytes: impl Into<Cow<'static, [u8]>>) -> Result<Zh, Error> {
        let data = bytes.into();
        Data::parse(&data)?;
        Ok(Zh {
            data,
            tries: Mutex::new(Vec::new()),
        })
    }

    /// The dictionaries built into this binary (native builds made with `npm ci` done).
    pub fn builtin() -> Result<&'static Zh, Error> {
        static ZH: OnceLock<Result<Zh, Error>> = OnceLock::new();
        ZH.get_or_init(|| match BUILTIN_DATA {
            Some(bytes) => Zh::from_data(bytes),
            None => Err(Error::ConversionData(
                "no dictionaries in this build (load qingyue-zh.bin)".into(),
            )),
        })
        .as_ref()
        .map_err(Clone::clone)
    }

    /// The embedded data file, for writing it out next to the wasm package.
    pub fn builtin_data() -> Option<&'static [u8]> {
        BUILTIN_DATA
    }

    fn trie(&self, group: &'static [&'static str]) -> Result<Arc<Trie>, Error> {
        let mut tries = self.tries.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, t)) = tries.iter().find(|(g, _)| *g == group) {
            return Ok(t.clone());
        }
        let data = Data::parse(&self.data)?;
        let dicts = group
            .iter()
            .map(|name| data.entries(name))
            .collect::<Result<Vec<_>, _>>()?;
        let trie = Arc::new(Trie::build(dicts));
        tries.push((group, trie.clone()));
        Ok(trie)
    }

    /// Classifies the script of `text` (see [`detect`]).
    /// The OpenCC config that takes text from `source` to the options' target.
    pub fn config_for(&self, source: Source, options: &ConvertOptions) -> Option<&'static Config> {
        let lang = options
            .source_lang
            .as_deref()
            .unwrap_or("")
            .to_ascii_lowercase();
        let name = match (options.target, source) {
            (Target::Hans, _) if lang.starts_with("zh-tw") || lang.contains("hant-tw") => {
                if options.phrases { "tw2sp" } else { "tw2s" }
            }
            (Target::Hans, _) if lang.starts_with("zh-hk") || lang.starts_with("zh-mo") => {
                if options.phrases {
                    "hk2sp"
                } else {
                    "hk2s"
                }
            }
            (Target::Hans, _) => "t2s",
            // Pure Traditional text stays as it is: converting it again would drift
            // (乾坤 → 幹坤).
            (Target::Hant, Source::Hant) => return None,
            (Target::Hant, _) => "s2t",
            (Target::Tw, Source::Hant) => {
                if options.phrases {
                    "t2twp"
                } else {
                    "t2tw"
                }
            }
            (Target::Tw, _) => {
                if options.phrases {
                    "s2twp"
                } else {
                    "s2tw"
                }
            }
            (Target::Hk, Source::Hant) => "t2hk",
            (Target::Hk, _) => {
                if options.phrases {
                    "s2hkp"
                } else {
                    "s2hk"
                }
            }
        };
        config::find(name)
    }

    /// Converts `text` with an OpenCC config.
    pub fn convert_config(&self, text: &str, config: &Config) -> Result<String, Error> {
        // Normalization only matters for CJK compatibility ideographs: skip the pass (and
        // its copy) when there are none.
        let normalized: Cow<'_, str> = if has_compatibility_ideographs(text) {
            let mut n = String::with_capacity(text.len());
            self.trie(config::NORMALIZATION)?.convert_into(text, &mut n);
            Cow::Owned(n)
        } else {
            Cow::Borrowed(text)
        };
        let chain = config
            .chain
            .iter()
            .map(|g| self.trie(g))
            .collect::<Result<Vec<_>, _>>()?;
        // Fast path: when the segmentation dictionaries are the phrase part of the first group
        // and the rest of that group maps single characters, segmenting and converting with
        // the first group are one pass with the same result (the segments are that group's
        // phrase matches and the runs between them). Checked against opencc-js in tests.
        if let (Some(seg), [first, rest @ ..]) = (config.segmentation, chain.as_slice()) {
            let group = config.chain[0];
            if !rest.is_empty()
                && group.starts_with(seg)
                && group[seg.len()..].iter().all(|d| d.ends_with("Characters"))
            {
                return Ok(convert_in_blocks(&normalized, first, rest));
            }
        }
        let mut segments = vec![];
        match config.segmentation {
            Some(group) => self.trie(group)?.segment(&normalized, &mut segments),
            None => segments.push(&normalized),
        }
        let mut out = String::with_capacity(normalized.len() + normalized.len() / 8);
        let (mut a, mut b) = (String::new(), String::new());
        for seg in segments {
            match chain.as_slice() {
                [only] => {
                    only.convert_into(seg, &mut out);
                }
                [first, rest @ ..] => {
                    a.clear();
                    first.convert_into(seg, &mut a);
                    convert_through(rest, &mut a, &mut b);
                    out.push_str(&a);
                }
                [] => out.push_str(seg),
            }
        }
        Ok(out)
    }

    /// The source script, when the target's config depends on it (to Simplified it never does).
    pub fn source_for(&self, text: &str, target: Target) -> Source {
        if target == Target::Hans {
            Source::Unknown
        } else {
            detect(text)
        }
    }

    /// Converts plain text to `options.target`, detecting the source script.
    pub fn convert_text(&self, text: &str, options: &ConvertOptions) -> Result<String, Error> {
        let text = if options.strip_glosses {
            gloss::strip_glosses(text)
        } else {
            Cow::Borrowed(text)
        };
        match self.config_for(self.source_for(&text, options.target), options) {
            Some(config) => self.convert_config(&text, config),
            None => Ok(text.into_owned()),
        }
    }
}

impl Zh {
    /// The article in the target script: title, byline, excerpt, body HTML and text.
    pub fn convert_article(
        &self,
        article: &crate::Article,
        options: &ConvertOptions,
    ) -> Result<crate::Article, Error> {
        let text = |s: &str| self.convert_text(s, options);
        let opt = |s: &Option<String>| s.as_deref().map(text).transpose();
        let mut out = article.clone();
        out.title = text(&article.title)?;
        out.byline = opt(&article.byline)?;
        out.excerpt = opt(&article.excerpt)?;
        out.content = html::convert_html(self, &article.content, options)?;
        out.text_content = text(&article.text_content)?;
        out.length = out.text_content.chars().count();
        out.lang = Some(options.target.lang().to_string());
        out.script = Some(if options.target == Target::Hans {
            Script::Hans
        } else {
            Script::Hant
        });
        Ok(out)
    }
}

/// Converts plain text with the built-in dictionaries (see [`Zh::convert_text`]).
pub fn convert_text(text: &str, target: Target) -> Result<String, Error> {
    Zh::builtin()?.convert_text(text, &ConvertOptions::to(target))
}

/// Converts the text of an HTML fragment or page with the built-in dictionaries (see
/// [`html::convert_html`]).
pub fn convert_html(html: &str, target: Target) -> Result<String, Error> {
    html::convert_html(Zh::builtin()?, html, &ConvertOptions::to(target))
}

/// The script of `text`: the one most of its script-specific characters belong to (`None`
/// when no character tells).
pub fn detect_script(text: &str) -> Option<Script> {
    let mut counts = ScriptCounts::default();
    text.chars().for_each(|c| counts.add(c));
    counts.script()
}

#[cfg(all(test, qingyue_zh_data))]
mod tests {
    use super::*;

    /// OpenCC's conversion for a segmenting config, segment by segment over the whole text.
    fn by_segments(zh: &Zh, text: &str, config: &Config) -> String {
        let tries: Vec<_> = config.chain.iter().map(|g| zh.trie(g).unwrap()).collect();
        let (mut converted, mut ends) = (String::new(), vec![]);
        tries[0].convert_segmented(text, &mut converted, &mut ends);
        let mut out = String::new();
        let mut from = 0;
        for end in ends {
            let mut a = converted[from..end].to_string();
            from = end;
            for t in &tries[1..] {
                let mut b = String::new();
                t.convert_into(&a, &mut b);
                a = b;
            }
            out.push_str(&a);
        }
        out
    }

    #[test]
    fn ascii_tells_no_script() {
        let ascii: String = (0u8..128).map(char::from).collect();
        assert_eq!(detect_script(&ascii), None);
        assert_eq!(detect_script(&format!("{ascii}这")), Some(Script::Hans));
        assert_eq!(detect_script(&format!("{ascii}這")), Some(Script::Hant));
    }

    #[test]
    fn blocks_convert_as_segments_do() {
        let zh = Zh::builtin().unwrap();
        // Words of the later groups (variants, regional vocabulary) and of the first,
        // sentences long enough for several blocks, an Ideographic Description Sequence.
        let words = [
            "香港大學",
            "大學",
            "聯合國",
            "联合",
            "软件",
            "信息",
            "鼠标",
            "头发",
            "中国人民",
            "喫茶",
            "純喫茶",
            "台",
            "，",
            "。",
            "\n",
            "𠮷",
            "a b ",
            "了",
            "发展",
            "后来",
            "儒林台",
            "喫茶小舖",
            "仙姑峯",
            "一幻拉麪",
        ];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for name in ["s2tw", "s2hk", "s2twp", "s2hkp"] {
            let config = config::find(name).unwrap();
            for pieces in [1, 5, 50, 600, 2000] {
                let mut text = String::new();
                for _ in 0..pieces {
                    let w = words[next(words.len())];
                    text.push_str(w);
                }
                if pieces == 600 {
                    // Past a block's length, ⿰ is where the block could end, but its
                    // sequence (⿰，软) is skipped whole.
                    text = "头发".repeat(BLOCK / 6 + 1) + "⿰，软件";
                }
                assert_eq!(
                    zh.convert_config(&text, config).unwrap(),
                    by_segments(zh, &text, config),
                    "{name}: {text}"
                );
            }
        }
    }

    #[test]
    fn compatibility_ideographs_are_found_anywhere() {
        assert!(!has_compatibility_ideographs(""));
        assert!(!has_compatibility_ideographs("，。！𠮷 abc"));
        assert!(has_compatibility_ideographs("﨑"));
        assert!(has_compatibility_ideographs("\u{2F800}"));
        // On either side of a block edge, and as the last character.
        for at in [4094, 4095, 4096, 4097, 9000] {
            let mut s = "，".repeat(at / 3);
            s.push_str(&"a".repeat(at % 3));
            assert!(!has_compatibility_ideographs(&s));
            s.push('﨑');
            assert!(has_compatibility_ideographs(&s), "at {at}");
            s.push_str(&"，".repeat(2000));
            assert!(has_compatibility_ideographs(&s), "at {at}");
        }
    }

    #[test]
    fn phrases_before_characters() {
        assert_eq!(
            convert_text("头发和发展", Target::Hant).unwrap(),
            "頭髮和發展"
        );
        assert_eq!(
            convert_text("软件和鼠标", Target::Tw).unwrap(),
            "軟件和鼠標"
        );
        let zh = Zh::builtin().unwrap();
        let twp = ConvertOptions {
            phrases: true,
            ..ConvertOptions::to(Target::Tw)
        };
        assert_eq!(zh.convert_text("软件和鼠标", &twp).unwrap(), "軟體和滑鼠");
    }

    #[test]
    fn half_converted_text_is_finished() {
        // The seed page: Traditional with 背后 and 最后 left unconverted.
        let seed = "斯坦福AI團隊抄襲中國大模型?背后還有更值得關注的信息";
        assert_eq!(detect(seed), Source::Mixed);
        assert_eq!(
            convert_text(seed, Target::Hant).unwrap(),
            "斯坦福AI團隊抄襲中國大模型?背後還有更值得關注的信息"
        );
        assert_eq!(
            convert_text(seed, Target::Hans).unwrap(),
            "斯坦福AI团队抄袭中国大模型?背后还有更值得关注的信息"
        );
    }

    #[test]
    fn pure_traditional_does_not_drift() {
        assert_eq!(convert_text("乾坤", Target::Hant).unwrap(), "乾坤");
        assert_eq!(convert_text("乾坤", Target::Hans).unwrap(), "乾坤");
    }

    #[test]
    fn targets_parse() {
        assert_eq!("zh-TW".parse::<Target>().unwrap(), Target::Tw);
        assert_eq!("zh-Hans".parse::<Target>().unwrap(), Target::Hans);
        assert!("klingon".parse::<Target>().is_err());
    }
}
