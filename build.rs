//! Packs the OpenCC dictionaries shipped in the pinned npm package `opencc-js` (MIT, data
//! Apache-2.0; installed by `npm ci`) into one data file, `$OUT_DIR/qingyue-zh.bin`, that the
//! `zh` module parses. Native builds embed it; the wasm package loads it on the first script
//! toggle instead (`make pkg` writes it next to the module), so pages that never toggle never
//! download it. Without node_modules the crate still builds, with conversion unavailable.

use std::env;
use std::fs;
use std::path::PathBuf;

/// The dictionaries the conversion configs use (see `src/zh/config.rs`).
const DICTS: &[&str] = &[
    "CJK_Compatibility_Ideographs",
    "HKPhrases",
    "HKPhrasesRev",
    "HKVariants",
    "HKVariantsPhrases",
    "HKVariantsRev",
    "HKVariantsRevPhrases",
    "STCharacters",
    "STPhrases",
    "STPhrases_GeneratedFromRegionalPhrases",
    "TSCharacters",
    "TSPhrases",
    "TWPhrases",
    "TWPhrasesRev",
    "TWVariants",
    "TWVariantsPhrases",
    "TWVariantsRev",
    "TWVariantsRevPhrases",
];

/// One-character entries of a dictionary (first value).
fn single_chars(dir: &std::path::Path, name: &str) -> std::collections::HashMap<char, char> {
    let js = fs::read_to_string(dir.join(format!("{name}.js"))).unwrap_or_default();
    let body = js
        .trim()
        .trim_start_matches("export default \"")
        .trim_end_matches("\";");
    body.split('|')
        .filter_map(|e| {
            let (k, v) = e.split_once(' ')?;
            let (mut k, mut v) = (k.chars(), v.chars());
            match (k.next(), k.next(), v.next(), v.next()) {
                (Some(k), None, Some(v), None | Some(' ')) => Some((k, v)),
                _ => None,
            }
        })
        .collect()
}

fn main() {
    println!("cargo::rustc-check-cfg=cfg(qingyue_zh_data)");
    println!("cargo::rerun-if-env-changed=QINGYUE_OPENCC_JS_DIR");
    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = env::var_os("QINGYUE_OPENCC_JS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("node_modules/opencc-js/dist/esm-lib/dict"));
    println!("cargo::rerun-if-changed={}", dir.display());
    let out =
        PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("qingyue-zh.bin");
    // Format: "QYZH1\n", then per dictionary: name, '\n', byte length (decimal), '\n', the
    // entries as opencc-js stores them ("key value|key value…").
    let mut data = b"QYZH1\n".to_vec();
    for name in DICTS {
        let path = dir.join(format!("{name}.js"));
        let Ok(js) = fs::read_to_string(&path) else {
            println!(
                "cargo::warning=qingyue: {} not found (run `npm ci`); Chinese script conversion will be unavailable",
                path.display()
            );
            return;
        };
        let body = js
            .trim()
            .strip_prefix("export default \"")
            .and_then(|s| s.strip_suffix("\";"))
            .unwrap_or_else(|| panic!("{}: unexpected format", path.display()));
        // Sorted by key (stably: of two entries with one key the first still wins), so that
        // building a dictionary group's trie merges sorted runs instead of sorting: the first
        // script toggle waits for that build. opencc-js 1.4.2 ships them sorted; this keeps
        // the file so whatever the package does.
        let mut entries: Vec<&str> = body.split('|').collect();
        entries.sort_by_key(|e| e.split_once(' ').map_or(*e, |(k, _)| k));
        let body = entries.join("|");
        data.extend_from_slice(format!("{name}\n{}\n", body.len()).as_bytes());
        data.extend_from_slice(body.as_bytes());
    }
    fs::write(&out, &data).expect("write qingyue-zh.bin");
    // The characters that exist in only one script, as two bit sets over the Basic Multilingual
    // Plane (16 KiB): small enough for every build, so script detection never needs the tables.
    let mut sets = vec![0u8; 2 * 8192];
    let st = single_chars(&dir, "STCharacters");
    let ts = single_chars(&dir, "TSCharacters");
    for (set, (from, other)) in [(&st, &ts), (&ts, &st)].into_iter().enumerate() {
        for (&k, &v) in from {
            if k != v && !other.contains_key(&k) && (k as usize) < 0x1_0000 {
                sets[set * 8192 + k as usize / 8] |= 1 << (k as usize % 8);
            }
        }
    }
    fs::write(out.with_file_name("qingyue-zh-script.bin"), sets)
        .expect("write qingyue-zh-script.bin");
    println!("cargo::rustc-cfg=qingyue_zh_data");
}
