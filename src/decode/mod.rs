//! Bytes in, UTF-8 text out: BOM, the caller's charset, the page's `<meta>` declaration, then
//! detection (chardetng, as Firefox does) for undeclared or wrongly declared pages.
//!
//! Rules, in order:
//! 1. A byte-order mark wins (UTF-8, UTF-16LE, UTF-16BE; every page is transcoded to UTF-8).
//! 2. Otherwise the declared charset (the caller's, else `<meta charset>` / `http-equiv`) —
//!    unless the bytes are valid UTF-8 with non-ASCII text (a page labelled gb2312 that is
//!    really UTF-8 is common), or decoding with the label yields many errors, in which case
//!    detection decides.
//! 3. Undeclared: valid UTF-8 is UTF-8; anything else is detected.
//!
//! Binary files are refused ([`Error::Binary`]); NUL bytes are dropped. [`Decoder`] decodes a
//! page as it arrives; every rule reads the same bytes whatever the split, so streaming and
//! one-shot decoding give the same text.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use crate::Error;
use crate::heuristics::{
    BINARY_SAMPLE_BYTES, DECIDE_WINDOW_BYTES, DETECT_CONTEXT_BYTES, DETECT_NON_ASCII_BYTES,
    MAX_BINARY_RATIO, MAX_ERROR_RATIO, MIN_UTF8_CHARS_PER_ERROR, PRESCAN_BYTES,
    UTF8_SETTLED_ERRORS,
};

/// Decoded page text.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The text; borrowed from the input when it already was UTF-8 (no copy).
    pub text: Cow<'a, str>,
    pub encoding: &'static Encoding,
}

/// Bytes a file signature ([`magic`]) needs.
const MAGIC_BYTES: usize = 8;

/// A page's bytes decoded as they arrive.
///
/// The encoding is decided on the same bytes however the page is split: a byte-order mark,
/// else the caller's label or the page's `<meta>` (in the first [`PRESCAN_BYTES`]), checked
/// against the bytes from the first non-ASCII one up to [`DECIDE_WINDOW_BYTES`] past it
/// (valid UTF-8 is UTF-8; a few broken sequences in UTF-8 stay UTF-8; a label whose decoding
/// breaks often is distrusted; no usable label, detection). ASCII before that byte reads the
/// same in every candidate encoding and is given out at once; the rest waits for the
/// decision, or for the end of the input.
#[derive(Debug)]
pub struct Decoder {
    declared: Option<&'static Encoding>,
    tld: Option<String>,
    /// The bytes received while the encoding is undecided (the decision's sample).
    raw: Vec<u8>,
    /// Of `raw`, the leading ASCII bytes already given out.
    passed: usize,
    /// The caller's label, else the `<meta>` one, once the prescan window has arrived.
    label: Option<Option<&'static Encoding>>,
    /// Where the first byte that needs the decision is, once seen.
    first_undecided: Option<usize>,
    decided: Option<(&'static Encoding, Stream)>,
}

/// Decoding after the decision: UTF-8 is validated and copied (SIMD), not transcoded.
#[derive(Debug)]
enum Stream {
    Utf8(Utf8Stream),
    Other(encoding_rs::Decoder),
}

impl Stream {
    fn push(&mut self, bytes: &[u8], out: &mut String, last: bool) {
        match self {
            Stream::Utf8(u) => u.push(bytes, out, last),
            Stream::Other(dec) => decode_into(dec, bytes, out, last),
        }
    }
}

/// UTF-8 read in pieces: each piece is validated with SIMD and copied; a character cut by the
/// piece's end waits for the next; broken sequences become U+FFFD, one per maximal subpart,
/// as the Encoding Standard's decoder (and encoding_rs) replaces them.
#[derive(Debug, Default)]
struct Utf8Stream {
    carry: Vec<u8>,
}

impl Utf8Stream {
    fn push(&mut self, bytes: &[u8], out: &mut String, last: bool) {
        let joined;
        let data = if self.carry.is_empty() {
            bytes
        } else {
            joined = [std::mem::take(&mut self.carry).as_slice(), bytes].concat();
            &joined[..]
        };
        let from = out.len();
        match simdutf8::compat::from_utf8(data) {
            Ok(s) => out.push_str(s),
            Err(e) => {
                let (good, rest) = data.split_at(e.valid_up_to());
                out.push_str(std::str::from_utf8(good).unwrap_or_default());
                let mut at = good.len();
                for chunk in rest.utf8_chunks() {
                    out.push_str(chunk.valid());
                    at += chunk.valid().len();
                    if !chunk.invalid().is_empty() {
                        let cut_short = !last
                            && at + chunk.invalid().len() == data.len()
                            && std::str::from_utf8(&data[at..])
                                .is_err_and(|e| e.error_len().is_none());
                        if cut_short {
                            self.carry.extend_from_slice(&data[at..]);
                        } else {
                            out.push('\u{FFFD}');
                        }
                        at += chunk.invalid().len();
                    }
                }
            }
        }
        drop_nul(out, from);
    }
}

impl Decoder {
    /// `declared` is the caller's charset label; `tld` the URL's top-level domain, which
    /// sharpens detection (`cn` favours GBK, `tw` Big5).
    pub fn new(declared: Option<&str>, tld: Option<&str>) -> Result<Self, Error> {
        let declared = match declared.map(str::trim).filter(|s| !s.is_empty()) {
            Some(label) => Some(
                Encoding::for_label(label.as_bytes())
                    .ok_or_else(|| Error::UnknownCharset(label.to_string()))?,
            ),
            None => None,
        };
        Ok(Decoder {
            declared,
            tld: tld.map(str::to_string),
            raw: Vec::new(),
            passed: 0,
            label: None,
            first_undecided: None,
            decided: None,
        })
    }

