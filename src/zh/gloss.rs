//! Flattened pinyin glosses: `團(tuán)隊(duì)` is what ruby annotations become when a page is
//! copied as text. A gloss is a Han character followed by one parenthesized pinyin syllable —
//! with a tone mark or a tone digit, so `(2024)`, `(AI)` and `(de facto)` are never touched.

use std::borrow::Cow;

/// Longest pinyin syllable (`zhuang` + tone digit).
const MAX_SYLLABLE: usize = 7;

/// Removes every pinyin gloss that follows a Han character.
pub fn strip_glosses(text: &str) -> Cow<'_, str> {
    if !text.contains(['(', '（']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut prev_han = false;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if prev_han && (c == '(' || c == '（') {
            if let Some(len) = gloss_len(&text[i..]) {
                out.push_str(&text[copied..i]);
                copied = i + len;
                while iter.peek().is_some_and(|&(j, _)| j < copied) {
                    iter.next();
                }
                // A following character may carry its own gloss: 團(tuán)隊(duì).
                continue;
            }
        }
        prev_han = crate::text::is_cjk(c);
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// Byte length of `(syllable)` at the start of `s`, if it is a pinyin gloss.
fn gloss_len(s: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    let (_, open) = chars.next()?;
    let close = if open == '(' { ')' } else { '）' };
    let mut letters = 0;
    let mut toned = false;
    for (i, c) in chars {
        if c == close {
            return (letters > 0 && toned).then_some(i + c.len_utf8());
        }
        if letters >= MAX_SYLLABLE {
            return None;
        }
        if c.is_ascii_lowercase() || c == 'ü' {
            letters += 1;
        } else if tone_marked(c) {
            letters += 1;
            toned = true;
        } else if ('1'..='5').contains(&c) && letters > 0 && !toned {
            toned = true;
            letters += 1;
        } else {
            return None;
        }
    }
    None
}

fn tone_marked(c: char) -> bool {
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glosses_go() {
        assert_eq!(
            strip_glosses("斯坦福AI團(tuán)隊(duì)抄襲"),
            "斯坦福AI團隊抄襲"
        );
        assert_eq!(strip_glosses("市場(chǎng)派"), "市場派");
        assert_eq!(strip_glosses("行（hang2）业"), "行业");
    }

    #[test]
    fn ordinary_parentheses_stay() {
        for s in [
            "報告(2024)",
            "模型(AI)",
            "中国(China)",
            "先生(de facto)",
            "中文(zhong)",
            "(tuán)開頭",
            "abc(tuán)",
        ] {
            assert_eq!(strip_glosses(s), s, "{s}");
        }
    }
}
