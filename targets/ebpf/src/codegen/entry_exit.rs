//! The program's entry and exits: the prologue (context saved if code reads it back, packet
//! pointers in r6/r7, the cursor, header pointers and variables that some path reads before
//! setting them, the architecture's inputs: length, input port, incoming mark from `__sk_buff` or
//! the XDP metadata area), the drop path, and the epilogue (verdict codes, redirect, outgoing
//! mark and test-harness port written back). Offload builds read only length/data/data_end and
//! write nothing back.

use super::lower::*;
use super::mir::*;
use crate::program::ProgramKind;
use flowmark_compiler::ir;

impl<'m> Lowering<'m> {
    pub(super) fn ctx(&mut self) -> Reg {
        let reg = self.vreg();
        let slot = self.ctx_slot;
        self.load(Size::Dw, reg, FP, slot);
        reg
    }

    /// Drop the prologue's save of the context when no code reads it back (a TC program that
    /// writes no mark, say).
    pub(super) fn drop_unread_context_save(&mut self) {
        let slot = self.ctx_slot;
        let read = self.out.iter().any(|inst| matches!(inst, MInst::Load { base: FP, off, .. } if *off == slot));
        if !read {
            self.out.retain(|inst| !matches!(inst, MInst::Store { base: FP, off, src: R1, .. } if *off == slot));
        }
    }

    pub(super) fn prologue(&mut self) {
        let module = self.module;
        self.push(MInst::Note("prologue: save ctx, packet pointers, inputs".into()));
        let offload = self.options.offload;
        if !offload {
            // Offload builds never need the context after the prologue.
            self.store(Size::Dw, FP, self.ctx_slot, R1);
        }
        // Everything below reads the context through a virtual register (r1 may be reallocated).
        let ctx = self.vreg();
        self.mov(ctx, R1);
        let (data, end) = match self.options.kind {
            ProgramKind::Tc => (skb::DATA, skb::DATA_END),
            ProgramKind::Xdp => (xdp::DATA, xdp::DATA_END),
        };
        self.load(Size::W, DATA, ctx, data);
        self.load(Size::W, DATA_END, ctx, end);
        // The cursor starts at the packet; headers some path may test before extracting start
        // invalid; variables start at 0.
        if self.compact_mode {
            self.push(MInst::StoreImm { size: Size::Dw, base: FP, off: self.compact.cursor_slot, imm: 0 });
        } else {
            self.mov(self.cursor, DATA);
        }
        let mut zeroed: Vec<ir::HeaderId> = self.validity.needs_initial_zero.iter().copied().collect();
        zeroed.sort();
        let compact = self.compact_mode;
        for header in zeroed.into_iter().filter(|_| !compact) {
            let home = self.header_homes[&header];
            self.mov_imm(home, 0);
        }
        let mut homed: Vec<(ir::VarId, Reg)> = self.var_homes.iter().map(|(v, r)| (*v, *r)).collect();
        homed.sort_by_key(|(v, _)| *v);
        for (_, home) in homed {
            self.mov_imm(home, 0);
        }
        let mut at = self.vars_base;
        while (at as i32) < self.vars_base as i32 + self.vars_total as i32 {
            self.push(MInst::StoreImm { size: Size::Dw, base: FP, off: at, imm: 0 });
            at += 8;
        }
        let standard = &module.standard;
        match self.options.kind {
            ProgramKind::Tc => {
                if let Some(var) = standard.packet_length.filter(|v| self.vars_read.contains(v)) {
                    let r = self.vreg();
                    self.load(Size::W, r, ctx, skb::LEN);
                    self.store_var(var, r);
                }
                // Offload: no input port, no incoming mark (offload::check rejects reading them).
                if let (Some(var), false) = (standard.in_port.filter(|v| self.vars_read.contains(v)), offload) {
                    let r = self.vreg();
                    let off = if self.options.test_harness { skb::CB0 } else { skb::INGRESS_IFINDEX };
                    self.load(Size::W, r, ctx, off);
                    self.store_var(var, r);
                }
                let mark_used = |v: &ir::VarId| self.vars_read.contains(v) || self.vars_written.contains(v);
                if let (Some(var), false) = (standard.mark.filter(mark_used), offload) {
                    let r = self.vreg();
                    self.load(Size::W, r, ctx, skb::MARK);
                    self.store_var(var, r);
                }
            }
            ProgramKind::Xdp if offload => {
                // Only data and data_end: the length is their difference (no helper for it).
                if let Some(var) = standard.packet_length {
                    let r = self.vreg();
                    self.mov(r, DATA_END);
                    self.alu(AluOp::Sub, r, Src::Reg(DATA));
                    self.store_var(var, r);
                }
            }
            ProgramKind::Xdp => {
                if let Some(var) = standard.in_port.filter(|v| self.vars_read.contains(v)) {
                    let r = self.vreg();
                    self.load(Size::W, r, ctx, xdp::INGRESS_IFINDEX);
                    self.store_var(var, r);
                }
                // Incoming mark (and, from a test harness, the port) in the metadata area.
                let meta = self.vreg();
                let end = self.vreg();
                let skip = self.label();
                self.load(Size::W, meta, ctx, xdp::DATA_META);
                self.mov(end, meta);
                self.alu(AluOp::Add, end, Src::Imm(8));
                self.branch(Cond::Gt, end, Src::Reg(DATA), skip);
                if let Some(var) = standard.mark {
                    let r = self.vreg();
                    self.load(Size::W, r, meta, 0);
                    self.store_var(var, r);
                }
                if let (Some(var), true) = (standard.in_port, self.options.test_harness) {
                    let r = self.vreg();
                    self.load(Size::W, r, meta, 4);
                    self.store_var(var, r);
                }
                self.push(MInst::Label(skip));
                if let Some(var) = standard.packet_length.filter(|v| self.vars_read.contains(v)) {
                    self.mov(R1, ctx);
                    self.push(MInst::Call { helper: HELPER_XDP_GET_BUFF_LEN });
                    let r = self.vreg();
                    self.mov(r, R0);
                    self.store_var(var, r);
                    // The helper call keeps packet pointers (it does not change the packet).
                }
            }
        }
    }

