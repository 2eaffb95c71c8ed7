//! Datapath counters: what each worker did with its packets and flows. Workers count in a plain
//! [`Stats`] and publish a copy once per batch, so a reader (live stats, the end-of-run table) sees
//! whole batches.

/// Running totals of one worker, or of all of them added up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Packets processed.
    pub packets: u64,
    /// Bytes of those packets.
    pub bytes: u64,
    /// Batches processed.
    pub batches: u64,
    /// Packets whose incoming mark named a flow of this worker: no parsing, no classification.
    pub mark_hits: u64,
    /// Packets with a mark that names no flow here (stale, foreign, or not a flow mark); they
    /// take the no-mark path.
    pub unknown_marks: u64,
    /// Packets without a usable mark whose flow key was found in the flow cache.
    pub cache_hits: u64,
    /// Flow-cache misses: each is an upcall (a run of the whole pipeline) and an install attempt.
    pub upcalls: u64,
    /// Flows installed (mark allocated, flow cache filled, classifier told when it has room).
    pub installs: u64,
    /// Upcalls that installed no flow because every mark of this worker is in use.
    pub mark_space_full: u64,
    /// Upcalls that installed no flow because the worker's flow cache is full.
    pub cache_full: u64,
    /// Installed flows the classifier's Hint map had no room for (they still hit the flow cache).
    pub classifier_full: u64,
    /// Other failures writing or deleting classifier map entries.
    pub classifier_errors: u64,
    /// Flows removed (idle timeout, flush): flow, mark and classifier entry together.
    pub evictions: u64,
    /// Cached hits that re-ran the pipeline because tables changed since the flow's result.
    pub revalidations: u64,
    /// Cached hits that re-ran the pipeline because it keeps state or rewrites packets.
    pub reruns: u64,
    /// Packets without a flow key (parser reject, no Hint applied, no Hint in the classifier):
    /// each runs the whole pipeline and nothing is cached.
    pub uncached: u64,
    /// Verdicts.
    pub pass: u64,
    pub drop: u64,
    pub redirect: u64,
    /// Flows installed now (a gauge, not a total).
    pub flows: u64,
}

impl Stats {
    /// Add `other` to `self` (gauges add too: the flows of all workers).
    pub fn merge(&mut self, other: &Stats) {
        for ((_, a), (_, b)) in self.fields_mut().into_iter().zip(other.fields()) {
            *a += b;
        }
    }

    /// Every counter with its name, in display order.
    pub fn fields(&self) -> Vec<(&'static str, u64)> {
        let mut copy = *self;
        copy.fields_mut().into_iter().map(|(n, v)| (n, *v)).collect()
    }

    fn fields_mut(&mut self) -> Vec<(&'static str, &mut u64)> {
        vec![
            ("packets", &mut self.packets),
            ("bytes", &mut self.bytes),
            ("batches", &mut self.batches),
            ("mark_hits", &mut self.mark_hits),
            ("unknown_marks", &mut self.unknown_marks),
            ("cache_hits", &mut self.cache_hits),
            ("upcalls", &mut self.upcalls),
            ("installs", &mut self.installs),
            ("mark_space_full", &mut self.mark_space_full),
            ("cache_full", &mut self.cache_full),
            ("classifier_full", &mut self.classifier_full),
            ("classifier_errors", &mut self.classifier_errors),
            ("evictions", &mut self.evictions),
            ("revalidations", &mut self.revalidations),
            ("reruns", &mut self.reruns),
            ("uncached", &mut self.uncached),
            ("pass", &mut self.pass),
            ("drop", &mut self.drop),
            ("redirect", &mut self.redirect),
            ("flows", &mut self.flows),
        ]
    }
}
