//! The rtnetlink requests aya 0.14 lacks: deleting a `clsact` qdisc, counting the filters left on
//! a clsact hook (so that [`super::Attachment::detach`] removes the qdisc it created only when no
//! one else's filters hang off it), and for NIC offload a `cls_bpf` filter with `skip_sw` and an
//! XDP program in hardware mode (`ip link set dev D xdpoffload`). Interface names are resolved in
//! the calling thread's network namespace, like every netlink request here.

use std::ffi::CString;
use std::io;
use std::mem::size_of;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

const NLMSG_ERROR: u16 = 2;
const NLMSG_DONE: u16 = 3;
const RTM_SETLINK: u16 = 19;
const RTM_DELQDISC: u16 = 37;
const RTM_NEWTFILTER: u16 = 44;
const RTM_GETTFILTER: u16 = 46;
const NLM_F_REQUEST: u16 = 1;
const NLM_F_ACK: u16 = 4;
const NLM_F_DUMP: u16 = 0x300;
const NLM_F_ECHO: u16 = 8;
const NLM_F_EXCL: u16 = 0x200;
const NLM_F_CREATE: u16 = 0x400;
const NLA_F_NESTED: u16 = 0x8000;
const TCA_KIND: u16 = 1;
const TCA_OPTIONS: u16 = 2;
const TCA_BPF_FD: u16 = 6;
const TCA_BPF_NAME: u16 = 7;
const TCA_BPF_FLAGS: u16 = 8;
const TCA_BPF_FLAGS_GEN: u16 = 9;
const TCA_BPF_FLAG_ACT_DIRECT: u32 = 1;
/// `TCA_CLS_FLAGS_SKIP_SW`: the filter runs only in the NIC.
const TCA_CLS_FLAGS_SKIP_SW: u32 = 2;
/// `htons(ETH_P_ALL)`, the protocol half of a filter's `tcm_info`.
const ETH_P_ALL_BE: u32 = 0x0300;
const IFLA_XDP: u16 = 43;
const IFLA_XDP_FD: u16 = 1;
const IFLA_XDP_FLAGS: u16 = 3;
/// `XDP_FLAGS_HW_MODE`: the program runs in the NIC.
pub(crate) const XDP_FLAGS_HW_MODE: u32 = 8;

/// `TC_H_CLSACT` (= `TC_H_INGRESS`), the clsact qdisc's parent.
const TC_H_CLSACT: u32 = 0xffff_fff1;
/// The clsact qdisc's handle, `ffff:`.
const CLSACT_HANDLE: u32 = 0xffff_0000;
/// `TC_H_MAKE(TC_H_CLSACT, TC_H_MIN_INGRESS)` and `..._EGRESS`.
pub(crate) const CLSACT_INGRESS: u32 = 0xffff_fff2;
pub(crate) const CLSACT_EGRESS: u32 = 0xffff_fff3;

/// `struct nlmsghdr` length.
const NLMSG_HDRLEN: usize = 16;

/// `struct tcmsg`.
#[derive(Clone, Copy, Default)]
struct TcMsg {
    ifindex: i32,
    handle: u32,
    parent: u32,
}

impl TcMsg {
    /// family (AF_UNSPEC), two pad fields, ifindex, handle, parent, info.
    fn push(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&[libc::AF_UNSPEC as u8, 0, 0, 0]);
        out.extend_from_slice(&self.ifindex.to_ne_bytes());
        out.extend_from_slice(&self.handle.to_ne_bytes());
        out.extend_from_slice(&self.parent.to_ne_bytes());
        out.extend_from_slice(&0u32.to_ne_bytes());
    }
}

/// The interface index of `name` in the calling thread's network namespace.
pub(crate) fn ifindex(name: &str) -> io::Result<u32> {
    let cname = CString::new(name).map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    // SAFETY: `cname` is a valid NUL-terminated string that outlives the call.
    let index = unsafe { libc::if_nametoindex(cname.as_ptr()) };
    if index == 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(index)
}

fn align4(n: usize) -> usize {
    n.div_ceil(4) * 4
}

/// One netlink attribute (padded to 4 bytes).
fn attribute(ty: u16, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(align4(4 + payload.len()));
    out.extend_from_slice(&((4 + payload.len()) as u16).to_ne_bytes());
    out.extend_from_slice(&ty.to_ne_bytes());
    out.extend_from_slice(payload);
    out.resize(align4(out.len()), 0);
    out
}

