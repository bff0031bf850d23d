package org.labcanvas.model.configs;

import java.util.List;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Topology;

/**
 * The parts of the FRRouting export that other features reuse (the crosscheck lab builds its
 * routers with the same interface names and the same extra neighbors as the exported configs).
 */
public final class FrrTranslation {
    private FrrTranslation() {}

    /** The Linux name the FRR export gives an IOS interface ({@code FastEthernet0/0} is {@code fa0-0}). */
    public static String interfaceName(String iosName) {
        return LinuxInterfaceNames.of(iosName);
    }

    /**
     * The neighbors a DR-eligible router on a non-broadcast network must list for FRR although IOS
     * learns them from hellos (addresses of the other routers' tunnels in its tunnel subnets).
     */
    public static List<String> impliedNeighbors(Device d, Topology topology) {
        return FrrConfigWriter.impliedNeighbors(d, topology);
    }
}
