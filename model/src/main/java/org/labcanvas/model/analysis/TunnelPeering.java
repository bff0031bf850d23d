package org.labcanvas.model.analysis;

import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.NhrpSettings;
import org.labcanvas.model.topology.TunnelMode;

/**
 * Which configuration lines make two tunnels peers; the one home of this rule, used by the
 * overlay analysis (lint, canvas) and by the simulation's OSPF.
 *
 * <ul>
 *   <li>{@code tunnel destination D} on a point-to-point GRE tunnel names the tunnels whose
 *       tunnel source is D, in the same IPv4 subnet;</li>
 *   <li>{@code ip nhrp nhs A} and {@code ip nhrp map A NBMA} name the tunnel whose own address is
 *       A, in the same IPv4 subnet (point-to-point or multipoint alike).</li>
 * </ul>
 * Multipoint tunnels of one NHRP cloud reach each other only after resolution; that is the
 * simulation's business, not a configured peering.
 */
public final class TunnelPeering {
    private TunnelPeering() {}

    /** The tunnel source a point-to-point GRE tunnel's far end must have; null for other tunnels. */
    public static String destination(Interface tunnel) {
        var t = tunnel.tunnel();
        return t != null && t.mode() == TunnelMode.GRE_P2P ? t.destination() : null;
    }

    /** The far ends' tunnel addresses named by {@code ip nhrp nhs} and {@code ip nhrp map}, NHS first. */
    public static List<String> nhrpPeers(NhrpSettings nhrp) {
        if (nhrp == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (NhrpServer s : nhrp.servers()) {
            out.add(s.address());
        }
        for (NhrpMap m : nhrp.maps()) {
            out.add(m.protocol());
        }
        return out;
    }
}
