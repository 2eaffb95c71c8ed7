//! The parser function (already unrolled and acyclic) to the header graph: one node per parser
//! state that extracts headers or selects (states that only jump are folded into their target),
//! a jump per `select` case on the selected field's value (node 0 when the case accepts), the
//! default last. A case that tests several fields becomes a chain of nodes testing one field each
//! (`state/field`), so the graph keeps P4's first-match meaning exactly; ranges become one jump per
//! aligned value/mask block. What the graph cannot test (values that are not header fields,
//! parser rejection) is left out with a warning.

use crate::lower::{range_to_masks, Builder, Defs, Loc};
use crate::model::{uid, Cond, HeaderNode, Jump};
use flowmark_compiler::ir::{Block, Inst, KeySet, SelectTarget, Terminator, Value};
use flowmark_grammar::{Diagnostic, Span};
use std::collections::HashMap;

/// Where a jump goes: a node uid, or done (0).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    Node(u32),
    Done,
}

impl Target {
    fn uid(self) -> u32 {
        match self {
            Target::Node(n) => n,
            Target::Done => 0,
        }
    }
}

/// One `select` case as a conjunction of conditions; `approx` when a condition was left out.
#[derive(Clone, Debug)]
struct Row {
    conds: Vec<Cond>,
    target: Target,
    approx: bool,
}

/// Cap on the nodes a multi-field `select` may add.
const MAX_NODES: usize = 4096;
/// Cap on the rows one case may expand into (ranges on several fields).
const MAX_ROWS: usize = 256;

#[derive(Clone, Copy)]
enum Resolved {
    Node(Block),
    Done,
    Reject(u32, Span),
}

struct Graph {
    nodes: Vec<HeaderNode>,
    /// For nodes added for multi-field cases: the node (index) they test for.
    parents: Vec<Option<usize>>,
    names: HashMap<String, usize>,
    overflow: bool,
}

impl Graph {
    /// Renumber so that added nodes follow the node they belong to (depth first).
    fn into_ordered(self) -> Vec<HeaderNode> {
        let count = self.nodes.len();
        let mut order = Vec::with_capacity(count);
        let mut stack: Vec<usize> = (0..count).filter(|&i| self.parents[i].is_none()).rev().collect();
        while let Some(i) = stack.pop() {
            order.push(i);
            let children: Vec<usize> = (0..count).filter(|&c| self.parents[c] == Some(i)).collect();
            stack.extend(children.into_iter().rev());
        }
        let mut new_uid = vec![0u32; count];
        for (position, &old) in order.iter().enumerate() {
            new_uid[old] = uid(position);
        }
        let mut nodes: Vec<Option<HeaderNode>> = self.nodes.into_iter().map(Some).collect();
        let mut out = Vec::with_capacity(count);
        for old in order {
            if let Some(mut node) = nodes[old].take() {
                for jump in &mut node.jumps {
                    if jump.node != 0 {
                        jump.node = new_uid.get(jump.node as usize - 1).copied().unwrap_or(0);
                    }
                }
                out.push(node);
            }
        }
        out
    }
}

impl Graph {
    fn unique(&mut self, base: &str) -> String {
        let count = self.names.entry(base.to_string()).or_insert(0);
        *count += 1;
        if *count == 1 {
            base.to_string()
        } else {
            format!("{base}~{count}")
        }
    }
}

