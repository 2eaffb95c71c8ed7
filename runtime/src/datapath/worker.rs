//! One datapath worker: its flow table (slot `k` holds the flow of mark `w + 1 + k * W`), its free
//! marks, its flow cache (the maps of its probe's state) and the per-packet paths of the module
//! documentation.

use std::collections::VecDeque;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use cranelift_entity::EntityRef;
use flowmark_compiler::ir::HintId;
use flowmark_compiler::layout;

use super::derive::FlowMode;
use super::{Datapath, InstallError, Outcome, Packet, PathTaken, Stats, BATCH};

const VERDICT_REDIRECT: u32 = 2;

#[derive(Debug)]
struct Flow {
    hint: HintId,
    /// The key's field values (the flow cache's key).
    key: Vec<u128>,
    /// The key in the hint's layout (the classifier's key).
    hint_key: Vec<u8>,
    in_classifier: bool,
    result: Outcome,
    generation: u64,
    last_used: u64,
    packets: u64,
    bytes: u64,
}

/// What the flow table of a worker holds for one installed flow (for tests and tools).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlowInfo {
    pub mark: u32,
    pub hint: HintId,
    pub key: Vec<u128>,
    pub hint_key: Vec<u8>,
    pub in_classifier: bool,
    pub packets: u64,
    pub bytes: u64,
    pub last_used: u64,
}

/// A worker: process batches with [`Worker::process`]. Not shared: one thread owns it.
#[derive(Debug)]
pub struct Worker {
    dp: Arc<Datapath>,
    index: usize,
    flows: Vec<Option<Flow>>,
    /// Free slots with the time they were freed, oldest first.
    free: VecDeque<(u32, u64)>,
    /// Slots freed in this batch: free once the classifier published their removal.
    freed: Vec<u32>,
    /// Slots never used yet start here.
    next_slot: u32,
    max_slots: u32,
    live: u64,
    stats: Stats,
    generation: u64,
    flush_epoch: u64,
    next_sweep: u64,
    now: u64,
    scratch: Vec<u8>,
}

impl Worker {
    pub(super) fn new(dp: Arc<Datapath>, index: usize) -> Self {
        let workers = dp.config.workers as u64;
        let first = index as u64 + 1;
        let max_mark = u64::from(dp.config.max_mark);
        let max_slots = if first > max_mark { 0 } else { ((max_mark - first) / workers + 1).min(u64::from(u32::MAX)) as u32 };
        let flush_epoch = dp.flush_epoch.load(Ordering::Acquire);
        Worker {
            dp,
            index,
            flows: Vec::new(),
            free: VecDeque::new(),
            freed: Vec::new(),
            next_slot: 0,
            max_slots,
            live: 0,
            stats: Stats::default(),
            generation: 0,
            flush_epoch,
            next_sweep: 0,
            now: 0,
            scratch: Vec::new(),
        }
    }

    pub fn index(&self) -> usize {
        self.index
    }

    /// This worker's totals so far (published to the datapath at every batch end).
    pub fn stats(&self) -> Stats {
        Stats { flows: self.live, ..self.stats }
    }

    fn mark_of(&self, slot: u32) -> u32 {
        // Slots stay below `max_slots`, so the mark stays within `max_mark`.
        (self.index as u64 + 1 + u64::from(slot) * self.dp.config.workers as u64) as u32
    }

    fn slot_of(&self, mark: u32) -> Option<u32> {
        let m = u64::from(mark).checked_sub(1)?;
        let workers = self.dp.config.workers as u64;
        if m % workers != self.index as u64 {
            return None;
        }
        let slot = (m / workers) as u32;
        matches!(self.flows.get(slot as usize), Some(Some(_))).then_some(slot)
    }

    /// Process packets in batches of [`BATCH`].
    pub fn process(&mut self, packets: &mut [Packet]) {
        for batch in packets.chunks_mut(BATCH) {
            let now = batch.iter().map(|p| p.time_ns).max().unwrap_or(0).max(self.now);
            self.begin_batch(now);
            for packet in batch.iter_mut() {
                self.packet(packet);
            }
            self.end_batch();
        }
    }

    /// Advance the clock without packets (sweeps idle flows when due) and publish stats.
    pub fn tick(&mut self, now: u64) {
        self.begin_batch(now.max(self.now));
        self.stats.batches = self.stats.batches.saturating_sub(1);
        self.end_batch();
    }

    fn begin_batch(&mut self, now: u64) {
        self.now = now;
        self.stats.batches += 1;
        self.generation = self.dp.generation.load(Ordering::Acquire);
        let epoch = self.dp.flush_epoch.load(Ordering::Acquire);
        if epoch != self.flush_epoch {
            self.flush_epoch = epoch;
            self.evict_where(|_| true);
        }
        // Idle flows go before this batch installs new ones. Their marks are reusable from the
        // next batch on: packets of this one may have been marked before the removal.
        let timeout = self.dp.config.idle_timeout_ns;
        if timeout > 0 && now >= self.next_sweep {
            self.evict_where(|flow| now.saturating_sub(flow.last_used) >= timeout);
            // Sweep four times per timeout: a flow lives at most 1.25 timeouts idle.
            self.next_sweep = now.saturating_add((timeout / 4).max(1));
        }
    }

