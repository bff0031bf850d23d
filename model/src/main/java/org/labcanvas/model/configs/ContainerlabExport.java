package org.labcanvas.model.configs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;

/**
 * The design as a containerlab topology ({@code containerlab/NAME.clab.yml}) that runs every IOS
 * router on an FRRouting container with real GRE/mGRE tunnels, NHRP ({@code nhrpd}), OSPF and
 * static routes, from the FRR export ({@link FrrConfigWriter}).
 *
 * <ul>
 *   <li>Every node is of kind {@code linux} with the FRR image set once under {@code defaults}.
 *       containerlab names the data interfaces {@code eth1}, {@code eth2}, ...; each router's
 *       {@code setup.sh} (run by {@code exec} at deploy) renames them to the FRR export's names
 *       ({@code fa2-0}), runs the FRR export's interface commands (addresses, loopbacks, GRE
 *       devices) and loads {@code frr.conf} again ({@code vtysh -b}) with the interfaces in place.</li>
 *   <li>A LAN node is a container whose interfaces are ports of one Linux bridge. The Internet
 *       node is a container that routes between its links, with the address each router uses as
 *       default gateway on that link (else the first free address of the link's subnet).</li>
 *   <li>IPsec is left out: the FRR image has no strongSwan, and nhrpd with {@code tunnel
 *       protection} waits for it; the routers' {@code frr.conf} says so. ACE modules, hosts and
 *       brokers are not in the topology (their cables are listed in a comment).</li>
 *   <li>Physical interfaces without a cable are left out (down/down on IOS).</li>
 * </ul>
 */
public final class ContainerlabExport {
    /** The container image of every node; change it under {@code defaults} in the topology file. */
    public static final String IMAGE = "quay.io/frrouting/frr:10.2.1";
    static final String FOLDER = "containerlab/";

    private ContainerlabExport() {}

    /** A cable in the lab: the link and the containerlab interface of each end. */
    private record Cable(Link link, String ethA, String ethB) {
        String ethOf(boolean sideA) {
            return sideA ? ethA : ethB;
        }
    }

    /** Every file of the export, under {@code containerlab/}; {@code name} names the lab and the topology file. */
    public static List<GeneratedFile> render(Topology topology, String name) throws ExportException {
        String lab = labName(name);
        Map<String, String> nodeNames = new LinkedHashMap<>();
        List<Device> routers = new ArrayList<>();
        List<Device> segments = new ArrayList<>();
        for (Device d : topology.devices()) {
            if (d.kind() == DeviceKind.ROUTER && d.platform().isIos()) {
                routers.add(d);
            } else if (d.kind().isSegment()) {
                segments.add(d);
            } else {
                continue;
            }
            String node = nodeName(d.name());
            if (nodeNames.containsValue(node)) {
                throw new ExportException("devices " + d.name() + " and another one both become the containerlab node "
                        + node + "; rename one");
            }
            nodeNames.put(d.name(), node);
        }

        // containerlab interface eth<n> of each node, in link order
        Map<String, Integer> nextEth = new LinkedHashMap<>();
        Map<Endpoint, String> ethOf = new LinkedHashMap<>();
        List<Cable> cables = new ArrayList<>();
        List<String> links = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (Link l : topology.links()) {
            if (!nodeNames.containsKey(l.a().device()) || !nodeNames.containsKey(l.b().device())
                    || (l.a().iface() == null && l.b().iface() == null)) {
                leftOut.add(l.toString());
                continue;
            }
            String a = eth(l.a(), nextEth, ethOf);
            String b = eth(l.b(), nextEth, ethOf);
            cables.add(new Cable(l, a, b));
            links.add("    - endpoints: [\"" + nodeNames.get(l.a().device()) + ":" + a + "\", \""
                    + nodeNames.get(l.b().device()) + ":" + b + "\"]");
        }

        List<GeneratedFile> out = new ArrayList<>();
        StringBuilder yml = new StringBuilder();
        yml.append("# containerlab topology of ").append(name).append(", exported by LabCanvas: IOS routers as FRRouting\n");
        yml.append("# containers (GRE/mGRE, nhrpd, ospfd, staticd; no IPsec). Deploy as root on a host with the ip_gre\n");
        yml.append("# module: containerlab deploy -t ").append(lab).append(".clab.yml\n");
        for (String l : leftOut) {
            yml.append("# not in the lab (only IOS routers, LANs and the Internet are): ").append(l).append('\n');
        }
        yml.append("name: ").append(lab).append('\n');
        yml.append("topology:\n");
        yml.append("  defaults:\n");
        yml.append("    kind: linux\n");
        yml.append("    image: ").append(IMAGE).append('\n');
        yml.append("  nodes:\n");
        for (Device d : topology.devices()) {
            String node = nodeNames.get(d.name());
            if (node == null) {
                continue;
            }
            yml.append("    ").append(node).append(":\n");
            yml.append("      binds:\n");
            if (routers.contains(d)) {
                for (String f : List.of("daemons", "frr.conf", "vtysh.conf")) {
                    yml.append("        - ").append(node).append('/').append(f).append(":/etc/frr/").append(f).append('\n');
                }
                out.add(GeneratedFile.text(d.name(), FOLDER + node + "/daemons", daemons(d)));
                out.add(GeneratedFile.text(d.name(), FOLDER + node + "/frr.conf", frrConf(d, topology)));
                out.add(GeneratedFile.text(d.name(), FOLDER + node + "/vtysh.conf", "service integrated-vtysh-config\n"));
                out.add(GeneratedFile.script(d.name(), FOLDER + node + "/setup.sh", routerSetup(d, topology, ethOf)));
            } else if (d.kind() == DeviceKind.INTERNET) {
                out.add(GeneratedFile.script(d.name(), FOLDER + node + "/setup.sh", internetSetup(d, topology, cables)));
            } else {
                out.add(GeneratedFile.script(d.name(), FOLDER + node + "/setup.sh", lanSetup(d, cables)));
            }
            yml.append("        - ").append(node).append("/setup.sh:/setup.sh\n");
            yml.append("      exec:\n");
            yml.append("        - sh /setup.sh\n");
        }
        yml.append("  links:\n");
        if (links.isEmpty()) {
            yml.setLength(yml.length() - "  links:\n".length());
        }
        for (String l : links) {
            yml.append(l).append('\n');
        }
        out.add(GeneratedFile.text(null, FOLDER + lab + ".clab.yml", yml.toString()));
        out.sort(java.util.Comparator.comparing(GeneratedFile::path));
        return List.copyOf(out);
    }

