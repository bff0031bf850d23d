package org.labcanvas.model.analysis;

import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.labcanvas.model.addr.HostAddress;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.Topology;

/**
 * Every interface of a topology with its parsed addresses, and which interfaces own a given host
 * address. Built once in linear time; addresses that do not parse are simply absent (lint reports
 * them as {@code ADDRESS_INVALID}).
 */
public final class AddressIndex {
    private final Topology topology;
    private final Map<InterfaceRef, Interface> interfaces = new LinkedHashMap<>();
    private final Map<InterfaceRef, InterfaceAddress> ipv4 = new HashMap<>();
    private final Map<InterfaceRef, List<InterfaceAddress>> ipv6 = new HashMap<>();
    private final Map<IPAddress, List<InterfaceRef>> owners = new HashMap<>();
    private final Map<String, Optional<IPAddress>> hosts = new HashMap<>();
    private final Map<String, Optional<IPAddress>> prefixes = new HashMap<>();

    public AddressIndex(Topology topology) {
        this.topology = topology;
        for (Device d : topology.devices()) {
            for (Interface i : d.interfaces()) {
                InterfaceRef ref = InterfaceRef.of(d.name(), i.name());
                if (interfaces.putIfAbsent(ref, i) != null) {
                    continue;
                }
                InterfaceAddress.tryParse(i.ipv4()).filter(InterfaceAddress::isIpv4).ifPresent(a -> {
                    ipv4.put(ref, a);
                    owners.computeIfAbsent(a.address(), k -> new ArrayList<>(1)).add(ref);
                });
                List<InterfaceAddress> v6 = new ArrayList<>();
                for (String text : i.ipv6()) {
                    InterfaceAddress.tryParse(text).filter(a -> !a.isIpv4()).ifPresent(a -> {
                        v6.add(a);
                        owners.computeIfAbsent(a.address(), k -> new ArrayList<>(1)).add(ref);
                    });
                }
                if (!v6.isEmpty()) {
                    ipv6.put(ref, List.copyOf(v6));
                }
            }
        }
        owners.values().forEach(Collections::sort);
    }

    /**
     * {@link HostAddress#tryParse}, remembered: designs repeat the same next hops, masks and hub
     * addresses thousands of times, and parsing is the expensive part of lint.
     */
    public Optional<IPAddress> host(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return hosts.computeIfAbsent(text, HostAddress::tryParse);
    }

    /** {@link HostAddress#tryPrefix}, remembered. */
    public Optional<IPAddress> prefix(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return prefixes.computeIfAbsent(text, HostAddress::tryPrefix);
    }

    public Topology topology() {
        return topology;
    }

    /** Every interface in topology order (devices in order, interfaces in configuration order). */
    public Iterable<InterfaceRef> refs() {
        return interfaces.keySet();
    }

    public Optional<Interface> iface(InterfaceRef ref) {
        return Optional.ofNullable(interfaces.get(ref));
    }

    /** The parsed primary IPv4 address, empty when unnumbered or unparsable. */
    public Optional<InterfaceAddress> ipv4(InterfaceRef ref) {
        return Optional.ofNullable(ipv4.get(ref));
    }

    public List<InterfaceAddress> ipv6(InterfaceRef ref) {
        return ipv6.getOrDefault(ref, List.of());
    }

    /** Interfaces (sorted) that carry {@code host} as an address, up or down. */
    public List<InterfaceRef> owners(IPAddress host) {
        return owners.getOrDefault(host.withoutPrefixLength(), List.of());
    }

    /** Interfaces that carry {@code host} and are not shut down. */
    public List<InterfaceRef> upOwners(IPAddress host) {
        List<InterfaceRef> all = owners(host);
        List<InterfaceRef> out = new ArrayList<>(all.size());
        for (InterfaceRef r : all) {
            if (isUp(r)) {
                out.add(r);
            }
        }
        return out;
    }

    public boolean isUp(InterfaceRef ref) {
        Interface i = interfaces.get(ref);
        return i != null && !i.shutdown();
    }

    /** Every host address that appears on more than one interface. */
    public Map<IPAddress, List<InterfaceRef>> duplicates() {
        Map<IPAddress, List<InterfaceRef>> out = new HashMap<>();
        owners.forEach((a, refs) -> {
            if (refs.size() > 1) {
                out.put(a, refs);
            }
        });
        return out;
    }
}
