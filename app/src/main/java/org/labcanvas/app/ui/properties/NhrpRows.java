package org.labcanvas.app.ui.properties;

import static org.labcanvas.app.ui.properties.DeviceProperties.edit;
import static org.labcanvas.app.ui.properties.DeviceProperties.flag;
import static org.labcanvas.app.ui.properties.DeviceProperties.host;
import static org.labcanvas.app.ui.properties.DeviceProperties.number;
import static org.labcanvas.app.ui.properties.DeviceProperties.split;
import static org.labcanvas.app.ui.properties.DeviceProperties.whole;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.NhrpSettings;
import org.labcanvas.model.topology.Secret;
import org.labcanvas.model.topology.TunnelMode;

/**
 * The property sheet's NHRP section of a GRE tunnel interface: a "Configured" row that adds
 * {@code ip nhrp network-id} or takes NHRP away, then every {@code ip nhrp} command the model keeps.
 *
 * <p>Ranges after the Cisco IOS IP Addressing Services Command Reference, "NHRP Commands"
 * (cisco.com/en/US/docs/ios/ipaddr/command/reference/iad_nhrp.html): {@code ip nhrp network-id}
 * 1-4294967295, {@code ip nhrp holdtime} 1-65535 s (default 7200), {@code ip nhrp authentication}
 * a string of up to eight characters. {@code ip nhrp nhs ADDRESS nbma NBMA} is the 15.x form; the
 * IOS 12.4 export writes it as a static map plus {@code ip nhrp nhs ADDRESS}, so it is accepted on
 * every platform.
 */
public final class NhrpRows {
    private NhrpRows() {}

    /** {@code ip nhrp network-id} of NHRP added from the sheet; guess: the reference designs' 1. */
    static final long NEW_NETWORK_ID = 1;
    static final long MAX_NETWORK_ID = 4_294_967_295L;
    static final int MAX_AUTHENTICATION = 8;

    /** Whether the interface gets an NHRP section: every interface with NHRP, and GRE tunnels (NHRP is not used on 6in4). */
    static boolean shown(Interface i) {
        return i.nhrp() != null || i.tunnel() != null && i.tunnel().mode() != TunnelMode.IPV6IP;
    }

