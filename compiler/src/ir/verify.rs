//! The IR verifier. It runs after lowering (and after every pass in tests) and checks these
//! invariants, reporting every violation as a message:
//!
//! 1. Every block target, header, variable, table, action, map, hint and counter id is in range.
//! 2. Every value is defined exactly once, by an instruction of a block that dominates each use
//!    (within a block: before the use).
//! 3. Operand types match: binary operands share one type; comparisons yield `Bool`; conditions of
//!    `Branch`, `Select` instructions, `Verify`, logical ops and `Not` are `Bool`; arithmetic
//!    operands are at most 64 bits wide; slices are in range; a `Const` fits its type.
//! 4. Written values have the type of the variable or header field they are written to; table keys
//!    have the types of the table's keys; map and hint keys and values match their layouts;
//!    `TableApply` has one parameter value per action parameter of the table, of the right type.
//! 5. Parser-only instructions (`Extract`, `Advance`, `Lookahead`, `Verify`) and terminators
//!    (`Select`, `Accept`, `Reject`) appear only in the parser; control-only instructions
//!    (tables, maps, hints, counters) and `Return` only in the control.
//! 6. The parser is acyclic (loops were unrolled).
//! 7. Every table's default action and const entries name actions of the table, with one argument
//!    per parameter, and entries have one key match per key.

use super::{Block, Function, Inst, Module, Terminator, Type, Value, MAX_ARITH_WIDTH};
use cranelift_entity::{EntityRef, SecondaryMap};

/// Check all invariants; `Err` lists every violation.
pub fn verify(module: &Module) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    verify_function(module, &module.parser, true, &mut errors);
    verify_function(module, &module.control, false, &mut errors);
    verify_tables(module, &mut errors);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn verify_tables(module: &Module, errors: &mut Vec<String>) {
    for (_, table) in module.tables.iter() {
        let check_call = |call: &super::ActionCall, what: &str, errors: &mut Vec<String>| {
            if !table.actions.contains(&call.action) {
                errors.push(format!("table {}: {what} names an action not in the table", table.name));
            } else if module.actions[call.action].params.len() != call.args.len() {
                errors.push(format!("table {}: {what} has the wrong number of arguments", table.name));
            }
        };
        check_call(&table.default_action, "default action", errors);
        for entry in table.const_entries.iter().flatten() {
            check_call(&entry.action, "const entry", errors);
            if entry.keys.len() != table.keys.len() {
                errors.push(format!("table {}: const entry with {} keys", table.name, entry.keys.len()));
            }
        }
    }
}

struct Context<'m> {
    module: &'m Module,
    function: &'m Function,
    is_parser: bool,
    defined_in: SecondaryMap<Value, Option<(Block, usize)>>,
}

fn verify_function(module: &Module, function: &Function, is_parser: bool, errors: &mut Vec<String>) {
    let name = &function.name;
    let mut context = Context { module, function, is_parser, defined_in: SecondaryMap::new() };
    // Definitions.
    for (block, data) in function.blocks.iter() {
        for (position, inst) in data.insts.iter().enumerate() {
            for result in inst.results() {
                if result.index() >= function.values.len() {
                    errors.push(format!("{name}: {result} is not a declared value"));
                    continue;
                }
                if context.defined_in[result].is_some() {
                    errors.push(format!("{name}: {result} is defined twice"));
                }
                context.defined_in[result] = Some((block, position));
            }
        }
        for target in data.terminator.successors() {
            if target.index() >= function.blocks.len() {
                errors.push(format!("{name}: {block} jumps to missing {target}"));
            }
        }
    }
    if !errors.is_empty() {
        return;
    }
    let dominators = dominators(function);
    for (block, data) in function.blocks.iter() {
        for (position, inst) in data.insts.iter().enumerate() {
            for argument in inst.arguments() {
                context.check_use(block, position, argument, &dominators, errors);
            }
            context.check_inst(block, inst, errors);
        }
        for argument in data.terminator.arguments() {
            context.check_use(block, data.insts.len(), argument, &dominators, errors);
        }
        context.check_terminator(block, &data.terminator, errors);
    }
    if is_parser && has_cycle(function) {
        errors.push(format!("{name}: the parser has a loop"));
    }
}

