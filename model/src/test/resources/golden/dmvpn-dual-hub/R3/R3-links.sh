#!/bin/sh
# iproute2 interfaces, tunnels and addresses of R3 for FRRouting; run as root before starting FRR.
# Physical interfaces keep the design's names in short form: rename the NIC that plays each one
# first (ip link set NIC name NEWNAME).
set -eu

sysctl -w net.ipv4.ip_forward=1

# Loopback0
ip link add lo0 type dummy
ip addr add 3.3.3.3/32 dev lo0
ip link set lo0 up

# Tunnel0
ip tunnel add tun0 mode gre remote 10.4.0.1 local 10.4.3.1 key 1 ttl 64 dev fa1-0
ip addr add 10.0.0.3/24 dev tun0
ip link set tun0 up

# Tunnel1
ip tunnel add tun1 mode gre remote 10.4.1.1 local 10.4.3.1 key 1 ttl 64 dev fa1-0
ip addr add 10.1.1.3/24 dev tun1
ip link set tun1 up

# FastEthernet1/0
ip addr add 10.4.3.1/24 dev fa1-0
ip link set fa1-0 up
