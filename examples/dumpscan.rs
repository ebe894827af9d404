//! Development aid: pass 1's full output (nodes, events, raw metadata) per page, one file each,
//! to compare two versions of the scan.
use qingyue::internals::scan;
fn main() {
    let mut args = std::env::args().skip(1);
    let out = args.next().unwrap();
    std::fs::create_dir_all(&out).unwrap();
    for p in args {
        let bytes = std::fs::read(&p).unwrap();
        let Ok(d) = qingyue::internals::decode(&bytes, None, None) else {
            continue;
        };
        let s = scan::scan(&d.text);
        let name = std::path::Path::new(&p).to_string_lossy().replace('/', "_");
        std::fs::write(format!("{out}/{name}"), format!("{s:#?}")).unwrap();
    }
}
