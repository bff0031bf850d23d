package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One interface of a device.
 *
 * <p>Addresses are kept as the text the user typed ({@code 10.0.0.1/24}, {@code 2001:db8::2/128})
 * so that a design with a typo still loads and lint can point at the field; use
 * {@link org.labcanvas.model.addr.InterfaceAddress#parse} to work with them.
 *
 * @param name         the full IOS name ({@code FastEthernet0/0}, {@code Tunnel0}, {@code Loopback0}) or the OS name ({@code en0}, {@code gif0})
 * @param type         physical, loopback, tunnel or VLAN
 * @param description  {@code description}; null when none
 * @param ipv4         primary IPv4 address with prefix length; null when unnumbered
 * @param ipv6         IPv6 addresses with prefix length
 * @param bandwidth    {@code bandwidth} in kbit/s; null means the platform default for the type
 * @param mtu          {@code ip mtu} in bytes; null means the default
 * @param tcpAdjustMss {@code ip tcp adjust-mss}; null when not set
 * @param ipRedirects  false for {@code no ip redirects}; null means the IOS default (on)
 * @param shutdown     administratively down
 * @param tunnel       tunnel settings; only for tunnel interfaces
 * @param nhrp         NHRP settings; only for GRE tunnel interfaces
 * @param ospf         per-interface OSPF settings; null when none are configured
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "type", "description", "ipv4", "ipv6", "bandwidth", "mtu", "tcpAdjustMss",
        "ipRedirects", "shutdown", "tunnel", "nhrp", "ospf"})
public record Interface(String name, InterfaceType type, String description, String ipv4, List<String> ipv6,
                        Integer bandwidth, Integer mtu, Integer tcpAdjustMss, Boolean ipRedirects,
                        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean shutdown,
                        TunnelSettings tunnel, NhrpSettings nhrp, OspfInterfaceSettings ospf) {
    public Interface {
        ipv6 = Copies.list(ipv6);
        description = Copies.text(description);
        ipv4 = Copies.text(ipv4);
        if (type == null) {
            type = InterfaceType.PHYSICAL;
        }
    }

    public static Interface physical(String name, String ipv4) {
        return new Interface(name, InterfaceType.PHYSICAL, null, ipv4, List.of(), null, null, null, null, false, null, null, null);
    }

    public static Interface loopback(String name, String ipv4) {
        return new Interface(name, InterfaceType.LOOPBACK, null, ipv4, List.of(), null, null, null, null, false, null, null, null);
    }

    public static Interface tunnel(String name, String ipv4, TunnelSettings tunnel) {
        return new Interface(name, InterfaceType.TUNNEL, null, ipv4, List.of(), null, null, null, null, false, tunnel, null, null);
    }

    /** The OSPF settings, never null. */
    @JsonIgnore
    public OspfInterfaceSettings ospfOrDefaults() {
        return ospf == null ? OspfInterfaceSettings.DEFAULTS : ospf;
    }

    /** True for tunnel interfaces. (Not a JSON property: is-getters are not auto-detected.) */
    public boolean isTunnel() {
        return type == InterfaceType.TUNNEL;
    }

    public Interface withName(String v) { return new Interface(v, type, description, ipv4, ipv6, bandwidth, mtu, tcpAdjustMss, ipRedirects, shutdown, tunnel, nhrp, ospf); }
    public Interface withType(InterfaceType v) { return new Interface(name, v, description, ipv4, ipv6, bandwidth, mtu, tcpAdjustMss, ipRedirects, shutdown, tunnel, nhrp, ospf); }
    public Interface withDescription(String v) { return new Interface(name, type, v, ipv4, ipv6, bandwidth, mtu, tcpAdjustMss, ipRedirects, shutdown, tunnel, nhrp, ospf); }
    public Interface withIpv4(String v) { return new Interface(name, type, description, v, ipv6, bandwidth, mtu, tcpAdjustMss, ipRedirects, shutdown, tunnel, nhrp, ospf); }
    public Interface withIpv6(List<String> v) { return new Interface(name, type, description, ipv4, v, bandwidth, mtu, tcpAdjustMss, ipRedirects, shutdown, tunnel, nhrp, ospf); }
    public Interface withBandwidth(Integer v) { return new Interface(name, type, description, ipv4, ipv6, v, mtu, tcpAdjustMss, ipRedirects, shutdown, tunnel, nhrp, ospf); }
    public Interface withMtu(Integer v) { return new Interface(name, type, description, ipv4, ipv6, bandwidth, v, tcpAdjustMss, ipRedirects, shutdown, tunnel, nhrp, ospf); }
    public Interface withTcpAdjustMss(Integer v) { return new Interface(name, type, description, ipv4, ipv6, bandwidth, mtu, v, ipRedirects, shutdown, tunnel, nhrp, ospf); }
    public Interface withIpRedirects(Boolean v) { return new Interface(name, type, description, ipv4, ipv6, bandwidth, mtu, tcpAdjustMss, v, shutdown, tunnel, nhrp, ospf); }
    public Interface withShutdown(boolean v) { return new Interface(name, type, description, ipv4, ipv6, bandwidth, mtu, tcpAdjustMss, ipRedirects, v, tunnel, nhrp, ospf); }
    public Interface withTunnel(TunnelSettings v) { return new Interface(name, type, description, ipv4, ipv6, bandwidth, mtu, tcpAdjustMss, ipRedirects, shutdown, v, nhrp, ospf); }
    public Interface withNhrp(NhrpSettings v) { return new Interface(name, type, description, ipv4, ipv6, bandwidth, mtu, tcpAdjustMss, ipRedirects, shutdown, tunnel, v, ospf); }
    public Interface withOspf(OspfInterfaceSettings v) { return new Interface(name, type, description, ipv4, ipv6, bandwidth, mtu, tcpAdjustMss, ipRedirects, shutdown, tunnel, nhrp, v); }
}