    /// Decodes `chunk`, appending what can be decoded to `out` (NUL characters dropped).
    pub fn write(&mut self, chunk: &[u8], out: &mut String) -> Result<(), Error> {
        if let Some((_, stream)) = &mut self.decided {
            stream.push(chunk, out, false);
            return Ok(());
        }
        let before = self.raw.len();
        if before + chunk.len() >= MAGIC_BYTES && before < MAGIC_BYTES {
            let mut head = self.raw.clone();
            head.extend_from_slice(&chunk[..chunk.len().min(MAGIC_BYTES)]);
            if let Some(kind) = magic(&head) {
                return Err(Error::Binary(kind));
            }
        }
        if before == 0 {
            // Read in place: a page given whole (or a first chunk that settles the encoding)
            // is not copied before it is decoded.
            self.advance(chunk, out, false);
            if self.decided.is_none() {
                self.raw = chunk.to_vec();
            }
            return Ok(());
        }
        let mut raw = std::mem::take(&mut self.raw);
        raw.extend_from_slice(chunk);
        self.advance(&raw, out, false);
        if self.decided.is_none() {
            self.raw = raw;
        }
        Ok(())
    }

    /// The end of the input: decodes the rest into `out` and checks the whole text (empty,
    /// binary); returns the encoding.
    pub fn finish(&mut self, out: &mut String) -> Result<&'static Encoding, Error> {
        if self.decided.is_none() {
            if let Some(kind) = magic(&self.raw) {
                return Err(Error::Binary(kind));
            }
            let raw = std::mem::take(&mut self.raw);
            self.advance(&raw, out, true);
        }
        let encoding = match &mut self.decided {
            Some((enc, stream)) => {
                stream.push(&[], out, true);
                *enc
            }
            None => ascii_label(self.label.flatten()),
        };
        check_text(out)?;
        Ok(encoding)
    }

