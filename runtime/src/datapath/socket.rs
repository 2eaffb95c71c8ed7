//! The live datapath's packet source: `AF_PACKET` raw sockets bound to one device and protocol
//! each (IPv4, IPv6), with `SO_RCVMARK` so every packet comes with its `skb->mark` as a control
//! message.
//!
//! Why protocol sockets: the kernel delivers packets to `ETH_P_ALL` taps *before* the TC ingress
//! hook (so a tap would see marks of 0) and to protocol handlers *after* it, so a socket bound to
//! `ETH_P_IP` reads the mark the TC classifier set. The socket receives a copy: the packet also
//! goes on into the kernel's stack (a mirror, not a punt; AF_XDP would take the packet itself).

use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::time::Duration;

use super::Packet;

/// `SO_MARK` and `SO_RCVMARK` (asm-generic values, x86-64 and arm64).
const SO_MARK: libc::c_int = 36;
const SO_RCVMARK: libc::c_int = 75;
pub const ETH_P_IP: u16 = 0x0800;
pub const ETH_P_IPV6: u16 = 0x86dd;
const MAX_FRAME: usize = 65_536;

/// Raw packet sockets on one device, one per protocol.
#[derive(Debug)]
pub struct PacketSocket {
    fds: Vec<OwnedFd>,
    buffer: Vec<u8>,
}

fn check(ret: libc::c_int, what: &str) -> io::Result<libc::c_int> {
    if ret < 0 {
        let e = io::Error::last_os_error();
        return Err(io::Error::new(e.kind(), format!("{what}: {e}")));
    }
    Ok(ret)
}

