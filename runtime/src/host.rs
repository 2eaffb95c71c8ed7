//! The host interface of compiled native pipelines: the [`Context`] every packet carries and the
//! `extern "C"` functions that generated code calls for tables, hints, maps, counters and random
//! numbers (the same symbols whether the code was JIT-compiled in process or linked from
//! an ahead-of-time object). Plus a small C control-plane API (create a pipeline from a P4 file,
//! apply entry lines, free it) for C datapaths. Key and value pointers point at the layouts of
//! [`flowmark_compiler::layout`], of exactly the sizes those layouts give.

use std::ffi::{c_char, CStr};

use cranelift_entity::EntityRef;
use flowmark_compiler::interp::{PacketInput, PacketOutput};
use flowmark_compiler::ir::{ActionCall, CounterId, Entry, HintId, MapId, TableId};
use flowmark_compiler::stf::{apply_control, parse_entries, Target};

use crate::Pipeline;

/// Per-packet context of a compiled pipeline (C layout; `flowmark_context` in generated headers).
#[repr(C)]
#[derive(Debug)]
pub struct Context {
    /// Input: the port the packet came in on.
    pub in_port: u32,
    /// Input: the incoming mark.
    pub mark_in: u32,
    /// Input: what `Timestamp` reads (nanoseconds; the datapath sets it once per batch).
    pub time_ns: u64,
    /// Output: the outgoing mark.
    pub mark: u32,
    /// Output: the port of a redirect verdict.
    pub out_port: u32,
    /// Output: 0 pass, 1 drop, 2 redirect (also the function's return value).
    pub verdict: u32,
    /// Output: the parser error index when the parser rejected, else 0.
    pub parser_error: u32,
    /// The pipeline state the host functions use.
    pub state: *const Pipeline,
    /// Input: the counter shard this thread owns, 1..=[`SHARDS`](crate::pipeline::SHARDS), or 0
    /// for the shared (atomic) shard. Two threads running packets at the same time must never
    /// use the same nonzero number: counts go to the shard with plain adds. [`Context::new`]
    /// takes the calling thread's own number.
    pub worker: u32,
    pub reserved: u32,
}

impl Context {
    #[inline]
    pub fn new(state: &Pipeline, in_port: u32, mark_in: u32, time_ns: u64) -> Self {
        let worker = crate::pipeline::thread_worker();
        Context { in_port, mark_in, time_ns, mark: 0, out_port: 0, verdict: 0, parser_error: 0, state, worker, reserved: 0 }
    }
}

/// Names of the host functions, as generated code imports them.
pub const TABLE_LOOKUP: &str = "flowmark_table_lookup";
pub const HINT_LOOKUP: &str = "flowmark_hint_lookup";
pub const MAP_LOOKUP: &str = "flowmark_map_lookup";
pub const MAP_UPDATE: &str = "flowmark_map_update";
pub const MAP_DELETE: &str = "flowmark_map_delete";
pub const COUNT: &str = "flowmark_count";
pub const RANDOM: &str = "flowmark_random";

/// Look a key up in a table and copy the winning entry's value (or the default action's) into
/// `value`. Returns 1 on a hit, 0 on a miss.
///
/// # Safety
/// `state` is a live pipeline; `key` and `value` point at the table's key and value sizes.
#[no_mangle]
pub unsafe extern "C" fn flowmark_table_lookup(state: *const Pipeline, table: u32, key: *const u8, value: *mut u8) -> u32 {
    // SAFETY: the caller passes a live pipeline.
    let state = unsafe { &*state };
    let Some(t) = state.tables.get(table as usize) else { return 0 };
    let (key_size, value_size) = (t.layout.key.size as usize, t.layout.value.size as usize);
    // SAFETY: generated code passes buffers of the layout's key and value sizes.
    let (key, value) =
        unsafe { (std::slice::from_raw_parts(key, key_size), std::slice::from_raw_parts_mut(value, value_size)) };
    t.with_snapshot(|snapshot| u32::from(snapshot.lookup(key, value)))
}

/// Look a hint key up; on a hit store the mark in `*mark` and return 1. (Generated code probes
/// hints inline and calls this only when a control-plane write overlapped its probe.)
///
/// # Safety
/// `state` is a live pipeline; `key` points at the hint's key size; `mark` is writable.
#[no_mangle]
pub unsafe extern "C" fn flowmark_hint_lookup(state: *const Pipeline, hint: u32, key: *const u8, mark: *mut u32) -> u32 {
    // SAFETY: the caller passes a live pipeline.
    let state = unsafe { &*state };
    let Some(h) = state.hints.get(hint as usize) else { return 0 };
    // SAFETY: generated code passes a buffer of the hint's key size.
    let key = unsafe { std::slice::from_raw_parts(key, h.layout.size as usize) };
    match h.get(key) {
        Some(m) => {
            // SAFETY: `mark` points at a writable u32.
            unsafe { mark.write_unaligned(m) };
            1
        }
        None => 0,
    }
}

