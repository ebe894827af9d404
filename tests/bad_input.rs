//! Every kind of bad input, through the library and the CLI: a clear error or a sane result
//! with the article text kept, never a panic.

mod common;

use common::{Expect, cases};
use qingyue::{Options, extract};

#[test]
fn library_answers_every_bad_input() {
    for (name, bytes, expect) in cases() {
        let result = std::panic::catch_unwind(|| extract(&bytes, &Options::default()));
        let result = result.unwrap_or_else(|_| panic!("{name}: panicked"));
        match (expect, result) {
            (Expect::Error(msg), Err(e)) => {
                assert!(e.to_string().contains(msg), "{name}: error {e:?}")
            }
            (Expect::Text(t), Ok(a)) => assert!(
                a.text_content.contains(t),
                "{name}: text lost: {:?}",
                &a.text_content.chars().take(80).collect::<String>()
            ),
            (expect, got) => panic!(
                "{name}: expected {expect:?}, got {:?}",
                got.map(|a| a.text_content.chars().take(80).collect::<String>())
            ),
        }
    }
}

#[test]
fn size_limit_names_the_limit() {
    let err = extract(&vec![b'a'; 1000], &Options::default().with_max_bytes(999)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "input is 1000 bytes, over the limit of 999 bytes (see Options::max_bytes)"
    );
}

#[cfg(feature = "cli")]
#[test]
fn cli_answers_every_bad_input() {
    use std::process::Command;
    let dir = std::env::temp_dir().join(format!("qingyue-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, bytes, expect) in cases() {
        let path = dir.join(name.replace(' ', "_"));
        std::fs::write(&path, &bytes).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_qingyue"))
            .args(["extract", "--format", "text"])
            .arg(&path)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        match expect {
            Expect::Error(msg) => {
                assert!(!out.status.success(), "{name}: should fail");
                assert!(stderr.contains(msg), "{name}: {stderr}");
            }
            Expect::Text(t) => {
                assert!(out.status.success(), "{name}: {stderr}");
                assert!(
                    String::from_utf8_lossy(&out.stdout).contains(t),
                    "{name}: text lost"
                );
            }
        }
        std::fs::remove_file(&path).unwrap();
    }
}
