//! Which headers are known to be valid where: a forward data-flow pass over the parser and the
//! control (both acyclic), so the code generator can skip null tests on header pointers and
//! initialize only the pointers some path may read before the parser sets them.
//!
//! A header becomes known valid after its `extract`, stops being so after `setInvalid()`, and is
//! known valid on the edges of a branch whose condition implies it: `h.isValid()`, its negation,
//! `&&`/`||`/`&`/`|` of such conditions, also through the variables the IR keeps short-circuit
//! results in. At a join the sets of the incoming edges intersect; the control starts with the
//! intersection of the parser's accepting edges. Headers some `setInvalid()` touches never enter
//! such implications.

use flowmark_compiler::ir::{self, Block, Function, HeaderId, Inst, SelectTarget, Terminator, Value};
use std::collections::{HashMap, HashSet};

type Headers = HashSet<HeaderId>;

/// The result of the analysis for the parser (`[0]`) and the control (`[1]`).
#[derive(Debug, Default)]
pub struct Validity {
    /// Headers known valid when each block starts.
    pub at_entry: [HashMap<Block, Headers>; 2],
    /// Headers whose pointer some instruction reads where the header is not known valid: their
    /// pointer registers must hold 0 from the start of the program.
    pub needs_initial_zero: Headers,
    /// Headers every `extract` of which happens at the same constant packet offset.
    pub fixed_offsets: HashMap<HeaderId, u32>,
}

/// The headers an instruction reads the pointer of (`extract` writes it, `setInvalid` too).
fn header_read_by(inst: &Inst) -> Option<HeaderId> {
    match inst {
        Inst::ReadField { header, .. }
        | Inst::WriteField { header, .. }
        | Inst::IsValid { header, .. }
        | Inst::Ipv4ChecksumUpdate { header, .. }
        | Inst::ChecksumReplace { header, .. } => Some(*header),
        _ => None,
    }
}

/// Apply one instruction to the set of known-valid headers.
pub fn step(known: &mut Headers, inst: &Inst) {
    match inst {
        Inst::Extract { header } | Inst::SetValid { header, valid: true } => {
            known.insert(*header);
        }
        Inst::SetValid { header, valid: false } => {
            known.remove(header);
        }
        _ => {}
    }
}

/// What a boolean tells about headers: valid when it is true, valid when it is false.
#[derive(Clone, Debug, Default, PartialEq)]
struct Facts {
    when_true: Headers,
    when_false: Headers,
}

/// The data-flow state at a program point: headers known valid, and what the boolean variables
/// (the IR keeps `a || b` results in variables) say.
#[derive(Clone, Debug, Default)]
struct State {
    known: Headers,
    variables: HashMap<ir::VarId, Facts>,
}

impl State {
    /// What a variable says on this path: its facts plus what is known valid anyway (headers some
    /// `setInvalid()` touches excepted: facts never mention them).
    fn implied(&self, var: &ir::VarId, invalidated: &Headers) -> Facts {
        let mut facts = self.variables.get(var).cloned().unwrap_or_default();
        let lasting = self.known.iter().filter(|h| !invalidated.contains(h)).copied();
        facts.when_true.extend(lasting.clone());
        facts.when_false.extend(lasting);
        facts
    }

    fn meet(&mut self, other: &State, invalidated: &Headers) {
        let vars: HashSet<ir::VarId> = self.variables.keys().chain(other.variables.keys()).copied().collect();
        let mut variables = HashMap::new();
        for var in vars {
            let (mine, theirs) = (self.implied(&var, invalidated), other.implied(&var, invalidated));
            let facts = Facts {
                when_true: mine.when_true.intersection(&theirs.when_true).copied().collect(),
                when_false: mine.when_false.intersection(&theirs.when_false).copied().collect(),
            };
            if facts != Facts::default() {
                variables.insert(var, facts);
            }
        }
        self.variables = variables;
        self.known.retain(|h| other.known.contains(h));
    }
}