    pub(super) fn epilogue_code(&mut self) {
        let module = self.module;
        let standard = &module.standard;
        let kind = self.options.kind;
        let offload = self.options.offload;
        let (pass, drop) = match kind {
            ProgramKind::Tc if offload => (TC_ACT_UNSPEC, TC_ACT_SHOT),
            ProgramKind::Tc => (TC_ACT_OK, TC_ACT_SHOT),
            ProgramKind::Xdp => (XDP_PASS, XDP_DROP),
        };
        // Parser rejects land here.
        self.push(MInst::Label(self.drop_label));
        self.push(MInst::Note("drop".into()));
        self.write_outputs();
        self.mov_imm(R0, drop as u64);
        self.push(MInst::Exit);

        self.push(MInst::Label(self.epilogue));
        self.push(MInst::Note("epilogue: verdict".into()));
        self.write_outputs();
        match module.architecture {
            ir::Architecture::EbpfFilter => {
                let flag = self.vreg();
                match standard.pass {
                    Some(var) => self.load_var(flag, var),
                    None => self.mov_imm(flag, 0),
                }
                let drop_exit = self.label();
                self.branch(Cond::Eq, flag, Src::Imm(0), drop_exit);
                self.return_code(pass);
                self.push(MInst::Exit);
                self.push(MInst::Label(drop_exit));
                self.mov_imm(R0, drop as u64);
                self.push(MInst::Exit);
            }
            ir::Architecture::Flowmark if standard.verdict.is_none_or(|v| !self.vars_written.contains(&v)) => {
                // The program never sets a verdict: every packet that gets here passes.
                self.mov_imm(R0, pass as u64);
                self.push(MInst::Exit);
            }
            ir::Architecture::Flowmark => {
                let verdict = self.vreg();
                match standard.verdict {
                    Some(var) => self.load_var(verdict, var),
                    None => self.mov_imm(verdict, 0),
                }
                let not_pass = self.label();
                let drop_exit = self.label();
                self.branch(Cond::Ne, verdict, Src::Imm(ir::VERDICT_PASS as i32), not_pass);
                self.return_code(pass);
                self.push(MInst::Exit);
                self.push(MInst::Label(not_pass));
                if offload || !self.verdict_may_redirect() {
                    // No redirect on the NIC (offload::check rejects it), or the program never
                    // sets one: anything else drops.
                    self.mov_imm(R0, drop as u64);
                    self.push(MInst::Exit);
                    return;
                }
                self.branch(Cond::Ne, verdict, Src::Imm(ir::VERDICT_REDIRECT as i32), drop_exit);
                let port = self.vreg();
                match standard.out_port {
                    Some(var) => self.load_var(port, var),
                    None => self.mov_imm(port, 0),
                }
                self.mov(R1, port);
                self.mov_imm(R2, 0);
                self.push(MInst::Call { helper: HELPER_REDIRECT });
                self.push(MInst::Exit);
                self.push(MInst::Label(drop_exit));
                self.mov_imm(R0, drop as u64);
                self.push(MInst::Exit);
            }
        }
    }