    static void add(List<PropertyRow> out, Device d, Interface i) {
        if (!shown(i)) {
            return;
        }
        String n = i.name();
        String hc = "NHRP " + n;
        NhrpSettings h = i.nhrp();
        out.add(flag(hc, "Configured", h != null, v -> edit(d, n + (v ? " nhrp" : " no nhrp"),
                d.withInterface(n, x -> x.withNhrp(v ? x.nhrp() == null ? NhrpSettings.of(NEW_NETWORK_ID) : x.nhrp() : null)))));
        if (h == null) {
            return;
        }
        Function<UnaryOperator<NhrpSettings>, Device> nh = f -> d.withInterface(n, x -> x.withNhrp(f.apply(x.nhrp())));
        out.add(new PropertyRow(hc, "Network id", PropertyRow.Kind.NUMBER, Long.toString(h.networkId()), List.of(),
                v -> edit(d, n + " nhrp network-id", nh.apply(x -> x.withNetworkId(whole(v, 1, MAX_NETWORK_ID))))));
        out.add(number(hc, "Hold time (s)", h.holdtime(), 1, 65535, v -> edit(d, n + " nhrp holdtime", nh.apply(x -> x.withHoldtime(v))))
                .withHint("default: " + NhrpSettings.DEFAULT_HOLDTIME));
        // The string is never shown; the label and the messages never carry it.
        out.add(new PropertyRow(hc, "Authentication", PropertyRow.Kind.SECRET, h.authentication() == null ? "" : PropertyRow.HIDDEN,
                List.of(), v -> edit(d, n + " nhrp authentication", nh.apply(x -> x.withAuthentication(v.isEmpty() ? null : Secret.of(authentication(v))))))
                .withHint("none"));
        out.add(new PropertyRow(hc, "NHS", PropertyRow.Kind.ADDRESS,
                String.join(", ", h.servers().stream().map(s -> s.address() + (s.nbma() == null ? "" : " nbma " + s.nbma())).toList()),
                List.of(), v -> {
                    List<NhrpServer> servers = new ArrayList<>();
                    for (String s : split(v)) {
                        NhrpServer server = server(s);
                        if (servers.stream().anyMatch(x -> x.address().equals(server.address()))) {
                            throw new IllegalArgumentException("NHS " + server.address() + " is named twice");
                        }
                        servers.add(server);
                    }
                    return edit(d, n + " nhrp nhs", nh.apply(x -> x.withServers(servers)));
                }));
        out.add(new PropertyRow(hc, "Static maps (tunnel=nbma)", PropertyRow.Kind.ADDRESS,
                String.join(", ", h.maps().stream().map(m -> m.protocol() + "=" + m.nbma()).toList()), List.of(), v -> {
                    List<NhrpMap> maps = new ArrayList<>();
                    for (String m : split(v)) {
                        String[] p = m.split("=", -1);
                        if (p.length != 2) {
                            throw new IllegalArgumentException("write a map as TUNNEL-ADDRESS=NBMA-ADDRESS (10.0.0.1=10.4.0.1)");
                        }
                        maps.add(new NhrpMap(host(p[0].strip()), host(p[1].strip())));
                    }
                    return edit(d, n + " nhrp map", nh.apply(x -> x.withMaps(maps)));
                }));
        out.add(new PropertyRow(hc, "Map multicast", PropertyRow.Kind.ADDRESS, String.join(", ", h.mapMulticast()), List.of(), v -> {
            List<String> targets = new ArrayList<>();
            for (String s : split(v)) {
                String target = s.equalsIgnoreCase(NhrpSettings.MULTICAST_DYNAMIC) ? NhrpSettings.MULTICAST_DYNAMIC : nbma(s);
                if (targets.contains(target)) {
                    throw new IllegalArgumentException(target + " is named twice");
                }
                targets.add(target);
            }
            return edit(d, n + " nhrp map multicast", nh.apply(x -> x.withMapMulticast(targets)));
        }).withHint("dynamic, or NBMA addresses"));
        out.add(flag(hc, "Redirect", h.redirect(), v -> edit(d, n + " nhrp redirect", nh.apply(x -> x.withRedirect(v)))));
        out.add(flag(hc, "Shortcut", h.shortcut(), v -> edit(d, n + " nhrp shortcut", nh.apply(x -> x.withShortcut(v)))));
        out.add(flag(hc, "Registration no-unique", h.registrationNoUnique(),
                v -> edit(d, n + " nhrp registration no-unique", nh.apply(x -> x.withRegistrationNoUnique(v)))));
    }

    /** {@code ADDRESS [nbma NBMA]}. */
    static NhrpServer server(String s) {
        String[] p = s.trim().split("\\s+");
        if (p.length == 1) {
            return NhrpServer.of(host(p[0]));
        }
        if (p.length != 3 || !p[1].equals("nbma")) {
            throw new IllegalArgumentException("write an NHS as ADDRESS [nbma NBMA-ADDRESS] (10.0.0.1 nbma 10.4.0.1)");
        }
        return new NhrpServer(host(p[0]), host(p[2]));
    }

    private static String nbma(String s) {
        try {
            return host(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("map multicast takes 'dynamic' or an NBMA address: " + e.getMessage());
        }
    }

    /** The string rules; messages name the rule, never the string. */
    static String authentication(String v) {
        if (v.length() > MAX_AUTHENTICATION) {
            throw new IllegalArgumentException("an NHRP authentication string has at most " + MAX_AUTHENTICATION + " characters");
        }
        if (v.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("an NHRP authentication string cannot contain spaces");
        }
        return v;
    }
}
