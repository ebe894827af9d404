//! The `qingyue` binary: JSON Lines output, per-file errors, exit codes.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn qingyue(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_qingyue"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn temp_file(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("qingyue-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

const SAMPLE: &str = "www/samples/guancha.html";

#[test]
fn two_files_give_two_json_lines_with_readability_fields() {
    let other = temp_file("other.html", b"<title>Other - Site</title><article><p>A short but real paragraph of text, with a comma.</p></article>");
    let out = qingyue(&["extract", "--format", "json", SAMPLE, &other], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["source"], SAMPLE);
    assert_eq!(lines[1]["source"], other.as_str());
    for key in [
        "title",
        "byline",
        "dir",
        "lang",
        "content",
        "textContent",
        "length",
        "excerpt",
        "siteName",
        "publishedTime",
        "modifiedTime",
    ] {
        assert!(lines[0].get(key).is_some(), "field {key}");
    }
    assert_eq!(
        lines[0]["title"],
        "斯坦福AI團隊抄襲中國大模型?背后還有更值得關注的信息"
    );
}

#[test]
fn stdin_text_and_html_formats() {
    let html = std::fs::read(SAMPLE).unwrap();
    let text = qingyue(&["extract", "--format", "text"], &html);
    assert!(text.status.success());
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.starts_with("自從ChatGPT亮相以來"));
    assert!(!text.contains("史岱君"));
    let out = qingyue(&["extract", "--format", "html", "-"], &html);
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("<div>"));
}

#[test]
fn bad_inputs_fail_clearly_and_the_rest_still_run() {
    let empty = temp_file("empty.html", b"");
    let binary = temp_file("image.html", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0");
    let out = qingyue(
        &["extract", &empty, "/no/such/file.html", &binary, SAMPLE],
        b"",
    );
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(&format!("{empty}: empty input")),
        "{stderr}"
    );
    assert!(
        stderr.contains("/no/such/file.html: No such file"),
        "{stderr}"
    );
    assert!(stderr.contains("binary data (PNG image)"), "{stderr}");
    assert!(!stderr.contains("panicked"));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().lines().count(),
        1,
        "the good file still printed"
    );
}

#[test]
fn markdown_output_starts_with_front_matter() {
    let out = qingyue(
        &[
            "extract",
            "--format",
            "markdown",
            "--url",
            "https://example.org/a",
            SAMPLE,
        ],
        b"",
    );
    assert!(out.status.success());
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("---\ntitle: \"斯坦福AI"), "{md}");
    assert!(md.contains("\nurl: \"https://example.org/a\"\n"), "{md}");
    assert!(md.contains("\n# 斯坦福AI"), "{md}");
}

#[test]
fn probe_prints_one_json_line_per_file() {
    let nav = "tests/probe/navigation-only.html";
    let out = qingyue(&["probe", SAMPLE, nav, "missing.html"], b"");
    assert!(!out.status.success(), "a missing file fails the run");
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["source"], SAMPLE);
    assert_eq!(lines[0]["readerable"], true);
    assert_eq!(lines[1]["readerable"], false);
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.html"));
}