/// `nlmsghdr` then `body` (the family header and attributes).
fn message(ty: u16, flags: u16, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(NLMSG_HDRLEN + body.len());
    out.extend_from_slice(&((NLMSG_HDRLEN + body.len()) as u32).to_ne_bytes());
    out.extend_from_slice(&ty.to_ne_bytes());
    out.extend_from_slice(&flags.to_ne_bytes());
    out.extend_from_slice(&1u32.to_ne_bytes()); // seq
    out.extend_from_slice(&0u32.to_ne_bytes()); // pid
    out.extend_from_slice(body);
    out
}

/// One request: `nlmsghdr`, `tcmsg`, optional TCA_KIND attribute.
fn request(ty: u16, flags: u16, tc: TcMsg, kind: Option<&str>) -> Vec<u8> {
    let mut body = Vec::new();
    tc.push(&mut body);
    if let Some(kind) = kind {
        let payload_len = kind.len() + 1;
        body.extend_from_slice(&((4 + payload_len) as u16).to_ne_bytes());
        body.extend_from_slice(&TCA_KIND.to_ne_bytes());
        body.extend_from_slice(kind.as_bytes());
        body.push(0);
        body.resize(align4(body.len()), 0);
    }
    let mut out = Vec::with_capacity(NLMSG_HDRLEN + body.len());
    out.extend_from_slice(&((NLMSG_HDRLEN + body.len()) as u32).to_ne_bytes());
    out.extend_from_slice(&ty.to_ne_bytes());
    out.extend_from_slice(&flags.to_ne_bytes());
    out.extend_from_slice(&1u32.to_ne_bytes()); // seq
    out.extend_from_slice(&0u32.to_ne_bytes()); // pid
    out.extend_from_slice(&body);
    out
}

struct Socket(OwnedFd);

impl Socket {
    fn open() -> io::Result<Self> {
        // SAFETY: plain socket(2) call; the result is checked before use.
        let fd = unsafe { libc::socket(libc::AF_NETLINK, libc::SOCK_RAW | libc::SOCK_CLOEXEC, libc::NETLINK_ROUTE) };
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: `fd` is a new descriptor owned by nobody else.
        Ok(Socket(unsafe { OwnedFd::from_raw_fd(fd) }))
    }

