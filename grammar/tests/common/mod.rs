//! Helpers shared by the grammar's integration tests: an in-memory [`FileLoader`], one-call parsing
//! of a source string, and a fully parenthesised printer for expressions (to check precedence).
#![allow(dead_code)]

use std::collections::HashMap;

use flowmark_grammar::ast::*;
use flowmark_grammar::{parse_program, Diagnostic, FileLoader, SourceMap};

/// Files by path; anything else is "not found".
#[derive(Debug, Default)]
pub struct MapLoader(pub HashMap<String, String>);

impl MapLoader {
    pub fn new(files: &[(&str, &str)]) -> Self {
        MapLoader(files.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }
}

impl FileLoader for MapLoader {
    fn load(&self, path: &str) -> Result<String, String> {
        self.0.get(path).cloned().ok_or_else(|| format!("no such file: {path}"))
    }
}

#[derive(Debug)]
pub struct Parsed {
    pub program: Option<Program>,
    pub diagnostics: Vec<Diagnostic>,
    pub sources: SourceMap,
}

impl Parsed {
    pub fn errors(&self) -> Vec<&Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error()).collect()
    }
    pub fn codes(&self) -> Vec<&'static str> {
        self.diagnostics.iter().map(|d| d.code).collect()
    }
    pub fn rendered(&self) -> String {
        flowmark_grammar::render(&self.sources, &self.diagnostics)
    }
    /// The program, asserting there were no diagnostics at all.
    pub fn ok(&self) -> &Program {
        assert!(self.diagnostics.is_empty(), "unexpected diagnostics:\n{}", self.rendered());
        self.program.as_ref().expect("a program")
    }
    /// The declarations of the main file (those whose spans point into file 0).
    pub fn main_declarations(&self) -> Vec<&Declaration> {
        self.ok().declarations.iter().filter(|d| d.span.file.0 == 0).collect()
    }
}

pub fn parse_with(name: &str, source: &str, loader: &dyn FileLoader) -> Parsed {
    let mut sources = SourceMap::default();
    let main = sources.add(name, source);
    let (program, diagnostics) = parse_program(&mut sources, main, loader);
    Parsed { program, diagnostics, sources }
}

pub fn parse(source: &str) -> Parsed {
    parse_with("main.p4", source, &MapLoader::default())
}

/// Parse `source` as the value of a constant and return that expression.
pub fn parse_expr(source: &str) -> Expr {
    let text = format!("const bit<8> x = {source};");
    let parsed = parse(&text);
    let program = parsed.ok();
    match &program.declarations[0].kind {
        DeclarationKind::Constant { value, .. } => value.clone(),
        other => panic!("not a constant: {other:?}"),
    }
}

/// Print an expression with every compound sub-expression in parentheses.
pub fn show(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Int { value, width, signed } => match width {
            Some(w) => format!("{w}{}{value}", if *signed { "s" } else { "w" }),
            None => value.to_string(),
        },
        ExprKind::Bool(b) => b.to_string(),
        ExprKind::String(s) => format!("{s:?}"),
        ExprKind::Name(id) => id.name.clone(),
        ExprKind::Member { base, member } => format!("{}.{}", show(base), member.name),
        ExprKind::Index { base, index } => format!("{}[{}]", show(base), show(index)),
        ExprKind::Slice { base, hi, lo } => format!("{}[{}:{}]", show(base), show(hi), show(lo)),
        ExprKind::Call { callee, type_args, args } => {
            let targs = if type_args.is_empty() {
                String::new()
            } else {
                format!("<{}>", type_args.iter().map(show_type).collect::<Vec<_>>().join(", "))
            };
            let args: Vec<String> = args
                .iter()
                .map(|a| {
                    let value = a.value.as_ref().map_or("_".to_string(), show);
                    match &a.name {
                        Some(n) => format!("{} = {value}", n.name),
                        None => value,
                    }
                })
                .collect();
            format!("{}{targs}({})", show(callee), args.join(", "))
        }
        ExprKind::Unary { op, operand } => {
            let sym = match op {
                UnaryOp::Not => "!",
                UnaryOp::Complement => "~",
                UnaryOp::Negate => "-",
                UnaryOp::Plus => "+",
            };
            format!("({sym}{})", show(operand))
        }
        ExprKind::Binary { op, lhs, rhs } => format!("({} {} {})", show(lhs), op.symbol(), show(rhs)),
        ExprKind::Ternary { cond, then_value, else_value } => {
            format!("({} ? {} : {})", show(cond), show(then_value), show(else_value))
        }
        ExprKind::Cast { ty, operand } => format!("(({}) {})", show_type(ty), show(operand)),
        ExprKind::List(items) => format!("{{{}}}", items.iter().map(show).collect::<Vec<_>>().join(", ")),
        ExprKind::StructInit(fields) => format!(
            "{{{}}}",
            fields.iter().map(|(n, v)| format!("{} = {}", n.name, show(v))).collect::<Vec<_>>().join(", ")
        ),
        ExprKind::ErrorMember(id) => format!("error.{}", id.name),
        ExprKind::DontCare => "_".to_string(),
    }
}

pub fn show_type(t: &TypeRef) -> String {
    match &t.kind {
        TypeRefKind::Bit(w) => format!("bit<{}>", show(w)),
        TypeRefKind::Int(w) => format!("int<{}>", show(w)),
        TypeRefKind::Varbit(w) => format!("varbit<{}>", show(w)),
        TypeRefKind::Bool => "bool".to_string(),
        TypeRefKind::Void => "void".to_string(),
        TypeRefKind::Error => "error".to_string(),
        TypeRefKind::Named { name, args } => {
            if args.is_empty() {
                name.name.clone()
            } else {
                format!("{}<{}>", name.name, args.iter().map(show_type).collect::<Vec<_>>().join(", "))
            }
        }
        TypeRefKind::Stack { element, size } => format!("{}[{}]", show_type(element), show(size)),
        TypeRefKind::DontCare => "_".to_string(),
    }
}

/// The sample from p4c's eBPF back end, unchanged.
pub const EBPF_SAMPLE: &str = r#"#include <core.p4>
#include <ebpf_model.p4>
typedef bit<48> EthernetAddress;
typedef bit<32> IPv4Address;
header Ethernet_h { EthernetAddress dstAddr; EthernetAddress srcAddr; bit<16> etherType; }
header IPv4_h { bit<4> version; bit<4> ihl; bit<8> diffserv; bit<16> totalLen; bit<16> identification; bit<3> flags; bit<13> fragOffset; bit<8> ttl; bit<8> protocol; bit<16> hdrChecksum; IPv4Address srcAddr; IPv4Address dstAddr; }
struct Headers_t { Ethernet_h ethernet; IPv4_h ipv4; }
parser prs(packet_in p, out Headers_t headers) {
    state start { p.extract(headers.ethernet); transition select(headers.ethernet.etherType) { 16w0x800 : ip; default : reject; } }
    state ip { p.extract(headers.ipv4); transition accept; }
}
control pipe(inout Headers_t headers, out bool pass) {
    action Reject(IPv4Address add) { pass = false; headers.ipv4.srcAddr = add; }
    table Check_src_ip {
        key = { headers.ipv4.srcAddr : exact; }
        actions = { Reject; NoAction; }
        implementation = hash_table(1024);
        const default_action = NoAction;
    }
    apply {
        pass = true;
        if (!headers.ipv4.isValid()) { pass = false; return; }
        switch (Check_src_ip.apply().action_run) {
            Reject: { pass = false; }
            NoAction: {}
        }
    }
}
ebpfFilter(prs(), pipe()) main;
"#;
