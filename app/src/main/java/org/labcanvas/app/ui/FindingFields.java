package org.labcanvas.app.ui;

import java.util.Map;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;

/**
 * Where a lint finding's {@code field} lives in the property sheet: the section and row that edit it.
 */
final class FindingFields {
    /** Field to (section prefix, row); the interface name completes per-interface section titles. */
    private static final Map<String, String[]> ROWS = Map.ofEntries(
            Map.entry("ipv4", new String[] {"Interface ", "IPv4 address"}),
            Map.entry("ipv6", new String[] {"Interface ", "IPv6 addresses"}),
            Map.entry("tunnel.destination", new String[] {"Tunnel ", "Destination"}),
            Map.entry("tunnel.source", new String[] {"Tunnel ", "Source"}),
            Map.entry("tunnel.key", new String[] {"Tunnel ", "Key"}),
            Map.entry("tunnel.protection", new String[] {"Tunnel ", "IPsec profile"}),
            Map.entry("nhrp.networkId", new String[] {"NHRP ", "Network id"}),
            Map.entry("nhrp.servers", new String[] {"NHRP ", "NHS"}),
            Map.entry("nhrp.maps", new String[] {"NHRP ", "Static maps (tunnel=nbma)"}),
            Map.entry("nhrp.mapMulticast", new String[] {"NHRP ", "Map multicast dynamic"}),
            Map.entry("ospf.networkType", new String[] {"OSPF ", "Network type"}),
            Map.entry("ospf.priority", new String[] {"OSPF ", "Priority"}),
            Map.entry("ospf.cost", new String[] {"OSPF ", "Cost"}),
            Map.entry("ospf.networks", new String[] {"OSPF process ", "Networks (address wildcard area)"}),
            Map.entry("ospf.neighbors", new String[] {"OSPF process ", "Neighbors"}),
            Map.entry("ospf.routerId", new String[] {"OSPF process ", "Router id"}));

    private FindingFields() {}

    /** The (section, row) for the field, or null when the sheet has no row for it. */
    static String[] row(String field, String iface, Project project, String device) {
        String[] r = field == null ? null : ROWS.get(field);
        if (r == null) {
            return null;
        }
        if (r[0].equals("OSPF process ")) {
            Device d = device == null ? null : project.topology().device(device).orElse(null);
            return d == null || d.ospf() == null ? null : new String[] {r[0] + d.ospf().processId(), r[1]};
        }
        return iface == null ? null : new String[] {r[0] + iface, r[1]};
    }
}
