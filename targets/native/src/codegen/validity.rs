//! Which headers are known valid where, so field reads and writes of those headers need no
//! validity test (a port of the eBPF target's analysis, `targets/ebpf/src/codegen/validity.rs`).
//!
//! A forward data-flow over the parser and then the control (both acyclic; a function with a back
//! edge gets no facts): a header becomes known valid after its `extract` or `setValid()`, stops
//! being so after `setInvalid()`, and is known valid on the edges of a branch whose condition
//! implies it: `h.isValid()`, its negation, `&&`/`||`/`&`/`|` of such conditions, also through the
//! variables the IR keeps short-circuit results in. At a join the incoming sets intersect; the
//! control starts with the intersection of the parser's accepting edges. Headers some
//! `setInvalid()` touches never enter implications (a fact could outlive its truth). Besides, a
//! block whose only predecessor branches on `isValid()` (or its negation) knows that header's
//! validity either way: the "known invalid" facts.

use std::collections::{HashMap, HashSet};

use cranelift_entity::EntityRef;

use flowmark_compiler::ir::{self, Block, Function, HeaderId, Inst, SelectTarget, Terminator, UnaryOp, Value};

type Headers = HashSet<HeaderId>;

/// Per block of one function: (header, valid) facts that hold when the block starts.
pub(super) type Facts = HashMap<Block, Vec<(HeaderId, bool)>>;

/// What a boolean says about headers: valid when it is true, valid when it is false.
#[derive(Clone, Debug, Default, PartialEq)]
struct Implies {
    when_true: Headers,
    when_false: Headers,
}

/// The data-flow state at a program point: headers known valid, and what boolean variables say.
#[derive(Clone, Debug, Default)]
struct State {
    known: Headers,
    variables: HashMap<ir::VarId, Implies>,
}

impl State {
    /// What a variable says on this path: its implications plus what is known valid anyway
    /// (only headers no `setInvalid()` touches, so the implication cannot go stale).
    fn implied(&self, var: &ir::VarId, invalidated: &Headers) -> Implies {
        let mut facts = self.variables.get(var).cloned().unwrap_or_default();
        let stable = self.known.iter().filter(|h| !invalidated.contains(h)).copied();
        facts.when_true.extend(stable.clone());
        facts.when_false.extend(stable);
        facts
    }

    fn meet(&mut self, other: &State, invalidated: &Headers) {
        let vars: HashSet<ir::VarId> = self.variables.keys().chain(other.variables.keys()).copied().collect();
        let mut variables = HashMap::new();
        for var in vars {
            let (mine, theirs) = (self.implied(&var, invalidated), other.implied(&var, invalidated));
            let facts = Implies {
                when_true: mine.when_true.intersection(&theirs.when_true).copied().collect(),
                when_false: mine.when_false.intersection(&theirs.when_false).copied().collect(),
            };
            if facts != Implies::default() {
                variables.insert(var, facts);
            }
        }
        self.variables = variables;
        self.known.retain(|h| other.known.contains(h));
    }
}

fn reverse_post_order(function: &Function) -> Vec<Block> {
    let mut visited = vec![false; function.blocks.len()];
    let mut post = Vec::new();
    let mut stack = vec![(function.entry, 0usize)];
    visited[function.entry.index()] = true;
    while let Some((block, next)) = stack.pop() {
        let successors = function.blocks[block].terminator.successors();
        if next < successors.len() {
            stack.push((block, next + 1));
            let successor = successors[next];
            if !visited[successor.index()] {
                visited[successor.index()] = true;
                stack.push((successor, 0));
            }
        } else {
            post.push(block);
        }
    }
    post.reverse();
    post
}

/// The result of the analysis.
pub(super) struct Validity {
    /// Facts for the parser (`[0]`) and the control (`[1]`).
    pub facts: [Facts; 2],
    /// Headers some field read may read while they are not known valid, or that `setValid()`
    /// makes valid without an `extract`: their pointers must start at readable zeros. Other
    /// headers' pointers are only dereferenced after their `extract` set them.
    pub needs_zero: Headers,
}

