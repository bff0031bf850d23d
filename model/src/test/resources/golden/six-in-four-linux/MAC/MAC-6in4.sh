#!/bin/sh
# Tunnel setup (iproute2) of MAC (Linux): 6in4 (IPv6 in IPv4, protocol 41)
# to the tunnel broker 216.66.80.26, tunnel 722156.
# Run as root. The broker must let protocol 41 through from 203.0.113.45, and any NAT in front of
# this host must forward protocol 41 to it.
set -eu

# The public IPv4 is dynamic: use the address en0 has now.
local4=$(ip -4 -o addr show dev en0 | awk '{ split($4, a, "/"); print a[1]; exit }')
[ -n "$local4" ] || { echo "en0 has no IPv4 address" >&2; exit 1; }

ip tunnel add gif0 mode sit remote 216.66.80.26 local "$local4" ttl 255
ip link set gif0 mtu 1480
ip link set gif0 up
ip -6 addr add 2001:db8::2/128 dev gif0
ip -6 route add default via 2001:db8::1 dev gif0 onlink
