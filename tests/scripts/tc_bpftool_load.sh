#!/usr/bin/env bash
# Loads one flowmark TC object the two standard ways and removes everything again:
#   1. in a network namespace of its own, on a veth pair: `tc qdisc add dev X clsact` and
#      `tc filter add dev X ingress bpf da obj OBJECT sec SECTION`, checked with `tc filter show`;
#   2. `bpftool prog loadall OBJECT /sys/fs/bpf/fm-test-$$`, checked with `bpftool prog show pinned`.
# Every name is unique to this run (its pid) and removed by exact name on exit, also on failure.
#
# Usage: tc_bpftool_load.sh OBJECT [SECTION]   (SECTION defaults to `classifier`)
# Needs root, a bpffs at /sys/fs/bpf, ip/tc (iproute2) and bpftool. Exit status 0 when both loads
# worked and nothing is left behind. Run by targets/ebpf/tests/elf_script.rs.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 OBJECT [SECTION]" >&2
    exit 2
fi
OBJECT=$1
SECTION=${2:-classifier}
if [ ! -f "$OBJECT" ]; then
    echo "error: no object file $OBJECT" >&2
    exit 2
fi

NETNS="fm-test-$$"
VETH="fm$$a"   # interface names have at most 15 characters
PEER="fm$$b"
PIN_DIR="/sys/fs/bpf/fm-test-$$"
echo "netns $NETNS"
echo "pins $PIN_DIR"

created_netns=0
created_pins=0
cleanup() {
    local status=$?
    if [ "$created_netns" = 1 ]; then
        # Deleting the namespace deletes the veth pair with its qdisc and filter.
        ip netns del "$NETNS" || status=1
    fi
    if [ "$created_pins" = 1 ] && [ -e "$PIN_DIR" ]; then
        rm -rf -- "$PIN_DIR" || status=1
    fi
    exit "$status"
}
trap cleanup EXIT

fail() {
    echo "error: $*" >&2
    exit 1
}

# 1. tc on a veth in a namespace.
netns_exists() {
    ip netns list | awk '{print $1}' | grep -qx -- "$NETNS"
}
if netns_exists; then
    fail "netns $NETNS already exists"
fi
ip netns add "$NETNS"
created_netns=1
ip -n "$NETNS" link add "$VETH" type veth peer name "$PEER"
ip -n "$NETNS" link set "$VETH" up
ip -n "$NETNS" link set "$PEER" up
tc -n "$NETNS" qdisc add dev "$VETH" clsact
tc -n "$NETNS" filter add dev "$VETH" ingress bpf da obj "$OBJECT" sec "$SECTION"
shown=$(tc -n "$NETNS" filter show dev "$VETH" ingress)
echo "$shown"
grep -q "bpf chain 0 handle 0x1 $(basename "$OBJECT"):\[$SECTION\] direct-action" <<<"$shown" \
    || fail "tc filter show does not list the program as a direct-action filter"
tc -n "$NETNS" filter del dev "$VETH" ingress
tc -n "$NETNS" qdisc del dev "$VETH" clsact
[ -z "$(tc -n "$NETNS" filter show dev "$VETH" ingress)" ] || fail "the filter is still there"
ip netns del "$NETNS"
created_netns=0
echo "tc: ok"

# 2. bpftool (libbpf).
[ ! -e "$PIN_DIR" ] || fail "$PIN_DIR already exists"
created_pins=1
bpftool prog loadall "$OBJECT" "$PIN_DIR"
pinned=0
for pin in "$PIN_DIR"/*; do
    [ -e "$pin" ] || continue
    info=$(bpftool prog show pinned "$pin")
    echo "$info"
    grep -Eq "^[0-9]+: (sched_cls|xdp) +name " <<<"$info" || fail "bpftool prog show pinned $pin: no program"
    pinned=$((pinned + 1))
done
[ "$pinned" -gt 0 ] || fail "bpftool prog loadall pinned nothing"
rm -rf -- "$PIN_DIR"
created_pins=0
echo "bpftool: ok ($pinned program(s))"

# Nothing left behind.
! netns_exists || fail "netns $NETNS is still there"
[ ! -e "$PIN_DIR" ] || fail "$PIN_DIR is still there"
echo "clean: ok"
