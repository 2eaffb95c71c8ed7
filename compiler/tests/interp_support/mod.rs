//! Hand-built IR modules for the interpreter and STF tests: a small module builder, a function
//! builder with one-line instruction helpers, and the ethernet -> ipv4 skeleton most tests use.
#![allow(dead_code)]

use cranelift_entity::PrimaryMap;
use flowmark_compiler::grammar::Span;
use flowmark_compiler::ir::*;

pub const ETH_FIELDS: &[(&str, u16)] = &[("dstAddr", 48), ("srcAddr", 48), ("etherType", 16)];
pub const IPV4_FIELDS: &[(&str, u16)] = &[
    ("version", 4),
    ("ihl", 4),
    ("diffserv", 8),
    ("totalLen", 16),
    ("identification", 16),
    ("flags", 3),
    ("fragOffset", 13),
    ("ttl", 8),
    ("protocol", 8),
    ("hdrChecksum", 16),
    ("srcAddr", 32),
    ("dstAddr", 32),
];
/// Field indexes.
pub const ETH_DST: u16 = 0;
pub const ETH_SRC: u16 = 1;
pub const ETH_TYPE: u16 = 2;
pub const IP_TTL: u16 = 7;
pub const IP_PROTO: u16 = 8;
pub const IP_CSUM: u16 = 9;
pub const IP_SRC: u16 = 10;
pub const IP_DST: u16 = 11;

pub fn empty_function(name: &str) -> Function {
    let mut blocks = PrimaryMap::new();
    let entry = blocks.push(BlockData {
        name: None,
        insts: vec![],
        spans: vec![],
        terminator: Terminator::Return,
        terminator_span: Span::default(),
    });
    Function { name: name.into(), entry, blocks, values: PrimaryMap::new() }
}

/// A module under construction.
pub struct ModuleBuilder {
    pub m: Module,
}

impl ModuleBuilder {
    /// An empty module with p4c's error names and the architecture's standard variables.
    pub fn new(architecture: Architecture) -> Self {
        let errors = [
            "NoError",
            "PacketTooShort",
            "NoMatch",
            "StackOutOfBounds",
            "HeaderTooShort",
            "ParserTimeout",
            "ParserInvalidArgument",
        ];
        let mut m = Module {
            name: "test".into(),
            architecture,
            header_types: PrimaryMap::new(),
            headers: PrimaryMap::new(),
            stacks: vec![],
            variables: PrimaryMap::new(),
            tables: PrimaryMap::new(),
            actions: PrimaryMap::new(),
            maps: PrimaryMap::new(),
            hints: PrimaryMap::new(),
            counters: PrimaryMap::new(),
            errors: errors.iter().map(|s| s.to_string()).collect(),
            standard: StandardVariables::default(),
            parser: empty_function("prs"),
            control: empty_function("pipe"),
        };
        let mut var =
            |name: &str, ty: Type| Some(m.variables.push(Variable { name: name.into(), ty, kind: VarKind::Standard }));
        let mut std = StandardVariables::default();
        match architecture {
            Architecture::Flowmark => {
                std.in_port = var("standard_metadata.in_port", Type::bits(32));
                std.packet_length = var("standard_metadata.packet_length", Type::bits(32));
                std.mark = var("standard_metadata.mark", Type::bits(32));
                std.out_port = var("standard_metadata.out_port", Type::bits(32));
                std.verdict = var("standard_metadata.verdict", Type::bits(2));
                std.parser_error = var("standard_metadata.parser_error", Type::bits(8));
            }
            Architecture::EbpfFilter => {
                std.pass = var("pass", Type::Bool);
            }
        }
        m.standard = std;
        ModuleBuilder { m }
    }

    pub fn header_type(&mut self, name: &str, fields: &[(&str, u16)]) -> HeaderTypeId {
        let mut offset = 0;
        let fields = fields
            .iter()
            .map(|&(n, w)| {
                let f = HeaderField { name: n.into(), width: w, bit_offset: offset };
                offset += u32::from(w);
                f
            })
            .collect();
        self.m.header_types.push(HeaderType { name: name.into(), fields, size_bits: offset, span: Span::default() })
    }

    pub fn header(&mut self, name: &str, ty: HeaderTypeId) -> HeaderId {
        self.m.headers.push(HeaderInstance { name: name.into(), ty, stack: None })
    }

    pub fn var(&mut self, name: &str, ty: Type) -> VarId {
        self.m.variables.push(Variable { name: name.into(), ty, kind: VarKind::Metadata })
    }

    pub fn action(&mut self, name: &str, params: &[(&str, Type)]) -> ActionId {
        let params = params.iter().map(|&(n, ty)| ActionParam { name: n.into(), ty }).collect();
        self.m.actions.push(Action { name: name.into(), params, span: Span::default() })
    }

