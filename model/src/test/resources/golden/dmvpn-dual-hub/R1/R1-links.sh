#!/bin/sh
# iproute2 interfaces, tunnels and addresses of R1 for FRRouting; run as root before starting FRR.
# Physical interfaces keep the design's names in short form: rename the NIC that plays each one
# first (ip link set NIC name NEWNAME).
set -eu

sysctl -w net.ipv4.ip_forward=1

# Tunnel1
ip tunnel add tun1 mode gre key 1 ttl 64 dev fa2-1
ip addr add 10.1.1.1/24 dev tun1
ip link set tun1 up

# FastEthernet2/0
ip addr add 10.10.10.2/24 dev fa2-0
ip link set fa2-0 up

# FastEthernet2/1
ip addr add 10.4.1.1/24 dev fa2-1
ip link set fa2-1 up
