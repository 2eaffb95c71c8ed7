//! The control function to the table graph. From the start of the control and from the point
//! after every table apply, the walk collects the paths to the next table apply (or the end), each
//! with the decisions taken on the way. Decisions that do not change where a path leads (the
//! dispatch to the inlined action bodies, ifs around counters) drop out. A decision on a table's
//! `hit` or `action_run`, or a `==`/`!=` test of a header or metadata field against a constant,
//! becomes a jump condition on a field (`apply_result.hit`, `apply_result.action_run`, the field);
//! the rest (validity, ordered comparisons, computed values, several conditions on one path) is
//! left out with a warning. Jumps keep P4's order: a jump list is first-match, and "otherwise"
//! paths come after the cases they are the otherwise of.

use crate::lower::{Builder, Defs, Loc, APPLY_RESULT_ACTION_RUN, APPLY_RESULT_HIT};
use crate::model::{uid, Cond, Jump, TableNode, FLAG_DYNAMIC, FLAG_INGRESS_ROOT};
use flowmark_compiler::ir::{self, BinaryOp, Block, Inst, TableId, Terminator, UnaryOp, Value, VarId};
use flowmark_grammar::{Diagnostic, Span};

/// What a condition tests, to prefer a table's own result when a path has several.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Origin {
    Result(TableId),
    Field,
    Metadata(VarId),
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Dec {
    Cond {
        cond: Cond,
        origin: Origin,
        span: Span,
    },
    /// The other cases of a decision did not hold: implied by the order of the jumps.
    Otherwise,
    Unknown {
        span: Span,
        what: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    Table(TableId),
    End,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Path {
    decs: Vec<Dec>,
    target: Target,
}

/// The decision lists under which a condition is true (`true`) or false, in first-match order: an
/// "otherwise" in one comes after the alternatives it is the otherwise of.
type Alternatives = Vec<(Vec<Dec>, bool)>;

/// Cap on the paths from one point (independent ifs multiply them).
const MAX_PATHS: usize = 256;

struct Walk<'d, 'f> {
    defs: &'d Defs<'f>,
}

impl Walk<'_, '_> {
    /// The decision alternatives of a Bool value.
    fn expand(&self, b: &mut Builder, value: Value, span: Span, depth: u32) -> Alternatives {
        let span = self.defs.span(value).unwrap_or(span);
        let unknown = |what: String| {
            let d = Dec::Unknown { span, what };
            vec![(vec![d.clone()], true), (vec![d], false)]
        };
        if depth > 16 {
            return unknown("a deeply nested condition".into());
        }
        let Some(inst) = self.defs.inst(value) else { return unknown("a computed value".into()) };
        match inst {
            Inst::TableApply { table, hit, .. } if *hit == value => {
                let key = b.apply_result_key(*table, APPLY_RESULT_HIT);
                let origin = Origin::Result(*table);
                let yes = Dec::Cond { cond: Cond::new(key, 1, 1), origin, span };
                let no = Dec::Cond { cond: Cond::new(key, 0, 1), origin, span };
                vec![(vec![yes], true), (vec![no], false)]
            }
            Inst::Unary { op: UnaryOp::Not, arg, .. } => {
                self.expand(b, *arg, span, depth + 1).into_iter().map(|(alt, side)| (alt, !side)).collect()
            }
            Inst::Binary { op: op @ (BinaryOp::Eq | BinaryOp::Ne), lhs, rhs, .. } => {
                let pair = match (self.defs.constant(*lhs), self.defs.constant(*rhs)) {
                    (None, Some(c)) => Some((*lhs, c)),
                    (Some(c), None) => Some((*rhs, c)),
                    _ => None,
                };
                let dec = pair.and_then(|(field, constant)| self.field_dec(b, field, constant, span));
                let is_eq = *op == BinaryOp::Eq;
                match dec {
                    Some(dec) => vec![(vec![dec], is_eq), (vec![Dec::Otherwise], !is_eq)],
                    None => unknown(self.describe(b, value)),
                }
            }
            // `a || b`: a; else b. `a && b`: not a; else b.
            Inst::Binary { op: op @ (BinaryOp::LogicalOr | BinaryOp::LogicalAnd), lhs, rhs, .. } => {
                let decided_by_lhs = *op == BinaryOp::LogicalOr;
                let rest = self.expand(b, *rhs, span, depth + 1);
                let mut out = Vec::new();
                for (alt, side) in self.expand(b, *lhs, span, depth + 1) {
                    if side == decided_by_lhs {
                        out.push((alt, side));
                    } else {
                        for (more, side) in &rest {
                            let mut joined = alt.clone();
                            joined.extend(more.iter().cloned());
                            out.push((joined, *side));
                        }
                    }
                }
                out
            }
            Inst::ReadVar { .. } | Inst::ReadField { .. } => match self.field_dec(b, value, 1, span) {
                Some(dec) => vec![(vec![dec], true), (vec![Dec::Otherwise], false)],
                None => unknown(self.describe(b, value)),
            },
            _ => unknown(self.describe(b, value)),
        }
    }

    /// `field == constant` as a decision, if `field` is a header or metadata field.
    fn field_dec(&self, b: &mut Builder, field: Value, constant: u128, span: Span) -> Option<Dec> {
        let view = self.defs.view(b.module, field)?;
        let origin = match view.loc {
            Loc::Header(..) => Origin::Field,
            Loc::Var(v) => Origin::Metadata(v),
        };
        let cond = b.view_cond(view, constant, u128::MAX)?;
        Some(Dec::Cond { cond, origin, span })
    }

    fn describe(&self, b: &Builder, value: Value) -> String {
        let module = b.module;
        match self.defs.inst(value) {
            Some(Inst::IsValid { header, .. }) => {
                format!("the validity of `{}`", module.headers.get(*header).map_or("a header", |h| h.name.as_str()))
            }
            Some(Inst::Binary { op: BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge, .. }) => {
                "an ordered comparison (`<`, `<=`, `>`, `>=`)".into()
            }
            Some(Inst::Binary { op: BinaryOp::Eq | BinaryOp::Ne, .. }) => {
                "a comparison that is not `field == constant`".into()
            }
            Some(Inst::ReadVar { var, .. }) => {
                format!("the variable `{}`", module.variables.get(*var).map_or("?", |v| v.name.as_str()))
            }
            Some(Inst::MapLookup { map, .. }) => {
                format!("a lookup in map `{}`", module.maps.get(*map).map_or("?", |m| m.name.as_str()))
            }
            Some(Inst::HintApply { hint, .. }) => {
                format!("the result of hint `{}`", module.hints.get(*hint).map_or("?", |h| h.name.as_str()))
            }
            _ => "a computed value".into(),
        }
    }

    /// Paths from a terminator, given the paths from the start of each successor.
    fn terminator(&self, b: &mut Builder, block: Block, heads: &[Option<Vec<Path>>]) -> Vec<Path> {
        let func = self.defs.func;
        let Some(data) = func.blocks.get(block) else { return vec![end()] };
        let span = data.terminator_span;
        let head = |blk: Block| -> Vec<Path> {
            heads.get(blk.as_u32() as usize).and_then(|h| h.clone()).unwrap_or_else(|| vec![end()])
        };
        let paths = match &data.terminator {
            Terminator::Jump(next) => return head(*next),
            Terminator::Branch { cond, if_true, if_false } => {
                let (rt, rf) = (head(*if_true), head(*if_false));
                if rt == rf {
                    return rt;
                }
                let mut paths = Vec::new();
                for (alt, side) in self.expand(b, *cond, span, 0) {
                    paths.extend(prefix(&[alt], if side { &rt } else { &rf }));
                }
                paths
            }
            Terminator::Switch { value, cases, default } => {
                let rd = head(*default);
                if cases.iter().all(|(_, blk)| head(*blk) == rd) {
                    return rd;
                }
                let mut paths = Vec::new();
                let mut known = true;
                for (case, blk) in cases {
                    let dec = self.switch_case(b, *value, *case, span);
                    known &= !matches!(dec, Dec::Unknown { .. });
                    paths.extend(prefix(&[vec![dec]], &head(*blk)));
                }
                let otherwise =
                    if known { Dec::Otherwise } else { Dec::Unknown { span, what: self.describe(b, *value) } };
                paths.extend(prefix(&[vec![otherwise]], &rd));
                paths
            }
            _ => return vec![end()],
        };
        let mut paths = paths;
        if paths.len() > MAX_PATHS {
            let mut targets: Vec<Target> = Vec::new();
            for p in &paths {
                if !targets.contains(&p.target) {
                    targets.push(p.target);
                }
            }
            let what = "control flow with too many paths".to_string();
            paths = targets
                .into_iter()
                .map(|target| Path { decs: vec![Dec::Unknown { span, what: what.clone() }], target })
                .collect();
        }
        paths
    }

    fn switch_case(&self, b: &mut Builder, value: Value, case: u128, span: Span) -> Dec {
        if let Some(Inst::TableApply { table, action, .. }) = self.defs.inst(value) {
            if *action == value {
                let action_uid = u32::try_from(case)
                    .ok()
                    .and_then(|index| b.model.action_by_ir(ir::ActionId::from_u32(index)))
                    .map(|(u, _)| u);
                if let Some(action_uid) = action_uid {
                    let key = b.apply_result_key(*table, APPLY_RESULT_ACTION_RUN);
                    return Dec::Cond {
                        cond: Cond::new(key, u64::from(action_uid), u64::MAX),
                        origin: Origin::Result(*table),
                        span,
                    };
                }
            }
        }
        self.field_dec(b, value, case, span).unwrap_or_else(|| Dec::Unknown { span, what: self.describe(b, value) })
    }
}

fn end() -> Path {
    Path { decs: Vec::new(), target: Target::End }
}

fn prefix(alternatives: &[Vec<Dec>], paths: &[Path]) -> Vec<Path> {
    let mut out = Vec::new();
    for a in alternatives {
        for p in paths {
            let mut decs = a.clone();
            decs.extend(p.decs.iter().cloned());
            out.push(Path { decs, target: p.target });
        }
    }
    out
}

pub fn build(b: &mut Builder) {
    let module = b.module;
    let func = &module.control;
    let defs = Defs::new(func);
    let walk = Walk { defs: &defs };

    // Post-order of the blocks reachable from the entry (successors before predecessors).
    let count = func.blocks.len();
    let mut state = vec![0u8; count]; // 0 new, 1 open, 2 done
    let mut order = Vec::new();
    let mut stack: Vec<(Block, usize)> = vec![(func.entry, 0)];
    if let Some(s) = state.get_mut(func.entry.as_u32() as usize) {
        *s = 1;
    }
    while let Some((block, next)) = stack.pop() {
        let successors = func.blocks.get(block).map(|d| d.terminator.successors()).unwrap_or_default();
        if let Some(&succ) = successors.get(next) {
            stack.push((block, next + 1));
            if let Some(s) = state.get_mut(succ.as_u32() as usize) {
                if *s == 0 {
                    *s = 1;
                    stack.push((succ, 0));
                }
            }
        } else {
            if let Some(s) = state.get_mut(block.as_u32() as usize) {
                *s = 2;
            }
            order.push(block);
        }
    }

    let first_apply = |block: Block, from: usize| -> Option<TableId> {
        func.blocks.get(block)?.insts.iter().skip(from).find_map(|inst| match inst {
            Inst::TableApply { table, .. } => Some(*table),
            _ => None,
        })
    };
    let mut heads: Vec<Option<Vec<Path>>> = vec![None; count];
    let mut terms: Vec<Option<Vec<Path>>> = vec![None; count];
    for &block in &order {
        let term = walk.terminator(b, block, &heads);
        let head = match first_apply(block, 0) {
            Some(table) => vec![Path { decs: Vec::new(), target: Target::Table(table) }],
            None => term.clone(),
        };
        if let Some(slot) = terms.get_mut(block.as_u32() as usize) {
            *slot = Some(term);
        }
        if let Some(slot) = heads.get_mut(block.as_u32() as usize) {
            *slot = Some(head);
        }
    }

    // Jumps of every table, per apply site, in block order.
    let mut site_jumps: Vec<(TableId, Span, Vec<Jump>)> = Vec::new();
    for (block, data) in func.blocks.iter() {
        let Some(Some(term)) = terms.get(block.as_u32() as usize) else { continue };
        for (i, inst) in data.insts.iter().enumerate() {
            if let Inst::TableApply { table, .. } = inst {
                let paths = match first_apply(block, i + 1) {
                    Some(next) => vec![Path { decs: Vec::new(), target: Target::Table(next) }],
                    None => term.clone(),
                };
                let jumps = emit(b, *table, &paths);
                let span = data.spans.get(i).copied().unwrap_or_default();
                site_jumps.push((*table, span, jumps));
            }
        }
    }

    // Source order, so merged continuations read like the program.
    site_jumps.sort_by_key(|(_, span, _)| (span.file.0, span.start));

    // The root: the first table every packet meets.
    let entry_paths = heads.get(func.entry.as_u32() as usize).cloned().flatten().unwrap_or_default();
    let root = entry_paths.iter().find_map(|p| match p.target {
        Target::Table(t) => Some(t),
        Target::End => None,
    });
    if let Some(root) = root {
        let conditional = entry_paths.len() > 1 || entry_paths.iter().any(|p| !p.decs.is_empty());
        if conditional {
            let name = module.tables.get(root).map_or(String::new(), |t| t.name.clone());
            let at = entry_paths
                .iter()
                .flat_map(|p| p.decs.iter())
                .find_map(|d| match d {
                    Dec::Cond { span, .. } | Dec::Unknown { span, .. } => Some(*span),
                    Dec::Otherwise => None,
                })
                .or_else(|| module.tables.get(root).map(|t| t.span))
                .unwrap_or_default();
            let mut others: Vec<String> = Vec::new();
            for p in &entry_paths {
                if let Target::Table(t) = p.target {
                    if t != root {
                        let n = module.tables.get(t).map_or(String::new(), |t| format!("`{}`", t.name));
                        if !others.contains(&n) {
                            others.push(n);
                        }
                    }
                }
            }
            let mut d = Diagnostic::warning(
                "W0504",
                format!(
                    "the conditions before the first table are left out: the model applies `{name}` to every packet"
                ),
            )
            .primary(at, "the program decides here whether and which table comes first")
            .note("the table graph's root (INGRESS_ROOT) is applied unconditionally");
            if !others.is_empty() {
                d = d.note(format!("tables the program may apply first instead: {}", others.join(", ")));
            }
            b.warn(d);
        }
    }

    let mut nodes = Vec::new();
    for (index, table) in b.model.tables.clone().iter().enumerate() {
        let sites: Vec<&(TableId, Span, Vec<Jump>)> = site_jumps.iter().filter(|(t, _, _)| *t == table.ir).collect();
        let mut jumps: Vec<Jump> = Vec::new();
        for (_, _, list) in &sites {
            for jump in list {
                if !jumps.contains(jump) {
                    jumps.push(*jump);
                }
            }
        }
        let distinct = sites.iter().map(|(_, _, l)| l).fold(Vec::<&Vec<Jump>>::new(), |mut acc, l| {
            if !acc.contains(&l) {
                acc.push(l);
            }
            acc
        });
        if distinct.len() > 1 {
            let mut d = Diagnostic::warning(
                "W0507",
                format!(
                    "table `{}` is applied at {} places that continue differently; the model merges them",
                    table.name,
                    sites.len()
                ),
            )
            .primary(sites[0].1, "applied here");
            for (_, span, _) in sites.iter().skip(1) {
                d = d.secondary(*span, "and here");
            }
            b.warn(d.note("a table is one node of the table graph, with one list of jumps"));
        }
        let mut flags = 0;
        if Some(table.ir) == root {
            flags |= FLAG_INGRESS_ROOT;
        }
        if table.dynamic {
            flags |= FLAG_DYNAMIC;
        }
        nodes.push(TableNode { table: uid(index), flags, jumps });
    }
    b.model.table_nodes = nodes;
}

/// The jump list of one apply site from its paths.
fn emit(b: &mut Builder, source: TableId, paths: &[Path]) -> Vec<Jump> {
    let mut jumps: Vec<Jump> = Vec::new();
    for path in paths {
        let node = match path.target {
            Target::Table(t) => match b.model.table_by_ir(t) {
                Some((u, _)) => u,
                None => continue,
            },
            Target::End => 0,
        };
        let mut conds: Vec<(Cond, Origin, Span)> = Vec::new();
        let mut approx = false;
        for dec in &path.decs {
            match dec {
                Dec::Cond { cond, origin, span } => conds.push((*cond, *origin, *span)),
                Dec::Otherwise => {}
                Dec::Unknown { span, what } => {
                    approx = true;
                    b.warn(
                        Diagnostic::warning("W0503", format!("condition left out of the table graph: {what}"))
                            .primary(*span, "the table graph cannot test this")
                            .note("table-graph jumps test one header field, metadata field or table result against a value"),
                    );
                }
            }
        }
        let rank = |origin: &Origin| match origin {
            Origin::Result(t) if *t == source => 0,
            Origin::Result(_) => 1,
            Origin::Field => 2,
            Origin::Metadata(_) => 3,
        };
        let chosen = conds.iter().enumerate().min_by_key(|(i, (_, origin, _))| (rank(origin), *i)).map(|(i, _)| i);
        for (i, (cond, _, span)) in conds.iter().enumerate() {
            if Some(i) != chosen {
                approx = true;
                let field = b.model.instance_field_name(&cond.key);
                b.warn(
                    Diagnostic::warning("W0503", format!("condition left out of the table graph: `{field}`"))
                        .primary(*span, "this is one of several conditions on the way to the next table")
                        .note("a jump tests one condition; the table graph keeps the one on a table's result"),
                );
            }
        }
        let field = match chosen.and_then(|i| conds.get(i)) {
            Some((cond, origin, span)) => {
                if let Origin::Metadata(var) = origin {
                    b.warn_metadata(*var, *span, "a table-graph condition tests the");
                }
                Some(cond.to_ref())
            }
            None => None,
        };
        if approx && node == 0 {
            // A "maybe done": leaving it out keeps every edge the program may take.
            continue;
        }
        match field {
            Some(field) => push(&mut jumps, Jump { field: Some(field), node }),
            None => {
                if node != 0 {
                    push(&mut jumps, Jump { field: None, node });
                }
                if !approx {
                    break;
                }
            }
        }
    }
    crate::model::trim_done(&mut jumps);
    jumps
}

fn push(jumps: &mut Vec<Jump>, jump: Jump) {
    if !jumps.contains(&jump) {
        jumps.push(jump);
    }
}
