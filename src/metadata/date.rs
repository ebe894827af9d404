//! Finding and normalizing dates: `2019-09-07 09:25:09`, `2019年09月07日 09:25`,
//! `2019/9/7`, ISO 8601 with an offset. Output is ISO 8601 (`2019-09-07T09:25:09+08:00`), with
//! the offset only when the source gives one.

use crate::heuristics::{ENGLISH_MONTHS, WEEKDAY_DAYS, WEEKDAY_PREFIXES};

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
    // Every date starts at an ASCII digit, and most lines have none: this whole-line test
    // vectorizes, where the loop below takes each byte in turn.
    if !b.iter().fold(false, |any, c| any | c.is_ascii_digit()) {
        return None;
    }
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

/// A month and day without a year (`09-30 22:46`, `9月30日 22:46`), as portals print this
/// year's dates: month, day and the `T…` time when one follows.
pub fn find_month_day(s: &str) -> Option<(u32, u32, Option<String>)> {
    let b = s.as_bytes();
    (0..b.len()).find_map(|i| {
        if !b[i].is_ascii_digit() || (i > 0 && matches!(b[i - 1], b'0'..=b'9' | b'-' | b'/')) {
            return None;
        }
        let mut p = Cursor { s, i };
        let month = p.number(1, 2)?;
        let sep = p.separator(&["-", "/", "月"])?;
        let day = p.number(1, 2).or_else(|| p.two_digits())?;
        if sep == "月" {
            p.eat("日");
        } else if p.peek().is_some_and(|c| c == '-' || c == '/') {
            return None;
        }
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let time = time_at(s, p.i).map(|(t, _)| t);
        // A digit right after the day is only a time set against it (`09-30` `22:46` in two
        // spans: `09-3022:46`).
        if time.is_none() && p.peek().is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        Some((month, day, time))
    })
}

