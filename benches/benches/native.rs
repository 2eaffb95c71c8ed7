//! Native target speed: nanoseconds per packet of `ovs_hint`, `acl`, `stateful_firewall` and `p0f`
//! JIT-compiled by flowmark, next to (a) a hand-written Rust equivalent of each program (same logic,
//! same table contents, `FxHashMap`s and linear rule lists) and (b) the same logic written in C,
//! compiled by clang to BPF (`benches/bpf/*.c`) and run by rbpf 0.4's x86 JIT (`EbpfVmMbuff`, maps
//! through registered helpers over `FxHashMap`s; skipped when clang or llvm-objcopy is missing),
//! plus JIT compile latency per pipeline. Each pipeline gets the control-plane lines of its STF
//! file; each measured packet is one of the STF's packets, chosen to walk the whole program (hint
//! hit, all three ACL tables, an established connection, a SYN with five options).
#![allow(unsafe_code)] // rbpf's JIT entry and its helpers' raw pointers, and the native entry on a raw buffer.

use std::collections::HashMap;
use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion};
use flowmark_compiler::ir::Module;
use flowmark_compiler::stf::{apply_control, parse_stf, Statement};
use flowmark_grammar::{FileLoader, SourceMap};
use flowmark_native::{Jit, NativePipeline};
use flowmark_runtime::Context;
use rustc_hash::FxBuildHasher;

type FxMap<K, V> = HashMap<K, V, FxBuildHasher>;

