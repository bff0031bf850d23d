package org.labcanvas.model.ios;

import org.labcanvas.model.topology.VerbatimLine;

import java.util.List;
import java.util.Map;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.StaticRoute;

/**
 * What one IOS running-config says, before it becomes part of a design: the vendor model of the
 * import. The values reuse the topology records for what they have in common; what the model does
 * not cover stays in {@link #verbatim()}.
 *
 * @param file           the file name, for messages
 * @param hostname       {@code hostname}; null when the file has none
 * @param hostnameLine   its line number (0 when absent)
 * @param interfaces     interfaces in file order
 * @param interfaceLines the line of each {@code interface} header
 * @param ospf           the first {@code router ospf} process, or null
 * @param staticRoutes   {@code ip route} and {@code ipv6 route} lines in file order
 * @param crypto         ISAKMP and IPsec settings, or null when there are none
 * @param verbatim       lines kept as written
 * @param notes          INFO notes (one per verbatim line)
 */
public record IosConfig(String file, String hostname, int hostnameLine, List<Interface> interfaces,
                        Map<String, Integer> interfaceLines, OspfProcess ospf, List<StaticRoute> staticRoutes,
                        CryptoSettings crypto, List<VerbatimLine> verbatim, List<ImportNote> notes) {
    public IosConfig {
        interfaces = List.copyOf(interfaces);
        interfaceLines = Map.copyOf(interfaceLines);
        staticRoutes = List.copyOf(staticRoutes);
        verbatim = List.copyOf(verbatim);
        notes = List.copyOf(notes);
    }
}