    /// Gives out what the bytes so far (`raw`, all of them) allow, deciding the encoding when
    /// they suffice.
    fn advance(&mut self, raw: &[u8], out: &mut String, eof: bool) {
        let label = match self.label {
            Some(label) => label,
            None => {
                if raw.len() < PRESCAN_BYTES && !eof {
                    return;
                }
                if let Some((enc, bom)) = Encoding::for_bom(raw) {
                    self.passed = bom;
                    self.start(enc, raw, out);
                    return;
                }
                let label = self.declared.or_else(|| prescan(raw));
                self.label = Some(label);
                label
            }
        };
        if self.first_undecided.is_none() {
            let rest = &raw[self.passed..];
            let mut ascii = Encoding::ascii_valid_up_to(rest);
            // ISO-2022-JP's escapes are ASCII bytes that change what follows.
            if label.is_some_and(|enc| !enc.is_ascii_compatible()) {
                ascii = memchr::memchr(0x1B, &rest[..ascii]).unwrap_or(ascii);
            }
            push_text(out, &rest[..ascii]);
            self.passed += ascii;
            if self.passed < raw.len() {
                self.first_undecided = Some(self.passed);
            }
        }
        if let Some(first) = self.first_undecided {
            let end = first.saturating_add(DECIDE_WINDOW_BYTES);
            if raw.len() >= end || eof {
                // From a little before that byte (context for detection): the ASCII before it
                // says nothing of the encoding.
                let from = first.saturating_sub(DETECT_CONTEXT_BYTES);
                let sample = &raw[from..raw.len().min(end)];
                let enc = decide(sample, eof && raw.len() <= end, label, self.tld.as_deref());
                self.start(enc, raw, out);
            }
        }
    }

    /// The encoding is `enc`: decodes the undecided bytes of `raw` and every later chunk with
    /// it.
    fn start(&mut self, enc: &'static Encoding, raw: &[u8], out: &mut String) {
        let mut stream = if enc == UTF_8 {
            Stream::Utf8(Utf8Stream::default())
        } else {
            Stream::Other(enc.new_decoder_without_bom_handling())
        };
        stream.push(&raw[self.passed..], out, false);
        self.raw = Vec::new();
        self.decided = Some((enc, stream));
    }
}

/// Decodes `bytes` in one call, to the text any split of them through [`Decoder`] gives.
/// Valid UTF-8 (most pages) is borrowed, not copied.
pub fn decode<'a>(
    bytes: &'a [u8],
    declared: Option<&str>,
    tld: Option<&str>,
) -> Result<Decoded<'a>, Error> {
    let mut decoder = Decoder::new(declared, tld)?;
    if let Some(kind) = magic(bytes) {
        return Err(Error::Binary(kind));
    }
    // Valid UTF-8 without NUL, no byte-order mark, no ISO-2022-JP label: whatever window the
    // streaming rules read, they find UTF-8 (or, all ASCII, the label) and give out the bytes
    // as they are.
    if Encoding::for_bom(bytes).is_none() && memchr::memchr(0, bytes).is_none() {
        if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
            let label = decoder.declared.or_else(|| prescan(bytes));
            if label.is_none_or(|enc| enc.is_ascii_compatible()) {
                let encoding = if text.is_ascii() {
                    ascii_label(label)
                } else {
                    UTF_8
                };
                check_text(text)?;
                return Ok(Decoded {
                    text: Cow::Borrowed(text),
                    encoding,
                });
            }
        }
    }
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2);
    decoder.write(bytes, &mut text)?;
    let encoding = decoder.finish(&mut text)?;
    Ok(Decoded {
        text: Cow::Owned(text),
        encoding,
    })
}

