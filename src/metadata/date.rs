//! Finding and normalizing dates: `2019-09-07 09:25:09`, `2019年09月07日 09:25`,
//! `2019/9/7`, ISO 8601 with an offset. Output is ISO 8601 (`2019-09-07T09:25:09+08:00`), with
//! the offset only when the source gives one.

/// A date found in text, with the byte range it covered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundDate {
    pub iso: String,
    pub start: usize,
    pub end: usize,
}

/// Finds the first plausible date (year 1990–2099) in `s`.
pub fn find_date(s: &str) -> Option<FoundDate> {
    let b = s.as_bytes();
    let mut i = 0;
    while i + 4 <= b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()) {
            if let Some(found) = parse_at(s, i) {
                return Some(found);
            }
        }
        i += 1;
    }
    None
}

/// Normalizes a machine date (`datetime` attribute, JSON-LD, meta) to ISO 8601.
pub fn normalize(s: &str) -> Option<String> {
    let s = s.trim();
    let found = find_date(s)?;
    Some(found.iso)
}

fn parse_at(s: &str, start: usize) -> Option<FoundDate> {
    let mut p = Cursor { s, i: start };
    let year = p.number(4, 4)?;
    if !(1990..=2099).contains(&year) {
        return None;
    }
    let sep = p.separator(&["-", "/", ".", "年"])?;
    let month = p.number(1, 2)?;
    p.separator(&[if sep == "年" { "月" } else { sep }])?;
    let day = p.number(1, 2)?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    if sep == "年" {
        p.eat("日");
    }
    let mut iso = format!("{year:04}-{month:02}-{day:02}");
    let date_end = p.i;
    let mut t = Cursor { s, i: p.i };
    t.skip_spaces_or_t();
    if let Some(hour) = t.number(1, 2) {
        if t.separator(&[":", "时", "點", "点"]).is_some() {
            if let Some(minute) = t.number(2, 2) {
                if hour < 24 && minute < 60 {
                    t.eat("分");
                    let mut second = None;
                    if t.eat(":") {
                        second = t.number(2, 2);
                    }
                    iso.push_str(&format!(
                        "T{hour:02}:{minute:02}:{:02}",
                        second.unwrap_or(0)
                    ));
                    if t.eat(".") {
                        while t.peek().is_some_and(|c| c.is_ascii_digit()) {
                            t.i += 1;
                        }
                    }
                    if t.eat("Z") {
                        iso.push('Z');
                    } else if let Some(offset) = t.offset() {
                        iso.push_str(&offset);
                    }
                    return Some(FoundDate {
                        iso,
                        start,
                        end: t.i,
                    });
                }
            }
        }
    }
    Some(FoundDate {
        iso,
        start,
        end: date_end,
    })
}

struct Cursor<'a> {
    s: &'a str,
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.s[self.i..].chars().next()
    }

    fn number(&mut self, min: usize, max: usize) -> Option<u32> {
        let digits = self.s[self.i..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        if digits < min || digits > max {
            return None;
        }
        let n = self.s[self.i..self.i + digits].parse().ok()?;
        self.i += digits;
        Some(n)
    }

    fn two_digits(&mut self) -> Option<u32> {
        let d = self.s.get(self.i..self.i + 2)?;
        let n = d
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| d.parse().ok())??;
        self.i += 2;
        Some(n)
    }

    fn eat(&mut self, lit: &str) -> bool {
        if self.s[self.i..].starts_with(lit) {
            self.i += lit.len();
            true
        } else {
            false
        }
    }

    fn separator<'s>(&mut self, seps: &[&'s str]) -> Option<&'s str> {
        let save = self.i;
        self.skip_spaces();
        for sep in seps {
            if self.eat(sep) {
                self.skip_spaces();
                return Some(sep);
            }
        }
        self.i = save;
        None
    }

    fn skip_spaces(&mut self) {
        while self.peek().is_some_and(|c| c == ' ' || c == '\u{a0}') {
            self.i += self.peek().map_or(1, char::len_utf8);
        }
    }

    fn skip_spaces_or_t(&mut self) {
        while self
            .peek()
            .is_some_and(|c| c.is_whitespace() || c == 'T' || c == '\u{a0}' || c == '\u{3000}')
        {
            self.i += self.peek().map_or(1, char::len_utf8);
        }
    }

    fn offset(&mut self) -> Option<String> {
        let save = self.i;
        self.skip_spaces();
        let sign = match self.peek() {
            Some(c @ ('+' | '-')) => c,
            _ => {
                self.i = save;
                return None;
            }
        };
        self.i += 1;
        let h = self.two_digits();
        self.eat(":");
        let m = self.two_digits();
        match (h, m) {
            (Some(h), Some(m)) if h <= 14 && m < 60 => Some(format!("{sign}{h:02}:{m:02}")),
            _ => {
                self.i = save;
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_forms() {
        assert_eq!(
            normalize("2019-09-07 09:25:09").unwrap(),
            "2019-09-07T09:25:09"
        );
        assert_eq!(
            normalize("2019年09月07日 09:25").unwrap(),
            "2019-09-07T09:25:00"
        );
        assert_eq!(normalize("2019年9月7日").unwrap(), "2019-09-07");
        assert_eq!(normalize("2019/9/7 9:05").unwrap(), "2019-09-07T09:05:00");
        assert_eq!(
            normalize("2019-09-07T09:25:09+0800").unwrap(),
            "2019-09-07T09:25:09+08:00"
        );
        assert_eq!(
            normalize("2019-09-07T09:25:09.123Z").unwrap(),
            "2019-09-07T09:25:09Z"
        );
    }

    #[test]
    fn finds_dates_in_lines_and_rejects_non_dates() {
        let f = find_date("发布时间：2024-06-05 08:00:16 来源：观察者网").unwrap();
        assert_eq!(f.iso, "2024-06-05T08:00:16");
        assert!(find_date("电话 12345-678-90").is_none());
        assert!(find_date("1234567").is_none());
        assert!(find_date("2024-13-05").is_none());
    }
}
