#!/bin/sh
# iproute2 interfaces, tunnels and addresses of R2 for FRRouting; run as root before starting FRR.
# Physical interfaces keep the design's names in short form: rename the NIC that plays each one
# first (ip link set NIC name NEWNAME).
set -eu

sysctl -w net.ipv4.ip_forward=1

# Tunnel0
ip tunnel add tun0 mode gre remote 1.1.1.2 local 2.2.2.2 key 1 ttl 64 dev fa0-0
ip addr add 10.10.10.2/24 dev tun0
ip link set tun0 up

# FastEthernet0/0
ip addr add 2.2.2.2/24 dev fa0-0
ip link set fa0-0 up
