//! eBPF per-packet cost, measured in the running kernel with BPF_PROG_TEST_RUN: for every example,
//! flowmark's TC object (built without the test harness, as `flowmark build --target tc` emits it)
//! with its instruction count, translated and JIT-compiled size, stack frame and nanoseconds per
//! packet, next to a no-op classifier (`r0 = 0; exit`) and, for `ovs_hint`, `acl` and `router`,
//! the hand-written C programs in `benches/baselines/` compiled with `clang -O2 -g -target bpf` at
//! bench time (objects under the cargo target directory). Tables are filled by replaying the
//! example's STF file (control-plane lines and the packets before the measured one) into a
//! test-harness build through the STF `Target` interface, then copying every non-per-CPU map of
//! that build, by name and bytes, into the measured objects; the C programs use flowmark's map
//! names and key/value layouts, so they take the same entries. Each measured packet comes from
//! the STF and hits the example's main table or hint; the bench checks that flowmark's program
//! gives the harness build's verdict, mark and packet on it, and that the C program agrees.
//! Without a usable kernel (not root, no `bpf(2)`, no bpffs) the bench prints one line and exits.

#![allow(clippy::print_stdout)]

use std::path::{Path, PathBuf};
use std::process::Command;

use flowmark_compiler::interp::{PacketInput, PacketOutput, Verdict};
use flowmark_compiler::ir::{Architecture, Module};
use flowmark_compiler::stf::{self, Statement, Target};
use flowmark_ebpf::program::{Insn, Program, ProgramKind};
use flowmark_ebpf::Options;
use flowmark_grammar::{FileLoader, SourceMap};
use flowmark_runtime::ebpf_target::EbpfTarget;
use flowmark_runtime::kernel::{self, Loaded, TestRunResult, UpdateMode};

/// Runs per BPF_PROG_TEST_RUN call; the kernel reports the average.
const REPEAT: u32 = 1_000_000;
/// Calls per configuration; the median is reported.
const CALLS: usize = 5;
/// `__sk_buff.ingress_ifindex`: the input port of a non-harness flowmark TC program.
const SKB_INGRESS_IFINDEX: usize = 36;
const TC_ACT_OK: u32 = 0;
const TC_ACT_SHOT: u32 = 2;
const TC_ACT_REDIRECT: u32 = 7;

/// An example and the STF packet (0-based, in file order) that is measured.
struct Case {
    name: &'static str,
    packet: usize,
    what: &'static str,
    baseline: bool,
}

const CASES: &[Case] = &[
    Case { name: "ebpf_filter", packet: 2, what: "blocked source: Check_src_ip hit (drop)", baseline: false },
    Case { name: "ovs_hint", packet: 0, what: "IPv4 TCP of a hinted flow: flows4 hit, mark 100", baseline: true },
    Case { name: "acl", packet: 6, what: "TCP 8080: src_prefix miss, acl_rules hit (monitor 23), service_allow hit (allow 32)", baseline: true },
    Case { name: "router", packet: 0, what: "to 10.9.9.9: the first repeat routes it (my_macs hit, ipv4_lpm hit, MAC rewrite, TTL, checksum, redirect); the repeats run on the rewritten packet, whose next-hop MAC is not the router's: my_macs miss, to host", baseline: true },
    Case { name: "stateful_firewall", packet: 8, what: "outside data of an established connection: conns hit", baseline: false },
    Case { name: "dapper", packet: 8, what: "duplicate ACK of a tracked flow: flows hit in both directions", baseline: false },
    Case { name: "p0f", packet: 0, what: "Linux SYN with 5 options: p0f_signatures hit, mark 1", baseline: false },
];

struct Files;
impl FileLoader for Files {
    fn load(&self, path: &str) -> Result<String, String> {
        std::fs::read_to_string(root().join("examples").join(path)).map_err(|e| format!("{path}: {e}"))
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Where the C objects go: `<target>/<profile>/ebpf-baselines`, next to this bench's binary.
fn object_dir() -> PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|exe| {
            let deps = exe.ancestors().find(|p| p.file_name().is_some_and(|n| n == "deps"))?.to_path_buf();
            Some(deps.parent()?.join("ebpf-baselines"))
        })
        .unwrap_or_else(|| root().join("target").join("ebpf-baselines"))
}

/// What one program costs.
#[derive(Clone, Copy, Debug)]
struct Cost {
    insns: usize,
    xlated: u32,
    jited: u32,
    ns: u64,
}

/// One example's results.
#[derive(Debug)]
struct Row {
    name: &'static str,
    flowmark: Result<(Cost, u32), String>,
    clang: Option<Result<Cost, String>>,
    notes: Vec<String>,
}