    pub fn table(
        &mut self,
        name: &str,
        keys: &[(&str, Type, MatchKind)],
        actions: &[ActionId],
        default: ActionCall,
    ) -> TableId {
        let keys = keys.iter().map(|&(n, ty, k)| TableKey { name: n.into(), ty, match_kind: k }).collect();
        self.m.tables.push(Table {
            name: name.into(),
            keys,
            actions: actions.to_vec(),
            default_action: default,
            default_is_const: false,
            size: 1024,
            implementation: TableImplementation::Hash,
            const_entries: None,
            dynamic: false,
            span: Span::default(),
        })
    }

    pub fn map(&mut self, name: &str, kind: MapKind, size: u32, key: &[(&str, Type)], value: &[(&str, Type)]) -> MapId {
        let layout = |fs: &[(&str, Type)]| fs.iter().map(|&(n, ty)| LayoutField { name: n.into(), ty }).collect();
        self.m.maps.push(MapDecl {
            name: name.into(),
            kind,
            size,
            key: layout(key),
            value: layout(value),
            span: Span::default(),
        })
    }

    pub fn hint(&mut self, name: &str, size: u32, key: &[(&str, Type)]) -> HintId {
        let key = key.iter().map(|&(n, ty)| LayoutField { name: n.into(), ty }).collect();
        self.m.hints.push(HintDecl { name: name.into(), size, key, span: Span::default() })
    }

    pub fn counter(&mut self, name: &str, kind: CounterKind, size: u32) -> CounterId {
        self.m.counters.push(CounterDecl { name: name.into(), kind, size, span: Span::default() })
    }

    pub fn err(&self, name: &str) -> u32 {
        self.m.error_index(name).unwrap()
    }
}

/// A function under construction; instructions go to the current block.
pub struct FnBuilder {
    pub f: Function,
    pub cur: Block,
}

impl FnBuilder {
    pub fn new(name: &str) -> Self {
        let f = empty_function(name);
        let cur = f.entry;
        FnBuilder { f, cur }
    }
    pub fn block(&mut self) -> Block {
        self.f.blocks.push(BlockData {
            name: None,
            insts: vec![],
            spans: vec![],
            terminator: Terminator::Return,
            terminator_span: Span::default(),
        })
    }
    pub fn at(&mut self, b: Block) {
        self.cur = b;
    }
    pub fn value(&mut self, ty: Type) -> Value {
        self.f.values.push(ty)
    }
    pub fn push(&mut self, inst: Inst) {
        let b = &mut self.f.blocks[self.cur];
        b.insts.push(inst);
        b.spans.push(Span::default());
    }
    pub fn term(&mut self, t: Terminator) {
        self.f.blocks[self.cur].terminator = t;
    }
    pub fn konst(&mut self, value: u128, ty: Type) -> Value {
        let result = self.value(ty);
        self.push(Inst::Const { result, value });
        result
    }
    pub fn read_var(&mut self, m: &Module, var: VarId) -> Value {
        let result = self.value(m.variables[var].ty);
        self.push(Inst::ReadVar { result, var });
        result
    }
    pub fn write_var(&mut self, var: VarId, value: Value) {
        self.push(Inst::WriteVar { var, value });
    }
    pub fn set_var(&mut self, m: &Module, var: VarId, value: u128) {
        let v = self.konst(value, m.variables[var].ty);
        self.write_var(var, v);
    }
    pub fn read_field(&mut self, m: &Module, header: HeaderId, field: u16) -> Value {
        let width = m.header_type(header).fields[field as usize].width;
        let result = self.value(Type::bits(width));
        self.push(Inst::ReadField { result, header, field });
        result
    }
    pub fn write_field(&mut self, header: HeaderId, field: u16, value: Value) {
        self.push(Inst::WriteField { header, field, value });
    }
    pub fn binary(&mut self, op: BinaryOp, lhs: Value, rhs: Value, ty: Type) -> Value {
        let result = self.value(ty);
        self.push(Inst::Binary { result, op, lhs, rhs });
        result
    }
    pub fn extract(&mut self, header: HeaderId) {
        self.push(Inst::Extract { header });
    }
}

/// The ethernet -> ipv4 program pieces: header instances and the standard parser
/// (`start`: extract ethernet, select etherType 0x0800 -> `parse_ipv4`, default accept;
/// `parse_ipv4`: extract ipv4, accept).
pub struct EthIpv4 {
    pub b: ModuleBuilder,
    pub eth: HeaderId,
    pub ipv4: HeaderId,
}