/// The encoding reported for an all-ASCII page: an ASCII-compatible label reads it the same.
fn ascii_label(label: Option<&'static Encoding>) -> &'static Encoding {
    match label {
        Some(enc) if ![UTF_8, UTF_16LE, UTF_16BE].contains(&enc) => enc,
        _ => UTF_8,
    }
}

/// The whole decoded page: refused when empty or binary.
fn check_text(text: &str) -> Result<(), Error> {
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    if looks_binary(text) {
        return Err(Error::Binary("control characters and undecodable bytes"));
    }
    Ok(())
}

/// Appends ASCII (or already valid UTF-8) bytes to `out`, without NUL characters.
fn push_text(out: &mut String, bytes: &[u8]) {
    let from = out.len();
    // Callers pass ASCII bytes: valid UTF-8.
    out.push_str(simdutf8::basic::from_utf8(bytes).unwrap_or_default());
    drop_nul(out, from);
}

/// Drops the NUL characters appended to `out` after `from`.
fn drop_nul(out: &mut String, from: usize) {
    if memchr::memchr(0, &out.as_bytes()[from..]).is_some() {
        let tail: String = out[from..].chars().filter(|&c| c != '\0').collect();
        out.truncate(from);
        out.push_str(&tail);
    }
}

/// Decodes `bytes` with `dec` onto `out` (NUL characters dropped).
fn decode_into(dec: &mut encoding_rs::Decoder, bytes: &[u8], out: &mut String, last: bool) {
    let from = out.len();
    if let Some(room) = dec.max_utf8_buffer_length(bytes.len()) {
        out.reserve(room);
    }
    let mut src = bytes;
    loop {
        let (result, read, _) = dec.decode_to_string(src, out, last);
        src = &src[read..];
        match result {
            encoding_rs::CoderResult::InputEmpty => break,
            encoding_rs::CoderResult::OutputFull => out.reserve(src.len().max(64) * 3),
        }
    }
    drop_nul(out, from);
}

/// The encoding of a page whose `sample` (its bytes from just before the first non-ASCII one
/// to [`DECIDE_WINDOW_BYTES`] past it; `complete` when that runs to the page's end) holds
/// non-ASCII bytes.
fn decide(
    sample: &[u8],
    complete: bool,
    label: Option<&'static Encoding>,
    tld: Option<&str>,
) -> &'static Encoding {
    if sample.is_ascii() {
        // An ISO-2022-JP escape.
        return label.unwrap_or(UTF_8);
    }
    let valid = match std::str::from_utf8(sample) {
        Ok(_) => true,
        // Cut inside a character by the window's end.
        Err(e) => !complete && e.error_len().is_none(),
    };
    if valid {
        return UTF_8;
    }
    choose(sample, label, tld).0
}

/// The encoding of bytes that are not valid UTF-8, with the text when deciding decoded it.
fn choose<'a>(
    bytes: &'a [u8],
    declared: Option<&'static Encoding>,
    tld: Option<&str>,
) -> (&'static Encoding, Option<Cow<'a, str>>) {
    // A UTF-8 page with a few stray bytes is still a UTF-8 page (chardetng rejects UTF-8 at
    // the first error and would guess windows-1252).
    if mostly_utf8(bytes) {
        return (UTF_8, None);
    }
    match declared {
        // A meta tag cannot truthfully declare UTF-16 (the standard maps it to UTF-8).
        Some(enc) if enc == UTF_16LE || enc == UTF_16BE => (detect(bytes, tld), None),
        Some(enc) => {
            // Decoded once: the text serves both the error count and the result.
            let (text, had_errors) = enc.decode_without_bom_handling(bytes);
            if had_errors && error_ratio(&text) > MAX_ERROR_RATIO {
                (detect(bytes, tld), None)
            } else {
                (enc, Some(text))
            }
        }
        None => (detect(bytes, tld), None),
    }
}