/// Analyze the parser and the control.
pub(super) fn analyze(module: &ir::Module) -> Validity {
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
    let mut accepted: Option<Headers> = None;
    let mut out: [Facts; 2] = Default::default();
    let mut needs_zero = Headers::new();
    for (index, function) in [&module.parser, &module.control].into_iter().enumerate() {
        let known = if index == 0 { Headers::new() } else { accepted.clone().unwrap_or_default() };
        let mut facts = branch_facts(function);
        for inst in function.blocks.values().flat_map(|b| &b.insts) {
            if let Inst::SetValid { header, valid: true } = inst {
                needs_zero.insert(*header);
            }
        }
        match known_valid(function, known, &invalidated, &mut accepted, &mut needs_zero) {
            Some(at_entry) => {
                for (block, known) in at_entry {
                    let here = facts.entry(block).or_default();
                    here.retain(|(h, _)| !known.contains(h));
                    let mut known: Vec<HeaderId> = known.into_iter().collect();
                    known.sort_by_key(|h| h.index());
                    here.extend(known.into_iter().map(|h| (h, true)));
                }
            }
            // A back edge: no data-flow facts here, and nothing known after the parser.
            None => {
                accepted = Some(Headers::new());
                needs_zero.extend(module.headers.keys());
            }
        }
        out[index] = facts;
    }
    Validity { facts: out, needs_zero }
}

/// Headers known valid at each block's start; `None` when the function has a back edge.
fn known_valid(
    function: &Function,
    start: Headers,
    invalidated: &Headers,
    accepted: &mut Option<Headers>,
    needs_zero: &mut Headers,
) -> Option<HashMap<Block, Headers>> {
    let order = reverse_post_order(function);
    let position: HashMap<Block, usize> = order.iter().enumerate().map(|(i, b)| (*b, i)).collect();
    let mut at_entry = HashMap::new();
    let mut incoming: HashMap<Block, State> = HashMap::new();
    incoming.insert(function.entry, State { known: start, ..Default::default() });
    let mut values: HashMap<Value, Implies> = HashMap::new();
    let mut accepts: Vec<Headers> = Vec::new();
    for (i, &block) in order.iter().enumerate() {
        let data = &function.blocks[block];
        if data.terminator.successors().iter().any(|s| position.get(s).is_none_or(|&p| p <= i)) {
            return None;
        }
        let Some(mut state) = incoming.get(&block).cloned() else { continue };
        at_entry.insert(block, state.known.clone());
        for inst in &data.insts {
            match inst {
                Inst::ReadField { header, .. } if !state.known.contains(header) => {
                    needs_zero.insert(*header);
                }
                Inst::Extract { header } | Inst::SetValid { header, valid: true } => {
                    state.known.insert(*header);
                }
                Inst::SetValid { header, valid: false } => {
                    state.known.remove(header);
                }
                _ => {}
            }
            record(function, inst, &mut state, &mut values, invalidated);
        }
        let mut send = |target: Block, state: State| match incoming.get_mut(&target) {
            Some(existing) => existing.meet(&state, invalidated),
            None => {
                incoming.insert(target, state);
            }
        };
        match &data.terminator {
            Terminator::Branch { cond, if_true, if_false } => {
                let facts = values.get(cond).cloned().unwrap_or_default();
                let (mut on_true, mut on_false) = (state.clone(), state);
                on_true.known.extend(facts.when_true);
                on_false.known.extend(facts.when_false);
                send(*if_true, on_true);
                send(*if_false, on_false);
            }
            Terminator::Select { cases, default, .. } => {
                for target in cases.iter().map(|c| c.target).chain([*default]) {
                    match target {
                        SelectTarget::Block(b) => send(b, state.clone()),
                        SelectTarget::Accept => accepts.push(state.known.clone()),
                        SelectTarget::Reject(_) => {}
                    }
                }
            }
            Terminator::Accept => accepts.push(state.known.clone()),
            t => {
                for target in t.successors() {
                    send(target, state.clone());
                }
            }
        }
    }
    for known in accepts {
        match accepted {
            Some(existing) => existing.retain(|h| known.contains(h)),
            None => *accepted = Some(known),
        }
    }
    Some(at_entry)
}