struct Files;
impl FileLoader for Files {
    fn load(&self, path: &str) -> Result<String, String> {
        std::fs::read_to_string(root().join("examples").join(path)).map_err(|e| e.to_string())
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn compile(name: &str) -> (Module, String) {
    let text = std::fs::read_to_string(root().join(format!("examples/{name}.p4"))).expect("example");
    let mut sources = SourceMap::default();
    let main = sources.add(format!("{name}.p4"), text);
    let (module, _) = flowmark_compiler::compile_source(&mut sources, main, &Files, name);
    let stf = std::fs::read_to_string(root().join(format!("examples/{name}.stf"))).expect("stf");
    (module.expect("compiles"), stf)
}

/// A JIT pipeline with the STF's control-plane lines applied, and the STF's packets in order.
fn native(name: &str) -> (NativePipeline, Vec<(u32, Vec<u8>)>) {
    let (module, stf) = compile(name);
    let mut pipeline = NativePipeline::new(&module).expect("JIT");
    let (statements, errors) = parse_stf(&module, &stf);
    assert!(errors.is_empty(), "{errors:?}");
    let mut packets = Vec::new();
    for (_, s) in statements {
        match s {
            Statement::Control(c) => apply_control(&mut pipeline, &c).expect("control line"),
            Statement::Packet { port, data, .. } => packets.push((port, data)),
            _ => {}
        }
    }
    (pipeline, packets)
}

fn hex(s: &str) -> Vec<u8> {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex")).collect()
}

/// Big-endian reads that return None past the end (the hand-written code's bounds checks).
fn be16(p: &[u8], o: usize) -> Option<u16> {
    Some(u16::from_be_bytes(p.get(o..o + 2)?.try_into().ok()?))
}
fn be32(p: &[u8], o: usize) -> Option<u32> {
    Some(u32::from_be_bytes(p.get(o..o + 4)?.try_into().ok()?))
}

const PASS: u32 = 0;
const DROP: u32 = 1;

// ---------------------------------------------------------------- ovs_hint, by hand

#[derive(Default)]
struct OvsHint {
    flows4: FxMap<(u16, u32, u32, u8, u16, u16), u32>,
    flows6: FxMap<(u16, u128, u128, u8, u16, u16), u32>,
    stats: [(u64, u64); 3],
}

impl OvsHint {
    fn run(&mut self, p: &[u8], mark: &mut u32) -> u32 {
        let Some(mut ethertype) = be16(p, 12) else { return DROP };
        let mut off = 14;
        let mut vlan = 0u16;
        if ethertype == 0x8100 {
            let (Some(tci), Some(et)) = (be16(p, off), be16(p, off + 2)) else { return DROP };
            vlan = tci & 0x0fff;
            ethertype = et;
            off += 4;
        }
        let count = |s: &mut Self, i: usize| {
            s.stats[i].0 += 1;
            s.stats[i].1 += p.len() as u64;
        };
        let ports = |o: usize| -> Option<(u16, u16)> { Some((be16(p, o)?, be16(p, o + 2)?)) };
        let hit = match ethertype {
            0x0800 => {
                let Some(h) = p.get(off..off + 20) else { return DROP };
                let ihl = usize::from(h[0] & 0x0f);
                let (proto, frag) = (h[9], u16::from_be_bytes([h[6], h[7]]) & 0x1fff);
                let (src, dst) = (be32(h, 12).unwrap_or(0), be32(h, 16).unwrap_or(0));
                let mut l4 = off + 20;
                let mut sp = (0, 0);
                if ihl >= 5 {
                    if ihl > 5 {
                        l4 += (ihl - 5) * 4;
                        if l4 > p.len() {
                            return DROP;
                        }
                    }
                    if frag == 0 && (proto == 6 || proto == 17) {
                        match ports(l4) {
                            Some(x) => sp = x,
                            None => return DROP,
                        }
                    }
                }
                self.flows4.get(&(vlan, src, dst, proto, sp.0, sp.1)).copied()
            }
            0x86dd => {
                let Some(h) = p.get(off..off + 40) else { return DROP };
                let next = h[6];
                let src = u128::from_be_bytes(h[8..24].try_into().unwrap());
                let dst = u128::from_be_bytes(h[24..40].try_into().unwrap());
                let mut sp = (0, 0);
                if next == 6 || next == 17 {
                    match ports(off + 40) {
                        Some(x) => sp = x,
                        None => return DROP,
                    }
                }
                self.flows6.get(&(vlan, src, dst, next, sp.0, sp.1)).copied()
            }
            _ => {
                count(self, 2);
                return PASS;
            }
        };
        match hit {
            Some(m) => {
                *mark = m;
                count(self, 0);
            }
            None => count(self, 1),
        }
        PASS
    }
}

// ---------------------------------------------------------------- acl, by hand

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum AclAction {
    Trust(u32),
    Deny(u32),
    Allow(u32),
    Monitor(u32),
    NoAction,
}

/// ((protocol value, mask), (source port value, mask), (destination port value, mask), action).
type AclRule = ((u8, u8), (u16, u16), (u16, u16), AclAction);

struct Acl {
    /// (value, mask, action), longest prefix first.
    src_prefix: Vec<(u32, u32, AclAction)>,
    /// Highest priority first.
    rules: Vec<AclRule>,
    rules_default: AclAction,
    service: FxMap<(u8, u16), AclAction>,
    stats: Vec<(u64, u64)>,
}

impl Acl {
    fn new() -> Self {
        use AclAction::*;
        let mut service = FxMap::default();
        service.insert((6, 22), Allow(30));
        service.insert((6, 443), Allow(31));
        service.insert((6, 8080), Allow(32));
        service.insert((1, 0), Allow(33));
        Acl {
            src_prefix: vec![(0xc0a8_6400, 0xffff_ff00, Deny(12)), (0x0a42_0000, 0xffff_0000, Deny(10)), (0xc0a8_0000, 0xffff_0000, Trust(11))],
            rules: vec![
                ((6, 0xff), (0, 0xffff), (0, 0), Deny(21)),
                ((6, 0xff), (0, 0), (23, 0xffff), Deny(20)),
                ((17, 0xff), (0, 0), (53, 0xffff), Allow(22)),
                ((6, 0xff), (0, 0), (0x1f90, 0xfff0), Monitor(23)),
            ],
            rules_default: NoAction,
            service,
            stats: vec![(0, 0); 256],
        }
    }

    fn run(&mut self, p: &[u8]) -> u32 {
        let len = p.len() as u64;
        let mut verdict = PASS;
        let count = |stats: &mut Vec<(u64, u64)>, i: u32| {
            if let Some(c) = stats.get_mut(i as usize) {
                c.0 += 1;
                c.1 += len;
            }
        };
        let Some(ethertype) = be16(p, 12) else { return DROP };
        if ethertype != 0x0800 {
            count(&mut self.stats, 0);
            return PASS;
        }
        let Some(h) = p.get(14..34) else { return DROP };
        let ihl = usize::from(h[0] & 0x0f);
        if ihl < 5 {
            return DROP;
        }
        let l4 = 14 + ihl * 4;
        if l4 > p.len() {
            return DROP;
        }
        let (proto, frag, src) = (h[9], u16::from_be_bytes([h[6], h[7]]) & 0x1fff, be32(h, 12).unwrap_or(0));
        let (mut sport, mut dport) = (0, 0);
        if frag == 0 && (proto == 6 || proto == 17) {
            match (be16(p, l4), be16(p, l4 + 2)) {
                (Some(s), Some(d)) => (sport, dport) = (s, d),
                _ => return DROP,
            }
        }
        let apply = |a: AclAction, verdict: &mut u32, stats: &mut Vec<(u64, u64)>| match a {
            AclAction::Trust(r) | AclAction::Monitor(r) => count(stats, r),
            AclAction::Deny(r) => {
                *verdict = DROP;
                count(stats, r)
            }
            AclAction::Allow(r) => {
                *verdict = PASS;
                count(stats, r)
            }
            AclAction::NoAction => {}
        };
        let a = self.src_prefix.iter().find(|(v, m, _)| src & m == *v).map_or(AclAction::NoAction, |e| e.2);
        apply(a, &mut verdict, &mut self.stats);
        if matches!(a, AclAction::Trust(_) | AclAction::Deny(_)) {
            return verdict;
        }
        let a = self
            .rules
            .iter()
            .find(|(p, s, d, _)| proto & p.1 == p.0 && sport & s.1 == s.0 && dport & d.1 == d.0)
            .map_or(self.rules_default, |e| e.3);
        apply(a, &mut verdict, &mut self.stats);
        if matches!(a, AclAction::Allow(_) | AclAction::Deny(_)) {
            return verdict;
        }
        let a = self.service.get(&(proto, dport)).copied().unwrap_or(AclAction::Deny(2));
        apply(a, &mut verdict, &mut self.stats);
        verdict
    }
}

// ---------------------------------------------------------------- stateful_firewall, by hand

#[derive(Default)]
struct Firewall {
    conns: FxMap<(u32, u32, u16, u16), u8>,
    stats: [(u64, u64); 3],
}

impl Firewall {
    fn run(&mut self, p: &[u8], in_port: u32) -> u32 {
        let len = p.len() as u64;
        let count = |s: &mut [(u64, u64); 3], i: usize| {
            s[i].0 += 1;
            s[i].1 += len;
        };
        let Some(ethertype) = be16(p, 12) else { return DROP };
        if ethertype != 0x0800 {
            return PASS;
        }
        let Some(h) = p.get(14..34) else { return DROP };
        let ihl = usize::from(h[0] & 0x0f);
        if ihl < 5 {
            return DROP;
        }
        let l4 = 14 + ihl * 4;
        if l4 > p.len() {
            return DROP;
        }
        let inside = in_port == 1;
        let (proto, frag) = (h[9], u16::from_be_bytes([h[6], h[7]]) & 0x1fff);
        if !(frag == 0 && proto == 6) {
            if inside {
                count(&mut self.stats, 0);
                return PASS;
            }
            count(&mut self.stats, 2);
            return DROP;
        }
        let Some(t) = p.get(l4..l4 + 20) else { return DROP };
        if t[12] >> 4 < 5 {
            return DROP;
        }
        let (src, dst) = (be32(h, 12).unwrap_or(0), be32(h, 16).unwrap_or(0));
        let (sport, dport) = (u16::from_be_bytes([t[0], t[1]]), u16::from_be_bytes([t[2], t[3]]));
        let key = if inside { (src, dst, sport, dport) } else { (dst, src, dport, sport) };
        let flags = t[13];
        let state = self.conns.get(&key).copied();
        let syn_ack = flags & 0x12;
        if flags & 0x04 != 0 {
            if state.is_some() {
                self.conns.remove(&key);
            }
            return if inside {
                count(&mut self.stats, 0);
                PASS
            } else if state.is_some() {
                count(&mut self.stats, 1);
                PASS
            } else {
                count(&mut self.stats, 2);
                DROP
            };
        }
        if inside {
            if syn_ack == 0x02 {
                self.conns.insert(key, 1);
            } else if state == Some(2) && syn_ack == 0x10 {
                self.conns.insert(key, 3);
            }
            count(&mut self.stats, 0);
            return PASS;
        }
        match state {
            Some(1 | 2) if syn_ack == 0x12 => {
                self.conns.insert(key, 2);
                count(&mut self.stats, 1);
                PASS
            }
            Some(3) => {
                count(&mut self.stats, 1);
                PASS
            }
            _ => {
                count(&mut self.stats, 2);
                DROP
            }
        }
    }
}

// ---------------------------------------------------------------- p0f, by hand

struct Signature {
    ttl: (u8, u8),
    window: (u16, u16),
    mult: (u16, u16),
    mss: (u16, u16),
    wscale: (u8, u8),
    olayout: (u64, u64),
    priority: u32,
    /// Some(class) labels, None blocks.
    class: Option<u32>,
}

struct P0f {
    signatures: Vec<Signature>,
    stats: [(u64, u64); 16],
}

impl P0f {
    fn new() -> Self {
        let s = |ttl, window, mult, mss, wscale, olayout, priority, class| Signature {
            ttl,
            window,
            mult,
            mss,
            wscale,
            olayout,
            priority,
            class,
        };
        let all = u64::MAX;
        let mut signatures = vec![
            s((33, 64), (0, 0), (44, 0xffff), (0, 0), (0, 0), (0x0204_0801_0300_0000, all), 10, Some(1)),
            s((33, 64), (0, 0), (20, 0xffff), (0, 0), (0, 0), (0x0204_0801_0300_0000, all), 10, Some(1)),
            s((65, 128), (8192, 0xffff), (0, 0), (0, 0), (8, 0xff), (0x0201_0301_0104_0000, all), 10, Some(2)),
            s((33, 64), (65535, 0xffff), (0, 0), (0, 0), (6, 0xff), (0x0201_0301_0108_0400, all), 10, Some(3)),
            s((0, 255), (1024, 0xffff), (0, 0), (1460, 0xffff), (0, 0), (0x0200_0000_0000_0000, all), 100, None),
            s((129, 255), (1024, 0xffff), (0, 0), (0, 0), (0, 0), (0, all), 100, None),
        ];
        signatures.sort_by_key(|s| std::cmp::Reverse(s.priority));
        P0f { signatures, stats: [(0, 0); 16] }
    }

    fn run(&mut self, p: &[u8], mark: &mut u32) -> u32 {
        let len = p.len() as u64;
        if be16(p, 12) != Some(0x0800) {
            return if p.len() < 14 { DROP } else { PASS };
        }
        let Some(h) = p.get(14..34) else { return DROP };
        let ihl = usize::from(h[0] & 0x0f);
        if ihl < 5 {
            return DROP;
        }
        let l4 = 14 + ihl * 4;
        if l4 > p.len() {
            return DROP;
        }
        let (ttl, proto, frag) = (h[8], h[9], u16::from_be_bytes([h[6], h[7]]) & 0x1fff);
        if !(frag == 0 && proto == 6) {
            return PASS;
        }
        let Some(t) = p.get(l4..l4 + 20) else { return DROP };
        let data_offset = t[12] >> 4;
        if data_offset < 5 {
            return DROP;
        }
        let (flags, window) = (t[13], u16::from_be_bytes([t[14], t[15]]));
        if flags & 0x12 != 0x02 {
            return PASS;
        }
        // The parser's option walk.
        let mut opt_bytes = (u16::from(data_offset) - 5) * 4;
        let (mut kinds, mut count) = (0u64, 0u32);
        let (mut mss, mut wscale) = (0u16, 0u8);
        let mut at = l4 + 20;
        while opt_bytes != 0 && count < 8 {
            let Some(&kind) = p.get(at) else { return DROP };
            kinds |= u64::from(kind) << (56 - 8 * count);
            count += 1;
            opt_bytes = opt_bytes.wrapping_sub(1);
            at += 1;
            match kind {
                0 => break,
                1 => {}
                2 => {
                    let Some(o) = p.get(at..at + 3) else { return DROP };
                    mss = u16::from_be_bytes([o[1], o[2]]);
                    opt_bytes = opt_bytes.wrapping_sub(3);
                    at += 3;
                }
                3 => {
                    let Some(o) = p.get(at..at + 2) else { return DROP };
                    wscale = o[1];
                    opt_bytes = opt_bytes.wrapping_sub(2);
                    at += 2;
                }
                _ => {
                    let Some(&l) = p.get(at) else { return DROP };
                    if l < 2 {
                        return DROP;
                    }
                    let skip = usize::from(l) - 1;
                    if at + skip > p.len() {
                        return DROP;
                    }
                    at += skip;
                    opt_bytes = opt_bytes.wrapping_sub(u16::from(l) - 1);
                }
            }
        }
        let mult = if mss != 0 && window % mss == 0 { window / mss } else { 0 };
        let found = self.signatures.iter().find(|s| {
            s.ttl.0 <= ttl
                && ttl <= s.ttl.1
                && window & s.window.1 == s.window.0
                && mult & s.mult.1 == s.mult.0
                && mss & s.mss.1 == s.mss.0
                && wscale & s.wscale.1 == s.wscale.0
                && kinds & s.olayout.1 == s.olayout.0
        });
        match found.map(|s| s.class) {
            Some(Some(class)) => {
                *mark = class;
                if let Some(c) = self.stats.get_mut(class as usize) {
                    c.0 += 1;
                    c.1 += len;
                }
                PASS
            }
            Some(None) => {
                self.stats[0].0 += 1;
                self.stats[0].1 += len;
                DROP
            }
            None => PASS,
        }
    }
}

// ---------------------------------------------------------------- the rbpf baseline

mod bpf {
    use super::FxMap;
    use std::cell::RefCell;
    use std::path::Path;
    use std::process::Command;

    thread_local! {
        /// (map, key zero-padded to 16 bytes) -> value.
        static MAPS: RefCell<FxMap<(u64, [u8; 16]), u64>> = RefCell::new(FxMap::default());
    }

    fn key(ptr: u64, len: u64) -> [u8; 16] {
        let mut k = [0u8; 16];
        let n = len.min(16) as usize;
        // SAFETY: the BPF programs pass a pointer to a key of `len` bytes on their stack.
        unsafe { std::ptr::copy_nonoverlapping(ptr as *const u8, k.as_mut_ptr(), n) };
        k
    }

    // rbpf's x86 JIT calls helpers with the stack only 8-byte aligned, which crashes Rust code
    // that spills SSE registers: each helper is entered through a trampoline that realigns it.
    std::arch::global_asm!(
        ".globl flowmark_bench_lookup", "flowmark_bench_lookup:",
        "push rbp", "mov rbp, rsp", "and rsp, -16", "call {f}", "mov rsp, rbp", "pop rbp", "ret",
        f = sym lookup,
    );
    std::arch::global_asm!(
        ".globl flowmark_bench_update", "flowmark_bench_update:",
        "push rbp", "mov rbp, rsp", "and rsp, -16", "call {f}", "mov rsp, rbp", "pop rbp", "ret",
        f = sym update,
    );
    std::arch::global_asm!(
        ".globl flowmark_bench_delete", "flowmark_bench_delete:",
        "push rbp", "mov rbp, rsp", "and rsp, -16", "call {f}", "mov rsp, rbp", "pop rbp", "ret",
        f = sym delete,
    );
    extern "C" {
        fn flowmark_bench_lookup();
        fn flowmark_bench_update();
        fn flowmark_bench_delete();
    }

    /// The helpers as rbpf wants them (1 lookup, 2 update, 3 delete).
    pub fn helpers() -> [(u32, rbpf::Helper); 3] {
        let cast = |f: unsafe extern "C" fn()| {
            // SAFETY: each trampoline takes the five helper arguments in the C registers, keeps
            // them, and returns the wrapped `extern "C"` function's u64: the `Helper` ABI on x86-64.
            unsafe { std::mem::transmute::<unsafe extern "C" fn(), rbpf::Helper>(f) }
        };
        [(1, cast(flowmark_bench_lookup)), (2, cast(flowmark_bench_update)), (3, cast(flowmark_bench_delete))]
    }

    /// Helper 1: the value + 1, or 0 on a miss.
    extern "C" fn lookup(map: u64, ptr: u64, len: u64, _: u64, _: u64) -> u64 {
        let k = key(ptr, len);
        MAPS.with(|m| m.borrow().get(&(map, k)).map_or(0, |v| v + 1))
    }

    /// Helper 2: insert or overwrite.
    extern "C" fn update(map: u64, ptr: u64, len: u64, value: u64, _: u64) -> u64 {
        let k = key(ptr, len);
        MAPS.with(|m| m.borrow_mut().insert((map, k), value));
        0
    }

    /// Helper 3: delete.
    extern "C" fn delete(map: u64, ptr: u64, len: u64, _: u64, _: u64) -> u64 {
        let k = key(ptr, len);
        MAPS.with(|m| m.borrow_mut().remove(&(map, k)));
        0
    }

    pub fn set(map: u64, k: &[u8], value: u64) {
        let mut padded = [0u8; 16];
        padded[..k.len()].copy_from_slice(k);
        MAPS.with(|m| m.borrow_mut().insert((map, padded), value));
    }

    pub fn clear() {
        MAPS.with(|m| m.borrow_mut().clear());
    }

    /// `benches/bpf/NAME.c` compiled with clang -O2 to BPF, its `.text` bytes.
    pub fn compile(name: &str) -> Option<Vec<u8>> {
        let src = super::root().join(format!("benches/bpf/{name}.c"));
        let dir = std::env::temp_dir().join(format!("flowmark-bpf-{}", std::process::id()));
        std::fs::create_dir_all(&dir).ok()?;
        let (obj, text) = (dir.join(format!("{name}.o")), dir.join(format!("{name}.bin")));
        let run = |cmd: &mut Command| cmd.status().map(|s| s.success()).unwrap_or(false);
        let ok = run(Command::new("clang").args(["-target", "bpf", "-O2", "-c"]).arg(&src).arg("-o").arg(&obj))
            && run(Command::new("llvm-objcopy").args(["-O", "binary", "--only-section=.text"]).arg(&obj).arg(&text));
        let bytes = if ok { std::fs::read(&text).ok() } else { None };
        let _ = std::fs::remove_dir_all(Path::new(&dir));
        bytes
    }

    /// The metadata buffer the programs read: data, data_end, counters, in_port, mark.
    pub fn mbuff(packet: &[u8], counters: &mut [u64], in_port: u32) -> [u8; 32] {
        let mut m = [0u8; 32];
        let data = packet.as_ptr() as u64;
        m[0..8].copy_from_slice(&data.to_le_bytes());
        m[8..16].copy_from_slice(&(data + packet.len() as u64).to_le_bytes());
        m[16..24].copy_from_slice(&(counters.as_mut_ptr() as u64).to_le_bytes());
        m[24..28].copy_from_slice(&in_port.to_le_bytes());
        m
    }

    pub fn mark(m: &[u8; 32]) -> u32 {
        u32::from_le_bytes([m[28], m[29], m[30], m[31]])
    }
}

/// An rbpf VM with the map helpers and its program JIT-compiled.
fn rbpf_vm<'a>(name: &str, prog: &'a [u8]) -> rbpf::EbpfVmMbuff<'a> {
    let mut vm = rbpf::EbpfVmMbuff::new(Some(prog)).unwrap_or_else(|e| panic!("{name}: {e}"));
    for (key, helper) in bpf::helpers() {
        vm.register_helper(key, helper).expect("helper");
    }
    vm.jit_compile().unwrap_or_else(|e| panic!("{name}: {e}"));
    vm
}

