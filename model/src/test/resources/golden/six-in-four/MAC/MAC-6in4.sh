#!/bin/sh
# Tunnel setup of MAC (macOS): 6in4 (IPv6 in IPv4, protocol 41)
# to the tunnel broker 216.66.80.26, tunnel 722156.
# Run as root. The broker must let protocol 41 through from 203.0.113.45, and any NAT in front of
# this host must forward protocol 41 to it.
set -eu

# The public IPv4 is dynamic: use the address en0 has now.
local4=$(ifconfig en0 | awk '$1 == "inet" { print $2; exit }')
[ -n "$local4" ] || { echo "en0 has no IPv4 address" >&2; exit 1; }

ifconfig gif0 tunnel "$local4" 216.66.80.26
ifconfig gif0 inet6 2001:db8::2 2001:db8::1 prefixlen 128
ifconfig gif0 mtu 1480
ifconfig gif0 up
route -n add -inet6 default 2001:db8::1
