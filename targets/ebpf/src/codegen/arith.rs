//! Arithmetic, comparisons and bitwise operations of the IR on 64-bit registers (values are kept
//! normalized to their width; signed comparisons sign-extend first), with immediates for small
//! constants, network-form equality against constants swapped at compile time, the division
//! rules of the IR (x / 0 = x % 0 = 0), saturating arithmetic, shifts that saturate at the
//! width, the offload variants (32-bit multiply, division by constants only), and equality of
//! values wider than 64 bits.

use super::lower::{Loc, Lowering, NetLoc};
use super::mir::*;
use super::Error;
use flowmark_compiler::ir::{self, Function, Value};

impl<'m> Lowering<'m> {
    pub(super) fn binary(&mut self, function: &Function, result: Value, op: ir::BinaryOp, lhs: Value, rhs: Value) -> Result<(), Error> {
        use ir::BinaryOp as B;
        // `&&`/`||` of deferred tests, itself only branched on: a condition tree.
        let logical = matches!(op, B::LogicalOr | B::Or | B::LogicalAnd | B::And) && function.values[result] == ir::Type::Bool;
        if logical && lhs != rhs && self.has_condition(lhs) && self.has_condition(rhs) && self.only_branch_use(function, result) {
            let (x, y) = (self.take_condition(lhs).expect("deferred"), self.take_condition(rhs).expect("deferred"));
            let tree = match op {
                B::LogicalOr | B::Or => super::conditions::CondTree::Any(Box::new(x), Box::new(y)),
                _ => super::conditions::CondTree::All(Box::new(x), Box::new(y)),
            };
            self.deferred_trees.insert(result, tree);
            return Ok(());
        }
        // Otherwise operands deferred in the hope of a tree get their registers now.
        self.ensure_value(lhs);
        self.ensure_value(rhs);
        let by_constant = |c: Option<u128>, test: fn(u128) -> bool| c.is_some_and(test);
        let whole_bytes = match op {
            B::Mul => by_constant(self.constant_of(rhs), |c| c % 8 == 0) || by_constant(self.constant_of(lhs), |c| c % 8 == 0),
            B::Shl => by_constant(self.constant_of(rhs), |c| c >= 3),
            _ => false,
        };
        if whole_bytes {
            self.byte_multiples[self.current_function].insert(result);
        }
        let ty = self.ty(function, lhs);
        let width = ty.width();
        if width > 64 {
            return match op {
                B::Eq | B::Ne => self.wide_compare(result, op, lhs, rhs),
                _ => Err(Error::Unsupported(format!("{op:?} on a value wider than 64 bits"))),
            };
        }
        let signed = ty.is_signed();
        // A network-form value against a constant: compare the bytes, swapped at compile time.
        if let (B::Eq | B::Ne, false) = (op, signed) {
            let net = |v: Value| match self.network_of(v) {
                Some(NetLoc::Reg(raw, bytes)) => Some((raw, bytes)),
                _ => None,
            };
            let pair = match (net(lhs), self.constant_of(rhs), net(rhs), self.constant_of(lhs)) {
                (Some(n), Some(c), _, _) => Some((n, c)),
                (_, _, Some(n), Some(c)) => Some((n, c)),
                _ => None,
            };
            if let Some(((raw, bytes), constant)) = pair {
                let cond = if op == B::Eq { Cond::Eq } else { Cond::Ne };
                let wanted = super::network_order::network_constant(constant, bytes);
                let src = if wanted <= i32::MAX as u64 {
                    Src::Imm(wanted as i32)
                } else {
                    let tmp = self.vreg();
                    self.mov_imm(tmp, wanted);
                    Src::Reg(tmp)
                };
                if self.only_branch_use(function, result) {
                    self.deferred.insert(result, (cond, raw, src));
                    return Ok(());
                }
                let reg = self.define_reg(result);
                let done = self.label();
                self.mov_imm(reg, 1);
                self.branch(cond, raw, src, done);
                self.mov_imm(reg, 0);
                self.push(MInst::Label(done));
                return Ok(());
            }
        }
        // Equality and unsigned comparisons with a small constant compare with an immediate.
        let small = |c: Option<u128>| c.filter(|c| *c <= i32::MAX as u128).map(|c| c as i32);
        if !signed {
            let swapped = |cond: Cond| match cond {
                Cond::Lt => Cond::Gt,
                Cond::Le => Cond::Ge,
                Cond::Gt => Cond::Lt,
                Cond::Ge => Cond::Le,
                other => other,
            };
            let cond = match op {
                B::Eq => Some(Cond::Eq),
                B::Ne => Some(Cond::Ne),
                B::Lt => Some(Cond::Lt),
                B::Le => Some(Cond::Le),
                B::Gt => Some(Cond::Gt),
                B::Ge => Some(Cond::Ge),
                _ => None,
            };
            let operands = match (small(self.constant_of(rhs)), small(self.constant_of(lhs))) {
                (Some(imm), _) => Some((lhs, imm, false)),
                (None, Some(imm)) => Some((rhs, imm, true)),
                _ => None,
            };
            if let (Some(cond), Some((variable, imm, reversed))) = (cond, operands) {
                let cond = if reversed { swapped(cond) } else { cond };
                let x = self.reg_of(variable)?;
                if self.only_branch_use(function, result) {
                    self.deferred.insert(result, (cond, x, Src::Imm(imm)));
                    return Ok(());
                }
                let reg = self.define_reg(result);
                let done = self.label();
                self.mov_imm(reg, 1);
                self.branch(cond, x, Src::Imm(imm), done);
                self.mov_imm(reg, 0);
                self.push(MInst::Label(done));
                return Ok(());
            }
        }
        let (a, b) = (self.reg_of(lhs)?, self.reg_of(rhs)?);
        let comparison = match op {
            B::Eq => Some(Cond::Eq),
            B::Ne => Some(Cond::Ne),
            B::Lt => Some(if signed { Cond::Slt } else { Cond::Lt }),
            B::Le => Some(if signed { Cond::Sle } else { Cond::Le }),
            B::Gt => Some(if signed { Cond::Sgt } else { Cond::Gt }),
            B::Ge => Some(if signed { Cond::Sge } else { Cond::Ge }),
            _ => None,
        };
        if let Some(cond) = comparison {
            let defer = self.only_branch_use(function, result);
            let (x, y) = if signed && width < 64 {
                let (x, y) = (self.vreg(), self.vreg());
                self.mov(x, a);
                self.sign_extend(x, width);
                self.mov(y, b);
                self.sign_extend(y, width);
                (x, y)
            } else {
                (a, b)
            };
            if defer {
                self.deferred.insert(result, (cond, x, Src::Reg(y)));
                return Ok(());
            }
            let reg = self.define_reg(result);
            let done = self.label();
            self.mov_imm(reg, 1);
            self.branch(cond, x, Src::Reg(y), done);
            self.mov_imm(reg, 0);
            self.push(MInst::Label(done));
            return Ok(());
        }
        let reg = self.define_reg(result);
        if self.options.offload && matches!(op, B::Mul | B::Div | B::Mod) {
            return self.offload_arithmetic(function, reg, op, a, b, rhs, width);
        }
        match op {
            B::Add | B::Sub | B::Mul | B::And | B::Or | B::Xor | B::LogicalAnd | B::LogicalOr => {
                let alu = match op {
                    B::Add => AluOp::Add,
                    B::Sub => AluOp::Sub,
                    B::Mul => AluOp::Mul,
                    B::And | B::LogicalAnd => AluOp::And,
                    B::Or | B::LogicalOr => AluOp::Or,
                    _ => AluOp::Xor,
                };
                self.mov(reg, a);
                // A small constant operand is an immediate (the register load of it then dies).
                let operand = match self.constant_of(rhs) {
                    Some(c) if c <= i32::MAX as u128 => Src::Imm(c as i32),
                    _ => Src::Reg(b),
                };
                self.alu(alu, reg, operand);
                // A result only stored into fields of its width needs no truncation (the store
                // takes its own bits).
                if matches!(op, B::Add | B::Sub | B::Mul) && !self.only_stored_into_fields(result) {
                    self.truncate(reg, width);
                }
            }
            B::Div | B::Mod => {
                // BPF: x / 0 = 0 and x % 0 = x; the IR wants 0 for both.
                let done = self.label();
                self.mov_imm(reg, 0);
                self.branch(Cond::Eq, b, Src::Imm(0), done);
                self.mov(reg, a);
                self.alu(if op == B::Div { AluOp::Div } else { AluOp::Mod }, reg, Src::Reg(b));
                self.push(MInst::Label(done));
            }
            B::AddSat | B::SubSat => {
                if signed {
                    return Err(Error::Unsupported("saturating arithmetic on signed values".into()));
                }
                let done = self.label();
                self.mov(reg, a);
                if op == B::AddSat {
                    self.alu(AluOp::Add, reg, Src::Reg(b));
                    if width == 64 {
                        // Overflow wrapped below a.
                        self.branch(Cond::Ge, reg, Src::Reg(a), done);
                        self.mov_imm(reg, u64::MAX);
                    } else {
                        let max = ir::mask(width);
                        self.compare_jump(Cond::Le, reg, max, done);
                        self.mov_imm(reg, max as u64);
                    }
                } else {
                    let zero = self.label();
                    self.branch(Cond::Lt, a, Src::Reg(b), zero);
                    self.alu(AluOp::Sub, reg, Src::Reg(b));
                    self.jump(done);
                    self.push(MInst::Label(zero));
                    self.mov_imm(reg, 0);
                }
                self.push(MInst::Label(done));
            }
            B::Shl | B::Shr => {
                let amount_width = self.ty(function, rhs).width();
                let done = self.label();
                let big = self.label();
                self.mov(reg, a);
                if signed && op == B::Shr {
                    self.sign_extend(reg, width);
                }
                let small_constant = self.constant_of(rhs).is_some_and(|c| c < width as u128);
                if !small_constant && (amount_width > 6 || (1u32 << amount_width) > width as u32) {
                    self.compare_jump(Cond::Ge, b, width as u128, big);
                }
                let alu = match (op, signed) {
                    (B::Shl, _) => AluOp::Lsh,
                    (_, true) => AluOp::Arsh,
                    _ => AluOp::Rsh,
                };
                let amount = match self.constant_of(rhs) {
                    Some(c) if c < width as u128 => Src::Imm(c as i32),
                    _ => Src::Reg(b),
                };
                self.alu(alu, reg, amount);
                self.truncate(reg, width);
                self.jump(done);
                self.push(MInst::Label(big));
                if signed && op == B::Shr {
                    self.alu(AluOp::Arsh, reg, Src::Imm(63));
                    self.truncate(reg, width);
                } else {
                    self.mov_imm(reg, 0);
                }
                self.push(MInst::Label(done));
            }
            _ => return Err(Error::Internal(format!("unexpected binary op {op:?}"))),
        }
        Ok(())
    }

