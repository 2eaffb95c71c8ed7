//! Packet traces for `flowmark run`: pcap and pcapng in (Ethernet link type), pcap or pcapng out.
//!
//! Incoming marks travel in pcapng packet comments (the EPB `opt_comment` option, which Wireshark
//! shows and edits): a comment with a `mark=N` word gives the packet mark N (decimal or `0x` hex),
//! `port=N` its input port. Without a comment the mark is 0 and the input port is the pcapng
//! interface index (0 for pcap). Written pcapng files carry `mark=M verdict=V [port=P]` comments
//! (the flow mark and the datapath's verdict); pcap files just the packets. Both use nanosecond
//! timestamps (pcap magic `a1b23c4d`, pcapng `if_tsresol` 9), which Wireshark and tcpdump read.

use std::borrow::Cow;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use pcap_file::pcap::{PcapHeader, PcapPacket, PcapReader, PcapWriter};
use pcap_file::pcapng::blocks::enhanced_packet::{EnhancedPacketBlock, EnhancedPacketOption};
use pcap_file::pcapng::blocks::interface_description::{InterfaceDescriptionBlock, InterfaceDescriptionOption};
use pcap_file::pcapng::{Block, PcapNgReader, PcapNgWriter};
use pcap_file::{DataLink, Endianness, PcapError, TsResolution};

use super::Packet;

/// Counts the bytes read (for progress bars).
#[derive(Debug)]
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

type Input = Counting<BufReader<File>>;

enum Format {
    Pcap(PcapReader<Input>),
    /// The reader and, per interface, the factor from pcap-file's raw units to nanoseconds
    /// (numerator, denominator).
    PcapNg(Box<PcapNgReader<Input>>),
}

/// A pcap or pcapng file read packet by packet.
pub struct TraceReader {
    name: String,
    format: Format,
    packets: u64,
    bytes_read: Arc<AtomicU64>,
    size: u64,
    done: bool,
}

impl std::fmt::Debug for TraceReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TraceReader").field("name", &self.name).field("packets", &self.packets).finish_non_exhaustive()
    }
}

fn describe(error: &PcapError) -> String {
    match error {
        PcapError::IncompleteBuffer => "the file ends in the middle of a record (truncated file)".into(),
        PcapError::IoError(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            "the file ends in the middle of a record (truncated file)".into()
        }
        PcapError::IoError(e) => format!("read error: {e}"),
        PcapError::InvalidField(what) => format!("malformed record: {what}"),
        PcapError::Utf8Error(_) | PcapError::FromUtf8Error(_) => "a text option is not UTF-8".into(),
        PcapError::InvalidInterfaceId(id) => format!("a packet names interface {id}, which the file does not describe"),
    }
}

/// Nanoseconds from pcap-file's pcapng timestamp (it reads the raw units as nanoseconds) under
/// the interface's `if_tsresol` (default 6: microseconds).
fn pcapng_time(raw: u128, tsresol: u8) -> u64 {
    let ns = if tsresol & 0x80 != 0 {
        let shift = u32::from(tsresol & 0x7f).min(127);
        raw.saturating_mul(1_000_000_000).checked_shr(shift).unwrap_or(0)
    } else if tsresol <= 9 {
        raw.saturating_mul(10u128.pow(u32::from(9 - tsresol)))
    } else {
        raw / 10u128.pow(u32::from(tsresol - 9).min(38))
    };
    ns.min(u128::from(u64::MAX)) as u64
}

fn parse_number(text: &str) -> Option<u32> {
    match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        Some(hex) => u32::from_str_radix(hex, 16).ok(),
        None => text.parse().ok(),
    }
}

/// `mark=N` and `port=N` words of a packet comment.
fn parse_comment(comment: &str, mark: &mut u32, port: &mut u32) -> Result<(), String> {
    for word in comment.split(|c: char| c.is_whitespace() || c == ',' || c == ';') {
        let (name, slot) = if let Some(v) = word.strip_prefix("mark=") {
            (v, &mut *mark)
        } else if let Some(v) = word.strip_prefix("port=") {
            (v, &mut *port)
        } else {
            continue;
        };
        *slot = parse_number(name).ok_or_else(|| format!("`{word}` in its comment is not a 32-bit number"))?;
    }
    Ok(())
}