impl PacketSocket {
    /// Open one socket per protocol (EtherType) on `device`, in the calling thread's network
    /// namespace. Needs CAP_NET_RAW.
    pub fn open(device: &str, protocols: &[u16]) -> io::Result<Self> {
        let name = std::ffi::CString::new(device).map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "device name has a NUL"))?;
        // SAFETY: `name` is a valid NUL-terminated string.
        let ifindex = unsafe { libc::if_nametoindex(name.as_ptr()) };
        if ifindex == 0 {
            return Err(io::Error::new(io::ErrorKind::NotFound, format!("no device `{device}`")));
        }
        let mut fds = Vec::new();
        for &protocol in protocols {
            let proto_be = protocol.to_be();
            // SAFETY: plain socket(2) call; the result is checked.
            let fd = check(
                unsafe { libc::socket(libc::AF_PACKET, libc::SOCK_RAW | libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC, libc::c_int::from(proto_be)) },
                "socket(AF_PACKET)",
            )?;
            // SAFETY: `fd` was just returned by socket(2) and is owned by nothing else.
            let fd = unsafe { OwnedFd::from_raw_fd(fd) };
            let one: libc::c_int = 1;
            // SAFETY: the option value points at a c_int of the size passed.
            check(
                unsafe {
                    libc::setsockopt(
                        fd.as_raw_fd(),
                        libc::SOL_SOCKET,
                        SO_RCVMARK,
                        (&one as *const libc::c_int).cast(),
                        std::mem::size_of::<libc::c_int>() as libc::socklen_t,
                    )
                },
                "setsockopt(SO_RCVMARK) (Linux 5.19 or later)",
            )?;
            // SAFETY: sockaddr_ll is plain data; all-zero is a valid value.
            let mut addr: libc::sockaddr_ll = unsafe { std::mem::zeroed() };
            addr.sll_family = libc::AF_PACKET as u16;
            addr.sll_protocol = proto_be;
            addr.sll_ifindex = ifindex as i32;
            // SAFETY: `addr` is a sockaddr_ll of the size passed.
            check(
                unsafe {
                    libc::bind(
                        fd.as_raw_fd(),
                        (&addr as *const libc::sockaddr_ll).cast(),
                        std::mem::size_of::<libc::sockaddr_ll>() as libc::socklen_t,
                    )
                },
                "bind(AF_PACKET)",
            )?;
            fds.push(fd);
        }
        Ok(PacketSocket { fds, buffer: vec![0u8; MAX_FRAME] })
    }

    /// Send one frame (link-layer header included) out of the device.
    pub fn send(&self, frame: &[u8]) -> io::Result<()> {
        let fd = self.fds.first().ok_or_else(|| io::Error::new(io::ErrorKind::NotConnected, "no socket"))?;
        // SAFETY: `frame` is valid for reads of its length.
        let n = unsafe { libc::send(fd.as_raw_fd(), frame.as_ptr().cast(), frame.len(), 0) };
        if n < 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    /// Wait up to `timeout` for packets, then read what is queued (at most `max`), appending to
    /// `out` with `time_ns` and the mark the kernel gave each one. Returns how many were read.
    pub fn recv(&mut self, out: &mut Vec<Packet>, max: usize, timeout: Duration, time_ns: u64) -> io::Result<usize> {
        let mut polls: Vec<libc::pollfd> = self.fds.iter().map(|fd| libc::pollfd { fd: fd.as_raw_fd(), events: libc::POLLIN, revents: 0 }).collect();
        let ms = timeout.as_millis().min(i32::MAX as u128) as libc::c_int;
        // SAFETY: `polls` holds `polls.len()` initialised pollfd entries.
        let ready = unsafe { libc::poll(polls.as_mut_ptr(), polls.len() as libc::nfds_t, ms) };
        if ready < 0 {
            let e = io::Error::last_os_error();
            return if e.kind() == io::ErrorKind::Interrupted { Ok(0) } else { Err(e) };
        }
        let mut count = 0;
        for (i, poll) in polls.iter().enumerate() {
            if poll.revents & libc::POLLIN == 0 {
                continue;
            }
            while count < max {
                match self.recv_one(i)? {
                    Some((len, mark)) => {
                        out.push(Packet::new(self.buffer[..len].to_vec(), 0, mark, time_ns));
                        count += 1;
                    }
                    None => break,
                }
            }
        }
        Ok(count)
    }

    /// One packet from socket `i`: its length and mark; `None` when nothing is queued.
    fn recv_one(&mut self, i: usize) -> io::Result<Option<(usize, u32)>> {
        let fd = self.fds[i].as_raw_fd();
        let mut control = [0u64; 16];
        let mut iov = libc::iovec { iov_base: self.buffer.as_mut_ptr().cast(), iov_len: self.buffer.len() };
        // SAFETY: msghdr is plain data; all-zero is a valid value.
        let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control.as_mut_ptr().cast();
        msg.msg_controllen = std::mem::size_of_val(&control);
        // SAFETY: `msg` points at a live iovec over `self.buffer` and at `control`, both of the
        // lengths given.
        let n = unsafe { libc::recvmsg(fd, &mut msg, libc::MSG_DONTWAIT | libc::MSG_TRUNC) };
        if n < 0 {
            let e = io::Error::last_os_error();
            return match e.kind() {
                io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted => Ok(None),
                _ => Err(e),
            };
        }
        let len = (n as usize).min(self.buffer.len());
        let mut mark = 0;
        // SAFETY: the CMSG macros walk the control buffer the kernel filled, within
        // `msg_controllen`; SO_MARK data is one u32, read unaligned.
        unsafe {
            let mut cmsg = libc::CMSG_FIRSTHDR(&msg);
            while !cmsg.is_null() {
                if (*cmsg).cmsg_level == libc::SOL_SOCKET && (*cmsg).cmsg_type == SO_MARK {
                    mark = std::ptr::read_unaligned(libc::CMSG_DATA(cmsg).cast::<u32>());
                }
                cmsg = libc::CMSG_NXTHDR(&msg, cmsg);
            }
        }
        Ok(Some((len, mark)))
    }
}
