//! A header written and then `setInvalid()` in a program whose parser has more than 64 paths
//! (compact mode, where the eBPF target cannot put the header's received bytes back): the
//! compiler refuses it with a message naming the header, instead of building a program that
//! keeps the writes. (With fewer paths it compiles; `runtime/tests/kernel_validity.rs` runs such
//! a program in the kernel against the interpreter.)

use flowmark_ebpf::{Options, ProgramKind};
use flowmark_grammar::{FileLoader, SourceMap};

/// Includes come from the built-in headers; nothing else is read.
struct NoFiles;

impl FileLoader for NoFiles {
    fn load(&self, path: &str) -> Result<String, String> {
        Err(format!("{path}: not available"))
    }
}

/// `diamonds` parser states that each branch two ways and meet again (2^diamonds paths), then a
/// control that writes `tag` and invalidates it.
fn program(diamonds: u32) -> String {
    let mut states = String::new();
    for i in 0..diamonds {
        let next = if i + 1 == diamonds { "parse_tag".to_string() } else { format!("s{}", i + 1) };
        states += &format!(
            "    state s{i} {{ packet.extract(hdr.b[{i}]); transition select(hdr.b[{i}].v) {{ 1: a{i}; default: {next}; }} }}\n    state a{i} {{ transition {next}; }}\n"
        );
    }
    format!(
        "#include <core.p4>\n#include <flowmark.p4>\n\
         header byte_t {{ bit<8> v; }}\nheader tag_t {{ bit<16> vid; }}\n\
         struct headers_t {{ byte_t[{diamonds}] b; tag_t tag; }}\nstruct metadata_t {{ }}\n\
         parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {{\n\
             state start {{ transition s0; }}\n{states}    state parse_tag {{ packet.extract(hdr.tag); transition accept; }}\n}}\n\
         control pipe(inout headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {{\n\
             apply {{ hdr.tag.vid = 7; if (hdr.b[0].v == 2) {{ hdr.tag.setInvalid(); }} }}\n}}\n\
         Flowmark(prs(), pipe()) main;\n"
    )
}

fn compile(diamonds: u32) -> Result<(), String> {
    let mut sources = SourceMap::default();
    let main = sources.add("invalidate.p4".to_string(), program(diamonds));
    let (module, diagnostics) = flowmark_compiler::compile_source(&mut sources, main, &NoFiles, "invalidate");
    let module = module.unwrap_or_else(|| panic!("{}", flowmark_grammar::render(&sources, &diagnostics)));
    flowmark_ebpf::compile(&module, &Options::new(ProgramKind::Tc)).map(|_| ()).map_err(|e| e.to_string())
}

#[test]
fn written_then_invalidated_header_is_refused_in_compact_mode() {
    compile(3).expect("8 parser paths: the received bytes are saved and put back");
    let refused = compile(7).expect_err("128 parser paths: compact mode");
    assert!(refused.contains("`hdr.tag` is written and later setInvalid()"), "{refused}");
}
