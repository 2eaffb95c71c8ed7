//! What the datapath learns from the IR before it runs a packet: whether the pipeline's result can
//! be cached per flow ([`FlowMode`]), and the *probe*, a program derived from the classifier that
//! computes a packet's flow key and looks it up in the worker's exact-match flow cache.
//!
//! The probe is the classifier's module with two maps per hint added and its control cut at the
//! first `Hint.apply` on every path:
//! - `__flowmark_cache_<h>`: `Map<key of hint h, bit<32> mark>` (hash), the worker's flow cache;
//! - `__flowmark_key_<h>`: `Map<bit<32>, key of hint h>` (array of one), where a miss leaves its key.
//!
//! `hit = h.apply(key)` becomes `found = cache_h.lookup(key, mark)`; on `found` the probe sets
//! `mark = mark`, on a miss it stores `key` in `__flowmark_key_<h>[0]` and sets `mark = 0`; either
//! way it sets `verdict = REDIRECT` and `out_port = h + 1` and returns. Every other `return` sets
//! `verdict = REDIRECT`, `out_port = 0` (no flow key), `mark = 0`. So after a probe run: a parser
//! reject shows as verdict DROP with a parser error, `out_port` tells which hint (if any) keyed the
//! packet, and `mark` is the cached flow's mark or 0. Counters and map writes are removed from the
//! probe (it runs in a state of its own and must not count twice).

use cranelift_entity::EntityRef;
use flowmark_compiler::ir::{
    Architecture, Block, BlockData, Function, HintId, Inst, LayoutField, MapDecl, MapId, MapKind, Module, Terminator,
    Type, Value, VERDICT_REDIRECT,
};

/// How the datapath treats a pipeline's cached flows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FlowMode {
    /// Stateless and the packet is not rewritten: the result of the flow's first packet (verdict,
    /// output port, mark) is reused for every later packet of the flow.
    Reuse,
    /// Flows are cached (marks, flow cache, classifier entries) but every packet re-runs the
    /// pipeline, because it keeps state (`Map` externs, as Oko's stateful filters), rewrites the
    /// packet, or reads the clock or random numbers. The reason says which.
    Rerun(String),
    /// No flow key: every packet runs the whole pipeline. The reason says why.
    Uncached(String),
}

/// The probe of a classifier and the ids of its flow-cache maps.
#[derive(Clone, Debug)]
pub struct Probe {
    pub module: Module,
    /// Per hint of the classifier (by index): the cache map (key -> mark) and the key map.
    pub cache_maps: Vec<MapId>,
    pub key_maps: Vec<MapId>,
    /// The probe writes header fields (it must run on a copy of the packet).
    pub writes_packet: bool,
}

/// The `out_port` a probe reports for hint `h`.
pub fn probe_code(hint: HintId) -> u32 {
    hint.index() as u32 + 1
}

fn reachable(function: &Function) -> Vec<bool> {
    let mut seen = vec![false; function.blocks.len()];
    let mut stack = vec![function.entry];
    while let Some(block) = stack.pop() {
        if std::mem::replace(&mut seen[block.index()], true) {
            continue;
        }
        stack.extend(function.blocks[block].terminator.successors());
    }
    seen
}

fn writes_packet(inst: &Inst) -> bool {
    matches!(inst, Inst::WriteField { .. } | Inst::ChecksumReplace { .. } | Inst::Ipv4ChecksumUpdate { .. })
}

/// True when the program can change the packet's bytes.
pub fn rewrites_packet(module: &Module) -> bool {
    [&module.parser, &module.control].into_iter().any(|function| {
        let live = reachable(function);
        function.blocks.iter().any(|(block, data)| live[block.index()] && data.insts.iter().any(writes_packet))
    })
}

/// Why a pipeline must re-run on cached hits (`None`: its results can be reused).
fn rerun_reason(module: &Module) -> Option<String> {
    let mut reasons = Vec::new();
    for function in [&module.parser, &module.control] {
        let live = reachable(function);
        for (block, data) in function.blocks.iter() {
            if !live[block.index()] {
                continue;
            }
            for inst in &data.insts {
                let reason = match inst {
                    Inst::MapLookup { .. } | Inst::MapUpdate { .. } | Inst::MapDelete { .. } => "keeps state in Map externs",
                    i if writes_packet(i) => "rewrites the packet",
                    Inst::Timestamp { .. } => "reads the clock",
                    Inst::Random { .. } => "uses random numbers",
                    _ => continue,
                };
                if !reasons.contains(&reason) {
                    reasons.push(reason);
                }
            }
        }
    }
    (!reasons.is_empty()).then(|| format!("the pipeline {}", reasons.join(", ")))
}

