//! Packet execution of the reference interpreter: entry state, the parser and control functions
//! block by block, every instruction, deparsing and the verdict — the procedure the `interp`
//! module documentation specifies. Malformed IR and runaway execution end in an internal error,
//! never a panic.

use cranelift_entity::EntityRef;

use super::arith::{eval_binary, eval_cast, eval_concat, eval_slice, eval_unary, sign_extend};
use super::machine::State;
use super::packet::{read_bits, write_bits};
use super::{PacketInput, PacketOutput, Verdict};
use crate::ir::{
    Architecture, Function, HeaderId, Inst, KeySet, Module, SelectTarget, Terminator, Type, Value, VarId, VERDICT_DROP,
    VERDICT_PASS, VERDICT_REDIRECT,
};

/// Why execution of a function stopped early.
pub(super) enum Stop {
    /// The parser rejected with an error index.
    Reject(u32),
    /// Malformed IR or the block limit.
    Internal(String),
}

pub(super) fn internal<T>(message: impl Into<String>) -> Result<T, Stop> {
    Err(Stop::Internal(message.into()))
}

/// One header instance during a packet.
#[derive(Clone, Debug)]
pub(super) struct HeaderState {
    pub valid: bool,
    pub fields: Vec<u128>,
    /// Byte offset where the parser extracted it.
    pub offset: Option<usize>,
}

/// SSA values of one function activation.
pub(super) struct Frame<'f> {
    pub func: &'f Function,
    pub values: Vec<u128>,
}

impl Frame<'_> {
    pub fn ty(&self, v: Value) -> Result<Type, Stop> {
        match self.func.values.get(v) {
            Some(t) => Ok(*t),
            None => internal(format!("value {v} has no type in {}", self.func.name)),
        }
    }
    pub fn get(&self, v: Value) -> Result<u128, Stop> {
        match self.values.get(v.index()) {
            Some(x) => Ok(*x),
            None => internal(format!("value {v} does not exist in {}", self.func.name)),
        }
    }
    pub fn set(&mut self, v: Value, x: u128) -> Result<(), Stop> {
        let m = self.ty(v)?.mask();
        match self.values.get_mut(v.index()) {
            Some(slot) => {
                *slot = x & m;
                Ok(())
            }
            None => internal(format!("value {v} does not exist in {}", self.func.name)),
        }
    }
    pub fn get_all(&self, vs: &[Value]) -> Result<Vec<u128>, Stop> {
        vs.iter().map(|v| self.get(*v)).collect()
    }
}

/// The per-packet execution context.
pub(super) struct Exec<'a, 'm> {
    pub module: &'m Module,
    pub state: &'a mut State,
    pub input: &'a PacketInput,
    vars: Vec<u128>,
    pub headers: Vec<HeaderState>,
    cursor: usize,
    blocks_left: u32,
}

/// Run one packet through the module; see the `interp` module documentation.
pub(crate) fn run_packet(module: &Module, state: &mut State, input: &PacketInput) -> PacketOutput {
    state.stats.packets += 1;
    let mut exec = Exec::new(module, state, input);
    let dropped = |parser_error: u32, internal_error: Option<String>, mark: u32| PacketOutput {
        verdict: Verdict::Drop,
        data: input.data.clone(),
        mark,
        parser_error,
        internal_error,
    };
    match exec.run_function(&module.parser, true) {
        Ok(()) => {}
        Err(Stop::Reject(error)) => {
            exec.state.stats.parser_rejects += 1;
            if let Some(var) = module.standard.parser_error {
                exec.write_var(var, u128::from(error));
            }
            let mark = exec.output_mark();
            return dropped(error, None, mark);
        }
        Err(Stop::Internal(message)) => {
            exec.state.stats.internal_errors += 1;
            return dropped(0, Some(message), input.mark);
        }
    }
    if let Err(stop) = exec.run_function(&module.control, false) {
        exec.state.stats.internal_errors += 1;
        let message = match stop {
            Stop::Internal(m) => m,
            Stop::Reject(e) => format!("the control rejected with error {e}"),
        };
        return dropped(0, Some(message), input.mark);
    }
    let data = exec.deparse();
    PacketOutput { verdict: exec.verdict(), data, mark: exec.output_mark(), parser_error: 0, internal_error: None }
}

