//! OpenCC's conversion configs (OpenCC 1.4 `data/config/*.json`, as packaged by opencc-js):
//! a normalization step, an optional segmentation dictionary, and a chain of dictionary
//! groups. Each group is a list of dictionaries merged into one trie, the first winning a
//! shared key.

/// One conversion config.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    /// OpenCC's name for it (`s2twp`).
    pub name: &'static str,
    /// The dictionaries that segment the text, when it is segmented before conversion.
    pub segmentation: Option<&'static [&'static str]>,
    /// The conversion steps, in order, each a list of dictionaries.
    pub chain: &'static [&'static [&'static str]],
}

/// Every config runs this first: CJK compatibility ideographs to their unified forms.
pub const NORMALIZATION: &[&str] = &["CJK_Compatibility_Ideographs"];

const ST: &[&str] = &[
    "STPhrases",
    "STPhrases_GeneratedFromRegionalPhrases",
    "STCharacters",
];
const ST_SEGMENTS: &[&str] = &["STPhrases", "STPhrases_GeneratedFromRegionalPhrases"];
const TS: &[&str] = &["TSPhrases", "TSCharacters"];
const TS_SEGMENTS: &[&str] = &["TSPhrases"];
const TW_VARIANTS: &[&str] = &["TWVariantsPhrases", "TWVariants"];
const TW_PHRASES: &[&str] = &["TWPhrases", "TWVariantsPhrases", "TWVariants"];
const HK_VARIANTS: &[&str] = &["HKVariantsPhrases", "HKVariants"];
const HK_PHRASES: &[&str] = &["HKPhrases", "HKVariantsPhrases", "HKVariants"];
const TW_REV: &[&str] = &["TWVariantsRevPhrases", "TWVariantsRev"];
const TW_REV_PHRASES: &[&str] = &["TWPhrasesRev", "TWVariantsRevPhrases", "TWVariantsRev"];
const HK_REV: &[&str] = &["HKVariantsRevPhrases", "HKVariantsRev"];
const HK_REV_PHRASES: &[&str] = &["HKPhrasesRev", "HKVariantsRevPhrases", "HKVariantsRev"];

const fn config(
    name: &'static str,
    segmentation: Option<&'static [&'static str]>,
    chain: &'static [&'static [&'static str]],
) -> Config {
    Config {
        name,
        segmentation,
        chain,
    }
}

/// The configs qingyue ships (OpenCC's, minus Japanese).
pub const CONFIGS: &[Config] = &[
    config("s2t", None, &[ST]),
    config("s2tw", Some(ST_SEGMENTS), &[ST, TW_VARIANTS]),
    config("s2twp", Some(ST_SEGMENTS), &[ST, TW_PHRASES]),
    config("s2hk", Some(ST_SEGMENTS), &[ST, HK_VARIANTS]),
    config("s2hkp", Some(ST_SEGMENTS), &[ST, HK_PHRASES]),
    config("t2s", None, &[TS]),
    config("tw2s", Some(TS_SEGMENTS), &[TW_REV, TS]),
    config("tw2sp", Some(TS_SEGMENTS), &[TW_REV_PHRASES, TS]),
    config("hk2s", Some(TS_SEGMENTS), &[HK_REV, TS]),
    config("hk2sp", Some(TS_SEGMENTS), &[HK_REV_PHRASES, TS]),
    config("t2tw", None, &[TW_VARIANTS]),
    config("t2hk", None, &[HK_VARIANTS]),
    config("tw2t", None, &[TW_REV]),
    config("hk2t", None, &[HK_REV]),
    // Not an OpenCC config: Taiwan vocabulary for text that is already Traditional.
    config("t2twp", None, &[TW_PHRASES]),
];

/// The config named `name`.
pub fn find(name: &str) -> Option<&'static Config> {
    CONFIGS.iter().find(|c| c.name == name)
}