/// The flow mode of `pipeline` keyed by `classifier`'s hints (the probe says whether it has any).
pub fn flow_mode(pipeline: &Module, probe: &Result<Probe, String>) -> FlowMode {
    match probe {
        Err(why) => FlowMode::Uncached(why.clone()),
        Ok(_) => match rerun_reason(pipeline) {
            Some(why) => FlowMode::Rerun(why),
            None => FlowMode::Reuse,
        },
    }
}

fn bits(width: u16) -> Type {
    Type::Bits { width, signed: false }
}

struct Rewriter<'a> {
    function: &'a mut Function,
    verdict: (flowmark_compiler::ir::VarId, Type),
    out_port: (flowmark_compiler::ir::VarId, Type),
    mark: (flowmark_compiler::ir::VarId, Type),
}

impl Rewriter<'_> {
    fn value(&mut self, ty: Type) -> Value {
        self.function.values.push(ty)
    }

    /// `verdict = REDIRECT; out_port = code; mark = <mark or 0>` at the end of `insts`.
    fn outputs(&mut self, insts: &mut Vec<Inst>, code: u32, mark: Option<Value>) {
        let (verdict_var, verdict_ty) = self.verdict;
        let (port_var, port_ty) = self.out_port;
        let (mark_var, mark_ty) = self.mark;
        let v = self.value(verdict_ty);
        insts.push(Inst::Const { result: v, value: VERDICT_REDIRECT });
        insts.push(Inst::WriteVar { var: verdict_var, value: v });
        let p = self.value(port_ty);
        insts.push(Inst::Const { result: p, value: u128::from(code) & port_ty.mask() });
        insts.push(Inst::WriteVar { var: port_var, value: p });
        let m = match mark {
            Some(m) => m,
            None => {
                let m = self.value(mark_ty);
                insts.push(Inst::Const { result: m, value: 0 });
                m
            }
        };
        insts.push(Inst::WriteVar { var: mark_var, value: m });
    }

    fn push_block(&mut self, insts: Vec<Inst>, span: flowmark_compiler::grammar::Span) -> Block {
        let spans = vec![span; insts.len()];
        self.function.blocks.push(BlockData { name: None, insts, spans, terminator: Terminator::Return, terminator_span: span })
    }
}

