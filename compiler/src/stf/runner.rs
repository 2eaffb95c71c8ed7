//! Running STF statements against a [`Target`]: packets, per-port output and expectation queues
//! matched after every statement, `no_packet`, counter and map checks, and the final accounting
//! of leftover expectations and outputs into an [`StfReport`].

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use super::entries::apply_control;
use super::{hex, parse_stf, CounterField, MapExpectation, Pattern, Statement, StfFailure, StfReport, Target};
use crate::interp::{Machine, PacketInput};
use crate::ir::{MapId, Module};

/// A packet that came out of the target.
#[derive(Debug)]
struct Output {
    /// Line of the `packet` statement.
    line: usize,
    /// Sequence number of the packet.
    id: usize,
    data: Vec<u8>,
    mark: u32,
}

/// A pending `expect`.
#[derive(Debug)]
struct Expectation {
    line: usize,
    pattern: Option<Pattern>,
    mark: Option<u32>,
}

#[derive(Debug)]
struct Runner<'m> {
    module: &'m Module,
    outputs: BTreeMap<u32, VecDeque<Output>>,
    expectations: BTreeMap<u32, VecDeque<Expectation>>,
    /// (line, id, output port) of the most recent packet.
    last_packet: Option<(usize, usize, Option<u32>)>,
    time_ns: u64,
    report: StfReport,
}

impl Runner<'_> {
    fn fail(&mut self, line: usize, message: impl Into<String>) {
        self.report.failures.push(StfFailure::new(line, message));
    }

    fn statement(&mut self, target: &mut dyn Target, line: usize, statement: &Statement) {
        match statement {
            Statement::Packet { port, data, mark } => {
                self.report.packets += 1;
                let id = self.report.packets;
                let input = PacketInput { port: *port, data: data.clone(), mark: *mark, time_ns: self.time_ns };
                self.last_packet = Some((line, id, None));
                if target.cannot_run(&input).is_some() {
                    // The target cannot run such a packet at all (the kernel's test run needs a
                    // whole Ethernet header): count it as skipped, never as passed or failed.
                    self.report.skipped.push(line);
                    return;
                }
                let output = match target.run(&input) {
                    Ok(o) => o,
                    Err(e) => return self.fail(line, format!("the target failed to run the packet: {e}")),
                };
                if let Some(e) = output.internal_error {
                    return self.fail(line, format!("internal error on the packet: {e}"));
                }
                if let Some(out_port) = output.verdict.output_port(*port) {
                    self.last_packet = Some((line, id, Some(out_port)));
                    let out = Output { line, id, data: output.data, mark: output.mark };
                    self.outputs.entry(out_port).or_default().push_back(out);
                }
            }
            Statement::Expect { port, pattern, mark } => {
                let e = Expectation { line, pattern: pattern.clone(), mark: *mark };
                self.expectations.entry(*port).or_default().push_back(e);
            }
            Statement::NoPacket => {
                self.report.checks += 1;
                if let Some((packet_line, id, Some(port))) = self.last_packet {
                    let queue = self.outputs.entry(port).or_default();
                    let data = match queue.iter().position(|o| o.id == id) {
                        Some(i) => queue.remove(i).map(|o| format!(": {}", hex(&o.data))).unwrap_or_default(),
                        None => String::new(),
                    };
                    self.fail(
                        line,
                        format!(
                            "expected no packet, but the packet from line {packet_line} came out of port {port}{data}"
                        ),
                    );
                }
            }
            Statement::Time(t) => self.time_ns = *t,
            Statement::Wait => {}
            Statement::Control(c) => {
                if let Err(e) = apply_control(target, c) {
                    self.fail(line, e);
                }
            }
            Statement::CheckCounter { counter, index, check } => {
                self.report.checks += 1;
                let got = match target.read_counter(*counter, *index) {
                    Ok(v) => v,
                    Err(e) => return self.fail(line, format!("cannot read counter: {e}")),
                };
                if let Some((field, op, want)) = check {
                    let (value, what) = match field {
                        CounterField::Packets => (got.0, "packets"),
                        CounterField::Bytes => (got.1, "bytes"),
                    };
                    if !op.holds(value, *want) {
                        let name = self.module.counters.get(*counter).map_or(counter.to_string(), |c| c.name.clone());
                        let op = op.symbol();
                        self.fail(line, format!("counter `{name}`({index}) {what}: expected {op} {want}, got {value}"));
                    }
                }
            }
            Statement::CheckMap { map, key, expect } => {
                self.report.checks += 1;
                self.check_map(target, line, *map, key, expect);
            }
        }
    }

    fn check_map(&mut self, target: &mut dyn Target, line: usize, map: MapId, key: &[u128], expect: &MapExpectation) {
        let decl = self.module.maps.get(map);
        let name = decl.map_or(map.to_string(), |m| m.name.clone());
        let field = |i: usize| decl.and_then(|m| m.value.get(i)).map_or(i.to_string(), |f| f.name.clone());
        let key_text = key.iter().map(|k| format!("{k:#x}")).collect::<Vec<_>>().join(", ");
        let got = match target.read_map(map, key) {
            Ok(v) => v,
            Err(e) => return self.fail(line, format!("cannot read map: {e}")),
        };
        match (expect, got) {
            (MapExpectation::Absent, None) => {}
            (MapExpectation::Absent, Some(v)) => {
                let values = v.iter().map(|x| format!("{x:#x}")).collect::<Vec<_>>().join(", ");
                self.fail(line, format!("expected key ({key_text}) absent from map `{name}`; found ({values})"));
            }
            (MapExpectation::Fields(_), None) => {
                self.fail(line, format!("expected key ({key_text}) in map `{name}`; it is absent"));
            }
            (MapExpectation::Fields(fields), Some(v)) => {
                for &(i, want) in fields {
                    let got = v.get(i).copied();
                    if got != Some(want) {
                        let got = got.map_or("nothing".to_string(), |g| format!("{g:#x}"));
                        let message = format!(
                            "map `{name}` key ({key_text}) field `{}`: expected {want:#x}, got {got}",
                            field(i)
                        );
                        self.fail(line, message);
                    }
                }
            }
        }
    }

    /// Compare the queue heads of every port.
    fn match_queues(&mut self) {
        let ports: BTreeSet<u32> = self.expectations.keys().copied().collect();
        for port in ports {
            while let (Some(exp_q), Some(out_q)) = (self.expectations.get_mut(&port), self.outputs.get_mut(&port)) {
                if exp_q.is_empty() || out_q.is_empty() {
                    break;
                }
                let (Some(e), Some(o)) = (exp_q.pop_front(), out_q.pop_front()) else { break };
                self.report.checks += 1;
                if let Some(message) = compare(port, &e, &o) {
                    self.fail(e.line, message);
                }
            }
        }
    }

    /// Leftover expectations and outputs are failures.
    fn finish(mut self) -> StfReport {
        for (port, queue) in std::mem::take(&mut self.expectations) {
            for e in queue {
                self.report.checks += 1;
                let what = e.pattern.as_ref().map(|p| format!(" ({p})")).unwrap_or_default();
                self.fail(e.line, format!("expected a packet on port {port}{what}, none came"));
            }
        }
        for (port, queue) in std::mem::take(&mut self.outputs) {
            for o in queue {
                let message =
                    format!("packet from line {} was not expected: came out of port {port}: {}", o.line, hex(&o.data));
                self.fail(o.line, message);
            }
        }
        self.report.failures.sort_by_key(|f| f.line);
        self.report
    }
}