    fn send(&self, message: &[u8]) -> io::Result<()> {
        // SAFETY: an all-zero sockaddr_nl is valid; family set below (pid 0 = the kernel).
        let mut addr: libc::sockaddr_nl = unsafe { std::mem::zeroed() };
        addr.nl_family = libc::AF_NETLINK as libc::sa_family_t;
        // SAFETY: `message` and `addr` are valid for the lengths passed.
        let sent = unsafe {
            libc::sendto(
                self.0.as_raw_fd(),
                message.as_ptr() as *const libc::c_void,
                message.len(),
                0,
                &addr as *const libc::sockaddr_nl as *const libc::sockaddr,
                size_of::<libc::sockaddr_nl>() as libc::socklen_t,
            )
        };
        if sent < 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    /// Reads replies, calling `each(type, payload)` per message, until an ack/error (for a plain
    /// request) or NLMSG_DONE (for a dump).
    fn receive(&self, mut each: impl FnMut(u16, &[u8])) -> io::Result<()> {
        let mut buffer = vec![0u8; 32 * 1024];
        loop {
            // SAFETY: `buffer` is valid for writes of its length.
            let n = unsafe { libc::recv(self.0.as_raw_fd(), buffer.as_mut_ptr() as *mut libc::c_void, buffer.len(), 0) };
            if n < 0 {
                return Err(io::Error::last_os_error());
            }
            let mut data = &buffer[..n as usize];
            while data.len() >= NLMSG_HDRLEN {
                let len = u32::from_ne_bytes(data[0..4].try_into().unwrap_or_default()) as usize;
                let ty = u16::from_ne_bytes(data[4..6].try_into().unwrap_or_default());
                if len < NLMSG_HDRLEN || len > data.len() {
                    return Err(io::Error::new(io::ErrorKind::InvalidData, "truncated netlink message"));
                }
                let payload = &data[NLMSG_HDRLEN..len];
                match ty {
                    NLMSG_DONE => return Ok(()),
                    NLMSG_ERROR => {
                        let code = payload.get(0..4).map_or(0, |b| i32::from_ne_bytes(b.try_into().unwrap_or_default()));
                        return if code == 0 { Ok(()) } else { Err(io::Error::from_raw_os_error(-code)) };
                    }
                    _ => each(ty, payload),
                }
                data = &data[align4(len).min(data.len())..];
            }
        }
    }
}

/// Deletes the clsact qdisc of `ifindex` (and every filter on it).
pub(crate) fn delete_clsact(ifindex: u32) -> io::Result<()> {
    let socket = Socket::open()?;
    let tc = TcMsg { ifindex: ifindex as i32, handle: CLSACT_HANDLE, parent: TC_H_CLSACT };
    socket.send(&request(RTM_DELQDISC, NLM_F_REQUEST | NLM_F_ACK, tc, Some("clsact")))?;
    socket.receive(|_, _| {})
}

/// How many filters (counting each filter chain's head) hang off `parent` of `ifindex`.
pub(crate) fn count_filters(ifindex: u32, parent: u32) -> io::Result<usize> {
    let socket = Socket::open()?;
    let tc = TcMsg { ifindex: ifindex as i32, handle: 0, parent };
    socket.send(&request(RTM_GETTFILTER, NLM_F_REQUEST | NLM_F_DUMP, tc, None))?;
    let mut count = 0;
    socket.receive(|ty, _| {
        if ty == RTM_NEWTFILTER {
            count += 1;
        }
    })?;
    Ok(count)
}

/// Adds a direct-action `cls_bpf` filter running program `fd` (named `name`) with `skip_sw` under
/// `parent` of `ifindex` (what `tc filter add dev D ingress bpf skip_sw da` does); the kernel
/// picks priority and handle, returned as `(priority, handle)`. A device that cannot offload the
/// program refuses it (the filter then does not exist).
pub(crate) fn add_offloaded_filter(ifindex: u32, parent: u32, fd: i32, name: &str) -> io::Result<(u16, u32)> {
    let socket = Socket::open()?;
    let mut body = Vec::new();
    TcMsg { ifindex: ifindex as i32, handle: 0, parent }.push(&mut body);
    // `tcm_info`: priority 0 (the kernel picks one) and protocol ETH_P_ALL.
    let info_at = body.len() - 4;
    body[info_at..].copy_from_slice(&ETH_P_ALL_BE.to_ne_bytes());
    body.extend(attribute(TCA_KIND, b"bpf\0"));
    let mut name_bytes = name.as_bytes().to_vec();
    name_bytes.push(0);
    let mut options = Vec::new();
    options.extend(attribute(TCA_BPF_FD, &fd.to_ne_bytes()));
    options.extend(attribute(TCA_BPF_NAME, &name_bytes));
    options.extend(attribute(TCA_BPF_FLAGS, &TCA_BPF_FLAG_ACT_DIRECT.to_ne_bytes()));
    options.extend(attribute(TCA_BPF_FLAGS_GEN, &TCA_CLS_FLAGS_SKIP_SW.to_ne_bytes()));
    body.extend(attribute(TCA_OPTIONS | NLA_F_NESTED, &options));
    let flags = NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL | NLM_F_ECHO;
    socket.send(&message(RTM_NEWTFILTER, flags, &body))?;
    let mut created = None;
    socket.receive(|ty, payload| {
        // The echo of the new filter: tcmsg = family, pads, ifindex, handle, parent, info.
        if ty == RTM_NEWTFILTER && payload.len() >= 20 {
            let handle = u32::from_ne_bytes(payload[8..12].try_into().unwrap_or_default());
            let info = u32::from_ne_bytes(payload[16..20].try_into().unwrap_or_default());
            created = Some(((info >> 16) as u16, handle));
        }
    })?;
    created.ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "the kernel did not echo the new filter"))
}

/// Sets (`fd` >= 0) or clears (`fd` = -1) the XDP program of `ifindex` in the mode of `flags`.
pub(crate) fn set_xdp(ifindex: u32, fd: i32, flags: u32) -> io::Result<()> {
    let socket = Socket::open()?;
    // struct ifinfomsg: family, pad, type, index, flags, change.
    let mut body = vec![libc::AF_UNSPEC as u8, 0, 0, 0];
    body.extend_from_slice(&(ifindex as i32).to_ne_bytes());
    body.extend_from_slice(&0u32.to_ne_bytes());
    body.extend_from_slice(&0u32.to_ne_bytes());
    let mut xdp = Vec::new();
    xdp.extend(attribute(IFLA_XDP_FD, &fd.to_ne_bytes()));
    xdp.extend(attribute(IFLA_XDP_FLAGS, &flags.to_ne_bytes()));
    body.extend(attribute(IFLA_XDP | NLA_F_NESTED, &xdp));
    socket.send(&message(RTM_SETLINK, NLM_F_REQUEST | NLM_F_ACK, &body))?;
    socket.receive(|_, _| {})
}