fn compile_example(name: &str) -> Result<(Module, String), String> {
    let text = std::fs::read_to_string(root().join(format!("examples/{name}.p4"))).map_err(|e| e.to_string())?;
    let stf = std::fs::read_to_string(root().join(format!("examples/{name}.stf"))).map_err(|e| e.to_string())?;
    let mut sources = SourceMap::default();
    let main = sources.add(format!("{name}.p4"), text);
    let (module, diagnostics) = flowmark_compiler::compile_source(&mut sources, main, &Files, name);
    let module = module.ok_or_else(|| flowmark_grammar::render(&sources, &diagnostics))?;
    Ok((module, stf))
}

/// Replays the STF into `harness` up to (not including) packet number `wanted`, and returns that
/// packet.
fn replay(module: &Module, stf_text: &str, harness: &mut EbpfTarget<'_>, wanted: usize) -> Result<PacketInput, String> {
    let (statements, errors) = stf::parse_stf(module, stf_text);
    if let Some(error) = errors.first() {
        return Err(format!("STF: {error}"));
    }
    let mut time_ns = 0;
    let mut seen = 0;
    for (line, statement) in statements {
        match statement {
            Statement::Control(control) => {
                stf::entries::apply_control(harness, &control).map_err(|e| format!("STF line {line}: {e}"))?;
            }
            Statement::Time(ns) => time_ns = ns,
            Statement::Packet { port, data, mark } => {
                let input = PacketInput { port, data, mark, time_ns };
                if seen == wanted {
                    return Ok(input);
                }
                seen += 1;
                if harness.cannot_run(&input).is_none() {
                    harness.run(&input).map_err(|e| format!("STF line {line}: {e}"))?;
                }
            }
            _ => {}
        }
    }
    Err(format!("the STF has {seen} packets, no packet #{wanted}"))
}

/// Copies every non-per-CPU map of `from` into the map of the same name in `to`. Every such map
/// of `to` must have a counterpart of the same key and value sizes.
fn copy_maps(from: &Loaded, to: &Loaded) -> Result<usize, String> {
    let mut copied = 0;
    for map in to.maps() {
        if map.is_per_cpu() {
            continue;
        }
        let source = from.map(map.name()).map_err(|e| e.to_string())?;
        if (source.key_size(), source.value_size()) != (map.key_size(), map.value_size()) {
            return Err(format!(
                "map `{}`: key/value {}/{} bytes here, {}/{} in flowmark's object",
                map.name(),
                map.key_size(),
                map.value_size(),
                source.key_size(),
                source.value_size()
            ));
        }
        for (key, value) in source.entries().map_err(|e| e.to_string())? {
            map.update(&key, &value, UpdateMode::Any).map_err(|e| e.to_string())?;
            copied += 1;
        }
    }
    Ok(copied)
}

/// The TC context of a packet: its mark and, for non-harness flowmark programs, its input port.
fn context(input: &PacketInput, with_port: bool) -> Vec<u8> {
    let mut ctx = kernel::skb_context(input.mark);
    if with_port {
        ctx[SKB_INGRESS_IFINDEX..SKB_INGRESS_IFINDEX + 4].copy_from_slice(&input.port.to_le_bytes());
    }
    ctx
}

/// Runs once; retries without the input port when the kernel refuses it. Returns the result and
/// the context that worked.
fn run_once(loaded: &Loaded, input: &PacketInput) -> Result<(TestRunResult, Vec<u8>), String> {
    let with_port = context(input, true);
    match loaded.test_run(&input.data, Some(&with_port), 1) {
        Ok(result) => Ok((result, with_port)),
        Err(first) => {
            let without = context(input, false);
            let result = loaded.test_run(&input.data, Some(&without), 1).map_err(|e| format!("{first}; {e}"))?;
            Ok((result, without))
        }
    }
}

/// The median ns per run of each program over [`CALLS`] rounds, every round calling each program
/// once in turn: a slow stretch of the machine falls on both, not on whichever ran during it.
fn time_interleaved(programs: &[(&Loaded, &[u8])], data: &[u8]) -> Result<Vec<u64>, String> {
    let mut samples = vec![Vec::with_capacity(CALLS); programs.len()];
    for _ in 0..CALLS {
        for (i, (loaded, ctx)) in programs.iter().enumerate() {
            samples[i].push(loaded.test_run(data, Some(ctx), REPEAT).map_err(|e| e.to_string())?.duration_ns);
        }
    }
    Ok(samples
        .into_iter()
        .map(|mut s| {
            s.sort_unstable();
            s[CALLS / 2]
        })
        .collect())
}