/// What `inst` makes known about booleans (values and variables).
fn record(function: &Function, inst: &Inst, state: &mut State, values: &mut HashMap<Value, Implies>, invalidated: &Headers) {
    let of = |values: &HashMap<Value, Implies>, v: &Value| values.get(v).cloned().unwrap_or_default();
    match inst {
        Inst::IsValid { result, header } if !invalidated.contains(header) => {
            values.insert(*result, Implies { when_true: [*header].into(), when_false: Headers::new() });
        }
        Inst::Unary { result, op: UnaryOp::Not, arg } => {
            let facts = of(values, arg);
            values.insert(*result, Implies { when_true: facts.when_false, when_false: facts.when_true });
        }
        Inst::Binary { result, op, lhs, rhs } if function.values[*result] == ir::Type::Bool => {
            let (a, b) = (of(values, lhs), of(values, rhs));
            let facts = match op {
                ir::BinaryOp::LogicalOr | ir::BinaryOp::Or => Implies {
                    when_true: a.when_true.intersection(&b.when_true).copied().collect(),
                    when_false: a.when_false.union(&b.when_false).copied().collect(),
                },
                ir::BinaryOp::LogicalAnd | ir::BinaryOp::And => Implies {
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

/// Headers whose validity a block knows from its only predecessor's branch on `isValid()` (or
/// its negation): (header, valid) per block. Reads of their fields there need no validity select.
fn branch_facts(func: &Function) -> Facts {
    // Per block: the values that still say whether a header is valid at its terminator.
    let mut tested: HashMap<Block, HashMap<Value, (HeaderId, bool)>> = HashMap::new();
    let mut predecessors: HashMap<Block, usize> = HashMap::new();
    for (block, data) in func.blocks.iter() {
        let here = tested.entry(block).or_default();
        for inst in &data.insts {
            match inst {
                Inst::IsValid { result, header } => {
                    here.insert(*result, (*header, true));
                }
                Inst::Unary { result, op: UnaryOp::Not, arg } => {
                    if let Some(&(h, polarity)) = here.get(arg) {
                        here.insert(*result, (h, !polarity));
                    }
                }
                Inst::SetValid { header, .. } | Inst::Extract { header } => here.retain(|_, (h, _)| h != header),
                _ => {}
            }
        }
        let mut targets: Vec<Block> = Vec::new();
        match &data.terminator {
            Terminator::Jump(b) => targets.push(*b),
            Terminator::Branch { if_true, if_false, .. } => targets.extend([*if_true, *if_false]),
            Terminator::Switch { cases, default, .. } => {
                targets.extend(cases.iter().map(|(_, b)| *b));
                targets.push(*default);
            }
            Terminator::Select { cases, default, .. } => {
                for target in cases.iter().map(|c| c.target).chain([*default]) {
                    if let SelectTarget::Block(b) = target {
                        targets.push(b);
                    }
                }
            }
            _ => {}
        }
        for b in targets {
            *predecessors.entry(b).or_default() += 1;
        }
    }
    let mut facts: HashMap<Block, Vec<(HeaderId, bool)>> = HashMap::new();
    for (block, data) in func.blocks.iter() {
        if let Terminator::Branch { cond, if_true, if_false } = &data.terminator {
            let Some(&(header, polarity)) = tested.get(&block).and_then(|t| t.get(cond)) else { continue };
            for (target, valid) in [(*if_true, polarity), (*if_false, !polarity)] {
                if predecessors.get(&target) == Some(&1) && if_true != if_false {
                    facts.entry(target).or_default().push((header, valid));
                }
            }
        }
    }
    facts
}