impl EthIpv4 {
    pub fn new(architecture: Architecture) -> Self {
        let mut b = ModuleBuilder::new(architecture);
        let eth_t = b.header_type("ethernet_t", ETH_FIELDS);
        let ipv4_t = b.header_type("ipv4_t", IPV4_FIELDS);
        let eth = b.header("hdr.ethernet", eth_t);
        let ipv4 = b.header("hdr.ipv4", ipv4_t);
        let mut p = FnBuilder::new("prs");
        let parse_ipv4 = p.block();
        p.extract(eth);
        let et = p.read_field(&b.m, eth, ETH_TYPE);
        p.term(Terminator::Select {
            keys: vec![et],
            cases: vec![SelectCase { keysets: vec![KeySet::Value(0x0800)], target: SelectTarget::Block(parse_ipv4) }],
            default: SelectTarget::Accept,
        });
        p.at(parse_ipv4);
        p.extract(ipv4);
        p.term(Terminator::Accept);
        b.m.parser = p.f;
        EthIpv4 { b, eth, ipv4 }
    }

    /// Finish with `control` as the control function.
    pub fn finish(mut self, control: FnBuilder) -> Module {
        self.b.m.control = control.f;
        self.b.m
    }
}

/// Bytes from hex text (spaces allowed).
pub fn bytes(hex: &str) -> Vec<u8> {
    let digits: Vec<u8> = hex.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_digit(16).unwrap() as u8).collect();
    digits.chunks(2).map(|p| (p[0] << 4) | p[1]).collect()
}

/// ethernet (dst 000000000001, src 000000000002, type 0800) + the 20-byte IPv4 header
/// 192.168.0.1 -> 192.168.0.199, TTL 64, UDP, checksum b861 + 4 payload bytes.
pub fn ipv4_packet() -> Vec<u8> {
    bytes("000000000001 000000000002 0800 4500 0073 0000 4000 4011 b861 c0a8 0001 c0a8 00c7 deadbeef")
}

/// The same packet with the IPv4 checksum zeroed.
pub fn ipv4_packet_no_checksum() -> Vec<u8> {
    bytes("000000000001 000000000002 0800 4500 0073 0000 4000 4011 0000 c0a8 0001 c0a8 00c7 deadbeef")
}

/// The program the STF tests run (flowmark architecture, ethernet -> ipv4 parser):
/// - hint `pipe.h` (key `dst`) sets the mark;
/// - table `pipe.fwd` on `hdr.ethernet.dstAddr` (exact): `pipe.set_mark(m)`, `pipe.redirect(port)`,
///   `pipe.rewrite(src)` (ethernet source := src), `pipe.Reject()`, `NoAction()` (default);
/// - if ipv4 is valid, table `pipe.acl` on `hdr.ipv4.srcAddr` (ternary), `hdr.ipv4.dstAddr` (lpm),
///   `hdr.ipv4.protocol` (range): `pipe.set_mark(m)`, `pipe.Reject()`, `NoAction()` (default);
/// - counters `pipe.pkts` (packets and bytes, size 8) index 0 and `pipe.simple` (packets, size 4)
///   index 1 count every accepted packet;
/// - map `pipe.flows` (hash, size 16): key `src` = ipv4 source, value `packets` += 1 and `ttl` =
///   ipv4 ttl.
pub struct StfProgram {
    pub m: Module,
    pub fwd: TableId,
    pub acl: TableId,
    pub flows: MapId,
    pub pkts: CounterId,
}