    fn end_batch(&mut self) {
        self.publish();
    }

    fn publish(&mut self) {
        if let Err(_e) = self.dp.classifier.flush() {
            self.stats.classifier_errors += 1;
        }
        // Removals are published now: their marks may be reused.
        let now = self.now;
        self.free.extend(self.freed.drain(..).map(|slot| (slot, now)));
        if let Some(slot) = self.dp.published.get(self.index) {
            *slot.lock().unwrap_or_else(|e| e.into_inner()) = self.stats();
        }
    }

    /// Evict every flow (and publish): what shutdown does so that nothing stays in the classifier.
    pub fn evict_all(&mut self) {
        self.evict_where(|_| true);
        self.publish();
    }

    fn evict_where(&mut self, condition: impl Fn(&Flow) -> bool) {
        for slot in 0..self.flows.len() {
            if self.flows[slot].as_ref().is_some_and(&condition) {
                self.evict(slot as u32);
            }
        }
    }

    fn evict(&mut self, slot: u32) {
        let mark = self.mark_of(slot);
        let Some(flow) = self.flows.get_mut(slot as usize).and_then(Option::take) else { return };
        if flow.in_classifier && self.dp.classifier.remove(flow.hint, &flow.hint_key, mark).is_err() {
            self.stats.classifier_errors += 1;
        }
        if let (Some(probe), Some(p)) = (self.dp.probes.get(self.index), &self.dp.probe) {
            let _ = probe.state().map_delete(p.cache_maps[flow.hint.index()], &flow.key);
        }
        self.freed.push(slot);
        self.live -= 1;
        self.stats.evictions += 1;
    }

    fn alloc_slot(&mut self) -> Option<u32> {
        if let Some(&(slot, freed_at)) = self.free.front() {
            if freed_at.saturating_add(self.dp.config.mark_reuse_delay_ns) <= self.now {
                self.free.pop_front();
                return Some(slot);
            }
        }
        if self.next_slot < self.max_slots {
            let slot = self.next_slot;
            self.next_slot += 1;
            if self.flows.len() <= slot as usize {
                self.flows.resize_with(slot as usize + 1, || None);
            }
            return Some(slot);
        }
        None
    }

    fn count_verdict(&mut self, packet: &Packet) {
        match packet.verdict {
            0 => self.stats.pass += 1,
            VERDICT_REDIRECT => self.stats.redirect += 1,
            _ => self.stats.drop += 1,
        }
    }

    fn run_pipeline(&self, packet: &mut Packet, mark_in: u32) -> Outcome {
        let out = self.dp.pipeline.run(&mut packet.data, packet.in_port, mark_in, packet.time_ns);
        packet.verdict = out.verdict;
        packet.out_port = out.out_port;
        out
    }

    fn packet(&mut self, packet: &mut Packet) {
        self.stats.packets += 1;
        self.stats.bytes += packet.data.len() as u64;
        packet.flow_mark = 0;
        // 1. By mark. A mark that names no flow is the packet's own, for the pipeline to see.
        let mark_in = packet.mark;
        if packet.mark != 0 {
            if let Some(slot) = self.slot_of(packet.mark) {
                self.stats.mark_hits += 1;
                self.hit(slot, packet, PathTaken::MarkHit);
                self.count_verdict(packet);
                return;
            }
            self.stats.unknown_marks += 1;
        }
        if let FlowMode::Uncached(_) = self.dp.mode {
            self.uncached(packet, mark_in);
            return;
        }
        // 2. By key, through the probe.
        let (Some(probe), Some(p)) = (self.dp.probes.get(self.index), &self.dp.probe) else {
            self.uncached(packet, mark_in);
            return;
        };
        let out = if p.writes_packet {
            let mut scratch = std::mem::take(&mut self.scratch);
            scratch.clear();
            scratch.extend_from_slice(&packet.data);
            let out = probe.run(&mut scratch, packet.in_port, 0, packet.time_ns);
            self.scratch = scratch;
            out
        } else {
            probe.run(&mut packet.data, packet.in_port, 0, packet.time_ns)
        };
        if out.verdict != VERDICT_REDIRECT || out.out_port == 0 {
            self.uncached(packet, mark_in);
            return;
        }
        let hint = HintId::new(out.out_port as usize - 1);
        if out.mark != 0 {
            if let Some(slot) = self.slot_of(out.mark) {
                self.stats.cache_hits += 1;
                self.hit(slot, packet, PathTaken::CacheHit);
                self.count_verdict(packet);
                return;
            }
        }
        // 3. Upcall.
        let key = match probe.state().map_lookup(p.key_maps[hint.index()], &[0]) {
            Ok(Some(key)) => key,
            _ => {
                self.uncached(packet, mark_in);
                return;
            }
        };
        self.stats.upcalls += 1;
        let result = self.run_pipeline(packet, mark_in);
        packet.path = PathTaken::Upcall;
        self.count_verdict(packet);
        if result.parser_error != 0 {
            // The pipeline's parser rejected what the classifier's accepted: nothing to cache.
            return;
        }
        if let Some(mark) = self.install(hint, key, result, packet) {
            packet.flow_mark = mark;
        }
    }