pub fn build(b: &mut Builder) {
    let module = b.module;
    let func = &module.parser;
    let defs = Defs::new(func);

    // Blocks reachable from the entry, in block order.
    let mut reachable = vec![false; func.blocks.len()];
    let mut stack = vec![func.entry];
    while let Some(block) = stack.pop() {
        let Some(seen) = reachable.get_mut(block.as_u32() as usize) else { continue };
        if *seen {
            continue;
        }
        *seen = true;
        if let Some(data) = func.blocks.get(block) {
            stack.extend(data.terminator.successors());
        }
    }
    let is_node = |block: Block| -> bool {
        func.blocks.get(block).is_some_and(|d| {
            d.insts.iter().any(|i| matches!(i, Inst::Extract { .. }))
                || !matches!(d.terminator, Terminator::Jump(_) | Terminator::Accept | Terminator::Reject(_))
        })
    };
    let resolve = |start: Block| -> Resolved {
        let mut block = start;
        for _ in 0..=func.blocks.len() {
            if is_node(block) {
                return Resolved::Node(block);
            }
            let Some(data) = func.blocks.get(block) else { return Resolved::Done };
            match data.terminator {
                Terminator::Jump(next) => block = next,
                Terminator::Reject(e) => return Resolved::Reject(e, data.terminator_span),
                _ => return Resolved::Done,
            }
        }
        Resolved::Done
    };

    // Rejections anywhere in the parser: `verify` and `reject`.
    for (block, data) in func.blocks.iter() {
        if !reachable.get(block.as_u32() as usize).copied().unwrap_or(false) {
            continue;
        }
        for (i, inst) in data.insts.iter().enumerate() {
            if let Inst::Verify { error, .. } = inst {
                let span = data.spans.get(i).copied().unwrap_or(data.terminator_span);
                warn_reject(b, span, *error, "`verify` rejects here");
            }
        }
    }

    let root = match resolve(func.entry) {
        Resolved::Node(block) => Some(block),
        Resolved::Reject(e, span) => {
            warn_reject(b, span, e, "the parser rejects here");
            None
        }
        Resolved::Done => None,
    };
    let mut order: Vec<Block> = root.into_iter().collect();
    for (block, _) in func.blocks.iter() {
        if reachable.get(block.as_u32() as usize).copied().unwrap_or(false) && is_node(block) && Some(block) != root {
            order.push(block);
        }
    }
    let mut graph = Graph { nodes: Vec::new(), parents: Vec::new(), names: HashMap::new(), overflow: false };
    let mut node_uid: HashMap<Block, u32> = HashMap::new();
    for &block in &order {
        let data = &func.blocks[block];
        let base = data.name.clone().unwrap_or_else(|| block.to_string());
        let name = graph.unique(&base);
        let mut hdrs = Vec::new();
        let mut instances = Vec::new();
        for inst in &data.insts {
            if let Inst::Extract { header } = inst {
                hdrs.push(b.header_type_uid(*header));
                instances.push(b.instance_uid(*header));
            }
        }
        graph.nodes.push(HeaderNode { name, hdrs, instances, jumps: Vec::new() });
        graph.parents.push(None);
        node_uid.insert(block, uid(graph.nodes.len() - 1));
    }

    for (index, &block) in order.iter().enumerate() {
        let data = &func.blocks[block];
        let span = data.terminator_span;
        let target_of = |b: &mut Builder, to: Resolved| -> Target {
            match to {
                Resolved::Node(block) => node_uid.get(&block).map_or(Target::Done, |&n| Target::Node(n)),
                Resolved::Done => Target::Done,
                Resolved::Reject(e, at) => {
                    warn_reject(b, at, e, "the parser rejects here");
                    Target::Done
                }
            }
        };
        let select_target = |b: &mut Builder, to: SelectTarget| -> Target {
            match to {
                SelectTarget::Block(next) => target_of(b, resolve(next)),
                SelectTarget::Accept => Target::Done,
                SelectTarget::Reject(e) => target_of(b, Resolved::Reject(e, span)),
            }
        };
        let (rows, default) = match &data.terminator {
            Terminator::Jump(next) => (Vec::new(), target_of(b, resolve(*next))),
            Terminator::Accept | Terminator::Return => (Vec::new(), Target::Done),
            Terminator::Reject(e) => (Vec::new(), target_of(b, Resolved::Reject(*e, span))),
            Terminator::Select { keys, cases, default } => {
                let state = graph.nodes[index].name.clone();
                let mut rows = Vec::new();
                for case in cases {
                    let target = select_target(b, case.target);
                    for (conds, approx) in case_rows(b, &defs, keys, &case.keysets, span, &state) {
                        rows.push(Row { conds, target, approx });
                    }
                }
                (rows, select_target(b, *default))
            }
            Terminator::Branch { .. } | Terminator::Switch { .. } => {
                let state = graph.nodes[index].name.clone();
                b.warn(
                    Diagnostic::warning(
                        "W0501",
                        format!("the condition of parser state `{state}` is left out of the header graph"),
                    )
                    .primary(span, "the header graph cannot test this")
                    .note("every successor is kept as an unconditional jump"),
                );
                let rows = data
                    .terminator
                    .successors()
                    .into_iter()
                    .map(|next| Row { conds: Vec::new(), target: target_of(b, resolve(next)), approx: true })
                    .collect();
                (rows, Target::Done)
            }
        };
        let jumps = compile(&mut graph, b, index, rows, default);
        graph.nodes[index].jumps = jumps;
    }
    if graph.overflow {
        b.warn(
            Diagnostic::warning(
                "W0501",
                "a multi-field `select` is too complex for the header graph; some of its conditions are left out",
            )
            .primary(func.blocks.get(func.entry).map(|d| d.terminator_span).unwrap_or_default(), "in this parser"),
        );
    }
    b.model.header_nodes = graph.into_ordered();
}

fn warn_reject(b: &mut Builder, span: Span, error: u32, label: &str) {
    let name = b.module.errors.get(error as usize).cloned().unwrap_or_else(|| error.to_string());
    b.warn(
        Diagnostic::warning("W0502", "parser rejection is left out of the header graph")
            .primary(span, label.to_string())
            .note(format!(
                "the program rejects (error `{name}`) where the model just ends parsing: the header graph only says which headers follow which"
            )),
    );
}

/// Describe a select key the graph cannot test.
fn describe(b: &Builder, defs: &Defs, key: Value) -> String {
    match defs.view(b.module, key) {
        Some(view) => match view.loc {
            Loc::Var(v) => match b.module.variables.get(v) {
                Some(var) => format!("the variable `{}`", var.name),
                None => "a variable".into(),
            },
            Loc::Header(..) => "a header field wider than 64 bits".into(),
        },
        None => match defs.inst(key) {
            Some(Inst::Lookahead { .. }) => "a `lookahead` value".into(),
            _ => "a computed value".into(),
        },
    }
}

