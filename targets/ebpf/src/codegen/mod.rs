//! The eBPF code generator: IR -> machine IR ([`lower`], [`packet`], [`externs`]) -> jump
//! threading over repeated tests ([`repeated_tests`]) -> register allocation ([`regalloc`]) ->
//! clean-up ([`peephole`]) -> instruction slots ([`encode`]). [`maps`] decides the kernel maps.

mod arith;
mod conditions;
mod encode;
mod entry_exit;
mod externs;
mod invalidate;
mod lower;
mod maps;
mod network_order;
pub mod mir;
mod packet;
mod packet_compact;
mod peephole;
mod regalloc;
mod range_scan;
mod repeated_tests;
mod tuple_space;
mod validity;

pub use encode::helper_name;
pub use maps::{symbol, MapPlan, TableMaps, MAX_SCAN_ENTRIES};

use crate::error::Error;
use crate::program::{Program, ProgramKind};
use crate::Options;
use flowmark_compiler::ir;

/// The generated program and what `--emit asm` prints about it.
#[derive(Debug)]
pub struct Generated {
    pub program: Program,
    pub plan: MapPlan,
    /// The listing: instructions under the IR operations they came from.
    pub asm: String,
    /// Stack frame bytes (at most 512).
    pub stack_bytes: u32,
}

/// eBPF allows a 512-byte stack frame.
pub const MAX_STACK: u32 = 512;

pub fn generate(module: &ir::Module, options: &Options) -> Result<Generated, Error> {
    let plan = MapPlan::for_options(module, options);
    let mut lowering = lower::Lowering::new(module, options, &plan);
    lowering.lower_program()?;
    let frame = lowering.stack_size();
    // Constants and loads nobody reads go first, so a repeated test follows the label it repeats.
    let insts = repeated_tests::thread(regalloc::without_dead_definitions(std::mem::take(&mut lowering.out)));
    let allocated = regalloc::allocate(insts, frame);
    let stack_bytes = frame + allocated.spill_bytes;
    if stack_bytes > MAX_STACK {
        return Err(Error::StackTooLarge { bytes: stack_bytes });
    }
    let encoded = encode::encode(peephole::optimize(allocated.insts));
    let map_names: Vec<String> = plan.maps.iter().map(|m| m.name.clone()).collect();
    let mut asm = format!(
        "; {} for {}: {} instructions, stack {} bytes, {} maps\n",
        module.name,
        options.kind.section(),
        encoded.insns.len(),
        stack_bytes,
        plan.maps.len()
    );
    asm.push_str(&encode::listing(&encoded, &map_names));
    let name = match options.kind {
        ProgramKind::Tc => format!("{}_tc", symbol(&module.name)),
        ProgramKind::Xdp => format!("{}_xdp", symbol(&module.name)),
    };
    let program = Program {
        kind: options.kind,
        name,
        insns: encoded.insns,
        relocations: encoded.relocations,
        maps: plan.maps.clone(),
        license: "GPL".into(),
    };
    Ok(Generated { program, plan, asm, stack_bytes })
}
