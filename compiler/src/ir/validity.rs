//! Which headers are known valid where: a forward data-flow pass over the parser and then the
//! control, shared by the code generators (a field of a header known valid needs no validity
//! test). A header becomes known valid after its `extract` or `setValid()`, stops being so after
//! `setInvalid()`, and is known valid on the edges of a branch whose condition implies it:
//! `h.isValid()`, its negation, `&&`/`||`/`&`/`|` of such conditions, also through the variables
//! the IR keeps short-circuit results in. At a join the sets of the incoming edges intersect; the
//! control starts with the intersection of the parser's accepting edges. Headers some
//! `setInvalid()` touches never enter implications (a fact could outlive its truth). A function
//! with a back edge gets no facts (and after such a parser nothing is known).

use super::{Block, Function, HeaderId, Inst, Module, SelectTarget, Terminator, Value, VarId};
use cranelift_entity::EntityRef;
use std::collections::{HashMap, HashSet};

type Headers = HashSet<HeaderId>;

/// Headers known valid when each block starts, for the parser (`[0]`) and the control (`[1]`);
/// blocks without an entry (unreachable, or in a function with a back edge) know nothing.
pub type KnownValid = [HashMap<Block, Headers>; 2];

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
    variables: HashMap<VarId, Facts>,
}

impl State {
    /// What a variable says on this path: its facts plus what is known valid anyway (headers some
    /// `setInvalid()` touches excepted: facts never mention them).
    fn implied(&self, var: &VarId, invalidated: &Headers) -> Facts {
        let mut facts = self.variables.get(var).cloned().unwrap_or_default();
        let lasting = self.known.iter().filter(|h| !invalidated.contains(h)).copied();
        facts.when_true.extend(lasting.clone());
        facts.when_false.extend(lasting);
        facts
    }

    fn meet(&mut self, other: &State, invalidated: &Headers) {
        let vars: HashSet<VarId> = self.variables.keys().chain(other.variables.keys()).copied().collect();
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

/// Blocks reachable from the entry, in reverse post order (in an acyclic function every edge goes
/// forward in it).
pub fn reverse_post_order(function: &Function) -> Vec<Block> {
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

/// Headers some `setInvalid()` touches, anywhere in the module.
pub fn invalidated_headers(module: &Module) -> Headers {
    [&module.parser, &module.control]
        .into_iter()
        .flat_map(|f| f.blocks.values().flat_map(|b| &b.insts))
        .filter_map(|inst| if let Inst::SetValid { header, valid: false } = inst { Some(*header) } else { None })
        .collect()
}

/// Run the analysis over the parser and the control.
pub fn known_valid(module: &Module) -> KnownValid {
    let invalidated = invalidated_headers(module);
    let mut result: KnownValid = Default::default();
    let mut accepted: Option<Headers> = None;
    for (index, function) in [&module.parser, &module.control].into_iter().enumerate() {
        let start = State { known: if index == 0 { Headers::new() } else { accepted.clone().unwrap_or_default() }, ..Default::default() };
        let order = reverse_post_order(function);
        let position: HashMap<Block, usize> = order.iter().enumerate().map(|(i, b)| (*b, i)).collect();
        let back_edge = order.iter().enumerate().any(|(i, b)| {
            function.blocks[*b].terminator.successors().iter().any(|s| position.get(s).is_none_or(|&p| p <= i))
        });
        if back_edge {
            accepted = Some(Headers::new());
            continue;
        }
        let mut incoming: HashMap<Block, State> = HashMap::new();
        incoming.insert(function.entry, start);
        let mut value_facts: HashMap<Value, Facts> = HashMap::new();
        for block in order {
            let Some(mut state) = incoming.get(&block).cloned() else { continue };
            result[index].insert(block, state.known.clone());
            let data = &function.blocks[block];
            for inst in &data.insts {
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
                Terminator::Branch { cond, if_true, if_false } => {
                    let facts = value_facts.get(cond).cloned().unwrap_or_default();
                    let (mut on_true, mut on_false) = (state.clone(), state);
                    on_true.known.extend(facts.when_true);
                    on_false.known.extend(facts.when_false);
                    send(*if_true, on_true, &mut incoming);
                    send(*if_false, on_false, &mut incoming);
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
                other => {
                    for target in other.successors() {
                        send(target, state.clone(), &mut incoming);
                    }
                }
            }
        }
    }
    result
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
        Inst::Unary { result, op: super::UnaryOp::Not, arg } => {
            let facts = of(values, arg);
            values.insert(*result, Facts { when_true: facts.when_false, when_false: facts.when_true });
        }
        Inst::Binary { result, op, lhs, rhs } if function.values[*result] == super::Type::Bool => {
            let (a, b) = (of(values, lhs), of(values, rhs));
            let facts = match op {
                super::BinaryOp::LogicalOr | super::BinaryOp::Or => Facts {
                    when_true: a.when_true.intersection(&b.when_true).copied().collect(),
                    when_false: a.when_false.union(&b.when_false).copied().collect(),
                },
                super::BinaryOp::LogicalAnd | super::BinaryOp::And => Facts {
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