impl TraceReader {
    /// Open a pcap or pcapng file (told apart by their first bytes).
    pub fn open(path: &Path) -> Result<Self, String> {
        let name = path.display().to_string();
        let file = File::open(path).map_err(|e| format!("cannot read {name}: {e}"))?;
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        let mut buffered = BufReader::with_capacity(1 << 16, file);
        let head = buffered.fill_buf().map_err(|e| format!("cannot read {name}: {e}"))?;
        let magic: Option<[u8; 4]> = head.get(..4).and_then(|b| b.try_into().ok());
        let bytes_read = Arc::new(AtomicU64::new(0));
        let input = Counting { inner: buffered, count: Arc::clone(&bytes_read) };
        let format = match magic {
            None => return Err(format!("{name}: not a pcap or pcapng file (only {} bytes)", head_len(size))),
            Some([0x0a, 0x0d, 0x0d, 0x0a]) => Format::PcapNg(Box::new(
                PcapNgReader::new(input).map_err(|e| format!("{name}: bad pcapng section header: {}", describe(&e)))?,
            )),
            Some(m) if [[0xa1, 0xb2, 0xc3, 0xd4], [0xd4, 0xc3, 0xb2, 0xa1], [0xa1, 0xb2, 0x3c, 0x4d], [0x4d, 0x3c, 0xb2, 0xa1]].contains(&m) => {
                let reader = PcapReader::new(input).map_err(|e| format!("{name}: bad pcap file header: {}", describe(&e)))?;
                let link = reader.header().datalink;
                if link != DataLink::ETHERNET {
                    return Err(format!("{name}: link type {link:?}; flowmark runs Ethernet frames only"));
                }
                Format::Pcap(reader)
            }
            Some(m) => {
                return Err(format!(
                    "{name}: not a pcap or pcapng file (it starts with {:02x} {:02x} {:02x} {:02x})",
                    m[0], m[1], m[2], m[3]
                ))
            }
        };
        Ok(TraceReader { name, format, packets: 0, bytes_read, size, done: false })
    }

    /// Bytes of the file read so far, and its size.
    pub fn progress(&self) -> (u64, u64) {
        (self.bytes_read.load(Ordering::Relaxed), self.size)
    }

    /// A shared counter of bytes read (for a progress bar on another thread).
    pub fn bytes_read_counter(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.bytes_read)
    }

    pub fn size(&self) -> u64 {
        self.size
    }

    /// Packets returned so far.
    pub fn packets(&self) -> u64 {
        self.packets
    }

    fn error(&self, what: String) -> String {
        format!("{}: packet {}: {what}", self.name, self.packets + 1)
    }

    fn next_packet(&mut self) -> Option<Result<Packet, String>> {
        loop {
            match &mut self.format {
                Format::Pcap(reader) => {
                    return match reader.next_packet()? {
                        Ok(p) => Some(Ok(Packet::new(p.data.into_owned(), 0, 0, p.timestamp.as_nanos().min(u128::from(u64::MAX)) as u64))),
                        Err(e) => Some(Err(describe(&e))),
                    };
                }
                Format::PcapNg(reader) => {
                    let comments = |options: Vec<EnhancedPacketOption<'_>>| -> Vec<String> {
                        options
                            .into_iter()
                            .filter_map(|o| match o {
                                EnhancedPacketOption::Comment(text) => Some(text.into_owned()),
                                _ => None,
                            })
                            .collect()
                    };
                    let (interface, raw_time, data, options) = match reader.next_block()? {
                        Err(e) => return Some(Err(describe(&e))),
                        Ok(Block::EnhancedPacket(b)) => (b.interface_id, b.timestamp.as_nanos(), b.data.into_owned(), comments(b.options)),
                        Ok(Block::SimplePacket(b)) => (0, 0, b.data.into_owned(), Vec::new()),
                        Ok(Block::Packet(b)) => (u32::from(b.interface_id), u128::from(b.timestamp), b.data.into_owned(), Vec::new()),
                        Ok(Block::InterfaceDescription(i)) => {
                            if i.linktype != DataLink::ETHERNET {
                                return Some(Err(format!("an interface has link type {:?}; flowmark runs Ethernet frames only", i.linktype)));
                            }
                            continue;
                        }
                        Ok(_) => continue,
                    };
                    let Some(idb) = reader.interfaces().get(interface as usize) else {
                        return Some(Err(format!("the packet names interface {interface}, which the file does not describe")));
                    };
                    let tsresol = idb
                        .options
                        .iter()
                        .find_map(|o| match o {
                            InterfaceDescriptionOption::IfTsResol(r) => Some(*r),
                            _ => None,
                        })
                        .unwrap_or(6);
                    let mut mark = 0;
                    let mut port = interface;
                    for text in &options {
                        if let Err(e) = parse_comment(text, &mut mark, &mut port) {
                            return Some(Err(e));
                        }
                    }
                    return Some(Ok(Packet::new(data, port, mark, pcapng_time(raw_time, tsresol))));
                }
            }
        }
    }
}

fn head_len(size: u64) -> u64 {
    size.min(3)
}

impl Iterator for TraceReader {
    type Item = Result<Packet, String>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.next_packet() {
            Some(Ok(packet)) => {
                self.packets += 1;
                Some(Ok(packet))
            }
            Some(Err(e)) => {
                self.done = true;
                Some(Err(self.error(e)))
            }
            None => {
                self.done = true;
                None
            }
        }
    }
}