/// Unix time, in seconds (10 digits) or milliseconds (13), as the start of `digits` gives
/// it (`"publish_time": 1717553520`), as ISO 8601 in the zone `offset_minutes` east of UTC
/// (`2024-06-05T10:12:00+08:00`; `Z` for UTC). Times outside 2000–2099 are no publication
/// times.
pub fn from_unix(digits: &str, offset_minutes: i32) -> Option<String> {
    let n = digits.bytes().take_while(u8::is_ascii_digit).count();
    if n != 10 && n != 13 {
        return None;
    }
    let secs: i64 = digits.get(..10)?.parse().ok()?;
    if !(UNIX_2000..UNIX_2100).contains(&secs) {
        return None;
    }
    let local = secs + i64::from(offset_minutes) * 60;
    let (days, rem) = (local.div_euclid(86_400), local.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    let zone = match offset_minutes {
        0 => "Z".to_string(),
        o => format!(
            "{}{:02}:{:02}",
            if o < 0 { '-' } else { '+' },
            o.unsigned_abs() / 60,
            o.unsigned_abs() % 60
        ),
    };
    Some(format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}{zone}",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    ))
}

/// 2000-01-01 and 2100-01-01 in Unix time.
const UNIX_2000: i64 = 946_684_800;
const UNIX_2100: i64 = 4_102_444_800;

/// The proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The length in bytes of the weekday that starts `s` (`星期三`, `周三`, `週日`), if one does.
pub fn weekday_len(s: &str) -> Option<usize> {
    WEEKDAY_PREFIXES.iter().find_map(|p| {
        let day = s.strip_prefix(p)?.chars().next()?;
        WEEKDAY_DAYS.contains(day).then(|| p.len() + day.len_utf8())
    })
}

/// Normalizes a machine date (`datetime` attribute, JSON-LD, meta) to ISO 8601: numeric
/// forms, or a date written out in English.
pub fn normalize(s: &str) -> Option<String> {
    let s = s.trim();
    find_date(s)
        .map(|found| found.iso)
        .or_else(|| english_date(s))
}

/// The first date written out in English in running text (`Posted May 9th, 2024 05:49 AM`,
/// `on 12 March 2023`), as ISO 8601: what forums print above each post.
pub fn find_english_date(s: &str) -> Option<String> {
    if !s.bytes().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut previous: Option<&str> = None;
    for w in s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
    {
        if month_of(w).is_some() {
            let at = w.as_ptr() as usize - s.as_ptr() as usize;
            // `9 May 2024`: the day before the month starts the date.
            let start = previous
                .filter(|p| p.starts_with(|c: char| c.is_ascii_digit()))
                .map_or(at, |p| p.as_ptr() as usize - s.as_ptr() as usize);
            if let Some(iso) = english_date(&s[start..]) {
                return Some(iso);
            }
        }
        previous = Some(w);
    }
    None
}

/// The first date in running text, numeric or written out in English, as ISO 8601.
pub fn find_in_text(s: &str) -> Option<String> {
    find_date(s).map(|d| d.iso).or_else(|| find_english_date(s))
}

/// A date that metadata writes out in English: `Saturday, December 27, 2014, 12:06 PM`,
/// `Dec. 27, 2014`, `27 December 2014`, `Sat, 27 Dec 2014 17:10:17 GMT` (RFC 2822).
fn english_date(s: &str) -> Option<String> {
    let words: Vec<(usize, &str)> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .filter(|(_, w)| !w.is_empty())
        .take(8)
        .collect();
    let (at, month) = words
        .iter()
        .enumerate()
        .find_map(|(k, (_, w))| month_of(w).map(|m| (k, m)))?;
    let day = |w: &str| {
        let w = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        w.parse::<u32>().ok().filter(|d| (1..=31).contains(d))
    };
    let year = |w: &str| {
        (w.len() == 4)
            .then(|| w.parse::<u32>().ok())
            .flatten()
            .filter(|y| (1990..=2099).contains(y))
    };
    let word = |k: usize| words.get(k).map(|&(_, w)| w);
    // Month, day, year (`December 27, 2014`) or day, month, year (`27 December 2014`).
    let (day, (year_at, year)) = match (word(at + 1).and_then(day), word(at + 2).and_then(year)) {
        (Some(d), Some(y)) => (d, (at + 2, y)),
        _ => {
            let d = at.checked_sub(1).and_then(word).and_then(day)?;
            (d, (at + 1, word(at + 1).and_then(year)?))
        }
    };
    let mut iso = format!("{year:04}-{month:02}-{day:02}");
    // The time after the year, past a comma or `at`.
    let mut i = words[year_at].0 + 4;
    let rest = &s[i..];
    let skipped = rest.len()
        - rest
            .trim_start_matches([',', ' '])
            .trim_start_matches("at ")
            .len();
    i += skipped;
    if let Some((time, end)) = time_at(s, i) {
        iso.push_str(&time);
        // `T12:06:00` and nothing after it: the zone may follow as a name, with an offset
        // (`GMT+0800`, as JavaScript's `Date.toString()` writes it).
        let zone = s[end..].trim_start();
        if time.len() == "Thh:mm:ss".len() {
            if let Some(after) = zone
                .strip_prefix("GMT")
                .or_else(|| zone.strip_prefix("UTC"))
            {
                let offset = Cursor { s: after, i: 0 }.offset();
                iso.push_str(offset.as_deref().unwrap_or("Z"));
            }
        }
    }
    Some(iso)
}

/// The month (1–12) an English word names (`December`, `Dec`, `Dec.`, `Sept`).
fn month_of(word: &str) -> Option<u32> {
    let w = word.strip_suffix('.').unwrap_or(word).to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    ENGLISH_MONTHS
        .iter()
        .position(|m| {
            m.starts_with(w.as_str()) && (w.len() == 3 || w.len() == m.len() || w == "sept")
        })
        .map(|k| k as u32 + 1)
}

fn parse_at(s: &str, start: usize) -> Option<FoundDate> {
    let mut p = Cursor { s, i: start };
    let (year, month, day) = match p.number(4, 4) {
        Some(year) => {
            let sep = match p.separator(&["-", "/", ".", "年"]) {
                Some(sep) => sep,
                // `2024 06/05 08:15:20`: a news.cn header sets the year apart from the day.
                None => {
                    let save = p.i;
                    p.skip_spaces();
                    let look = p.i;
                    if look == save || p.number(1, 2).is_none() || !p.eat("/") {
                        return None;
                    }
                    p.i = look;
                    "/"
                }
            };
            let month = p.number(1, 2)?;
            p.separator(&[if sep == "年" { "月" } else { sep }])?;
            let day = p.number(1, 2)?;
            if sep == "年" {
                p.eat("日");
            }
            (year, month, day)
        }
        // `民國113年6月5日`, `113年6月5日`: Taiwan's calendar counts its years from 1912 (two
        // digits only after 民國, three alone).
        None => match roc_year_at(&mut p) {
            Some(roc) => {
                let month = p.number(1, 2)?;
                p.eat("月").then_some(())?;
                let day = p.number(1, 2)?;
                p.eat("日");
                (roc + 1911, month, day)
            }
            // `9/17/2004` (month first, as in the US; day first when the first number can
            // only be a day).
            None => {
                let a = p.number(1, 2)?;
                p.eat("/").then_some(())?;
                let b = p.number(1, 2)?;
                p.eat("/").then_some(())?;
                let year = p.number(4, 4)?;
                if a > 12 { (year, b, a) } else { (year, a, b) }
            }
        },
    };
    if !(1990..=2099).contains(&year) || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let mut iso = format!("{year:04}-{month:02}-{day:02}");
    let mut end = p.i;
    if let Some((time, time_end)) = time_at(s, p.i) {
        iso.push_str(&time);
        end = time_end;
    }
    Some(FoundDate { iso, start, end })
}

/// A post's time in a line of a thread: a date [`find_in_text`] reads, or one with a
/// two-digit year and a time (`24-5-13 17:08`), as microblogs and boards print a recent
/// post's. A page's own date does not take this form: on a news page `17-03-08` is this
/// year's month and day as often as a year's.
pub fn find_post_time(s: &str) -> Option<String> {
    find_in_text(s).or_else(|| find_two_digit_year(s))
}

/// A date with a two-digit year and a time (`24-5-13 17:08`) in `s`, as ISO 8601.
pub fn find_two_digit_year(s: &str) -> Option<String> {
    let b = s.as_bytes();
    if !b.contains(&b'-') {
        return None;
    }
    (0..b.len()).find_map(|i| {
        let starts = b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit());
        starts.then(|| two_digit_year_at(s, i)).flatten()
    })
}

