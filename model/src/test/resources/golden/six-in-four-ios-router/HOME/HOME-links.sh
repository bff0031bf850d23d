#!/bin/sh
# iproute2 interfaces, tunnels and addresses of HOME for FRRouting; run as root before starting FRR.
# Physical interfaces keep the design's names in short form: rename the NIC that plays each one
# first (ip link set NIC name NEWNAME).
set -eu

sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv6.conf.all.forwarding=1

# FastEthernet0/0
ip addr add 203.0.113.45/24 dev fa0-0
ip link set fa0-0 up

# Tunnel0: 6in4 to the tunnel broker
ip tunnel add tun0 mode sit remote 216.66.80.26 local 203.0.113.45 ttl 255 dev fa0-0
ip link set tun0 mtu 1480
ip -6 addr add 2001:db8::2/128 dev tun0
ip link set tun0 up