fn run_bpf(vm: &rbpf::EbpfVmMbuff, packet: &mut [u8], counters: &mut [u64], in_port: u32) -> (u64, u32) {
    let mut m = bpf::mbuff(packet, counters, in_port);
    // SAFETY: the program reads the packet through data/data_end, the counters through their
    // pointer (at most 256 pairs) and its own stack; the helpers read keys from that stack.
    let verdict = unsafe { vm.execute_program_jit(packet, &mut m) }.expect("rbpf run");
    (verdict, bpf::mark(&m))
}

fn rbpf_baseline(c: &mut Criterion) {
    let names = ["ovs_hint", "acl", "stateful_firewall", "p0f"];
    let programs: Vec<(&str, Vec<u8>)> = names.iter().filter_map(|n| bpf::compile(n).map(|p| (*n, p))).collect();
    if programs.len() != names.len() {
        #[allow(clippy::print_stderr)] // a bench binary telling why a group is missing
        {
            eprintln!("rbpf baseline skipped: clang (BPF target) or llvm-objcopy is missing");
        }
        return;
    }
    let mut group = c.benchmark_group("per_packet");
    let mut counters = vec![0u64; 512];
    for (name, prog) in &programs {
        bpf::clear();
        let vm = rbpf_vm(name, prog);
        let (_, packets) = native(name);
        let (port, mut packet, want_mark) = match *name {
            "ovs_hint" => {
                // struct key4 { u32 src, dst; u16 sport, dport, vlan; u8 proto, pad; }
                let mut k = Vec::new();
                k.extend(0x0a00_0001u32.to_le_bytes());
                k.extend(0x0a00_0002u32.to_le_bytes());
                k.extend(34567u16.to_le_bytes());
                k.extend(80u16.to_le_bytes());
                k.extend(0u16.to_le_bytes());
                k.extend([6, 0]);
                bpf::set(0, &k, 100);
                (1, packets[0].1.clone(), 100)
            }
            "acl" => {
                // struct skey { u16 dport; u8 proto, pad; } -> rule
                for (proto, port, rule) in [(6u8, 22u16, 30u64), (6, 443, 31), (6, 8080, 32), (1, 0, 33)] {
                    let mut k = port.to_le_bytes().to_vec();
                    k.extend([proto, 0]);
                    bpf::set(0, &k, rule);
                }
                (1, packets[6].1.clone(), 0)
            }
            "stateful_firewall" => {
                let handshake = [
                    (1, "5254000002025254000001010800 4500002c123440004006e2420a000005cb007150 9c4001bb00000064000000006002faf0b8800000020405b4"),
                    (2, "5254000001015254000002020800 4500002c123440004006e242cb0071500a000005 01bb9c4000000384000000656012faf0b527000002040578"),
                    (1, "5254000002025254000001010800 45000028123440004006e2460a000005cb007150 9c4001bb00000065000003855010faf0cca80000"),
                ];
                for (port, h) in handshake {
                    assert_eq!(run_bpf(&vm, &mut hex(h), &mut counters, port).0, u64::from(PASS));
                }
                (2, hex("5254000001015254000002020800 4500002d123440004006e241cb0071500a000005 01bb9c4000000385000000655018faf07bcd0000 6561726c79"), 0)
            }
            _ => (1, packets[0].1.clone(), 1),
        };
        let (verdict, mark) = run_bpf(&vm, &mut packet, &mut counters, port);
        assert_eq!((verdict, mark), (u64::from(PASS), want_mark), "{name}: the BPF baseline disagrees");
        group.bench_function(format!("{name}/rbpf_jit"), |b| {
            b.iter(|| black_box(run_bpf(&vm, black_box(&mut packet), &mut counters, port)))
        });
    }
    group.finish();
}