fn detect(bytes: &[u8], tld: Option<&str>) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    // chardetng reads every byte at ~14 MB/s, and markup, scripts and styles tell it nothing:
    // it is fed only the stretches between `<`s that hold non-ASCII bytes (`<` is never part of
    // a multi-byte character in an ASCII-compatible encoding, so each stretch starts on a
    // character boundary), until it has seen enough non-ASCII bytes.
    let first = Encoding::ascii_valid_up_to(bytes);
    let limit = bytes.len().min(first.saturating_add(DECIDE_WINDOW_BYTES));
    let (mut at, mut non_ascii) = (first.saturating_sub(DETECT_CONTEXT_BYTES), 0);
    while non_ascii < DETECT_NON_ASCII_BYTES {
        let next = at + Encoding::ascii_valid_up_to(&bytes[at..limit]);
        if next >= limit {
            break;
        }
        // From the `<` before it, if near (context for the first characters), else from it.
        let from = next.saturating_sub(DETECT_CONTEXT_BYTES).max(at);
        at = memchr::memrchr(b'<', &bytes[from..next]).map_or(next, |i| from + i);
        let end = memchr::memchr(b'<', &bytes[next..limit]).map_or(limit, |i| next + i);
        non_ascii += bytes[next..end].iter().filter(|b| !b.is_ascii()).count();
        det.feed(&bytes[at..end], end == bytes.len());
        at = end;
    }
    // chardetng panics on a label that is not lower-case ASCII without dots; a caller's odd
    // label counts as none.
    let tld = tld.filter(|t| {
        !t.is_empty()
            && t.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    });
    det.guess(tld.map(str::as_bytes), chardetng::Utf8Detection::Allow)
}

/// Whether `bytes` is UTF-8 with a few broken sequences: many well-formed multi-byte characters
/// per broken one. Adjacent bad bytes are one broken sequence (an encoded lone surrogate,
/// `ED A0 80`, is three bad bytes to the standard's decoder).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut broken) = (0usize, 0usize);
    let mut in_bad_run = false;
    for chunk in bytes[..bytes.len().min(256 * 1024)].utf8_chunks() {
        if !chunk.valid().is_empty() {
            multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
            in_bad_run = false;
        }
        if !chunk.invalid().is_empty() {
            broken += usize::from(!in_bad_run);
            in_bad_run = true;
        }
        // A legacy-encoded page breaks at nearly every character: settled early.
        if broken >= UTF8_SETTLED_ERRORS && broken * MIN_UTF8_CHARS_PER_ERROR > multibyte {
            return false;
        }
    }
    multibyte > 0 && broken * MIN_UTF8_CHARS_PER_ERROR <= multibyte
}

/// Replacement characters per character in (the first 256 KiB of) a decoded text.
fn error_ratio(text: &str) -> f64 {
    let mut end = text.len().min(256 * 1024);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let (mut bad, mut all) = (0usize, 0usize);
    for c in text[..end].chars() {
        all += 1;
        if c == '\u{FFFD}' {
            bad += 1;
        }
    }
    // The sample may end inside a multi-byte sequence: one error there is not evidence.
    bad.saturating_sub(1) as f64 / all.max(1) as f64
}

/// The `<meta charset>` / `<meta http-equiv content="…charset=…">` label in the page's head.
fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let mut rest = &tag[c + 7..];
            rest = trim_start(rest);
            if let Some(r) = rest.strip_prefix(b"=") {
                let r = trim_start(r);
                let r = r
                    .strip_prefix(b"\"")
                    .or_else(|| r.strip_prefix(b"'"))
                    .unwrap_or(r);
                let len = r
                    .iter()
                    .position(|b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .unwrap_or(r.len());
                if let Some(enc) = Encoding::for_label(&r[..len]) {
                    return Some(if enc == encoding_rs::X_USER_DEFINED {
                        encoding_rs::WINDOWS_1252
                    } else {
                        enc
                    });
                }
            }
        }
        from = end.max(start + 1);
        if from >= lower.len() {
            break;
        }
    }
    None
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Well-known binary file signatures.
fn magic(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"GIF87a", "GIF image"),
        (b"GIF89a", "GIF image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"%PDF-", "PDF document"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"\x1F\x8B", "gzip data"),
        (b"\0asm", "WebAssembly module"),
        (b"\x7FELF", "ELF executable"),
        (b"BZh", "bzip2 data"),
        (b"7z\xBC\xAF\x27\x1C", "7-Zip archive"),
        (b"\xFD7zXZ\0", "xz data"),
        (b"\x28\xB5\x2F\xFD", "zstd data"),
        (b"RIFF", "RIFF media"),
        (b"wOFF", "WOFF font"),
        (b"wOF2", "WOFF2 font"),
    ];
    SIGNATURES
        .iter()
        .find(|(sig, _)| bytes.starts_with(sig))
        .map(|(_, kind)| *kind)
}