    private static String eth(Endpoint e, Map<String, Integer> nextEth, Map<Endpoint, String> ethOf) {
        int n = nextEth.merge(e.device(), 1, Integer::sum);
        String eth = "eth" + n;
        if (e.iface() != null) {
            ethOf.put(e, eth);
        }
        return eth;
    }

    /** containerlab lab names: a letter or digit, then letters, digits, {@code -}, {@code _} and {@code .}. */
    static String labName(String name) {
        String n = name.replaceAll("[^A-Za-z0-9_.-]", "-").replaceFirst("^[^A-Za-z0-9]+", "");
        return n.isEmpty() ? "labcanvas" : n;
    }

    /** containerlab node names: a letter or digit first, then letters, digits, {@code -}, {@code _} and {@code .}. */
    static String nodeName(String device) {
        String n = device.replaceAll("[^A-Za-z0-9_.-]", "_");
        return n.matches("^[A-Za-z0-9].*") ? n : "n" + n;
    }

    static String daemons(Device d) {
        boolean nhrp = d.interfaces().stream().anyMatch(i -> i.nhrp() != null);
        return "# FRRouting daemons of " + d.name() + " (zebra always runs)\n"
                + "ospfd=" + (d.ospf() != null ? "yes" : "no") + "\n"
                + "nhrpd=" + (nhrp ? "yes" : "no") + "\n"
                + "staticd=yes\n"
                + "vtysh_enable=yes\n"
                + "zebra_options=\"  -A 127.0.0.1 -s 90000000\"\n"
                + "ospfd_options=\"  -A 127.0.0.1\"\n"
                + "nhrpd_options=\"  -A 127.0.0.1\"\n"
                + "staticd_options=\"-A 127.0.0.1\"\n";
    }

    /** The FRR export's configuration without {@code tunnel protection} (no strongSwan in the image). */
    static String frrConf(Device d, Topology topology) throws ExportException {
        StringBuilder out = new StringBuilder();
        boolean protectedTunnels = false;
        for (String line : FrrConfigWriter.conf(d, topology).split("\n")) {
            if (line.startsWith(" tunnel protection ")) {
                protectedTunnels = true;
                continue;
            }
            out.append(line).append('\n');
        }
        if (protectedTunnels) {
            return "! IPsec (tunnel protection) is left out of the containerlab export: the FRR image has no strongSwan.\n"
                    + out;
        }
        return out.toString();
    }