// ---------------------------------------------------------------- benchmarks

/// Time a JIT pipeline the way a datapath worker runs it: one context per worker, reused for every
/// packet (`process_raw`), the verdict and the context's outputs read after each packet.
fn run_native(b: &mut criterion::Bencher, pipeline: &NativePipeline, packet: &mut [u8], in_port: u32) {
    let mut ctx = Context::new(pipeline.state(), in_port, 0, 0);
    let len = packet.len() as u32;
    b.iter(|| {
        // SAFETY: `packet` is valid for `len` bytes; `process_raw` sets the context's state to the
        // pipeline's own.
        let verdict = unsafe { pipeline.process_raw(black_box(packet.as_mut_ptr()), len, &mut ctx) };
        black_box((verdict, ctx.mark, ctx.out_port))
    })
}

fn per_packet(c: &mut Criterion) {
    let mut group = c.benchmark_group("per_packet");

    // ovs_hint: an IPv4 TCP packet of a hinted flow (mark 100).
    let (ovs, packets) = native("ovs_hint");
    let mut packet = packets[0].1.clone();
    assert_eq!(ovs.process(&mut packet.clone(), 1, 0, 0).mark, 100);
    group.bench_function("ovs_hint/native", |b| run_native(b, &ovs, &mut packet, 1));
    let mut hand = OvsHint::default();
    hand.flows4.insert((0, 0x0a00_0001, 0x0a00_0002, 6, 34567, 80), 100);
    hand.flows4.insert((0, 0x0a00_0001, 0x0808_0808, 17, 5353, 53), 101);
    hand.flows4.insert((10, 0x0a00_0001, 0x0a00_0002, 6, 34567, 80), 102);
    hand.flows4.insert((0, 0x0a00_0001, 0x0a00_0002, 1, 0, 0), 103);
    let mut mark = 0;
    assert_eq!((hand.run(&packet, &mut mark), mark), (PASS, 100));
    group.bench_function("ovs_hint/rust", |b| {
        b.iter(|| {
            let mut mark = 0;
            black_box(hand.run(black_box(&packet), &mut mark));
            black_box(mark)
        })
    });

    // acl: TCP to 8080: no source prefix, the monitor rule, then the service table (allow 32).
    let (acl, packets) = native("acl");
    let mut packet = packets[6].1.clone();
    let mut hand = Acl::new();
    let expected = acl.process(&mut packet.clone(), 1, 0, 0).verdict;
    assert_eq!(hand.run(&packet), expected);
    group.bench_function("acl/native", |b| run_native(b, &acl, &mut packet, 1));
    group.bench_function("acl/rust", |b| b.iter(|| black_box(hand.run(black_box(&packet)))));

    // stateful_firewall: outside data of an established connection.
    let (fw, _) = native("stateful_firewall");
    let mut hand = Firewall::default();
    let handshake = [
        (1, "5254000002025254000001010800 4500002c123440004006e2420a000005cb007150 9c4001bb00000064000000006002faf0b8800000020405b4"),
        (2, "5254000001015254000002020800 4500002c123440004006e242cb0071500a000005 01bb9c4000000384000000656012faf0b527000002040578"),
        (1, "5254000002025254000001010800 45000028123440004006e2460a000005cb007150 9c4001bb00000065000003855010faf0cca80000"),
    ];
    for (port, h) in handshake {
        let p = hex(h);
        assert_eq!(fw.process(&mut p.clone(), port, 0, 0).verdict, PASS);
        assert_eq!(hand.run(&p, port), PASS);
    }
    let mut packet = hex("5254000001015254000002020800 4500002d123440004006e241cb0071500a000005 01bb9c4000000385000000655018faf07bcd0000 6561726c79");
    assert_eq!(fw.process(&mut packet.clone(), 2, 0, 0).verdict, PASS);
    assert_eq!(hand.run(&packet, 2), PASS);
    group.bench_function("stateful_firewall/native", |b| run_native(b, &fw, &mut packet, 2));
    group.bench_function("stateful_firewall/rust", |b| b.iter(|| black_box(hand.run(black_box(&packet), 2))));

    // p0f: a SYN with MSS, SACK-permitted, timestamps, NOP, window scale (class 1).
    let (p0f, packets) = native("p0f");
    let mut packet = packets[0].1.clone();
    assert_eq!(p0f.process(&mut packet.clone(), 1, 0, 0).mark, 1);
    let mut hand = P0f::new();
    let mut mark = 0;
    assert_eq!((hand.run(&packet, &mut mark), mark), (PASS, 1));
    group.bench_function("p0f/native", |b| run_native(b, &p0f, &mut packet, 1));
    group.bench_function("p0f/rust", |b| {
        b.iter(|| {
            let mut mark = 0;
            black_box(hand.run(black_box(&packet), &mut mark));
            black_box(mark)
        })
    });
    group.finish();
}

fn compile_latency(c: &mut Criterion) {
    let mut group = c.benchmark_group("jit_compile");
    group.sample_size(10);
    for name in ["ovs_hint", "acl", "stateful_firewall", "p0f"] {
        let (module, _) = compile(name);
        group.bench_function(name, |b| b.iter(|| black_box(Jit::compile(&module).expect("JIT"))));
    }
    group.finish();
}

criterion_group!(benches, per_packet, rbpf_baseline, compile_latency);
criterion_main!(benches);
