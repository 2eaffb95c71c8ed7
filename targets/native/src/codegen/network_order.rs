//! Variables in packet byte order (the idea of the eBPF target's `network_order.rs`): every IR
//! variable of 16, 32 or 64 bits has a shadow holding its bytes as a big-endian packed key wants
//! them (the value byte-swapped). A write of a whole byte-swapped field load puts the loaded bytes
//! in the shadow as they are; a key built from a variable read in the same block takes the shadow,
//! so a field that goes packet -> variable -> key is never swapped. Shadows nothing reads are dead
//! code the optimizer drops.

use std::collections::HashMap;

use cranelift_codegen::ir::types::{I16, I32, I64};
use cranelift_codegen::ir::{self as clif, InstBuilder};
use cranelift_frontend::Variable;
use flowmark_compiler::ir::VarId;

use super::Gen;

/// The shadows of one function.
#[derive(Default)]
pub(super) struct Shadows {
    /// Per shadowed variable: its shadow and its size in bytes.
    vars: HashMap<VarId, (Variable, u32)>,
    /// Writes so far per variable: a read is only good until the next write.
    writes: HashMap<VarId, u32>,
    /// Values produced by variable reads: the variable and its write count then.
    reads: HashMap<clif::Value, (VarId, u32)>,
}

impl Gen<'_, '_> {
    /// Declare the shadows (in the entry block, where every variable starts at 0). Variables the
    /// entry or the runtime calls set some other way get none.
    pub(super) fn declare_shadows(&mut self) {
        let std = &self.m.standard;
        let special = [std.in_port, std.packet_length, std.mark];
        let zero = self.b.ins().iconst(I64, 0);
        for (id, var) in self.m.variables.iter() {
            let bytes = match var.ty.width() {
                16 => 2,
                32 => 4,
                64 => 8,
                _ => continue,
            };
            if special.contains(&Some(id)) {
                continue;
            }
            let shadow = self.b.declare_var(I64);
            self.b.def_var(shadow, zero);
            self.shadows.vars.insert(id, (shadow, bytes));
        }
    }

    /// `var` was just set to `v` (masked to its type): update its shadow.
    pub(super) fn write_shadow(&mut self, var: VarId, v: clif::Value) {
        *self.shadows.writes.entry(var).or_default() += 1;
        let Some(&(shadow, bytes)) = self.shadows.vars.get(&var) else { return };
        let raw = match (self.packet_order(v, bytes), self.known_constant(v)) {
            (Some(raw), _) => raw,
            (None, Some(k)) => {
                let k = k as u64;
                let swapped = match bytes {
                    2 => u64::from((k as u16).swap_bytes()),
                    4 => u64::from((k as u32).swap_bytes()),
                    _ => k.swap_bytes(),
                };
                self.b.ins().iconst(I64, swapped as i64)
            }
            (None, None) => match bytes {
                8 => self.b.ins().bswap(v),
                _ => {
                    let t = if bytes == 2 { I16 } else { I32 };
                    let narrow = self.b.ins().ireduce(t, v);
                    let swapped = self.b.ins().bswap(narrow);
                    self.b.ins().uextend(I64, swapped)
                }
            },
        };
        self.b.def_var(shadow, raw);
    }

    /// `v` is what a read of `var` just produced.
    pub(super) fn note_read(&mut self, var: VarId, v: clif::Value) {
        if self.shadows.vars.contains_key(&var) {
            let writes = self.shadows.writes.get(&var).copied().unwrap_or(0);
            self.shadows.reads.insert(v, (var, writes));
        }
    }

    /// The packet-order form of `x` (`n` bytes, as in `packet_order`) when `x` is a variable
    /// read of this block with no write of the variable since.
    pub(super) fn shadow_of(&mut self, x: clif::Value, n: u32) -> Option<clif::Value> {
        let &(var, writes) = self.shadows.reads.get(&x)?;
        let &(shadow, bytes) = self.shadows.vars.get(&var)?;
        if bytes != n || self.shadows.writes.get(&var).copied().unwrap_or(0) != writes {
            return None;
        }
        Some(self.b.use_var(shadow))
    }
}