    /** Renames containerlab's eth<n> to the FRR export's names, then runs the FRR export's interface commands. */
    static String routerSetup(Device d, Topology topology, Map<Endpoint, String> ethOf) throws ExportException {
        List<Interface> kept = new ArrayList<>();
        List<String> uncabled = new ArrayList<>();
        StringBuilder rename = new StringBuilder();
        for (Interface i : d.interfaces()) {
            String eth = ethOf.get(new Endpoint(d.name(), i.name()));
            boolean physical = i.type() != InterfaceType.LOOPBACK && i.type() != InterfaceType.TUNNEL;
            if (physical && eth == null) {
                uncabled.add(i.name());
                continue;
            }
            kept.add(i);
            if (eth != null) {
                String linux = LinuxInterfaceNames.of(i.name());
                rename.append("ip link set ").append(eth).append(" down\n");
                rename.append("ip link set ").append(eth).append(" name ").append(linux).append('\n');
            }
        }
        String links = FrrConfigWriter.links(d.withInterfaces(kept));
        String body = links.substring(links.indexOf("set -eu\n") + "set -eu\n".length());
        StringBuilder s = new StringBuilder();
        s.append("#!/bin/sh\n");
        s.append("# ").append(d.name()).append(" in containerlab: interface names, addresses and tunnels, then FRR.\n");
        if (!uncabled.isEmpty()) {
            s.append("# Left out (no cable, down/down on IOS): ").append(String.join(", ", uncabled)).append('\n');
        }
        s.append("set -eu\n\n");
        s.append("# iproute2 for GRE tunnels (the image's busybox ip has no 'ip tunnel')\n");
        s.append("ip -V 2>&1 | grep -q iproute2 || apk add --no-cache iproute2\n\n");
        s.append(rename);
        s.append(body);
        s.append("\n# FRR started with the container and takes up interfaces by name as they appear; load the\n");
        s.append("# configuration once more now that every interface and tunnel is there.\n");
        s.append("vtysh -b\n");
        return s.toString();
    }

    static String lanSetup(Device d, List<Cable> cables) {
        StringBuilder s = new StringBuilder();
        s.append("#!/bin/sh\n");
        s.append("# ").append(d.name()).append(": one broadcast domain, a Linux bridge over every link of this node.\n");
        s.append("set -eu\n\n");
        s.append("ip link add br0 type bridge\n");
        s.append("ip link set br0 up\n");
        for (Cable c : cables) {
            for (boolean sideA : new boolean[] {true, false}) {
                Endpoint e = sideA ? c.link().a() : c.link().b();
                if (e.device().equals(d.name())) {
                    String eth = c.ethOf(sideA);
                    s.append("ip link set ").append(eth).append(" master br0\n");
                    s.append("ip link set ").append(eth).append(" up\n");
                }
            }
        }
        return s.toString();
    }

    /**
     * The Internet: routes between its links. On each link it takes the address the router there
     * uses as a static next hop in that subnet, else the first address of the subnet the router
     * does not have.
     */
    static String internetSetup(Device internet, Topology topology, List<Cable> cables) throws ExportException {
        StringBuilder s = new StringBuilder();
        s.append("#!/bin/sh\n");
        s.append("# ").append(internet.name()).append(": the underlay, routing between the routers' public links.\n");
        s.append("set -eu\n\n");
        s.append("sysctl -w net.ipv4.ip_forward=1\n");
        for (Cable c : cables) {
            boolean sideA = c.link().a().device().equals(internet.name());
            if (!sideA && !c.link().b().device().equals(internet.name())) {
                continue;
            }
            Endpoint other = sideA ? c.link().b() : c.link().a();
            String eth = c.ethOf(sideA);
            Optional<Interface> i = topology.device(other.device()).flatMap(r -> other.iface() == null ? Optional.empty() : r.iface(other.iface()));
            if (i.isEmpty() || i.get().ipv4() == null) {
                continue;
            }
            Device router = topology.require(other.device());
            InterfaceAddress a = AddressText.iface(router.name(), "interface " + i.get().name() + " ipv4", i.get().ipv4());
            s.append("ip addr add ").append(gateway(router, a)).append('/').append(a.prefixLength()).append(" dev ").append(eth)
                    .append("  # towards ").append(router.name()).append(' ').append(i.get().name()).append('\n');
            s.append("ip link set ").append(eth).append(" up\n");
        }
        return s.toString();
    }

    private static String gateway(Device router, InterfaceAddress a) {
        for (StaticRoute r : router.staticRoutes()) {
            if (r.nextHop() != null && AddressText.isAddress(r.nextHop())) {
                var nh = org.labcanvas.model.addr.HostAddress.tryParse(r.nextHop());
                if (nh.isPresent() && a.contains(nh.get()) && !nh.get().equals(a.address())) {
                    return nh.get().toCanonicalString();
                }
            }
        }
        var first = a.subnet().getLower().increment(1);
        if (first.withoutPrefixLength().equals(a.address().withoutPrefixLength())) {
            first = first.increment(1);
        }
        return first.withoutPrefixLength().toCanonicalString();
    }
}
