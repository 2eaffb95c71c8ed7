//! Runs a stream of packets through a datapath: optionally through the simulated classifier first
//! (one batch at a time, as the kernel would have classified them before userspace reads them),
//! sharded over the workers by [`flow_hash`] (what a NIC's RSS does), results delivered in input
//! order. With one worker everything runs on the calling thread.

use std::collections::BTreeMap;
use std::sync::mpsc;
use std::sync::Arc;

use super::{Datapath, Packet, SimClassifier, Worker, BATCH};

/// Batches queued per worker before the reader waits.
const QUEUE_DEPTH: usize = 8;

fn be16(data: &[u8], offset: usize) -> Option<u16> {
    Some(u16::from_be_bytes([*data.get(offset)?, *data.get(offset + 1)?]))
}

fn fnv(hash: &mut u64, bytes: &[u8]) {
    for &b in bytes {
        *hash ^= u64::from(b);
        *hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
}

/// A symmetric flow hash (both directions of a connection hash alike, so a stateful pipeline
/// sees a connection on one worker): VLAN id, the sorted IPv4/IPv6 addresses, the protocol and the
/// sorted TCP/UDP ports of first fragments; other frames hash their sorted MAC addresses and
/// EtherType. Reads at most the headers; never fails.
pub fn flow_hash(data: &[u8]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    let Some(mut ethertype) = be16(data, 12) else {
        fnv(&mut hash, data);
        return hash;
    };
    let mut offset = 14;
    let mut vlan = 0u16;
    while ethertype == 0x8100 || ethertype == 0x88a8 {
        match (be16(data, offset), be16(data, offset + 2)) {
            (Some(tci), Some(next)) => {
                vlan = tci & 0x0fff;
                ethertype = next;
                offset += 4;
            }
            _ => break,
        }
    }
    fnv(&mut hash, &vlan.to_be_bytes());
    let (addresses, protocol, l4) = match ethertype {
        0x0800 if data.len() >= offset + 20 => {
            let ihl = usize::from(data[offset] & 0x0f) * 4;
            let fragment = be16(data, offset + 6).unwrap_or(0) & 0x1fff;
            let l4 = (ihl >= 20 && fragment == 0).then_some(offset + ihl);
            ((offset + 12, 4), data[offset + 9], l4)
        }
        0x86dd if data.len() >= offset + 40 => ((offset + 8, 16), data[offset + 6], Some(offset + 40)),
        _ => {
            let (a, b) = (&data[0..6], &data[6..12]);
            let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
            fnv(&mut hash, lo);
            fnv(&mut hash, hi);
            fnv(&mut hash, &ethertype.to_be_bytes());
            return hash;
        }
    };
    let (start, len) = addresses;
    let (a, b) = (&data[start..start + len], &data[start + len..start + 2 * len]);
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    fnv(&mut hash, lo);
    fnv(&mut hash, hi);
    fnv(&mut hash, &[protocol]);
    if let (6 | 17, Some(l4)) = (protocol, l4) {
        if let (Some(p), Some(q)) = (be16(data, l4), be16(data, l4 + 2)) {
            fnv(&mut hash, &p.min(q).to_be_bytes());
            fnv(&mut hash, &p.max(q).to_be_bytes());
        }
    }
    hash
}

type Batch = (Vec<u64>, Vec<Packet>);

/// Run `input` through `datapath` (taking all its workers), calling `output` with every packet in
/// input order after processing. Returns the workers (their flows stay installed). The first
/// error of `input` or `output` stops reading and is returned after the workers finished.
pub fn run(
    datapath: &Arc<Datapath>,
    classifier: Option<&SimClassifier>,
    input: &mut dyn Iterator<Item = Result<Packet, String>>,
    output: &mut dyn FnMut(Packet) -> Result<(), String>,
) -> Result<Vec<Worker>, String> {
    let count = datapath.config().workers;
    let mut workers = Vec::with_capacity(count);
    for index in 0..count {
        workers.push(datapath.worker(index).ok_or_else(|| format!("worker {index} of the datapath is already running"))?);
    }
    if count == 1 {
        let mut worker = workers.pop().ok_or("no worker")?;
        let mut batch = Vec::with_capacity(BATCH);
        let mut error = None;
        loop {
            batch.clear();
            for item in &mut *input {
                match item {
                    Ok(packet) => batch.push(packet),
                    Err(e) => {
                        error = Some(e);
                        break;
                    }
                }
                if batch.len() == BATCH {
                    break;
                }
            }
            if batch.is_empty() {
                break;
            }
            if let Some(c) = classifier {
                c.classify(&mut batch);
            }
            worker.process(&mut batch);
            for packet in batch.drain(..) {
                output(packet)?;
            }
            if error.is_some() {
                break;
            }
        }
        return match error {
            Some(e) => Err(e),
            None => Ok(vec![worker]),
        };
    }
    std::thread::scope(|scope| {
        let (done_tx, done_rx) = mpsc::channel::<Batch>();
        let mut senders = Vec::new();
        let mut handles = Vec::new();
        for mut worker in workers.drain(..) {
            let (tx, rx) = mpsc::sync_channel::<Batch>(QUEUE_DEPTH);
            let done = done_tx.clone();
            handles.push(scope.spawn(move || {
                for (seqs, mut batch) in rx {
                    if let Some(c) = classifier {
                        c.classify(&mut batch);
                    }
                    worker.process(&mut batch);
                    if done.send((seqs, batch)).is_err() {
                        break;
                    }
                }
                worker
            }));
            senders.push(tx);
        }
        drop(done_tx);
        let mut pending: Vec<Batch> = (0..count).map(|_| (Vec::new(), Vec::new())).collect();
        let mut reorder: BTreeMap<u64, Packet> = BTreeMap::new();
        let mut next_out = 0u64;
        let mut error: Option<String> = None;
        let mut deliver = |(seqs, batch): Batch, error: &mut Option<String>| {
            for (seq, packet) in seqs.into_iter().zip(batch) {
                reorder.insert(seq, packet);
            }
            while let Some(packet) = reorder.remove(&next_out) {
                next_out += 1;
                if error.is_none() {
                    if let Err(e) = output(packet) {
                        *error = Some(e);
                    }
                }
            }
        };
        for (seq, item) in (&mut *input).enumerate() {
            let seq = seq as u64;
            let packet = match item {
                Ok(packet) => packet,
                Err(e) => {
                    error = Some(e);
                    break;
                }
            };
            let w = (flow_hash(&packet.data) % count as u64) as usize;
            pending[w].0.push(seq);
            pending[w].1.push(packet);
            if pending[w].1.len() == BATCH {
                let batch = std::mem::take(&mut pending[w]);
                if senders[w].send(batch).is_err() {
                    error.get_or_insert_with(|| format!("worker {w} stopped"));
                    break;
                }
            }
            while let Ok(done) = done_rx.try_recv() {
                deliver(done, &mut error);
            }
            if error.is_some() {
                break;
            }
        }
        for (w, batch) in pending.into_iter().enumerate() {
            if !batch.1.is_empty() && senders[w].send(batch).is_err() {
                error.get_or_insert_with(|| format!("worker {w} stopped"));
            }
        }
        drop(senders);
        for done in done_rx {
            deliver(done, &mut error);
        }
        let mut finished = Vec::new();
        for handle in handles {
            match handle.join() {
                Ok(worker) => finished.push(worker),
                Err(_) => {
                    error.get_or_insert_with(|| "a datapath worker panicked".to_string());
                }
            }
        }
        match error {
            Some(e) => Err(e),
            None => Ok(finished),
        }
    })
}
