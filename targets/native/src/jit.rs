//! In-process compilation with cranelift-jit: [`Jit`] is one compiled pipeline function, and
//! [`NativePipeline`] pairs it with the runtime state it was compiled for (the safe way to run
//! packets), implementing the STF [`Target`].

use std::sync::Arc;
use std::time::{Duration, Instant};

use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, Linkage};
use flowmark_compiler::interp::{PacketInput, PacketOutput, Verdict};
use flowmark_compiler::ir::{self, ActionCall, CounterId, Entry, HintId, MapId, TableId};
use flowmark_compiler::stf::Target;
use flowmark_runtime::host::{host_symbols, ControlPlane};
use flowmark_runtime::{Context, Pipeline};

use crate::{backend, define, isa, Error};

/// The entry function's type.
pub type EntryFn = unsafe extern "C" fn(*mut u8, u32, *mut Context) -> u32;

/// A JIT-compiled pipeline function.
pub struct Jit {
    module: Option<JITModule>,
    entry: EntryFn,
    /// How long translation and compilation took.
    pub compile_time: Duration,
    /// The CLIF text before optimisation.
    pub clif: String,
}

impl std::fmt::Debug for Jit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Jit").field("compile_time", &self.compile_time).finish_non_exhaustive()
    }
}

// SAFETY: after `finalize_definitions` the module's code and data are immutable; the entry
// function is reentrant (all per-packet state is on its stack or in the caller's context), and
// the JIT module is only touched again when dropped.
unsafe impl Send for Jit {}
// SAFETY: as above: shared use only calls the immutable, reentrant entry function.
unsafe impl Sync for Jit {}

impl Jit {
    /// Compile a module in process.
    pub fn compile(module: &ir::Module) -> Result<Jit, Error> {
        let start = Instant::now();
        let mut builder = JITBuilder::with_isa(isa(false)?, default_libcall_names());
        for (name, ptr) in host_symbols() {
            builder.symbol(name, ptr);
        }
        let mut m = JITModule::new(builder);
        let (id, clif) = define(module, &mut m, Linkage::Export)?;
        m.finalize_definitions().map_err(backend)?;
        let code = m.get_finalized_function(id);
        // SAFETY: the function was defined with the `EntryFn` signature (see
        // `codegen::entry_signature`) and the host's default calling convention.
        let entry = unsafe { std::mem::transmute::<*const u8, EntryFn>(code) };
        Ok(Jit { module: Some(m), entry, compile_time: start.elapsed(), clif })
    }

    /// Run the function on a packet.
    ///
    /// # Safety
    /// `ctx.state` must point at a live [`Pipeline`] created from the same IR module as this
    /// function (key and value buffers are sized by that module's layouts).
    #[inline]
    pub unsafe fn call(&self, packet: &mut [u8], ctx: &mut Context) -> u32 {
        // Packets of 4 GiB or more are processed as their first 4 GiB - 1 bytes.
        let len = u32::try_from(packet.len()).unwrap_or(u32::MAX);
        // SAFETY: `packet` is valid for `len` bytes; the caller guarantees the state.
        unsafe { (self.entry)(packet.as_mut_ptr(), len, ctx) }
    }

    /// The raw entry function.
    pub fn entry(&self) -> EntryFn {
        self.entry
    }
}

impl Drop for Jit {
    fn drop(&mut self) {
        if let Some(m) = self.module.take() {
            // SAFETY: `entry` points into this module's memory; it is dropped with `self`, and
            // `Jit` hands out no references that outlive it (`entry()` callers must not keep the
            // pointer past the `Jit`, as documented on `NativePipeline`).
            unsafe { m.free_memory() };
        }
    }
}

/// What one packet produced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// 0 pass, 1 drop, 2 redirect.
    pub verdict: u32,
    pub mark: u32,
    pub out_port: u32,
    pub parser_error: u32,
}

/// A compiled pipeline and its runtime state: safe packet processing from any number of threads
/// while the control plane changes the state through [`NativePipeline::state`].
#[derive(Debug)]
pub struct NativePipeline {
    jit: Jit,
    state: Arc<Pipeline>,
}

impl NativePipeline {
    pub fn new(module: &ir::Module) -> Result<Self, Error> {
        let jit = Jit::compile(module)?;
        Ok(NativePipeline { jit, state: Arc::new(Pipeline::new(module)) })
    }

    /// The runtime state (tables, maps, hints, counters) and its control-plane API.
    pub fn state(&self) -> &Arc<Pipeline> {
        &self.state
    }

    /// Replace the state by a fresh one (const entries and defaults only, empty maps).
    pub fn reset(&mut self) {
        self.state = Arc::new(Pipeline::new(self.state.module()));
    }

    pub fn jit(&self) -> &Jit {
        &self.jit
    }

    /// Process one packet in place.
    #[inline]
    pub fn process(&self, packet: &mut [u8], in_port: u32, mark: u32, time_ns: u64) -> Outcome {
        let mut ctx = Context::new(&self.state, in_port, mark, time_ns);
        // SAFETY: the state was created from the module the function was compiled from.
        let verdict = unsafe { self.jit.call(packet, &mut ctx) };
        Outcome { verdict, mark: ctx.mark, out_port: ctx.out_port, parser_error: ctx.parser_error }
    }

    /// Process one packet given as a raw buffer.
    ///
    /// # Safety
    /// `packet` must be valid for reads and writes of `len` bytes.
    #[inline]
    pub unsafe fn process_raw(&self, packet: *mut u8, len: u32, ctx: &mut Context) -> u32 {
        ctx.state = Arc::as_ptr(&self.state);
        // SAFETY: the caller guarantees the buffer; the state matches the function.
        unsafe { (self.jit.entry)(packet, len, ctx) }
    }
}

impl Target for NativePipeline {
    fn add_entry(&mut self, table: TableId, entry: Entry) -> Result<(), String> {
        self.state.add_entry(table, entry)
    }
    fn set_default(&mut self, table: TableId, action: ActionCall) -> Result<(), String> {
        self.state.set_default(table, action)
    }
    fn clear_entries(&mut self) -> Result<(), String> {
        self.state.clear_entries();
        Ok(())
    }
    fn clear_table(&mut self, table: TableId) -> Result<(), String> {
        self.state.clear_table(table)
    }
    fn set_hint(&mut self, hint: HintId, key: Vec<u128>, mark: u32) -> Result<(), String> {
        self.state.set_hint(hint, &key, mark)
    }
    fn set_map(&mut self, map: MapId, key: Vec<u128>, value: Vec<u128>) -> Result<(), String> {
        self.state.map_update(map, &key, &value)
    }
    fn read_map(&mut self, map: MapId, key: &[u128]) -> Result<Option<Vec<u128>>, String> {
        self.state.map_lookup(map, key)
    }
    fn read_counter(&mut self, counter: CounterId, index: u32) -> Result<(u64, u64), String> {
        ControlPlane(&self.state).read_counter(counter, index)
    }
    fn run(&mut self, input: &PacketInput) -> Result<PacketOutput, String> {
        let mut data = input.data.clone();
        let out = self.process(&mut data, input.port, input.mark, input.time_ns);
        let verdict = match out.verdict {
            0 => Verdict::Pass,
            2 => Verdict::Redirect(out.out_port),
            _ => Verdict::Drop,
        };
        Ok(PacketOutput { verdict, data, mark: out.mark, parser_error: out.parser_error, internal_error: None })
    }
}
