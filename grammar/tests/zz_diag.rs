mod common;
use flowmark_grammar::{parse_program, render, FileLoader, SourceMap};
struct Fs;
impl FileLoader for Fs { fn load(&self, p: &str) -> Result<String, String> { std::fs::read_to_string(format!("/work/main/{p}")).map_err(|e| e.to_string()) } }
#[test]
fn diag() {
    let mut paths: Vec<_> = std::fs::read_dir("/work/main/tests/diagnostics").unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    for p in paths {
        if p.extension().map_or(true, |e| e != "p4") { continue; }
        let rel = format!("tests/diagnostics/{}", p.file_name().unwrap().to_str().unwrap());
        let mut s = SourceMap::default();
        let m = s.add(rel.clone(), std::fs::read_to_string(&p).unwrap());
        let (prog, d) = parse_program(&mut s, m, &Fs);
        if !d.is_empty() || prog.is_none() { println!("##### {rel}\n{}", render(&s, &d)); }
    }
}