pub fn analyze(module: &ir::Module) -> Validity {
    let mut result = Validity::default();
    let mut accepted: Option<Headers> = None;
    // Facts never mention a header some `setInvalid` touches (a fact could outlive its truth).
    let mut invalidated = Headers::new();
    for function in [&module.parser, &module.control] {
        for (_, block) in function.blocks.iter() {
            for inst in &block.insts {
                if let Inst::SetValid { header, valid: false } = inst {
                    invalidated.insert(*header);
                }
            }
        }
    }
    for (index, function) in [&module.parser, &module.control].into_iter().enumerate() {
        let start = State { known: if index == 0 { Headers::new() } else { accepted.clone().unwrap_or_default() }, ..Default::default() };
        let mut incoming: HashMap<Block, State> = HashMap::new();
        incoming.insert(function.entry, start);
        let mut value_facts: HashMap<Value, Facts> = HashMap::new();
        for block in super::lower::reverse_post_order(function) {
            let Some(mut state) = incoming.get(&block).cloned() else { continue };
            result.at_entry[index].insert(block, state.known.clone());
            let data = &function.blocks[block];
            for inst in &data.insts {
                if let Some(header) = header_read_by(inst) {
                    if !state.known.contains(&header) {
                        result.needs_initial_zero.insert(header);
                    }
                }
                step(&mut state.known, inst);
                if let Inst::SetValid { header, valid: false } = inst {
                    // No implication may outlive the header's validity.
                    for facts in state.variables.values_mut() {
                        facts.when_true.remove(header);
                        facts.when_false.remove(header);
                    }
                }
                record_facts(function, inst, &mut state, &mut value_facts, &invalidated);
            }
            let send = |target: Block, state: State, incoming: &mut HashMap<Block, State>| match incoming.get_mut(&target) {
                Some(existing) => existing.meet(&state, &invalidated),
                None => {
                    incoming.insert(target, state);
                }
            };
            match &data.terminator {
                Terminator::Jump(target) => send(*target, state, &mut incoming),
                Terminator::Branch { cond, if_true, if_false } => {
                    let facts = value_facts.get(cond).cloned().unwrap_or_default();
                    let (mut on_true, mut on_false) = (state.clone(), state);
                    on_true.known.extend(facts.when_true);
                    on_false.known.extend(facts.when_false);
                    send(*if_true, on_true, &mut incoming);
                    send(*if_false, on_false, &mut incoming);
                }
                Terminator::Switch { cases, default, .. } => {
                    for (_, target) in cases {
                        send(*target, state.clone(), &mut incoming);
                    }
                    send(*default, state, &mut incoming);
                }
                Terminator::Select { cases, default, .. } => {
                    for target in cases.iter().map(|c| c.target).chain([*default]) {
                        match target {
                            SelectTarget::Block(b) => send(b, state.clone(), &mut incoming),
                            SelectTarget::Accept => accept(&mut accepted, &state.known),
                            SelectTarget::Reject(_) => {}
                        }
                    }
                }
                Terminator::Accept => accept(&mut accepted, &state.known),
                Terminator::Reject(_) | Terminator::Return => {}
            }
        }
    }
    result.fixed_offsets = fixed_offsets(module);
    result
}