    fn uncached(&mut self, packet: &mut Packet, mark_in: u32) {
        self.stats.uncached += 1;
        self.run_pipeline(packet, mark_in);
        packet.path = PathTaken::Uncached;
        self.count_verdict(packet);
    }

    fn hit(&mut self, slot: u32, packet: &mut Packet, path: PathTaken) {
        let mark = self.mark_of(slot);
        let generation = self.generation;
        let rerun = match &self.dp.mode {
            FlowMode::Reuse => {
                let flow = self.flows[slot as usize].as_ref();
                flow.is_some_and(|f| f.generation != generation)
            }
            _ => true,
        };
        let result = if rerun {
            match self.dp.mode {
                FlowMode::Reuse => self.stats.revalidations += 1,
                _ => self.stats.reruns += 1,
            }
            // The flow's mark is the datapath's, not the packet's: the pipeline sees none.
            let out = self.run_pipeline(packet, 0);
            Some(out)
        } else {
            None
        };
        let Some(flow) = self.flows[slot as usize].as_mut() else { return };
        match result {
            Some(out) => {
                if out.parser_error == 0 {
                    flow.result = out;
                    flow.generation = generation;
                }
            }
            None => {
                packet.verdict = flow.result.verdict;
                packet.out_port = flow.result.out_port;
            }
        }
        flow.last_used = self.now.max(packet.time_ns);
        flow.packets += 1;
        flow.bytes += packet.data.len() as u64;
        packet.flow_mark = mark;
        packet.path = path;
    }

    fn install(&mut self, hint: HintId, key: Vec<u128>, result: Outcome, packet: &Packet) -> Option<u32> {
        let dp = Arc::clone(&self.dp);
        let (Some(probe), Some(p)) = (dp.probes.get(self.index), &dp.probe) else { return None };
        let Some(slot) = self.alloc_slot() else {
            self.stats.mark_space_full += 1;
            return None;
        };
        let mark = self.mark_of(slot);
        if probe.state().map_update(p.cache_maps[hint.index()], &key, &[u128::from(mark)]).is_err() {
            self.stats.cache_full += 1;
            // Never visible to anyone: free at once.
            self.free.push_front((slot, 0));
            return None;
        }
        let hint_key = layout::encode(&dp.hint_layouts[hint.index()], &key);
        let in_classifier = match dp.classifier.install(hint, &hint_key, mark) {
            Ok(()) => true,
            Err(InstallError::Full) => {
                self.stats.classifier_full += 1;
                false
            }
            Err(InstallError::Failed(_)) => {
                self.stats.classifier_errors += 1;
                false
            }
        };
        self.flows[slot as usize] = Some(Flow {
            hint,
            key,
            hint_key,
            in_classifier,
            result,
            generation: self.generation,
            last_used: self.now.max(packet.time_ns),
            packets: 1,
            bytes: packet.data.len() as u64,
        });
        self.live += 1;
        self.stats.installs += 1;
        Some(mark)
    }

    /// The installed flows, by mark.
    pub fn flows(&self) -> Vec<FlowInfo> {
        self.flows
            .iter()
            .enumerate()
            .filter_map(|(slot, flow)| {
                let flow = flow.as_ref()?;
                Some(FlowInfo {
                    mark: self.mark_of(slot as u32),
                    hint: flow.hint,
                    key: flow.key.clone(),
                    hint_key: flow.hint_key.clone(),
                    in_classifier: flow.in_classifier,
                    packets: flow.packets,
                    bytes: flow.bytes,
                    last_used: flow.last_used,
                })
            })
            .collect()
    }

    /// The worker's flow-cache contents: (hint, key, mark), for consistency checks.
    pub fn cache_entries(&self) -> Vec<(HintId, Vec<u128>, u32)> {
        let (Some(probe), Some(p)) = (self.dp.probes.get(self.index), &self.dp.probe) else { return Vec::new() };
        let mut out = Vec::new();
        for (h, map) in p.cache_maps.iter().enumerate() {
            for (key, value) in probe.state().map_entries(*map) {
                out.push((HintId::new(h), key, value.first().copied().unwrap_or(0) as u32));
            }
        }
        out
    }
}