/// Whether the start of `text` is mostly control characters (C0 other than whitespace, DEL,
/// C1) and replacement characters. Counted on bytes, which the compiler vectorizes.
fn looks_binary(text: &str) -> bool {
    let sample = &text.as_bytes()[..text.len().min(BINARY_SAMPLE_BYTES)];
    // Characters (bytes that are no UTF-8 continuation), and C0 controls other than
    // whitespace, and DEL: one pass with byte-wide counters per 255-byte chunk, which
    // vectorizes to a byte per lane (a `usize` count per byte would not).
    let (mut chars, mut c0) = (0usize, 0usize);
    for chunk in sample.chunks(255) {
        let (mut ch, mut ctl) = (0u8, 0u8);
        for &b in chunk {
            ch += u8::from((b as i8) >= -0x40);
            ctl += u8::from((b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F);
        }
        chars += usize::from(ch);
        c0 += usize::from(ctl);
    }
    // U+0080–U+009F are C2 80–C2 9F (C2 is rare in text: found by memchr).
    let c1 = memchr::memchr_iter(0xC2, sample)
        .filter(|&i| sample.get(i + 1).is_some_and(|b| b & 0xE0 == 0x80))
        .count();
    let replaced = memchr::memmem::find_iter(sample, "\u{FFFD}".as_bytes()).count();
    (c0 + c1 + replaced) as f64 / chars.max(1) as f64 > MAX_BINARY_RATIO
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gbk(s: &str) -> Vec<u8> {
        encoding_rs::GBK.encode(s).0.into_owned()
    }

    #[test]
    fn declared_gbk_decodes() {
        let mut page = b"<html><head><meta http-equiv=Content-Type content='text/html; charset=gb2312'></head><body>".to_vec();
        page.extend(gbk("中文新闻正文，这是一段测试文本。"));
        let d = decode(&page, None, None).unwrap();
        assert_eq!(d.encoding, encoding_rs::GBK);
        assert!(d.text.contains("中文新闻正文"));
    }

    #[test]
    fn undeclared_gbk_is_detected() {
        let mut page = b"<html><body><p>".to_vec();
        page.extend(gbk("北京时间昨日，国家统计局发布了最新的经济数据，显示国内生产总值稳步增长，消费市场持续回暖。"));
        let d = decode(&page, None, Some("cn")).unwrap();
        assert!(d.text.contains("国家统计局"), "{}", d.text);
    }

    #[test]
    fn detection_skips_an_ascii_head_longer_than_its_sample() {
        let mut page = b"<html><head><script>".to_vec();
        page.extend(b"var x = 1;\n".repeat(DECIDE_WINDOW_BYTES));
        page.extend(b"</script></head><body><p>");
        page.extend(
            gbk("北京时间昨日，国家统计局发布了最新的经济数据，显示国内生产总值稳步增长。")
                .repeat(40),
        );
        let d = decode(&page, None, None).unwrap();
        assert!(d.text.contains("国家统计局"), "{:?}", d.encoding);
    }

    #[test]
    fn undeclared_big5_is_detected_from_a_short_sample() {
        // Far more text than the detector is fed: its sample ends after enough non-ASCII bytes.
        let text = "臺北市政府昨日發布最新統計資料，顯示觀光產業穩定成長，國際旅客人數創下新高。";
        let mut page = b"<html><body><p>".to_vec();
        page.extend(encoding_rs::BIG5.encode(&text.repeat(60)).0.iter());
        assert!(page.len() > 4 * DETECT_NON_ASCII_BYTES);
        let d = decode(&page, None, None).unwrap();
        assert_eq!(d.encoding, encoding_rs::BIG5);
        assert!(d.text.contains("臺北市政府"));
    }

    #[test]
    fn undeclared_latin_text_is_windows_1252() {
        let text =
            "Le café était fermé, mais la pâtisserie à côté proposait des crêpes à emporter. ";
        let mut page = b"<html><body><p>".to_vec();
        page.extend(encoding_rs::WINDOWS_1252.encode(&text.repeat(40)).0.iter());
        let d = decode(&page, None, None).unwrap();
        assert_eq!(d.encoding, encoding_rs::WINDOWS_1252);
        assert!(d.text.contains("pâtisserie à côté"));
    }

    #[test]
    fn an_odd_top_level_domain_is_ignored_not_a_panic() {
        let mut page = b"<p>".to_vec();
        page.extend(gbk("北京时间昨日，国家统计局发布了最新的经济数据。"));
        for tld in ["COM", "co.uk", "中国", "", "xn--fiqs8s"] {
            let d = decode(&page, None, Some(tld)).unwrap();
            assert!(d.text.contains("国家统计局"), "{tld}");
        }
    }

    #[test]
    fn utf8_with_a_stray_byte_is_still_utf8() {
        for declared in ["", "<meta charset=gb2312>"] {
            let mut page = format!("{declared}<p>").into_bytes();
            page.extend(
                "北京时间昨日，国家统计局发布了最新的经济数据。"
                    .repeat(20)
                    .bytes(),
            );
            page.push(0xFF);
            page.extend("消费市场持续回暖。".repeat(20).bytes());
            let d = decode(&page, None, None).unwrap();
            assert_eq!(d.encoding, UTF_8, "{declared}");
            assert!(d.text.contains("消费市场持续回暖"));
        }
    }

    #[test]
    fn utf8_declared_as_gb2312_is_utf8() {
        let page = "<meta charset=gb2312><p>其实是UTF-8的页面</p>".as_bytes();
        let d = decode(page, None, None).unwrap();
        assert_eq!(d.encoding, UTF_8);
        assert!(d.text.contains("其实是"));
    }

    #[test]
    fn utf16_with_bom_is_transcoded() {
        let mut page = vec![0xFF, 0xFE];
        for u in "<p>繁體中文</p>".encode_utf16() {
            page.extend(u.to_le_bytes());
        }
        let d = decode(&page, None, None).unwrap();
        assert_eq!(d.text, "<p>繁體中文</p>");
    }

    #[test]
    fn big5_declared_by_caller() {
        let bytes = encoding_rs::BIG5
            .encode("<p>臺灣的新聞報導內容</p>")
            .0
            .into_owned();
        let d = decode(&bytes, Some("big5"), None).unwrap();
        assert!(d.text.contains("臺灣的新聞"));
    }

    #[test]
    fn bad_inputs_are_refused_clearly() {
        assert_eq!(decode(b"", None, None).unwrap_err(), Error::Empty);
        assert_eq!(decode(b" \n\t ", None, None).unwrap_err(), Error::Empty);
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n....", None, None),
            Err(Error::Binary(_))
        ));
        let noise: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        assert!(matches!(decode(&noise, None, None), Err(Error::Binary(_))));
        assert!(matches!(
            decode(b"<p>x</p>", Some("no-such-charset"), None),
            Err(Error::UnknownCharset(_))
        ));
    }

    #[test]
    fn utf8_pieces_read_as_the_standard_decoder_reads_the_whole() {
        let bytes: &[u8] = b"a\xE4\xB8\xAD\xED\xA0\x80b\xF0\x9F\x98\x80\xE4\xB8c\xC3";
        let want = UTF_8.decode_without_bom_handling(bytes).0;
        for size in 1..bytes.len() {
            let mut stream = Utf8Stream::default();
            let mut out = String::new();
            for chunk in bytes.chunks(size) {
                stream.push(chunk, &mut out, false);
            }
            stream.push(&[], &mut out, true);
            assert_eq!(out, want, "pieces of {size}");
        }
    }

    #[test]
    fn nul_bytes_are_dropped() {
        let d = decode(b"<p>a\0b</p>", None, None).unwrap();
        assert_eq!(d.text, "<p>ab</p>");
    }
}