impl<'a, 'm> Exec<'a, 'm> {
    fn new(module: &'m Module, state: &'a mut State, input: &'a PacketInput) -> Self {
        let headers = module
            .headers
            .values()
            .map(|h| {
                let count = module.header_types.get(h.ty).map_or(0, |t| t.fields.len());
                HeaderState { valid: false, fields: vec![0; count], offset: None }
            })
            .collect();
        let blocks_left = state.block_limit;
        let mut exec =
            Exec { module, state, input, vars: vec![0; module.variables.len()], headers, cursor: 0, blocks_left };
        let std = &module.standard;
        let entry = [
            (std.in_port, u128::from(input.port)),
            (std.packet_length, input.data.len() as u128),
            (std.mark, u128::from(input.mark)),
            (std.verdict, VERDICT_PASS),
            (std.pass, 0),
        ];
        for (var, value) in entry {
            if let Some(var) = var {
                exec.write_var(var, value);
            }
        }
        exec
    }

    fn read_var(&self, var: VarId) -> u128 {
        self.vars.get(var.index()).copied().unwrap_or(0)
    }

    /// Write a variable, masked to its type (unknown variables are ignored).
    pub(super) fn write_var(&mut self, var: VarId, value: u128) {
        if let (Some(decl), Some(slot)) = (self.module.variables.get(var), self.vars.get_mut(var.index())) {
            *slot = value & decl.ty.mask();
        }
    }

    fn check_var(&self, var: VarId) -> Result<(), Stop> {
        match self.module.variables.get(var) {
            Some(_) => Ok(()),
            None => internal(format!("variable {var} does not exist")),
        }
    }

    fn error_index(&self, name: &str) -> u32 {
        self.module.error_index(name).unwrap_or(1)
    }

    fn output_mark(&self) -> u32 {
        match (self.module.architecture, self.module.standard.mark) {
            (Architecture::Flowmark, Some(var)) => self.read_var(var) as u32,
            _ => self.input.mark,
        }
    }

    fn verdict(&self) -> Verdict {
        let std = &self.module.standard;
        match self.module.architecture {
            Architecture::EbpfFilter => match std.pass {
                Some(var) if self.read_var(var) != 0 => Verdict::Pass,
                _ => Verdict::Drop,
            },
            Architecture::Flowmark => {
                let verdict = std.verdict.map_or(VERDICT_PASS, |v| self.read_var(v));
                match verdict {
                    VERDICT_PASS => Verdict::Pass,
                    VERDICT_DROP => Verdict::Drop,
                    VERDICT_REDIRECT => Verdict::Redirect(std.out_port.map_or(0, |v| self.read_var(v) as u32)),
                    _ => Verdict::Drop,
                }
            }
        }
    }

    /// Write the fields of every valid, extracted header back into a copy of the packet.
    fn deparse(&self) -> Vec<u8> {
        let mut data = self.input.data.clone();
        for (id, header) in self.module.headers.iter() {
            let Some(state) = self.headers.get(id.index()) else { continue };
            let (true, Some(offset)) = (state.valid, state.offset) else { continue };
            let Some(ty) = self.module.header_types.get(header.ty) else { continue };
            for (field, &value) in ty.fields.iter().zip(&state.fields) {
                let pos = offset.saturating_mul(8).saturating_add(field.bit_offset as usize);
                write_bits(&mut data, pos, field.width, value);
            }
        }
        data
    }

    pub(super) fn header(&mut self, header: HeaderId) -> Result<&mut HeaderState, Stop> {
        match self.headers.get_mut(header.index()) {
            Some(h) => Ok(h),
            None => internal(format!("header {header} does not exist")),
        }
    }

