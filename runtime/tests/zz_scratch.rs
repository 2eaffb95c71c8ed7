//! scratch
use flowmark_runtime::kernel::Loaded;
#[test]
fn examples() {
    for entry in std::fs::read_dir("/tmp/fmex").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().map_or(true, |e| e != "o") { continue; }
        let bytes = std::fs::read(&path).unwrap();
        match Loaded::load(&bytes) {
            Ok(l) => { let i = l.info().unwrap(); eprintln!("{}: ok {} maps, xlated {} jited {}", path.display(), l.maps().count(), i.xlated_bytes, i.jited_bytes); }
            Err(e) => { let t = e.to_string(); let tail: String = t.chars().rev().take(600).collect::<String>().chars().rev().collect(); eprintln!("{}: ERR ...{}", path.display(), tail); }
        }
    }
}