impl Context<'_> {
    fn ty(&self, value: Value) -> Type {
        self.function.values[value]
    }

    fn check_use(&self, block: Block, position: usize, value: Value, dominators: &[Vec<bool>], errors: &mut Vec<String>) {
        let name = &self.function.name;
        if value.index() >= self.function.values.len() {
            errors.push(format!("{name}: {block} uses undeclared {value}"));
            return;
        }
        match self.defined_in[value] {
            None => errors.push(format!("{name}: {block} uses {value}, which nothing defines")),
            Some((def_block, def_position)) => {
                let ok = if def_block == block {
                    def_position < position
                } else {
                    dominators[block.index()][def_block.index()]
                };
                if !ok {
                    errors.push(format!("{name}: {block} uses {value} where its definition in {def_block} does not dominate"));
                }
            }
        }
    }

    fn check_inst(&self, block: Block, inst: &Inst, errors: &mut Vec<String>) {
        let name = &self.function.name;
        let module = self.module;
        let mut fail = |message: String| errors.push(format!("{name}: {block}: {message}"));
        if inst.is_parser_only() && !self.is_parser {
            fail(format!("parser-only instruction in the control: {inst:?}"));
        }
        if inst.is_control_only() && self.is_parser {
            fail(format!("control-only instruction in the parser: {inst:?}"));
        }
        let field_ty = |header: super::HeaderId, field: u16| -> Option<Type> {
            let header_data = module.headers.get(header)?;
            let field = module.header_types[header_data.ty].fields.get(field as usize)?;
            Some(Type::bits(field.width))
        };
        match inst {
            Inst::Const { result, value } => {
                if *value & !self.ty(*result).mask() != 0 {
                    fail(format!("constant {value} does not fit {:?}", self.ty(*result)));
                }
            }
            Inst::ReadVar { result, var } | Inst::WriteVar { var, value: result } => match module.variables.get(*var) {
                None => fail(format!("{var} does not exist")),
                Some(variable) if variable.ty != self.ty(*result) => {
                    fail(format!("{var} has type {:?}, the value {:?}", variable.ty, self.ty(*result)))
                }
                _ => {}
            },
            Inst::ReadField { result, header, field } | Inst::WriteField { header, field, value: result } => {
                match field_ty(*header, *field) {
                    None => fail(format!("{header} field {field} does not exist")),
                    Some(ty) if ty.width() != self.ty(*result).width() => fail(format!("{header} field {field} has width {}", ty.width())),
                    _ => {}
                }
            }
            Inst::IsValid { header, .. } | Inst::SetValid { header, .. } | Inst::Extract { header } => {
                if module.headers.get(*header).is_none() {
                    fail(format!("{header} does not exist"));
                }
            }
            Inst::Unary { result, op, arg } => {
                if self.ty(*result) != self.ty(*arg) {
                    fail("unary operand and result types differ".into());
                }
                if (*op == super::UnaryOp::Not) != (self.ty(*arg) == Type::Bool) {
                    fail(format!("{op:?} on {:?}", self.ty(*arg)));
                }
            }
            Inst::Binary { result, op, lhs, rhs } => {
                use super::BinaryOp::*;
                let (l, r) = (self.ty(*lhs), self.ty(*rhs));
                let comparison = super::eval::is_comparison(*op);
                if !matches!(op, Shl | Shr) && l != r {
                    fail(format!("{op:?} operands differ: {l:?} and {r:?}"));
                }
                if comparison && self.ty(*result) != Type::Bool {
                    fail(format!("{op:?} must yield Bool"));
                }
                if !comparison && self.ty(*result) != l {
                    fail(format!("{op:?} result type differs from its operands"));
                }
                if matches!(op, LogicalAnd | LogicalOr) && l != Type::Bool {
                    fail(format!("{op:?} on {l:?}"));
                }
                if !matches!(op, Eq | Ne) && l.width() > MAX_ARITH_WIDTH {
                    fail(format!("{op:?} on {} bits", l.width()));
                }
            }
            Inst::Slice { result, arg, hi, lo } => {
                if hi < lo || *hi >= self.ty(*arg).width() || self.ty(*result).width() != hi - lo + 1 {
                    fail(format!("slice [{hi}:{lo}] out of range"));
                }
            }
            Inst::Concat { result, hi, lo } => {
                if self.ty(*result).width() != self.ty(*hi).width() + self.ty(*lo).width() {
                    fail("concat width is not the sum of its operands".into());
                }
            }
            Inst::Select { result, cond, if_true, if_false } => {
                if self.ty(*cond) != Type::Bool || self.ty(*if_true) != self.ty(*result) || self.ty(*if_false) != self.ty(*result) {
                    fail("select types do not match".into());
                }
            }
            Inst::Verify { cond, .. } => {
                if self.ty(*cond) != Type::Bool {
                    fail("verify condition is not Bool".into());
                }
            }
            Inst::TableApply { table, keys, hit, action, params } => match module.tables.get(*table) {
                None => fail(format!("{table} does not exist")),
                Some(data) => {
                    let key_types: Vec<Type> = data.keys.iter().map(|k| k.ty).collect();
                    let given: Vec<Type> = keys.iter().map(|k| self.ty(*k)).collect();
                    if key_types != given {
                        fail(format!("{table} keys {given:?}, expected {key_types:?}"));
                    }
                    let param_types: Vec<Type> =
                        data.actions.iter().flat_map(|a| module.actions[*a].params.iter().map(|p| p.ty)).collect();
                    let given: Vec<Type> = params.iter().map(|p| self.ty(*p)).collect();
                    if param_types != given {
                        fail(format!("{table} parameters {given:?}, expected {param_types:?}"));
                    }
                    if self.ty(*hit) != Type::Bool || self.ty(*action) != Type::bits(32) {
                        fail(format!("{table} hit/action types"));
                    }
                }
            },
            Inst::HintApply { hint, key, hit } => match module.hints.get(*hint) {
                None => fail(format!("{hint} does not exist")),
                Some(data) => {
                    self.check_layout(&data.key, key, &format!("{hint} key"), &mut fail);
                    if self.ty(*hit) != Type::Bool {
                        fail("hint hit is not Bool".into());
                    }
                }
            },
            Inst::MapLookup { map, key, values, .. } | Inst::MapUpdate { map, key, values } => match module.maps.get(*map) {
                None => fail(format!("{map} does not exist")),
                Some(data) => {
                    self.check_layout(&data.key, key, &format!("{map} key"), &mut fail);
                    self.check_layout(&data.value, values, &format!("{map} value"), &mut fail);
                }
            },
            Inst::MapDelete { map, key } => match module.maps.get(*map) {
                None => fail(format!("{map} does not exist")),
                Some(data) => self.check_layout(&data.key, key, &format!("{map} key"), &mut fail),
            },
            Inst::Count { counter, .. } => {
                if module.counters.get(*counter).is_none() {
                    fail(format!("{counter} does not exist"));
                }
            }
            Inst::Ipv4ChecksumUpdate { header, checksum_field } => {
                if field_ty(*header, *checksum_field) != Some(Type::bits(16)) {
                    fail("checksum field is not a 16-bit field".into());
                }
            }
            Inst::ChecksumReplace { header, field, old, new } => {
                if field_ty(*header, *field) != Some(Type::bits(16)) || self.ty(*old) != self.ty(*new) {
                    fail("checksum replace operands".into());
                }
            }
            Inst::Cast { .. }
            | Inst::Advance { .. }
            | Inst::Lookahead { .. }
            | Inst::Hash { .. }
            | Inst::Timestamp { .. }
            | Inst::Random { .. } => {}
        }
    }

    fn check_layout(&self, layout: &[super::LayoutField], values: &[Value], what: &str, fail: &mut dyn FnMut(String)) {
        let expected: Vec<Type> = layout.iter().map(|f| f.ty).collect();
        let given: Vec<Type> = values.iter().map(|v| self.ty(*v)).collect();
        if expected != given {
            fail(format!("{what}: {given:?}, expected {expected:?}"));
        }
    }

    fn check_terminator(&self, block: Block, terminator: &Terminator, errors: &mut Vec<String>) {
        let name = &self.function.name;
        let parser_only = matches!(terminator, Terminator::Select { .. } | Terminator::Accept | Terminator::Reject(_));
        if parser_only && !self.is_parser {
            errors.push(format!("{name}: {block}: parser terminator in the control"));
        }
        if matches!(terminator, Terminator::Return) && self.is_parser {
            errors.push(format!("{name}: {block}: return in the parser"));
        }
        match terminator {
            Terminator::Branch { cond, .. } if self.ty(*cond) != Type::Bool => {
                errors.push(format!("{name}: {block}: branch condition is not Bool"))
            }
            Terminator::Select { keys, cases, .. }
                if cases.iter().any(|c| c.keysets.len() != keys.len()) => {
                    errors.push(format!("{name}: {block}: select case with the wrong number of key sets"));
                }
            _ => {}
        }
    }
}

