//! html5lib-tests' tokenizer suite (MIT; `../shared/html5lib-tests/tokenizer`), run against
//! [`Tokenizer`] with each token decoded by [`super::decode`] and [`super::attrs`]: the
//! tokens, not the parse errors, which qingyue does not report.
//!
//! Every test runs in one pass and, for the resumable reading, again with the input fed one
//! character more at a time; both must give the expected tokens. The tests left out are
//! listed in [`skip_reason`] with their reason.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::attrs;
use super::decode;
use super::doctype::Doctype;
use super::tokenizer::{Content, EndTag, Sink, StartTag, TextKind, Tokenizer};

/// The suite's folder, when the shared material is beside the project.
pub(crate) fn suite_dir(kind: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/html5lib-tests")
        .join(kind);
    dir.is_dir().then_some(dir)
}

/// Collects tokens in the suite's JSON form.
struct Collect<'a> {
    src: &'a str,
    out: Vec<Value>,
}

impl Collect<'_> {
    fn push_text(&mut self, s: &str) {
        if let Some(Value::Array(last)) = self.out.last_mut() {
            if last[0] == "Character" {
                let joined = format!("{}{s}", last[1].as_str().unwrap_or(""));
                last[1] = Value::String(joined);
                return;
            }
        }
        self.out.push(json!(["Character", s]));
    }
}

impl Sink for Collect<'_> {
    fn text(&mut self, span: std::ops::Range<usize>, kind: TextKind) {
        let s = decode::text(&self.src[span], kind).into_owned();
        self.push_text(&s);
    }

    fn start_tag(&mut self, tag: &StartTag<'_>) -> Content {
        let source = &self.src[tag.span.clone()];
        let name = decode::name(&self.src[tag.span.start + 1..tag.name_end]);
        // The attributes the tokenizer read are those pass 2 reads from the tag's source.
        assert_eq!(tag.attributes, attrs::parse(source), "{source}");
        let mut attributes = serde_json::Map::new();
        for a in tag.attributes {
            attributes.insert(
                decode::name(&a.name).into_owned(),
                Value::String(decode::attribute_value(a.value).into_owned()),
            );
        }
        let mut token = vec![json!("StartTag"), json!(name), Value::Object(attributes)];
        if tag.self_closing {
            token.push(json!(true));
        }
        self.out.push(Value::Array(token));
        Content::Data
    }

    fn end_tag(&mut self, tag: &EndTag) {
        let name = decode::name(&self.src[tag.span.start + 2..tag.name_end]);
        self.out.push(json!(["EndTag", name]));
    }

    fn comment(&mut self, _span: std::ops::Range<usize>, data: std::ops::Range<usize>) {
        self.out
            .push(json!(["Comment", decode::comment(&self.src[data])]));
    }

    fn doctype(&mut self, span: std::ops::Range<usize>) {
        let d = Doctype::parse(&self.src[span]);
        self.out.push(json!([
            "DOCTYPE",
            d.name,
            d.public_id,
            d.system_id,
            !d.force_quirks
        ]));
    }

    fn cdata_allowed(&self) -> bool {
        false
    }
}

fn initial_state(name: &str) -> Content {
    match name {
        "PLAINTEXT state" => Content::Plaintext,
        "RCDATA state" => Content::Rcdata,
        "RAWTEXT state" => Content::Rawtext,
        "Script data state" => Content::ScriptData,
        "CDATA section state" => Content::CdataSection,
        _ => Content::Data,
    }
}

/// Tokens of `input` fed in pieces of `step` bytes (whole characters), or at once.
fn tokenize(input: &str, state: Content, last_start: &str, step: Option<usize>) -> Vec<Value> {
    let mut tok = Tokenizer::starting_in(state, last_start);
    let mut sink = Collect {
        src: input,
        out: Vec::new(),
    };
    if let Some(step) = step {
        let mut end = 0;
        while end < input.len() {
            end = (end + step).min(input.len());
            while !input.is_char_boundary(end) {
                end += 1;
            }
            tok.feed(&input[..end], false, &mut sink);
        }
    }
    tok.feed(input, true, &mut sink);
    sink.out
}