    /// Size in bytes and field layout of a header instance.
    pub(super) fn header_layout(&self, header: HeaderId) -> Result<(usize, &'m crate::ir::HeaderType), Stop> {
        let ty = self.module.headers.get(header).and_then(|h| self.module.header_types.get(h.ty));
        match ty {
            Some(t) => Ok((t.size_bits.div_ceil(8) as usize, t)),
            None => internal(format!("header {header} does not exist")),
        }
    }

    pub(super) fn field_type(&self, header: HeaderId, field: u16) -> Result<Type, Stop> {
        let (_, ty) = self.header_layout(header)?;
        match ty.fields.get(usize::from(field)) {
            Some(f) => Ok(Type::bits(f.width)),
            None => internal(format!("header {header} has no field {field}")),
        }
    }

    /// Execute a function from its entry block until accept (parser) or return (control).
    fn run_function(&mut self, func: &'m Function, parser: bool) -> Result<(), Stop> {
        let mut frame = Frame { func, values: vec![0; func.values.len()] };
        let mut block = func.entry;
        loop {
            if self.blocks_left == 0 {
                return internal(format!("block limit of {} exceeded", self.state.block_limit));
            }
            self.blocks_left -= 1;
            let Some(data) = func.blocks.get(block) else {
                return internal(format!("block {block} does not exist in {}", func.name));
            };
            for inst in &data.insts {
                self.inst(&mut frame, inst, parser)?;
            }
            block = match (&data.terminator, parser) {
                (Terminator::Jump(b), _) => *b,
                (Terminator::Branch { cond, if_true, if_false }, _) => {
                    if frame.get(*cond)? != 0 {
                        *if_true
                    } else {
                        *if_false
                    }
                }
                (Terminator::Switch { value, cases, default }, _) => {
                    let v = frame.get(*value)?;
                    cases.iter().find(|(c, _)| *c == v).map_or(*default, |(_, b)| *b)
                }
                (Terminator::Select { keys, cases, default }, true) => {
                    let mut keyed = Vec::with_capacity(keys.len());
                    for &k in keys {
                        keyed.push((frame.get(k)?, frame.ty(k)?));
                    }
                    let target = cases
                        .iter()
                        .find(|c| c.keysets.len() == keyed.len() && c.keysets.iter().zip(&keyed).all(keyset_matches))
                        .map_or(*default, |c| c.target);
                    match target {
                        SelectTarget::Block(b) => b,
                        SelectTarget::Accept => return Ok(()),
                        SelectTarget::Reject(e) => return Err(Stop::Reject(e)),
                    }
                }
                (Terminator::Accept, true) => return Ok(()),
                (Terminator::Reject(e), true) => return Err(Stop::Reject(*e)),
                (Terminator::Return, false) => return Ok(()),
                (t, _) => {
                    let place = if parser { "parser" } else { "control" };
                    return internal(format!("terminator {t:?} is not allowed in the {place}"));
                }
            };
        }
    }