/// Headers extracted at one constant offset on every path (the cursor is constant until a
/// variable `advance`, and paths that meet with different cursors make it unknown).
fn fixed_offsets(module: &ir::Module) -> HashMap<HeaderId, u32> {
    let parser = &module.parser;
    let mut constants: HashMap<Value, u128> = HashMap::new();
    for (_, block) in parser.blocks.iter() {
        for inst in &block.insts {
            if let Inst::Const { result, value } = inst {
                constants.insert(*result, *value);
            }
        }
    }
    // Cursor at block entry: Some(offset) when known, None when unknown.
    let mut entry: HashMap<Block, Option<u32>> = HashMap::new();
    entry.insert(parser.entry, Some(0));
    let mut seen: HashMap<HeaderId, Option<u32>> = HashMap::new();
    for block in super::lower::reverse_post_order(parser) {
        let Some(mut cursor) = entry.get(&block).copied() else { continue };
        let data = &parser.blocks[block];
        for inst in &data.insts {
            match inst {
                Inst::Extract { header } => {
                    let here = seen.entry(*header).or_insert(cursor);
                    if *here != cursor {
                        *here = None;
                    }
                    let size = module.header_type(*header).size_bits / 8;
                    cursor = cursor.map(|c| c + size);
                }
                Inst::Advance { bits } => {
                    cursor = match (cursor, constants.get(bits)) {
                        (Some(c), Some(b)) if b % 8 == 0 && *b < 0x1_0000 => Some(c + (*b / 8) as u32),
                        _ => None,
                    };
                }
                _ => {}
            }
        }
        for successor in data.terminator.successors() {
            entry.entry(successor).and_modify(|e| if *e != cursor { *e = None }).or_insert(cursor);
        }
    }
    seen.into_iter().filter_map(|(h, offset)| offset.map(|o| (h, o))).collect()
}

fn accept(accepted: &mut Option<Headers>, known: &Headers) {
    match accepted {
        Some(existing) => existing.retain(|h| known.contains(h)),
        None => *accepted = Some(known.clone()),
    }
}

/// What `inst` makes known about booleans (values and variables).
fn record_facts(function: &Function, inst: &Inst, state: &mut State, values: &mut HashMap<Value, Facts>, invalidated: &Headers) {
    let of = |values: &HashMap<Value, Facts>, v: &Value| values.get(v).cloned().unwrap_or_default();
    match inst {
        Inst::IsValid { result, header } if !invalidated.contains(header) => {
            values.insert(*result, Facts { when_true: [*header].into(), when_false: Headers::new() });
        }
        Inst::Unary { result, op: ir::UnaryOp::Not, arg } => {
            let facts = of(values, arg);
            values.insert(*result, Facts { when_true: facts.when_false, when_false: facts.when_true });
        }
        Inst::Binary { result, op, lhs, rhs } if function.values[*result] == ir::Type::Bool => {
            let (a, b) = (of(values, lhs), of(values, rhs));
            let facts = match op {
                ir::BinaryOp::LogicalOr | ir::BinaryOp::Or => Facts {
                    when_true: a.when_true.intersection(&b.when_true).copied().collect(),
                    when_false: a.when_false.union(&b.when_false).copied().collect(),
                },
                ir::BinaryOp::LogicalAnd | ir::BinaryOp::And => Facts {
                    when_true: a.when_true.union(&b.when_true).copied().collect(),
                    when_false: a.when_false.intersection(&b.when_false).copied().collect(),
                },
                _ => return,
            };
            values.insert(*result, facts);
        }
        Inst::WriteVar { var, value } => match values.get(value) {
            Some(facts) => {
                state.variables.insert(*var, facts.clone());
            }
            None => {
                state.variables.remove(var);
            }
        },
        Inst::ReadVar { result, var } => {
            if let Some(facts) = state.variables.get(var) {
                values.insert(*result, facts.clone());
            }
        }
        _ => {}
    }
}

/// How many paths lead from the parser's start to its exits (saturating): what the verifier
/// explores when every path carries exact packet pointers.
pub fn parser_paths(function: &Function) -> u64 {
    let order = super::lower::reverse_post_order(function);
    let mut paths: HashMap<Block, u64> = HashMap::new();
    let mut total: u64 = 0;
    for block in order.iter().rev() {
        let successors = function.blocks[*block].terminator.successors();
        let count = if successors.is_empty() {
            1
        } else {
            successors.iter().map(|s| paths.get(s).copied().unwrap_or(1)).fold(0u64, u64::saturating_add)
        };
        let exits_too = matches!(&function.blocks[*block].terminator, Terminator::Select { cases, default, .. }
            if cases.iter().map(|c| c.target).chain([*default]).any(|t| !matches!(t, SelectTarget::Block(_))));
        paths.insert(*block, count.saturating_add(u64::from(exits_too)));
    }
    total = total.saturating_add(paths.get(&function.entry).copied().unwrap_or(1));
    total
}