/// Verdict, mark and packet of a kernel run, in the form the harness reports them (the redirect
/// port is not known outside the harness).
fn outcome(result: &TestRunResult, module: &Module, input: &PacketInput) -> Result<(String, Vec<u8>), String> {
    let verdict = match result.retval {
        TC_ACT_OK => "pass",
        TC_ACT_SHOT => "drop",
        TC_ACT_REDIRECT => "redirect",
        other => return Err(format!("unexpected TC return code {other}")),
    };
    let mark = match module.architecture {
        Architecture::Flowmark => result.mark().unwrap_or(0),
        Architecture::EbpfFilter => input.mark,
    };
    let data = if verdict == "drop" { Vec::new() } else { result.packet().to_vec() };
    Ok((format!("{verdict} mark={mark}"), data))
}

fn expected(output: &PacketOutput) -> (String, Vec<u8>) {
    let verdict = match output.verdict {
        Verdict::Pass => "pass",
        Verdict::Drop => "drop",
        Verdict::Redirect(_) => "redirect",
    };
    let data = if output.verdict == Verdict::Drop { Vec::new() } else { output.data.clone() };
    (format!("{verdict} mark={}", output.mark), data)
}

fn info(loaded: &Loaded) -> Result<(u32, u32), String> {
    let info = loaded.info().map_err(|e| e.to_string())?;
    Ok((info.xlated_bytes, info.jited_bytes))
}

/// Instruction slots of the `classifier` section of an ELF64 little-endian object (what
/// flowmark's instruction count means too: `ld_imm64` is two slots).
fn classifier_insns(elf: &[u8]) -> Option<usize> {
    let u16_at = |at: usize| Some(u16::from_le_bytes(elf.get(at..at + 2)?.try_into().ok()?) as usize);
    let u32_at = |at: usize| Some(u32::from_le_bytes(elf.get(at..at + 4)?.try_into().ok()?) as usize);
    let u64_at = |at: usize| Some(u64::from_le_bytes(elf.get(at..at + 8)?.try_into().ok()?) as usize);
    if elf.get(0..4)? != b"\x7fELF" {
        return None;
    }
    let (shoff, shentsize, shnum, shstrndx) = (u64_at(0x28)?, u16_at(0x3a)?, u16_at(0x3c)?, u16_at(0x3e)?);
    let header = |index: usize| shoff + index * shentsize;
    let strtab = u64_at(header(shstrndx) + 0x18)?;
    (0..shnum).find_map(|index| {
        let name_at = strtab + u32_at(header(index))?;
        let name = elf.get(name_at..name_at + 11)?;
        (name == b"classifier\0").then(|| u64_at(header(index) + 0x20).map(|size| size / 8))?
    })
}