enum Output {
    Pcap(PcapWriter<BufWriter<File>>),
    PcapNg(Box<PcapNgWriter<BufWriter<File>>>),
}

/// A pcap (or, for a `.pcapng` path, pcapng) file being written.
pub struct TraceWriter {
    name: String,
    output: Output,
    packets: u64,
}

impl std::fmt::Debug for TraceWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TraceWriter").field("name", &self.name).field("packets", &self.packets).finish_non_exhaustive()
    }
}

/// Largest frame written (pcap's snap length).
const SNAPLEN: u32 = 262_144;

impl TraceWriter {
    pub fn create(path: &Path) -> Result<Self, String> {
        let name = path.display().to_string();
        let file = File::create(path).map_err(|e| format!("cannot create {name}: {e}"))?;
        let writer = BufWriter::new(file);
        let fail = |e: PcapError| format!("cannot write {name}: {}", describe(&e));
        let output = if path.extension().is_some_and(|e| e == "pcapng") {
            let mut w = PcapNgWriter::with_endianness(writer, Endianness::native()).map_err(fail)?;
            let idb = InterfaceDescriptionBlock {
                linktype: DataLink::ETHERNET,
                snaplen: SNAPLEN,
                options: vec![InterfaceDescriptionOption::IfTsResol(9)],
            };
            w.write_pcapng_block(idb).map_err(fail)?;
            Output::PcapNg(Box::new(w))
        } else {
            let header = PcapHeader {
                snaplen: SNAPLEN,
                ts_resolution: TsResolution::NanoSecond,
                endianness: Endianness::native(),
                ..PcapHeader::default()
            };
            Output::Pcap(PcapWriter::with_header(writer, header).map_err(fail)?)
        };
        Ok(TraceWriter { name, output, packets: 0 })
    }

    /// Write one processed packet.
    pub fn write(&mut self, packet: &Packet) -> Result<(), String> {
        let timestamp = Duration::from_nanos(packet.time_ns);
        let len = packet.data.len().min(SNAPLEN as usize);
        let data = &packet.data[..len];
        let result = match &mut self.output {
            Output::Pcap(w) => w.write_packet(&PcapPacket::new(timestamp, packet.data.len() as u32, data)).map(|_| ()),
            Output::PcapNg(w) => {
                let verdict = match packet.verdict {
                    0 => "pass".to_string(),
                    2 => format!("redirect port={}", packet.out_port),
                    _ => "drop".to_string(),
                };
                let comment = format!("mark={} verdict={verdict}", packet.flow_mark);
                let block = EnhancedPacketBlock {
                    interface_id: 0,
                    timestamp,
                    original_len: packet.data.len() as u32,
                    data: Cow::Borrowed(data),
                    options: vec![EnhancedPacketOption::Comment(Cow::Owned(comment))],
                };
                w.write_pcapng_block(block).map(|_| ())
            }
        };
        result.map_err(|e| format!("cannot write {}: {}", self.name, describe(&e)))?;
        self.packets += 1;
        Ok(())
    }

    /// Packets written.
    pub fn packets(&self) -> u64 {
        self.packets
    }

    /// Flush to disk.
    pub fn finish(self) -> Result<(), String> {
        let result = match self.output {
            Output::Pcap(w) => w.into_writer().flush(),
            Output::PcapNg(w) => w.into_inner().flush(),
        };
        result.map_err(|e| format!("cannot write {}: {e}", self.name))
    }
}

/// Write packets as a pcapng file with `mark=N port=P` comments (for tests and tools that make
/// traces with incoming marks).
pub fn write_pcapng_with_marks(path: &Path, packets: &[Packet]) -> Result<(), String> {
    let name = path.display().to_string();
    let fail = |e: PcapError| format!("cannot write {name}: {}", describe(&e));
    let file = File::create(path).map_err(|e| format!("cannot create {name}: {e}"))?;
    let mut w = PcapNgWriter::with_endianness(BufWriter::new(file), Endianness::native()).map_err(fail)?;
    let idb = InterfaceDescriptionBlock {
        linktype: DataLink::ETHERNET,
        snaplen: SNAPLEN,
        options: vec![InterfaceDescriptionOption::IfTsResol(9)],
    };
    w.write_pcapng_block(idb).map_err(fail)?;
    for packet in packets {
        let block = EnhancedPacketBlock {
            interface_id: 0,
            timestamp: Duration::from_nanos(packet.time_ns),
            original_len: packet.data.len() as u32,
            data: Cow::Borrowed(&packet.data),
            options: vec![EnhancedPacketOption::Comment(Cow::Owned(format!("mark={} port={}", packet.mark, packet.in_port)))],
        };
        w.write_pcapng_block(block).map_err(fail)?;
    }
    w.into_inner().flush().map_err(|e| format!("cannot write {name}: {e}"))
}
