package org.labcanvas.model.ios;

import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.NhrpSettings;
import org.labcanvas.model.topology.OspfInterfaceSettings;
import org.labcanvas.model.topology.OspfNetworkType;
import org.labcanvas.model.topology.Secret;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

/** An interface while its sub-commands are read. */
final class InterfaceDraft {
    final String name;
    final int line;
    String description;
    String ipv4;
    final List<String> ipv6 = new ArrayList<>();
    Integer bandwidth;
    Integer mtu;
    Integer tcpAdjustMss;
    Boolean ipRedirects;
    boolean shutdown;
    // tunnel
    boolean tunnelSeen;
    TunnelMode tunnelMode;
    String tunnelSource;
    int tunnelSourceLine;
    String tunnelDestination;
    Long tunnelKey;
    String tunnelProtection;
    int tunnelProtectionLine;
    // nhrp
    boolean nhrpSeen;
    Long networkId;
    Integer holdtime;
    Secret nhrpAuthentication;
    final List<NhrpMap> maps = new ArrayList<>();
    final List<String> mapMulticast = new ArrayList<>();
    final List<NhrpServer> servers = new ArrayList<>();
    boolean redirect;
    boolean shortcut;
    boolean registrationNoUnique;
    // ospf
    OspfNetworkType ospfNetwork;
    Integer ospfCost;
    Integer ospfPriority;
    Integer ospfHello;
    Integer ospfDead;

    InterfaceDraft(String name, int line) {
        this.name = name;
        this.line = line;
    }

    static InterfaceType typeOf(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.startsWith("tunnel")) {
            return InterfaceType.TUNNEL;
        }
        if (n.startsWith("loopback")) {
            return InterfaceType.LOOPBACK;
        }
        if (n.startsWith("vlan")) {
            return InterfaceType.VLAN;
        }
        return InterfaceType.PHYSICAL;
    }

    Interface build() {
        TunnelSettings tunnel = null;
        if (tunnelSeen || typeOf(name) == InterfaceType.TUNNEL) {
            tunnel = new TunnelSettings(tunnelMode == null ? TunnelMode.GRE_P2P : tunnelMode, tunnelSource,
                    tunnelDestination, tunnelKey, tunnelProtection);
        }
        NhrpSettings nhrp = null;
        if (nhrpSeen) {
            nhrp = new NhrpSettings(networkId == null ? 0 : networkId, holdtime, nhrpAuthentication, maps,
                    mapMulticast, servers, redirect, shortcut, registrationNoUnique);
        }
        OspfInterfaceSettings ospf = null;
        if (ospfNetwork != null || ospfCost != null || ospfPriority != null || ospfHello != null || ospfDead != null) {
            ospf = new OspfInterfaceSettings(ospfNetwork, ospfCost, ospfPriority, ospfHello, ospfDead);
        }
        return new Interface(name, typeOf(name), description, ipv4, ipv6, bandwidth, mtu, tcpAdjustMss, ipRedirects,
                shutdown, tunnel, nhrp, ospf);
    }
}