    /// Whether some assignment to the verdict may give it `REDIRECT` (anything but a constant
    /// other than REDIRECT counts).
    fn verdict_may_redirect(&self) -> bool {
        let Some(verdict) = self.module.standard.verdict else { return false };
        [&self.module.parser, &self.module.control].into_iter().any(|function| {
            let constants: std::collections::HashMap<ir::Value, u128> = function
                .blocks
                .iter()
                .flat_map(|(_, b)| b.insts.iter())
                .filter_map(|i| if let ir::Inst::Const { result, value } = i { Some((*result, *value)) } else { None })
                .collect();
            function.blocks.iter().flat_map(|(_, b)| b.insts.iter()).any(|inst| match inst {
                ir::Inst::WriteVar { var, value } if *var == verdict => {
                    constants.get(value).is_none_or(|c| *c == ir::VERDICT_REDIRECT)
                }
                _ => false,
            })
        })
    }

    /// `r0 = code` (a negative code as a sign-extended immediate, not a 64-bit constant).
    fn return_code(&mut self, code: i32) {
        if code < 0 {
            self.push(MInst::Alu { op: AluOp::Mov, dst: R0, src: Src::Imm(code) });
        } else {
            self.mov_imm(R0, code as u64);
        }
    }

    /// Write the outgoing mark (and, for test harnesses, the out port) to where the target keeps it.
    /// Offload builds write nothing (no context stores, no metadata helper).
    fn write_outputs(&mut self) {
        let standard = &self.module.standard;
        if self.options.offload {
            return;
        }
        let Some(mark_var) = standard.mark else { return };
        let tc = self.options.kind == ProgramKind::Tc;
        let mark_written = self.vars_written.contains(&mark_var);
        let port_needed = self.options.test_harness && standard.out_port.is_some_and(|v| self.vars_written.contains(&v));
        if tc && !mark_written && !port_needed {
            // skb->mark already holds the incoming mark, and nothing else goes out.
            return;
        }
        let mark = self.vreg();
        self.load_var(mark, mark_var);
        let port = self.vreg();
        match standard.out_port {
            Some(var) => self.load_var(port, var),
            None => self.mov_imm(port, 0),
        }
        match self.options.kind {
            ProgramKind::Tc => {
                let ctx = self.ctx();
                if mark_written {
                    self.store(Size::W, ctx, skb::MARK, mark);
                }
                if port_needed {
                    self.store(Size::W, ctx, skb::CB1, port);
                }
            }
            ProgramKind::Xdp => {
                // Grow the metadata area by 8 bytes: { u32 mark; u32 out_port }.
                let saved_mark = self.alloc_stack(8);
                self.store(Size::Dw, FP, saved_mark, mark);
                self.store(Size::Dw, FP, saved_mark - 8, port);
                let _ = self.alloc_stack(8);
                let ctx = self.ctx();
                self.mov(R1, ctx);
                self.mov_imm(R2, (-8i64) as u64);
                self.push(MInst::Call { helper: HELPER_XDP_ADJUST_META });
                let done = self.label();
                self.branch(Cond::Ne, R0, Src::Imm(0), done);
                let ctx = self.ctx();
                let meta = self.vreg();
                let data = self.vreg();
                self.load(Size::W, meta, ctx, xdp::DATA_META);
                self.load(Size::W, data, ctx, xdp::DATA);
                let end = self.vreg();
                self.mov(end, meta);
                self.alu(AluOp::Add, end, Src::Imm(8));
                self.branch(Cond::Gt, end, Src::Reg(data), done);
                let value = self.vreg();
                self.load(Size::Dw, value, FP, saved_mark);
                self.store(Size::W, meta, 0, value);
                let value = self.vreg();
                self.load(Size::Dw, value, FP, saved_mark - 8);
                self.store(Size::W, meta, 4, value);
                self.push(MInst::Label(done));
            }
        }
    }
}
