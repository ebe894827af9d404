//! extract() on arbitrary bytes, fed to the streaming Extractor in chunks whose sizes come from
//! the input: must never panic, and must give the same result as one-shot extraction (the
//! Extractor decodes and scans each chunk as it comes, so this compares two real paths).
#![no_main]

use libfuzzer_sys::fuzz_target;
use qingyue::{Extractor, Options, extract};

fuzz_target!(|data: &[u8]| {
    let Some((&seed, page)) = data.split_first() else {
        return;
    };
    let one = extract(page, &Options::default());
    let mut ex = Extractor::new(Options::default());
    let mut rest = page;
    let mut step = usize::from(seed % 61) + 1;
    while !rest.is_empty() {
        let (chunk, tail) = rest.split_at(step.min(rest.len()));
        // A chunk's error (binary data, say) is also what `finish` returns.
        if ex.write(chunk).is_err() {
            break;
        }
        rest = tail;
        step = step * 7 % 97 + 1;
    }
    assert_eq!(ex.finish(), one);
});