/// A date written `YY-M-D` (the 2000s) at `i`, followed by a time, as ISO 8601.
fn two_digit_year_at(s: &str, i: usize) -> Option<String> {
    let mut p = Cursor { s, i };
    let year = 2000 + p.number(2, 2)?;
    p.eat("-").then_some(())?;
    let month = p.number(1, 2)?;
    p.eat("-").then_some(())?;
    let day = p.number(1, 2)?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let (time, _) = time_at(s, p.i)?;
    Some(format!("{year:04}-{month:02}-{day:02}{time}"))
}

/// A year of Taiwan's calendar and its 年 at the cursor (`113年`; `99年` only after 民國),
/// moving past them.
fn roc_year_at(p: &mut Cursor<'_>) -> Option<u32> {
    let start = p.i;
    let after_era = p.s[..start].ends_with("民國") || p.s[..start].ends_with("民国");
    let digits = p.s[start..].bytes().take_while(u8::is_ascii_digit).count();
    let year = p.number(2, 3).filter(|_| digits == 3 || after_era);
    if year.is_some() && p.eat("年") {
        year
    } else {
        p.i = start;
        None
    }
}

/// The time after a date at `i` (`09:25:09`, `9点05分`, `5:54:13 AM`, `T09:25:09.123+0800`):
/// `T09:25:09` plus the offset when given, and where it ends.
fn time_at(s: &str, i: usize) -> Option<(String, usize)> {
    let mut t = Cursor { s, i };
    t.skip_spaces_or_t();
    // `2024年6月5日 星期三 下午3:15`: a weekday, then a Chinese half of the day.
    if let Some(n) = weekday_len(&s[t.i..]) {
        t.i += n;
        t.skip_spaces_or_t();
    }
    // `2024-06-05 HKT 10:12`: Hong Kong Time, UTC+8, named before the hour.
    let hkt = t.eat("HKT");
    if hkt {
        t.skip_spaces_or_t();
    }
    let pm = t.eat("下午") || t.eat("晚上");
    let noon = !pm && t.eat("中午");
    // 上午, 凌晨 and 早上 keep the hour as written.
    if !pm && !noon {
        for morning in ["上午", "凌晨", "早上"] {
            if t.eat(morning) {
                break;
            }
        }
    }
    let mut hour = t.number(1, 2)?;
    if (pm && hour < 12) || (noon && hour < 11) {
        hour += 12;
    }
    t.separator(&[":", "时", "點", "点"])?;
    let minute = t.number(2, 2)?;
    if hour >= 24 || minute >= 60 {
        return None;
    }
    t.eat("分");
    let mut second = None;
    if t.eat(":") {
        second = t.number(2, 2);
    }
    if t.eat(".") {
        while t.peek().is_some_and(|c| c.is_ascii_digit()) {
            t.i += 1;
        }
    }
    let save = t.i;
    t.skip_spaces();
    let rest = &s[t.i..];
    let meridiem = |m: &str| {
        rest.get(..2).is_some_and(|r| r.eq_ignore_ascii_case(m))
            && !rest[2..].starts_with(|c: char| c.is_ascii_alphanumeric())
    };
    if hour <= 12 && meridiem("pm") {
        hour = hour % 12 + 12;
        t.i += 2;
    } else if hour <= 12 && meridiem("am") {
        hour %= 12;
        t.i += 2;
    } else {
        t.i = save;
    }
    let mut time = format!("T{hour:02}:{minute:02}:{:02}", second.unwrap_or(0));
    if t.eat("Z") {
        time.push('Z');
    } else if let Some(offset) = t.offset() {
        time.push_str(&offset);
    } else if hkt {
        time.push_str("+08:00");
    }
    Some((time, t.i))
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
    fn weekdays() {
        for (s, len) in [
            ("星期三 下午", Some("星期三".len())),
            ("周日", Some("周日".len())),
            ("禮拜天", Some("禮拜天".len())),
            ("周末", None),
            ("周", None),
            ("星期", None),
        ] {
            assert_eq!(weekday_len(s), len, "{s}");
        }
        assert_eq!(
            normalize("2024年6月5日 礼拜三 08:15").as_deref(),
            Some("2024-06-05T08:15:00")
        );
    }

    #[test]
    fn unix_times() {
        for (digits, offset, iso) in [
            ("946684800", 0, None),
            ("0946684800", 0, Some("2000-01-01T00:00:00Z")),
            ("1709251199", 0, Some("2024-02-29T23:59:59Z")),
            ("1709251199", 480, Some("2024-03-01T07:59:59+08:00")),
            ("1717553520999", -300, Some("2024-06-04T21:12:00-05:00")),
            ("4102444799", 0, Some("2099-12-31T23:59:59Z")),
            ("4102444800", 0, None),
            ("17175535201", 0, None),
            ("1717553520x", 0, Some("2024-06-05T02:12:00Z")),
        ] {
            assert_eq!(from_unix(digits, offset).as_deref(), iso, "{digits}");
        }
    }

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
        assert!(find_date("13/13/2004").is_none());
    }

    #[test]
    fn two_digit_years_need_a_time() {
        assert_eq!(
            find_post_time(" 24-5-13 17:08  来自福建").unwrap(),
            "2024-05-13T17:08:00"
        );
        assert!(find_date("24-5-13 17:08").is_none());
        for not_a_date in ["24-5-13", "第24-5-13号", "24-13-05 10:00", "124-5-13 17:08"] {
            assert!(find_post_time(not_a_date).is_none(), "{not_a_date}");
            assert!(find_date(not_a_date).is_none(), "{not_a_date}");
        }
    }

    #[test]
    fn month_first_dates_with_a_meridiem() {
        assert_eq!(
            find_date("发布日期： 9/17/2004 5:54:13 AM").unwrap().iso,
            "2004-09-17T05:54:13"
        );
        assert_eq!(
            normalize("11/20/2019 1:35 pm").unwrap(),
            "2019-11-20T13:35:00"
        );
        assert_eq!(
            normalize("12/5/2019 12:10 AM").unwrap(),
            "2019-12-05T00:10:00"
        );
        assert_eq!(normalize("25/12/2019").unwrap(), "2019-12-25");
        assert_eq!(
            find_date(" 2024 06/05 08:15:20 来源：新华网").unwrap().iso,
            "2024-06-05T08:15:20"
        );
        assert!(find_date("2024 年度报告").is_none());
        assert_eq!(
            normalize("2019-09-07 9:05 amended").unwrap(),
            "2019-09-07T09:05:00"
        );
    }

    #[test]
    fn dates_written_out_in_english() {
        for (s, iso) in [
            (
                "Saturday, December 27, 2014, 12:06 PM",
                Some("2014-12-27T12:06:00"),
            ),
            ("Dec. 27, 2014", Some("2014-12-27")),
            ("27 December 2014", Some("2014-12-27")),
            (
                "Sat, 27 Dec 2014 17:10:17 GMT",
                Some("2014-12-27T17:10:17Z"),
            ),
            ("Sept 3rd 2019 at 9:05 am", Some("2019-09-03T09:05:00")),
            (
                "Tue Nov 19 2019 05:44:06 GMT+0800",
                Some("2019-11-19T05:44:06+08:00"),
            ),
            ("March 2014", None),
            ("May the fourth 2014", None),
            ("Mark 27, 2014", None),
        ] {
            assert_eq!(normalize(s).as_deref(), iso, "{s}");
        }
    }

    #[test]
    fn english_dates_in_running_text() {
        for (s, iso) in [
            (
                "haleemhosein ・ May 9th, 2024 05:49 AM",
                Some("2024-05-09T05:49:00"),
            ),
            ("Posted on 12 March 2023 by admin", Some("2023-03-12")),
            (
                "Joined: Sep 2019 Posts: 12, last Dec. 3, 2021",
                Some("2021-12-03"),
            ),
            ("You may 3 times a day", None),
            ("42 replies", None),
        ] {
            assert_eq!(find_english_date(s).as_deref(), iso, "{s}");
        }
    }

    #[test]
    fn month_and_day_without_a_year() {
        assert_eq!(
            find_month_day("发布时间：09-30 22:46"),
            Some((9, 30, Some("T22:46:00".to_string())))
        );
        assert_eq!(find_month_day("9月30日"), Some((9, 30, None)));
        assert_eq!(
            find_month_day("发布时间：09-3022:46"),
            Some((9, 30, Some("T22:46:00".to_string())))
        );
        assert_eq!(find_month_day("09-301"), None);
        assert_eq!(find_month_day("电话 12-345"), None);
        assert_eq!(find_month_day("13-01 10:00"), None);
        assert_eq!(find_month_day("1-2-3"), None);
    }

    #[test]
    fn taiwan_calendar_years() {
        assert_eq!(normalize("民國113年6月5日").unwrap(), "2024-06-05");
        assert_eq!(
            find_date("發布日期：113年06月05日 08:15").unwrap().iso,
            "2024-06-05T08:15:00"
        );
        assert_eq!(normalize("民国99年1月2日").unwrap(), "2010-01-02");
        // Two digits without the era, and years outside 1990–2099, are no dates.
        assert!(find_date("24年6月5日").is_none());
        assert!(find_date("前221年6月5日").is_none());
    }

    #[test]
    fn chinese_weekdays_and_halves_of_the_day() {
        for (text, iso) in [
            ("2024年6月5日 上午8:15", "2024-06-05T08:15:00"),
            ("2024年6月5日 下午3:15", "2024-06-05T15:15:00"),
            ("2024年6月5日 晚上10:05", "2024-06-05T22:05:00"),
            ("2024年6月5日 中午12:30", "2024-06-05T12:30:00"),
            ("2024年6月5日 中午1:30", "2024-06-05T13:30:00"),
            ("2024年6月5日 凌晨0:30", "2024-06-05T00:30:00"),
            ("2024年6月5日 周三 08:15", "2024-06-05T08:15:00"),
            ("2024-06-05 HKT 10:12", "2024-06-05T10:12:00+08:00"),
            ("2024-06-05 HKT", "2024-06-05"),
            ("2024年06月05日 星期三 下午3:15", "2024-06-05T15:15:00"),
            // A weekday alone adds nothing; 周年 is not a weekday.
            ("2024年6月5日 星期三", "2024-06-05"),
            ("2024年6月5日 周年 08:15", "2024-06-05"),
        ] {
            assert_eq!(normalize(text).unwrap(), iso, "{text}");
        }
    }
}