/// Map lookup: copies the value (zeros on a miss) and returns 1 when found.
///
/// # Safety
/// `state` is a live pipeline; `key` and `value` point at the map's key and value sizes.
#[no_mangle]
pub unsafe extern "C" fn flowmark_map_lookup(state: *const Pipeline, map: u32, key: *const u8, value: *mut u8) -> u32 {
    // SAFETY: the caller passes a live pipeline.
    let state = unsafe { &*state };
    let Some(m) = state.maps.get(map as usize) else { return 0 };
    // SAFETY: generated code passes buffers of the map's key and value sizes.
    let (key, value) = unsafe {
        (
            std::slice::from_raw_parts(key, m.key.size as usize),
            std::slice::from_raw_parts_mut(value, m.value.size as usize),
        )
    };
    u32::from(m.lookup(key, value))
}

/// Map insert or overwrite; a failure (full map, index out of range) is counted, not reported.
///
/// # Safety
/// `state` is a live pipeline; `key` and `value` point at the map's key and value sizes.
#[no_mangle]
pub unsafe extern "C" fn flowmark_map_update(state: *const Pipeline, map: u32, key: *const u8, value: *const u8) {
    // SAFETY: the caller passes a live pipeline.
    let state = unsafe { &*state };
    let Some(m) = state.maps.get(map as usize) else { return };
    // SAFETY: generated code passes buffers of the map's key and value sizes.
    let (key, value) = unsafe {
        (std::slice::from_raw_parts(key, m.key.size as usize), std::slice::from_raw_parts(value, m.value.size as usize))
    };
    if m.update(key, value).is_err() {
        state.stats.map_update_failures.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
}

/// Map delete.
///
/// # Safety
/// `state` is a live pipeline; `key` points at the map's key size.
#[no_mangle]
pub unsafe extern "C" fn flowmark_map_delete(state: *const Pipeline, map: u32, key: *const u8) {
    // SAFETY: the caller passes a live pipeline.
    let state = unsafe { &*state };
    let Some(m) = state.maps.get(map as usize) else { return };
    // SAFETY: generated code passes a buffer of the map's key size.
    let key = unsafe { std::slice::from_raw_parts(key, m.key.size as usize) };
    m.delete(key);
}

/// Add to a counter index (out-of-range indexes are ignored) in the shard of `ctx.worker`.
/// (Generated code counts inline once the worker's shard exists.)
///
/// # Safety
/// `ctx` is a live context whose `state` is a live pipeline.
#[no_mangle]
pub unsafe extern "C" fn flowmark_count(ctx: *const Context, counter: u32, index: u64, packets: u64, bytes: u64) {
    // SAFETY: the caller passes its live context with a live pipeline.
    let (state, worker) = unsafe { (&*(*ctx).state, (*ctx).worker) };
    if let Some(c) = state.counters.get(counter as usize) {
        c.add(worker, index, packets, bytes);
    }
}

/// The next pseudo-random number.
///
/// # Safety
/// `state` is a live pipeline.
#[no_mangle]
pub unsafe extern "C" fn flowmark_random(state: *const Pipeline) -> u32 {
    // SAFETY: the caller passes a live pipeline.
    unsafe { &*state }.random()
}

/// The addresses of the host functions by name (for a JIT's symbol table).
pub fn host_symbols() -> Vec<(&'static str, *const u8)> {
    vec![
        (TABLE_LOOKUP, flowmark_table_lookup as *const u8),
        (HINT_LOOKUP, flowmark_hint_lookup as *const u8),
        (MAP_LOOKUP, flowmark_map_lookup as *const u8),
        (MAP_UPDATE, flowmark_map_update as *const u8),
        (MAP_DELETE, flowmark_map_delete as *const u8),
        (COUNT, flowmark_count as *const u8),
        (RANDOM, flowmark_random as *const u8),
    ]
}

/// A pipeline's control plane as an STF [`Target`] that cannot run packets: what entry files and
/// the C API apply statements through.
#[derive(Debug)]
pub struct ControlPlane<'a>(pub &'a Pipeline);