/// Derive the probe of `classifier` (see the module documentation). `Err` says why the classifier
/// gives no flow key.
pub fn probe(classifier: &Module, cache_size: u32) -> Result<Probe, String> {
    if classifier.architecture != Architecture::Flowmark {
        return Err("the classifier is an ebpfFilter program (flow keys come from Hint externs of the flowmark architecture)".into());
    }
    if classifier.hints.is_empty() {
        return Err(format!("the classifier `{}` has no Hint, so packets have no flow key", classifier.name));
    }
    let std = &classifier.standard;
    let (Some(verdict), Some(out_port), Some(mark)) = (std.verdict, std.out_port, std.mark) else {
        return Err("the classifier has no standard_metadata (verdict, out_port, mark)".into());
    };
    for data in classifier.parser.blocks.values() {
        if data.insts.iter().any(|i| matches!(i, Inst::HintApply { .. })) {
            return Err("the classifier applies a Hint in its parser".into());
        }
    }
    let mut module = classifier.clone();
    module.name = format!("{}__probe", classifier.name);
    let mut cache_maps = Vec::new();
    let mut key_maps = Vec::new();
    for (id, hint) in classifier.hints.iter() {
        let span = hint.span;
        cache_maps.push(module.maps.push(MapDecl {
            name: format!("__flowmark_cache_{}", id.index()),
            kind: MapKind::Hash,
            size: cache_size.max(1),
            key: hint.key.clone(),
            value: vec![LayoutField { name: "mark".into(), ty: bits(32) }],
            span,
        }));
        key_maps.push(module.maps.push(MapDecl {
            name: format!("__flowmark_key_{}", id.index()),
            kind: MapKind::Array,
            size: 1,
            key: vec![LayoutField { name: "index".into(), ty: bits(32) }],
            value: hint.key.clone(),
            span,
        }));
    }
    let var_ty = |var| module.variables[var].ty;
    let mut rewriter = Rewriter {
        verdict: (verdict, var_ty(verdict)),
        out_port: (out_port, var_ty(out_port)),
        mark: (mark, var_ty(mark)),
        function: &mut module.control,
    };
    if rewriter.mark.1 != bits(32) {
        return Err("standard_metadata.mark is not bit<32>".into());
    }
    let original: Vec<Block> = rewriter.function.blocks.keys().collect();
    for block in original {
        let data = std::mem::replace(
            &mut rewriter.function.blocks[block],
            BlockData { name: None, insts: vec![], spans: vec![], terminator: Terminator::Return, terminator_span: Default::default() },
        );
        let BlockData { name, insts: old, spans: old_spans, terminator, terminator_span } = data;
        let mut insts = Vec::with_capacity(old.len());
        let mut spans = Vec::with_capacity(old.len());
        let mut new_terminator = terminator;
        let mut cut = false;
        for (inst, span) in old.into_iter().zip(old_spans) {
            match inst {
                Inst::Count { .. } | Inst::MapUpdate { .. } | Inst::MapDelete { .. } => continue,
                Inst::HintApply { hint, key, hit: _ } => {
                    let h = hint.index();
                    let found = rewriter.value(Type::Bool);
                    let cached = rewriter.value(bits(32));
                    insts.push(Inst::MapLookup { map: cache_maps[h], key: key.clone(), found, values: vec![cached] });
                    spans.push(span);
                    let mut hit_insts = Vec::new();
                    rewriter.outputs(&mut hit_insts, probe_code(hint), Some(cached));
                    let hit_block = rewriter.push_block(hit_insts, span);
                    let mut miss_insts = Vec::new();
                    let zero = rewriter.value(bits(32));
                    miss_insts.push(Inst::Const { result: zero, value: 0 });
                    miss_insts.push(Inst::MapUpdate { map: key_maps[h], key: vec![zero], values: key });
                    rewriter.outputs(&mut miss_insts, probe_code(hint), None);
                    let miss_block = rewriter.push_block(miss_insts, span);
                    new_terminator = Terminator::Branch { cond: found, if_true: hit_block, if_false: miss_block };
                    cut = true;
                    break;
                }
                other => {
                    insts.push(other);
                    spans.push(span);
                }
            }
        }
        if !cut && matches!(new_terminator, Terminator::Return) {
            let before = insts.len();
            rewriter.outputs(&mut insts, 0, None);
            spans.extend(std::iter::repeat_n(terminator_span, insts.len() - before));
        }
        rewriter.function.blocks[block] = BlockData { name, insts, spans, terminator: new_terminator, terminator_span };
    }
    // Blocks only reachable after a hint apply are dead now; empty them so no value is used
    // where its definition was cut away.
    let live = reachable(rewriter.function);
    for (block, data) in rewriter.function.blocks.iter_mut() {
        if !live[block.index()] {
            data.insts.clear();
            data.spans.clear();
            data.terminator = Terminator::Return;
        }
    }
    let mut writes = false;
    for function in [&module.parser, &module.control] {
        let live = reachable(function);
        for (block, data) in function.blocks.iter() {
            if !live[block.index()] {
                continue;
            }
            for inst in &data.insts {
                writes |= writes_packet(inst);
                if let Inst::MapLookup { map, .. } = inst {
                    if map.index() < classifier.maps.len() {
                        return Err(format!(
                            "the classifier's flow key may depend on Map `{}` (read before its Hint is applied)",
                            classifier.maps[*map].name
                        ));
                    }
                }
            }
        }
    }
    flowmark_compiler::ir::verify::verify(&module)
        .map_err(|errors| format!("internal error: the derived probe does not verify: {}", errors.join("; ")))?;
    Ok(Probe { module, cache_maps, key_maps, writes_packet: writes })
}
