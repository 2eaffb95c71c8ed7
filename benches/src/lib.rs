//! Inputs for flowmark's benchmarks: a generator of large, valid P4 programs (many header types,
//! parser states, tables and actions) for measuring front-end speed in lines per second.
#![forbid(unsafe_code)]

use std::fmt::Write;

/// A valid flowmark program with `units` header types, parser states, actions and tables.
pub fn generate_program(units: usize) -> String {
    let mut p = String::from("#include <core.p4>\n#include <flowmark.p4>\n\n");
    p.push_str("header ethernet_t { bit<48> dst; bit<48> src; bit<16> ether_type; }\n");
    for i in 0..units {
        let _ = writeln!(p, "header h{i}_t {{\n    bit<8> kind;\n    bit<8> length;\n    bit<16> value;\n    bit<32> data;\n}}");
    }
    p.push_str("struct headers_t {\n    ethernet_t ethernet;\n");
    for i in 0..units {
        let _ = writeln!(p, "    h{i}_t h{i};");
    }
    p.push_str("}\nstruct metadata_t { bit<32> acc; bit<16> last; }\n\n");
    p.push_str("parser prs(packet_in packet, out headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {\n");
    p.push_str("    state start {\n        packet.extract(hdr.ethernet);\n        transition select(hdr.ethernet.ether_type) {\n");
    for i in 0..units {
        let _ = writeln!(p, "            16w{} : parse_h{i};", 0x1000 + i);
    }
    p.push_str("            default : accept;\n        }\n    }\n");
    for i in 0..units {
        let _ = writeln!(
            p,
            "    state parse_h{i} {{\n        packet.extract(hdr.h{i});\n        meta.last = hdr.h{i}.value;\n        transition accept;\n    }}"
        );
    }
    p.push_str("}\n\ncontrol pipe(inout headers_t hdr, inout metadata_t meta, inout standard_metadata_t standard_metadata) {\n");
    for i in 0..units {
        let _ = writeln!(
            p,
            "    action set{i}(bit<32> v, bit<32> port) {{\n        hdr.h{i}.data = v + (bit<32>) hdr.h{i}.value;\n        meta.acc = meta.acc ^ (v << 2);\n        standard_metadata.out_port = port;\n        standard_metadata.verdict = verdict_t.REDIRECT;\n    }}"
        );
        let _ = writeln!(
            p,
            "    table t{i} {{\n        key = {{ hdr.h{i}.kind : exact; hdr.h{i}.data : lpm; }}\n        actions = {{ set{i}; NoAction; }}\n        default_action = NoAction();\n        size = 256;\n    }}"
        );
    }
    p.push_str("    apply {\n");
    for i in 0..units {
        let _ = writeln!(p, "        if (hdr.h{i}.isValid() && hdr.h{i}.length > 8w{}) {{\n            t{i}.apply();\n        }}", i % 200);
    }
    p.push_str("    }\n}\n\nFlowmark(prs(), pipe()) main;\n");
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use flowmark_grammar::{FileLoader, SourceMap};

    struct NoFiles;
    impl FileLoader for NoFiles {
        fn load(&self, path: &str) -> Result<String, String> {
            Err(path.to_string())
        }
    }

    #[test]
    fn generated_program_compiles() {
        let mut sources = SourceMap::default();
        let main = sources.add("generated.p4", generate_program(20));
        let (module, diagnostics) = flowmark_compiler::compile_source(&mut sources, main, &NoFiles, "generated");
        let module = module.unwrap_or_else(|| panic!("{}", flowmark_grammar::render(&sources, &diagnostics)));
        assert_eq!(module.tables.len(), 20);
    }
}