/// Why output `o` does not meet expectation `e`, if it does not.
fn compare(port: u32, e: &Expectation, o: &Output) -> Option<String> {
    if let Some(pattern) = &e.pattern {
        if let Some(nibble) = pattern.mismatch(&o.data) {
            let detail = if nibble >= o.data.len() * 2 {
                format!("{} bytes", o.data.len())
            } else if pattern.exact && nibble >= pattern.nibbles.len() {
                format!("{} bytes, expected exactly {}", o.data.len(), pattern.nibbles.len().div_ceil(2))
            } else {
                format!("first difference at byte {}", nibble / 2)
            };
            return Some(format!(
                "expected packet on port {port}: {pattern}; got {} (packet from line {}, {detail})",
                hex(&o.data),
                o.line
            ));
        }
    }
    match e.mark {
        Some(want) if want != o.mark => Some(format!(
            "expected mark {want} ({want:#x}) on port {port}; got mark {} ({:#x}) (packet from line {})",
            o.mark, o.mark, o.line
        )),
        _ => None,
    }
}

/// Run parsed statements in order against `target`.
pub fn run_statements(module: &Module, statements: &[(usize, Statement)], target: &mut dyn Target) -> StfReport {
    let mut runner = Runner {
        module,
        outputs: BTreeMap::new(),
        expectations: BTreeMap::new(),
        last_packet: None,
        time_ns: 0,
        report: StfReport::default(),
    };
    for (line, statement) in statements {
        runner.statement(target, *line, statement);
        runner.match_queues();
    }
    runner.finish()
}

/// Parse and run an STF text against `target`. Parse errors are failures; the good lines still
/// run.
pub fn run_stf(module: &Module, text: &str, target: &mut dyn Target) -> StfReport {
    let (statements, errors) = parse_stf(module, text);
    let mut report = run_statements(module, &statements, target);
    report.failures.extend(errors);
    report.failures.sort_by_key(|f| f.line);
    report
}

/// Parse and run an STF text against a fresh reference interpreter.
pub fn run_stf_interp(module: &Module, text: &str) -> StfReport {
    let mut machine = Machine::new(module);
    run_stf(module, text, &mut machine)
}