impl Target for ControlPlane<'_> {
    fn add_entry(&mut self, table: TableId, entry: Entry) -> Result<(), String> {
        self.0.add_entry(table, entry)
    }
    fn set_default(&mut self, table: TableId, action: ActionCall) -> Result<(), String> {
        self.0.set_default(table, action)
    }
    fn clear_entries(&mut self) -> Result<(), String> {
        self.0.clear_entries();
        Ok(())
    }
    fn clear_table(&mut self, table: TableId) -> Result<(), String> {
        self.0.clear_table(table)
    }
    fn set_hint(&mut self, hint: HintId, key: Vec<u128>, mark: u32) -> Result<(), String> {
        self.0.set_hint(hint, &key, mark)
    }
    fn set_map(&mut self, map: MapId, key: Vec<u128>, value: Vec<u128>) -> Result<(), String> {
        self.0.map_update(map, &key, &value)
    }
    fn read_map(&mut self, map: MapId, key: &[u128]) -> Result<Option<Vec<u128>>, String> {
        self.0.map_lookup(map, key)
    }
    fn read_counter(&mut self, counter: CounterId, index: u32) -> Result<(u64, u64), String> {
        let decl = self.0.module().counters.get(counter).ok_or_else(|| format!("no counter {counter}"))?;
        if index >= decl.size {
            return Err(format!("index {index} is out of range of counter `{}` (size {})", decl.name, decl.size));
        }
        Ok(self.0.counter(counter, index))
    }
    fn run(&mut self, _input: &PacketInput) -> Result<PacketOutput, String> {
        Err("the control plane runs no packets".to_string())
    }
}

/// Apply control-plane lines (`add`, `setdefault`, `add_hint`, `set_map`, ...) to a pipeline.
pub fn apply_entries(pipeline: &Pipeline, text: &str) -> Result<(), String> {
    let statements = parse_entries(pipeline.module(), text)
        .map_err(|errors| errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "))?;
    let mut target = ControlPlane(pipeline);
    for (line, statement) in &statements {
        apply_control(&mut target, statement).map_err(|e| format!("line {line}: {e}"))?;
    }
    Ok(())
}

/// Includes resolve relative to the current directory.
struct Files;

impl flowmark_compiler::grammar::FileLoader for Files {
    fn load(&self, path: &str) -> Result<String, String> {
        std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
    }
}

/// Compile a P4 file (diagnostics are dropped; `None` on errors).
pub fn compile_file(path: &str) -> Option<flowmark_compiler::ir::Module> {
    let text = std::fs::read_to_string(path).ok()?;
    let mut sources = flowmark_compiler::grammar::SourceMap::default();
    let main = sources.add(path.to_string(), text);
    let name = std::path::Path::new(path).file_stem()?.to_string_lossy().into_owned();
    flowmark_compiler::compile_source(&mut sources, main, &Files, &name).0
}

/// C API: compile the P4 program at `path` and create its pipeline state; NULL on failure.
/// Free it with [`flowmark_pipeline_free`].
///
/// # Safety
/// `path` is a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn flowmark_pipeline_new(path: *const c_char) -> *mut Pipeline {
    // SAFETY: the caller passes a NUL-terminated string.
    let Ok(path) = unsafe { CStr::from_ptr(path) }.to_str() else { return std::ptr::null_mut() };
    match compile_file(path) {
        Some(module) => Box::into_raw(Box::new(Pipeline::new(&module))),
        None => std::ptr::null_mut(),
    }
}

/// C API: apply entry lines (the STF control-plane statements). Returns 0 on success.
///
/// # Safety
/// `pipeline` came from [`flowmark_pipeline_new`]; `text` is a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn flowmark_pipeline_apply(pipeline: *const Pipeline, text: *const c_char) -> i32 {
    // SAFETY: the caller passes a live pipeline and a NUL-terminated string.
    let (pipeline, text) = unsafe { (&*pipeline, CStr::from_ptr(text)) };
    match text.to_str().map_err(|e| e.to_string()).and_then(|t| apply_entries(pipeline, t)) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

/// C API: packets and bytes of a counter index.
///
/// # Safety
/// `pipeline` came from [`flowmark_pipeline_new`]; `packets` and `bytes` are writable.
#[no_mangle]
pub unsafe extern "C" fn flowmark_pipeline_counter(
    pipeline: *const Pipeline,
    counter: u32,
    index: u32,
    packets: *mut u64,
    bytes: *mut u64,
) {
    // SAFETY: the caller passes a live pipeline and writable outputs.
    unsafe {
        let (p, b) = (*pipeline).counter(CounterId::new(counter as usize), index);
        packets.write(p);
        bytes.write(b);
    }
}

/// C API: free a pipeline.
///
/// # Safety
/// `pipeline` came from [`flowmark_pipeline_new`] and no packet is running on it.
#[no_mangle]
pub unsafe extern "C" fn flowmark_pipeline_free(pipeline: *mut Pipeline) {
    if !pipeline.is_null() {
        // SAFETY: the pointer came from `Box::into_raw` in `flowmark_pipeline_new`.
        drop(unsafe { Box::from_raw(pipeline) });
    }
}
