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
        data.extend_from_slice(format!("{name}\n{}\n", body.len()).as_bytes());
        data.extend_from_slice(body.as_bytes());
    }
    fs::write(&out, data).expect("write qingyue-zh.bin");
    println!("cargo::rustc-cfg=qingyue_zh_data");
}
