package org.labcanvas.app.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TunnelMode;

/**
 * A line the canvas draws over the cables, derived from configuration and never drawn by hand:
 * a GRE tunnel from a spoke to the hub that owns its {@code tunnel destination}, a 6in4 tunnel
 * from a client to its broker, or the FT peering of an ACE pair.
 *
 * @param from  the device at the tunnel's source end (the spoke, the 6in4 client, the module named first)
 * @param to    the other device
 * @param kind  what the line stands for
 * @param label the interface or the FT VLAN, for tool tips and draw.io edge labels
 */
public record OverlayLine(String from, String to, Kind kind, String label) {
    public enum Kind { GRE_TUNNEL, SIX_IN_FOUR, FT_PEER }

    /** All overlay lines of a design, in device order. */
    public static List<OverlayLine> of(Topology t) {
        Map<String, String> ownerOfAddress = new HashMap<>();
        for (Device d : t.devices()) {
            for (Interface i : d.interfaces()) {
                InterfaceAddress.tryParse(i.ipv4())
                        .ifPresent(a -> ownerOfAddress.putIfAbsent(a.address().toCanonicalString(), d.name()));
            }
            if (d.broker() != null && d.broker().ipv4Endpoint() != null) {
                ownerOfAddress.putIfAbsent(d.broker().ipv4Endpoint(), d.name());
            }
        }
        Set<OverlayLine> out = new LinkedHashSet<>();
        for (Device d : t.devices()) {
            for (Interface i : d.interfaces()) {
                if (i.tunnel() == null || i.tunnel().destination() == null) {
                    continue;
                }
                String peer = ownerOfAddress.get(i.tunnel().destination());
                if (peer == null || peer.equals(d.name())) {
                    continue;
                }
                Kind kind = i.tunnel().mode() == TunnelMode.IPV6IP ? Kind.SIX_IN_FOUR : Kind.GRE_TUNNEL;
                out.add(new OverlayLine(d.name(), peer, kind, i.name()));
            }
            if (d.sixInFour() != null && d.sixInFour().broker() != null && t.contains(d.sixInFour().broker())) {
                boolean drawn = out.stream().anyMatch(o -> o.from().equals(d.name()) && o.kind() == Kind.SIX_IN_FOUR);
                if (!drawn) {
                    out.add(new OverlayLine(d.name(), d.sixInFour().broker(), Kind.SIX_IN_FOUR,
                            d.sixInFour().tunnelInterface()));
                }
            }
            if (d.ace() != null && d.ace().peerDevice() != null && t.contains(d.ace().peerDevice())
                    && d.name().compareTo(d.ace().peerDevice()) < 0) {
                String vlan = d.ace().ftInterface() == null ? "FT" : "FT VLAN " + d.ace().ftInterface().vlan();
                out.add(new OverlayLine(d.name(), d.ace().peerDevice(), Kind.FT_PEER, vlan));
            }
        }
        return new ArrayList<>(out);
    }
}