/// The condition alternatives of one case (several when ranges expand), each with whether a
/// condition was left out.
fn case_rows(
    b: &mut Builder,
    defs: &Defs,
    keys: &[Value],
    keysets: &[KeySet],
    span: Span,
    state: &str,
) -> Vec<(Vec<Cond>, bool)> {
    let mut alternatives: Vec<Vec<Cond>> = vec![Vec::new()];
    let mut approx = false;
    for (&key, keyset) in keys.iter().zip(keysets) {
        let width = u32::from(defs.func.values.get(key).map(|t| t.width()).unwrap_or(0));
        let pairs: Vec<(u128, u128)> = match *keyset {
            KeySet::Any => continue,
            KeySet::Value(v) => vec![(v, flowmark_compiler::ir::mask(width as u16))],
            KeySet::Mask(v, m) => vec![(v, m)],
            KeySet::Range(lo, hi) => range_to_masks(lo, hi, width),
        };
        let view = defs.view(b.module, key).filter(|v| matches!(v.loc, Loc::Header(..)));
        let conds: Option<Vec<Cond>> = match view {
            Some(view) => pairs.iter().map(|&(v, m)| b.view_cond(view, v, m)).collect(),
            None => None,
        };
        match conds {
            Some(conds) if !conds.is_empty() && alternatives.len() * conds.len() <= MAX_ROWS => {
                let mut next = Vec::new();
                for alternative in &alternatives {
                    for cond in &conds {
                        let mut a = alternative.clone();
                        a.push(*cond);
                        next.push(a);
                    }
                }
                alternatives = next;
            }
            Some(conds) if conds.is_empty() => return Vec::new(),
            too_many => {
                approx = true;
                let what = if too_many.is_some() {
                    format!("a range that needs more than {MAX_ROWS} jumps")
                } else {
                    describe(b, defs, key)
                };
                b.warn(
                    Diagnostic::warning("W0501", format!("`select` condition left out of the header graph: {what}"))
                        .primary(defs.span(key).unwrap_or(span), "the header graph cannot test this")
                        .note(format!(
                            "jumps from state `{}` only test header fields of up to 64 bits; this condition is dropped from them",
                            state.split('.').next().unwrap_or(state)
                        )),
                );
            }
        }
    }
    alternatives.into_iter().map(|conds| (conds, approx)).collect()
}

/// Row `r` restricted to packets where `c` holds: conditions `c` implies are dropped, a row `c`
/// contradicts is dropped whole.
fn specialize(r: &Row, c: &Cond) -> Option<Row> {
    let mut conds = Vec::new();
    for d in &r.conds {
        if c.implies(d) {
            continue;
        }
        if c.contradicts(d) {
            return None;
        }
        conds.push(*d);
    }
    Some(Row { conds, target: r.target, approx: r.approx })
}

/// First-match rows to a jump list (adding nodes for multi-field rows).
fn compile(graph: &mut Graph, b: &Builder, parent: usize, mut rows: Vec<Row>, default: Target) -> Vec<Jump> {
    let mut jumps: Vec<Jump> = Vec::new();
    let mut i = 0;
    let mut finished = false;
    while i < rows.len() {
        let row = rows[i].clone();
        let Some(&c) = row.conds.first() else {
            if let Target::Node(n) = row.target {
                jumps.push(Jump { field: None, node: n });
            }
            if !row.approx {
                finished = true;
                break;
            }
            i += 1;
            continue;
        };
        let node = if row.conds.len() == 1 {
            row.target.uid()
        } else if graph.nodes.len() >= MAX_NODES {
            graph.overflow = true;
            row.target.uid()
        } else {
            let sub: Vec<Row> = rows[i..].iter().filter_map(|r| specialize(r, &c)).collect();
            let field = b.model.field(c.key.header, c.key.field).map(|f| f.name.clone()).unwrap_or_default();
            let base = graph.nodes.get(parent).map(|n| n.name.clone()).unwrap_or_default();
            let name = graph.unique(&format!("{base}/{field}"));
            graph.nodes.push(HeaderNode { name, hdrs: Vec::new(), instances: Vec::new(), jumps: Vec::new() });
            graph.parents.push(Some(parent));
            let index = graph.nodes.len() - 1;
            let sub_jumps = compile(graph, b, index, sub, default);
            graph.nodes[index].jumps = sub_jumps;
            uid(index)
        };
        jumps.push(Jump { field: Some(c.to_ref()), node });
        if !row.approx {
            // Later rows that need `c` can no longer match here.
            let mut kept: Vec<Row> = rows.drain(..=i).collect();
            kept.extend(rows.drain(..).filter(|r| !r.conds.iter().any(|d| d.implies(&c))));
            rows = kept;
        }
        i += 1;
    }
    if !finished {
        if let Target::Node(n) = default {
            jumps.push(Jump { field: None, node: n });
        }
    }
    let mut out: Vec<Jump> = Vec::new();
    for jump in jumps {
        if !out.contains(&jump) {
            out.push(jump);
        }
    }
    crate::model::trim_done(&mut out);
    out
}