/// `clang -O2 -g -target bpf -c benches/baselines/<name>.c`, into [`object_dir`].
fn build_baseline(name: &str) -> Result<Vec<u8>, String> {
    let dir = object_dir();
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let source = root().join("benches/baselines").join(format!("{name}.c"));
    let object = dir.join(format!("{name}.o"));
    let mut command = Command::new("clang");
    command.args(["-O2", "-g", "-target", "bpf", "-c"]).arg(&source).arg("-o").arg(&object);
    // <asm/types.h> and friends live in the host's multiarch directory on Debian and Ubuntu.
    let multiarch = PathBuf::from(format!("/usr/include/{}-linux-gnu", std::env::consts::ARCH));
    if multiarch.is_dir() {
        command.arg("-I").arg(multiarch);
    }
    let output = command.output().map_err(|e| format!("running clang: {e}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(format!("clang failed: {}", stderr.lines().next().unwrap_or("").trim()));
    }
    std::fs::read(&object).map_err(|e| format!("{}: {e}", object.display()))
}

/// The no-op classifier: `r0 = 0; exit`.
fn noop(packet: &PacketInput) -> Result<Cost, String> {
    let mov_r0_0 = Insn { code: 0xb7, dst: 0, src: 0, off: 0, imm: 0 };
    let exit = Insn { code: 0x95, ..Insn::default() };
    let program = Program {
        kind: ProgramKind::Tc,
        name: "noop".into(),
        insns: vec![mov_r0_0, exit],
        relocations: vec![],
        maps: vec![],
        license: "GPL".into(),
    };
    let object = flowmark_ebpf::elf::write_object(&program).map_err(|e| e.to_string())?;
    let loaded = Loaded::load(&object).map_err(|e| e.to_string())?;
    let (xlated, jited) = info(&loaded)?;
    let ctx = kernel::skb_context(packet.mark);
    let ns = time_interleaved(&[(&loaded, &ctx)], &packet.data)?.first().copied().unwrap_or(0);
    Ok(Cost { insns: program.insns.len(), xlated, jited, ns })
}

fn measure(case: &Case, first_packet: &mut Option<PacketInput>) -> Row {
    let mut row = Row { name: case.name, flowmark: Err(String::new()), clang: None, notes: Vec::new() };
    let fail = |row: &mut Row, message: String| row.flowmark = Err(message);
    let (module, stf_text) = match compile_example(case.name) {
        Ok(x) => x,
        Err(e) => {
            fail(&mut row, format!("does not compile: {e}"));
            return row;
        }
    };
    // The harness build: takes the STF's control plane and earlier packets.
    let mut harness = match EbpfTarget::load(&module, ProgramKind::Tc) {
        Ok(t) => t,
        Err(e) => {
            fail(&mut row, format!("harness build does not load: {e}"));
            return row;
        }
    };
    let input = match replay(&module, &stf_text, &mut harness, case.packet) {
        Ok(input) => input,
        Err(e) => {
            fail(&mut row, e);
            return row;
        }
    };
    if first_packet.is_none() {
        *first_packet = Some(input.clone());
    }
    // The measured build: no test harness.
    let artifact = match flowmark_ebpf::compile(&module, &Options::new(ProgramKind::Tc)) {
        Ok(a) => a,
        Err(e) => {
            fail(&mut row, format!("TC build: {e}"));
            return row;
        }
    };
    let loaded = match Loaded::load(&artifact.object) {
        Ok(l) => l,
        Err(e) => {
            fail(&mut row, format!("TC object does not load: {e}"));
            return row;
        }
    };
    if let Err(e) = copy_maps(&harness.loaded, &loaded) {
        fail(&mut row, format!("copying the tables: {e}"));
        return row;
    }
    let clang = if case.baseline {
        Some(build_baseline(case.name).and_then(|object| {
            let insns = classifier_insns(&object).ok_or("no `classifier` section in the clang object")?;
            let loaded = Loaded::load(&object).map_err(|e| e.to_string())?;
            copy_maps(&harness.loaded, &loaded)?;
            Ok((insns, loaded))
        }))
    } else {
        None
    };
    // What the harness build does with the packet is what both measured programs must do.
    let want = match harness.run(&input) {
        Ok(output) => expected(&output),
        Err(e) => {
            fail(&mut row, format!("harness run: {e}"));
            return row;
        }
    };
    let checked = if case.baseline { "harness build = TC build = C baseline" } else { "harness build = TC build" };
    row.notes.push(format!("packet #{} of {}.stf ({} bytes): {}; {checked}: {}", case.packet, case.name, input.data.len(), case.what, want.0));

    // Check both programs first, then time them in the same rounds.
    let flowmark = (|| -> Result<(Cost, u32, Vec<u8>), String> {
        let (result, ctx) = run_once(&loaded, &input)?;
        let got = outcome(&result, &module, &input)?;
        if got != want {
            return Err(format!("the TC build gives `{}` (packet differs: {}), the harness build `{}`", got.0, got.1 != want.1, want.0));
        }
        let (xlated, jited) = info(&loaded)?;
        Ok((Cost { insns: artifact.program.insns.len(), xlated, jited, ns: 0 }, artifact.stack_bytes, ctx))
    })();
    let clang = clang.map(|built| {
        let (insns, loaded) = built?;
        let ctx = kernel::skb_context(input.mark);
        let result = loaded.test_run(&input.data, Some(&ctx), 1).map_err(|e| e.to_string())?;
        let got = outcome(&result, &module, &input)?;
        if got != want {
            return Err(format!("the C baseline gives `{}` (packet differs: {}), flowmark `{}`", got.0, got.1 != want.1, want.0));
        }
        let (xlated, jited) = info(&loaded)?;
        Ok((Cost { insns, xlated, jited, ns: 0 }, loaded, ctx))
    });
    let mut programs: Vec<(&Loaded, &[u8])> = Vec::new();
    if let Ok((_, _, ctx)) = &flowmark {
        programs.push((&loaded, ctx));
    }
    if let Some(Ok((_, clang_loaded, ctx))) = &clang {
        programs.push((clang_loaded, ctx));
    }
    let mut times = match time_interleaved(&programs, &input.data) {
        Ok(times) => times.into_iter(),
        Err(e) => {
            fail(&mut row, format!("timing: {e}"));
            return row;
        }
    };
    row.flowmark = flowmark.map(|(cost, stack, _)| (Cost { ns: times.next().unwrap_or(0), ..cost }, stack));
    row.clang = clang.map(|built| built.map(|(cost, _, _)| Cost { ns: times.next().unwrap_or(0), ..cost }));
    row
}

fn cell<T: std::fmt::Display>(value: Option<T>) -> String {
    value.map_or_else(|| "–".to_string(), |v| v.to_string())
}

fn main() {
    if let Err(why) = kernel::testing::check(&[]) {
        println!("eBPF benchmark skipped: the kernel cannot run BPF programs here ({why})");
        return;
    }
    let started = std::time::Instant::now();
    let mut first_packet = None;
    let rows: Vec<Row> = CASES.iter().map(|case| measure(case, &mut first_packet)).collect();
    let noop = match &first_packet {
        Some(packet) => noop(packet),
        None => Err("no packet to run it on".into()),
    };

    println!();
    println!("| example | insns | xlated B | jited B | stack B | ns/pkt | clang insns | clang ns/pkt | ratio |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    match &noop {
        Ok(c) => println!("| no-op (`r0 = 0; exit`) | {} | {} | {} | 0 | {} | | | |", c.insns, c.xlated, c.jited, c.ns),
        Err(e) => println!("| no-op | error: {e} | | | | | | | |"),
    }
    let mut errors = Vec::new();
    for row in &rows {
        let clang = row.clang.as_ref().and_then(|c| c.as_ref().ok());
        match &row.flowmark {
            Ok((c, stack)) => {
                let ratio = clang.filter(|b| b.ns > 0).map(|b| format!("{:.2}", c.ns as f64 / b.ns as f64));
                println!(
                    "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                    row.name,
                    c.insns,
                    c.xlated,
                    c.jited,
                    stack,
                    c.ns,
                    cell(clang.map(|b| b.insns)),
                    cell(clang.map(|b| b.ns)),
                    cell(ratio)
                );
            }
            Err(e) => {
                println!("| {} | error | | | | | {} | {} | |", row.name, cell(clang.map(|b| b.insns)), cell(clang.map(|b| b.ns)));
                errors.push(format!("{}: {e}", row.name));
            }
        }
        if let Some(Err(e)) = &row.clang {
            errors.push(format!("{} C baseline: {e}", row.name));
        }
    }

    let baselines: Vec<(&Row, &Cost)> = rows.iter().filter_map(|r| Some((r, r.clang.as_ref()?.as_ref().ok()?))).collect();
    if !baselines.is_empty() {
        println!();
        println!(
            "| clang -O2 baseline | insns | xlated B | jited B | ns/pkt | flowmark/clang insns | flowmark/clang xlated | flowmark/clang ns | same, net of no-op |"
        );
        println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        let overhead = noop.as_ref().map_or(0, |c| c.ns);
        for (row, b) in baselines {
            let versus = |f: fn(&Cost) -> f64| {
                row.flowmark.as_ref().ok().filter(|_| f(b) > 0.0).map(|(c, _)| format!("{:.2}", f(c) / f(b)))
            };
            let net = row
                .flowmark
                .as_ref()
                .ok()
                .filter(|_| b.ns > overhead)
                .map(|(c, _)| format!("{:.2}", c.ns.saturating_sub(overhead) as f64 / (b.ns - overhead) as f64));
            println!(
                "| benches/baselines/{}.c | {} | {} | {} | {} | {} | {} | {} | {} |",
                row.name,
                b.insns,
                b.xlated,
                b.jited,
                b.ns,
                cell(versus(|c| c.insns as f64)),
                cell(versus(|c| c.xlated as f64)),
                cell(versus(|c| c.ns as f64)),
                cell(net)
            );
        }
    }

    println!();
    println!(
        "ns/pkt: median of {CALLS} BPF_PROG_TEST_RUN calls of {REPEAT} runs each (the kernel's average per run), \
         flowmark's and clang's calls alternating; \
         ratio = flowmark ns/pkt / clang ns/pkt; insns = instruction slots in the object (ld_imm64 = 2)."
    );
    println!(
        "flowmark objects are TC builds without the test harness; their tables are filled by replaying each STF \
         into a test-harness build and copying its maps by name (the harness build is only used for that)."
    );
    if let Ok(c) = &noop {
        let bytes = first_packet.as_ref().map_or(0, |p| p.data.len());
        println!("The no-op classifier ran on the first measured packet ({bytes} bytes): {} ns of test-run overhead.", c.ns);
    }
    for row in &rows {
        for note in &row.notes {
            println!("- {note}");
        }
    }
    for error in &errors {
        println!("! {error}");
    }
    println!("({:.1} s)", started.elapsed().as_secs_f64());
}