    /// Offload builds: multiply in 32 bits (`w` registers), divide and take remainders by
    /// constants only (the NIC has no division by a register and no modulo instruction:
    /// powers of two become shifts and masks, other divisors a 32-bit divide by an immediate,
    /// and `x % c` is `x - (x / c) * c`). `offload::check` rejects everything wider.
    #[allow(clippy::too_many_arguments)]
    fn offload_arithmetic(
        &mut self,
        function: &Function,
        reg: Reg,
        op: ir::BinaryOp,
        a: Reg,
        b: Reg,
        rhs: Value,
        width: u16,
    ) -> Result<(), Error> {
        use ir::BinaryOp as B;
        if width > 32 {
            return Err(Error::Unsupported(format!("{op:?} on {width} bits in an offload build (at most 32)")));
        }
        if op == B::Mul {
            self.mov(reg, a);
            self.push(MInst::Alu32 { op: AluOp::Mul, dst: reg, src: Src::Reg(b) });
            self.truncate(reg, width);
            return Ok(());
        }
        let Some(divisor) = crate::offload::constant_of(function, rhs) else {
            return Err(Error::Unsupported("division by a run-time value in an offload build".into()));
        };
        let divide = op == B::Div;
        if divisor == 0 {
            // The IR's x / 0 and x % 0 are 0.
            self.mov_imm(reg, 0);
        } else if divisor > ir::mask(width) {
            // Larger than any dividend: quotient 0, remainder the dividend.
            if divide {
                self.mov_imm(reg, 0);
            } else {
                self.mov(reg, a);
            }
        } else if divisor.is_power_of_two() {
            self.mov(reg, a);
            let shift = divisor.trailing_zeros() as i32;
            if divide {
                if shift > 0 {
                    self.push(MInst::Alu32 { op: AluOp::Rsh, dst: reg, src: Src::Imm(shift) });
                }
            } else {
                self.push(MInst::Alu32 { op: AluOp::And, dst: reg, src: Src::Imm((divisor - 1) as u32 as i32) });
            }
        } else {
            let imm = divisor as u32 as i32;
            self.mov(reg, a);
            self.push(MInst::Alu32 { op: AluOp::Div, dst: reg, src: Src::Imm(imm) });
            if !divide {
                let remainder = self.vreg();
                self.push(MInst::Alu32 { op: AluOp::Mul, dst: reg, src: Src::Imm(imm) });
                self.mov(remainder, a);
                self.push(MInst::Alu32 { op: AluOp::Sub, dst: remainder, src: Src::Reg(reg) });
                self.mov(reg, remainder);
            }
        }
        Ok(())
    }

    fn wide_compare(&mut self, result: Value, op: ir::BinaryOp, lhs: Value, rhs: Value) -> Result<(), Error> {
        let (Loc::Wide(a), Loc::Wide(b)) = (self.loc(lhs)?, self.loc(rhs)?) else {
            return Err(Error::Internal("wide compare of narrow values".into()));
        };
        let reg = self.define_reg(result);
        let differ = self.label();
        let done = self.label();
        for i in [0, 8] {
            let (x, y) = (self.vreg(), self.vreg());
            self.load(Size::Dw, x, FP, a + i);
            self.load(Size::Dw, y, FP, b + i);
            self.branch(Cond::Ne, x, Src::Reg(y), differ);
        }
        let equal = (op == ir::BinaryOp::Eq) as u64;
        self.mov_imm(reg, equal);
        self.jump(done);
        self.push(MInst::Label(differ));
        self.mov_imm(reg, 1 - equal);
        self.push(MInst::Label(done));
        Ok(())
    }
}