/// `result[b][d]`: block `d` dominates block `b` (iterative data-flow; functions are small).
fn dominators(function: &Function) -> Vec<Vec<bool>> {
    let count = function.blocks.len();
    let mut predecessors = vec![Vec::new(); count];
    for (block, data) in function.blocks.iter() {
        for successor in data.terminator.successors() {
            predecessors[successor.index()].push(block.index());
        }
    }
    let mut dom = vec![vec![true; count]; count];
    let entry = function.entry.index();
    dom[entry] = vec![false; count];
    dom[entry][entry] = true;
    let mut changed = true;
    while changed {
        changed = false;
        for b in 0..count {
            if b == entry {
                continue;
            }
            let mut new = vec![true; count];
            if predecessors[b].is_empty() {
                new = vec![false; count];
            }
            for &p in &predecessors[b] {
                for d in 0..count {
                    new[d] = new[d] && dom[p][d];
                }
            }
            new[b] = true;
            if new != dom[b] {
                dom[b] = new;
                changed = true;
            }
        }
    }
    dom
}

fn has_cycle(function: &Function) -> bool {
    let count = function.blocks.len();
    let mut colour = vec![0u8; count];
    fn visit(function: &Function, block: usize, colour: &mut [u8]) -> bool {
        colour[block] = 1;
        for successor in function.blocks[Block::new(block)].terminator.successors() {
            let state = colour[successor.index()];
            if state == 1 || (state == 0 && visit(function, successor.index(), colour)) {
                return true;
            }
        }
        colour[block] = 2;
        false
    }
    (0..count).any(|b| colour[b] == 0 && visit(function, b, &mut colour))
}