    fn inst(&mut self, f: &mut Frame<'m>, inst: &Inst, parser: bool) -> Result<(), Stop> {
        if inst.is_parser_only() && !parser {
            return internal(format!("parser-only instruction in the control: {inst:?}"));
        }
        match inst {
            Inst::Const { result, value } => f.set(*result, *value)?,
            Inst::ReadVar { result, var } => {
                self.check_var(*var)?;
                f.set(*result, self.read_var(*var))?;
            }
            Inst::WriteVar { var, value } => {
                self.check_var(*var)?;
                let v = f.get(*value)?;
                self.write_var(*var, v);
            }
            Inst::ReadField { result, header, field } => {
                self.field_type(*header, *field)?;
                let h = self.header(*header)?;
                let v = if h.valid { h.fields.get(usize::from(*field)).copied().unwrap_or(0) } else { 0 };
                f.set(*result, v)?;
            }
            Inst::WriteField { header, field, value } => {
                let m = self.field_type(*header, *field)?.mask();
                let v = f.get(*value)? & m;
                let h = self.header(*header)?;
                if h.valid {
                    if let Some(slot) = h.fields.get_mut(usize::from(*field)) {
                        *slot = v;
                    }
                }
            }
            Inst::IsValid { result, header } => {
                let valid = self.header(*header)?.valid;
                f.set(*result, u128::from(valid))?;
            }
            Inst::SetValid { header, valid } => self.header(*header)?.valid = *valid,
            Inst::Unary { result, op, arg } => {
                let v = eval_unary(*op, f.get(*arg)?, f.ty(*result)?);
                f.set(*result, v)?;
            }
            Inst::Binary { result, op, lhs, rhs } => {
                let v = eval_binary(*op, f.ty(*lhs)?, f.get(*lhs)?, f.get(*rhs)?);
                f.set(*result, v)?;
            }
            Inst::Cast { result, arg } => {
                let v = eval_cast(f.get(*arg)?, f.ty(*arg)?, f.ty(*result)?);
                f.set(*result, v)?;
            }
            Inst::Slice { result, arg, hi, lo } => f.set(*result, eval_slice(f.get(*arg)?, *hi, *lo))?,
            Inst::Concat { result, hi, lo } => {
                let v = eval_concat(f.get(*hi)?, f.get(*lo)?, f.ty(*lo)?.width(), f.ty(*result)?);
                f.set(*result, v)?;
            }
            Inst::Select { result, cond, if_true, if_false } => {
                let v = if f.get(*cond)? != 0 { f.get(*if_true)? } else { f.get(*if_false)? };
                f.set(*result, v)?;
            }
            Inst::Extract { header } => self.extract(*header)?,
            Inst::Advance { bits } => {
                let bits = f.get(*bits)?;
                if bits % 8 != 0 {
                    return Err(Stop::Reject(self.error_index("ParserInvalidArgument")));
                }
                let end = usize::try_from(bits / 8).ok().and_then(|b| self.cursor.checked_add(b));
                match end {
                    Some(end) if end <= self.input.data.len() => self.cursor = end,
                    _ => return Err(Stop::Reject(self.error_index("PacketTooShort"))),
                }
            }
            Inst::Lookahead { result } => {
                let width = f.ty(*result)?.width();
                match read_bits(&self.input.data, self.cursor.saturating_mul(8), width) {
                    Some(v) => f.set(*result, v)?,
                    None => return Err(Stop::Reject(self.error_index("PacketTooShort"))),
                }
            }
            Inst::Verify { cond, error } => {
                if f.get(*cond)? == 0 {
                    return Err(Stop::Reject(*error));
                }
            }
            _ => self.extern_inst(f, inst)?,
        }
        Ok(())
    }

    fn extract(&mut self, header: HeaderId) -> Result<(), Stop> {
        let (size, ty) = self.header_layout(header)?;
        let start = self.cursor;
        let input = self.input;
        let data = &input.data;
        let end = match start.checked_add(size) {
            Some(end) if end <= data.len() => end,
            _ => return Err(Stop::Reject(self.error_index("PacketTooShort"))),
        };
        let mut fields = Vec::with_capacity(ty.fields.len());
        for field in &ty.fields {
            let pos = start * 8 + field.bit_offset as usize;
            match read_bits(data, pos, field.width) {
                Some(v) => fields.push(v),
                None => return internal(format!("field `{}` lies outside header {header}", field.name)),
            }
        }
        let h = self.header(header)?;
        h.fields = fields;
        h.valid = true;
        h.offset = Some(start);
        self.cursor = end;
        Ok(())
    }
}

/// Does one select key set match a key value of the given type?
fn keyset_matches((set, (key, ty)): (&KeySet, &(u128, Type))) -> bool {
    let m = ty.mask();
    let key = key & m;
    match *set {
        KeySet::Value(v) => key == v & m,
        KeySet::Mask(v, mask) => key & mask == v & mask,
        KeySet::Range(lo, hi) => {
            if ty.is_signed() {
                let w = ty.width();
                let k = sign_extend(key, w);
                sign_extend(lo, w) <= k && k <= sign_extend(hi, w)
            } else {
                lo <= key && key <= hi
            }
        }
        KeySet::Any => true,
    }
}