/// Why a test is not run, if it is not.
fn skip_reason(file: &str, test: &Value) -> Option<&'static str> {
    if file == "xmlViolation.test" {
        return Some("XML coercion mode (infoset), which a browser does not use");
    }
    if test["doubleEscaped"].as_bool() == Some(true) {
        let input = test["input"].as_str().unwrap_or("");
        if unescape_json(input).is_none() {
            return Some(
                "the input holds a lone surrogate, which no &str holds: qingyue's decoder \
                 turns it into U+FFFD before the tokenizer",
            );
        }
    }
    None
}

/// A `doubleEscaped` string's `\uXXXX` escapes; `None` for a lone surrogate.
fn unescape_json(s: &str) -> Option<String> {
    serde_json::from_str::<String>(&format!("\"{s}\""))
        .ok()
        .filter(|out| {
            // serde_json turns lone surrogates into an error already; keep the check explicit.
            !out.contains('\u{FFFD}') || s.contains("FFFD") || s.contains("fffd")
        })
}

fn expected(test: &Value) -> Vec<Value> {
    let double = test["doubleEscaped"].as_bool() == Some(true);
    let fix = |v: &Value| -> Value {
        match v {
            Value::String(s) if double => Value::String(unescape_json(s).unwrap_or_default()),
            Value::Object(m) if double => Value::Object(
                m.iter()
                    .map(|(k, v)| {
                        (
                            unescape_json(k).unwrap_or_default(),
                            Value::String(
                                unescape_json(v.as_str().unwrap_or("")).unwrap_or_default(),
                            ),
                        )
                    })
                    .collect(),
            ),
            other => other.clone(),
        }
    };
    // Consecutive character tokens are one, as the suite's README says to compare them.
    let mut out: Vec<Value> = Vec::new();
    for token in test["output"].as_array().into_iter().flatten() {
        let token: Vec<Value> = token.as_array().into_iter().flatten().map(fix).collect();
        if token.first().and_then(Value::as_str) == Some("Character") {
            if let Some(Value::Array(last)) = out.last_mut() {
                if last[0] == "Character" {
                    last[1] = json!(format!(
                        "{}{}",
                        last[1].as_str().unwrap_or(""),
                        token[1].as_str().unwrap_or("")
                    ));
                    continue;
                }
            }
        }
        out.push(Value::Array(token));
    }
    out
}

#[test]
fn html5lib_tokenizer_suite() {
    let Some(dir) = suite_dir("tokenizer") else {
        eprintln!(
            "SKIPPED: html5lib-tests' tokenizer suite: ../shared/html5lib-tests is not beside \
             the project"
        );
        return;
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("suite folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "test"))
        .collect();
    files.sort();
    let (mut passed, mut skipped, mut failures) = (0, 0, Vec::new());
    for path in &files {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let suite: Value =
            serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("json");
        let tests = suite["tests"].as_array().cloned().unwrap_or_default();
        let tests = if tests.is_empty() {
            suite["xmlViolationTests"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        } else {
            tests
        };
        for test in &tests {
            if skip_reason(&file, test).is_some() {
                skipped += 1;
                continue;
            }
            let raw = test["input"].as_str().unwrap_or("");
            let input = if test["doubleEscaped"].as_bool() == Some(true) {
                unescape_json(raw).unwrap_or_default()
            } else {
                raw.to_string()
            };
            let want = expected(test);
            let last = test["lastStartTag"].as_str().unwrap_or("");
            let states: Vec<String> = test["initialStates"]
                .as_array()
                .map(|s| {
                    s.iter()
                        .filter_map(|x| x.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_else(|| vec!["Data state".into()]);
            for state in states {
                let content = initial_state(&state);
                let whole = tokenize(&input, content, last, None);
                let pieces = tokenize(&input, content, last, Some(1));
                if whole == want && pieces == want {
                    passed += 1;
                } else {
                    failures.push(format!(
                        "{file}: {} [{state}]\n  input: {input:?}\n  want:  {}\n  got:   {}\n  fed by character: {}",
                        test["description"].as_str().unwrap_or(""),
                        Value::Array(want.clone()),
                        Value::Array(whole),
                        Value::Array(pieces),
                    ));
                }
            }
        }
    }
    eprintln!(
        "html5lib tokenizer suite: {passed} passed, {} failed, {skipped} skipped (listed in skip_reason)",
        failures.len()
    );
    for f in failures.iter().take(40) {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} tokenizer tests failed",
        failures.len()
    );
    assert!(passed > 6000, "only {passed} tokenizer tests ran");
}