pub fn stf_program() -> StfProgram {
    let mut p = EthIpv4::new(Architecture::Flowmark);
    let (eth, ipv4) = (p.eth, p.ipv4);
    let b = &mut p.b;
    let std = b.m.standard.clone();
    let set_mark = b.action("pipe.set_mark", &[("m", Type::bits(32))]);
    let redirect = b.action("pipe.redirect", &[("port", Type::bits(32))]);
    let rewrite = b.action("pipe.rewrite", &[("src", Type::bits(48))]);
    let reject = b.action("pipe.Reject", &[]);
    let no_action = b.action("NoAction", &[]);
    let noop = ActionCall { action: no_action, args: vec![] };
    let fwd = b.table(
        "pipe.fwd",
        &[("hdr.ethernet.dstAddr", Type::bits(48), MatchKind::Exact)],
        &[set_mark, redirect, rewrite, reject, no_action],
        noop.clone(),
    );
    let acl = b.table(
        "pipe.acl",
        &[
            ("hdr.ipv4.srcAddr", Type::bits(32), MatchKind::Ternary),
            ("hdr.ipv4.dstAddr", Type::bits(32), MatchKind::Lpm),
            ("hdr.ipv4.protocol", Type::bits(8), MatchKind::Range),
        ],
        &[set_mark, reject, no_action],
        noop,
    );
    let hint = b.hint("pipe.h", 16, &[("dst", Type::bits(32))]);
    let pkts = b.counter("pipe.pkts", CounterKind::PacketsAndBytes, 8);
    let simple = b.counter("pipe.simple", CounterKind::Packets, 4);
    let flows = b.map(
        "pipe.flows",
        MapKind::Hash,
        16,
        &[("src", Type::bits(32))],
        &[("packets", Type::bits(32)), ("ttl", Type::bits(8))],
    );

    let mut c = FnBuilder::new("pipe");
    let dst = c.read_field(&b.m, ipv4, IP_DST);
    let hint_hit = c.value(Type::Bool);
    c.push(Inst::HintApply { hint, key: vec![dst], hit: hint_hit });
    let mac = c.read_field(&b.m, eth, ETH_DST);
    let (hit, action) = (c.value(Type::Bool), c.value(Type::bits(32)));
    let params = vec![c.value(Type::bits(32)), c.value(Type::bits(32)), c.value(Type::bits(48))];
    c.push(Inst::TableApply { table: fwd, keys: vec![mac], hit, action, params: params.clone() });
    let (b_mark, b_redirect, b_rewrite, b_reject, acl_blk) = (c.block(), c.block(), c.block(), c.block(), c.block());
    c.term(Terminator::Switch {
        value: action,
        cases: vec![
            (set_mark.as_u32() as u128, b_mark),
            (redirect.as_u32() as u128, b_redirect),
            (rewrite.as_u32() as u128, b_rewrite),
            (reject.as_u32() as u128, b_reject),
        ],
        default: acl_blk,
    });
    c.at(b_mark);
    c.write_var(std.mark.unwrap(), params[0]);
    c.term(Terminator::Jump(acl_blk));
    c.at(b_redirect);
    c.set_var(&b.m, std.verdict.unwrap(), VERDICT_REDIRECT);
    c.write_var(std.out_port.unwrap(), params[1]);
    c.term(Terminator::Jump(acl_blk));
    c.at(b_rewrite);
    c.write_field(eth, ETH_SRC, params[2]);
    c.term(Terminator::Jump(acl_blk));
    c.at(b_reject);
    c.set_var(&b.m, std.verdict.unwrap(), VERDICT_DROP);
    c.term(Terminator::Jump(acl_blk));

    c.at(acl_blk);
    let (acl_apply, tail) = (c.block(), c.block());
    let valid = c.value(Type::Bool);
    c.push(Inst::IsValid { result: valid, header: ipv4 });
    c.term(Terminator::Branch { cond: valid, if_true: acl_apply, if_false: tail });
    c.at(acl_apply);
    let src = c.read_field(&b.m, ipv4, IP_SRC);
    let proto = c.read_field(&b.m, ipv4, IP_PROTO);
    let (hit, action) = (c.value(Type::Bool), c.value(Type::bits(32)));
    let q = vec![c.value(Type::bits(32))];
    c.push(Inst::TableApply { table: acl, keys: vec![src, dst, proto], hit, action, params: q.clone() });
    let (a_mark, a_reject) = (c.block(), c.block());
    c.term(Terminator::Switch {
        value: action,
        cases: vec![(set_mark.as_u32() as u128, a_mark), (reject.as_u32() as u128, a_reject)],
        default: tail,
    });
    c.at(a_mark);
    c.write_var(std.mark.unwrap(), q[0]);
    c.term(Terminator::Jump(tail));
    c.at(a_reject);
    c.set_var(&b.m, std.verdict.unwrap(), VERDICT_DROP);
    c.term(Terminator::Jump(tail));

    c.at(tail);
    let (zero, one) = (c.konst(0, Type::bits(32)), c.konst(1, Type::bits(32)));
    c.push(Inst::Count { counter: pkts, index: zero, packets: one });
    c.push(Inst::Count { counter: simple, index: one, packets: one });
    let src = c.read_field(&b.m, ipv4, IP_SRC);
    let ttl = c.read_field(&b.m, ipv4, IP_TTL);
    let (found, n, old_ttl) = (c.value(Type::Bool), c.value(Type::bits(32)), c.value(Type::bits(8)));
    c.push(Inst::MapLookup { map: flows, key: vec![src], found, values: vec![n, old_ttl] });
    let n1 = c.binary(BinaryOp::Add, n, one, Type::bits(32));
    c.push(Inst::MapUpdate { map: flows, key: vec![src], values: vec![n1, ttl] });
    c.term(Terminator::Return);
    StfProgram { m: p.finish(c), fwd, acl, flows, pkts }
}
