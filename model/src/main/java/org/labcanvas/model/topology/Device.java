package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One node of the design. The sections that do not apply to a kind are null or empty
 * (a LAN has no interfaces; only ACE modules have {@code ace}).
 *
 * @param name         hostname, unique in the design
 * @param kind         router, Internet, LAN, ACE, broker or host
 * @param platform     what it runs
 * @param version      software version string ({@code 15.4(3)M}, {@code A2(1.4a)})
 * @param role         hub, spoke or other (routers only; null for other kinds)
 * @param interfaces   interfaces in configuration order
 * @param staticRoutes {@code ip route} / {@code ipv6 route} statements
 * @param ospf         {@code router ospf}; null when OSPF is not configured
 * @param crypto       IKE/IPsec settings; null when none
 * @param ace          ACE settings (ACE modules only)
 * @param sixInFour    6in4 client settings; null when the device is no 6in4 client
 * @param broker       broker settings (brokers only)
 * @param verbatim     configuration lines an IOS import found but the model does not cover, kept
 *                     with their place so that an export puts them back
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "kind", "platform", "version", "role", "interfaces", "staticRoutes", "ospf", "crypto",
        "ace", "sixInFour", "broker", "verbatim"})
public record Device(String name, DeviceKind kind, Platform platform, String version, RouterRole role,
                     List<Interface> interfaces, List<StaticRoute> staticRoutes, OspfProcess ospf,
                     CryptoSettings crypto, AceSettings ace, SixInFourClient sixInFour, BrokerSettings broker,
                     List<VerbatimLine> verbatim) {
    public Device {
        interfaces = Copies.list(interfaces);
        verbatim = Copies.list(verbatim);
        staticRoutes = Copies.list(staticRoutes);
        version = Copies.text(version);
        if (platform == null) {
            platform = Platform.GENERIC;
        }
    }

    /** A device without imported verbatim lines. */
    public Device(String name, DeviceKind kind, Platform platform, String version, RouterRole role,
                  List<Interface> interfaces, List<StaticRoute> staticRoutes, OspfProcess ospf,
                  CryptoSettings crypto, AceSettings ace, SixInFourClient sixInFour, BrokerSettings broker) {
        this(name, kind, platform, version, role, interfaces, staticRoutes, ospf, crypto, ace, sixInFour, broker, List.of());
    }

    /** A device of the given kind with nothing configured. */
    public static Device of(String name, DeviceKind kind, Platform platform) {
        return new Device(name, kind, platform, null, kind == DeviceKind.ROUTER ? RouterRole.OTHER : null,
                List.of(), List.of(), null, null, null, null, null);
    }

    public Optional<Interface> iface(String ifName) {
        if (ifName == null) {
            return Optional.empty();
        }
        for (Interface i : interfaces) {
            if (ifName.equals(i.name())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The version string, or the platform's default when none is set. */
    @JsonIgnore
    public String effectiveVersion() {
        return version == null || version.isBlank() ? platform.defaultVersion() : version;
    }

    /** This device with {@code ifName} replaced by {@code edit(old)}; unchanged when there is no such interface. */
    public Device withInterface(String ifName, UnaryOperator<Interface> edit) {
        List<Interface> out = new ArrayList<>(interfaces.size());
        for (Interface i : interfaces) {
            out.add(i.name().equals(ifName) ? edit.apply(i) : i);
        }
        return withInterfaces(out);
    }

    public Device withName(String v) { return new Device(v, kind, platform, version, role, interfaces, staticRoutes, ospf, crypto, ace, sixInFour, broker, verbatim); }
    public Device withPlatform(Platform v) { return new Device(name, kind, v, version, role, interfaces, staticRoutes, ospf, crypto, ace, sixInFour, broker, verbatim); }
    public Device withVersion(String v) { return new Device(name, kind, platform, v, role, interfaces, staticRoutes, ospf, crypto, ace, sixInFour, broker, verbatim); }
    public Device withRole(RouterRole v) { return new Device(name, kind, platform, version, v, interfaces, staticRoutes, ospf, crypto, ace, sixInFour, broker, verbatim); }
    public Device withInterfaces(List<Interface> v) { return new Device(name, kind, platform, version, role, v, staticRoutes, ospf, crypto, ace, sixInFour, broker, verbatim); }
    public Device withStaticRoutes(List<StaticRoute> v) { return new Device(name, kind, platform, version, role, interfaces, v, ospf, crypto, ace, sixInFour, broker, verbatim); }
    public Device withOspf(OspfProcess v) { return new Device(name, kind, platform, version, role, interfaces, staticRoutes, v, crypto, ace, sixInFour, broker, verbatim); }
    public Device withCrypto(CryptoSettings v) { return new Device(name, kind, platform, version, role, interfaces, staticRoutes, ospf, v, ace, sixInFour, broker, verbatim); }
    public Device withAce(AceSettings v) { return new Device(name, kind, platform, version, role, interfaces, staticRoutes, ospf, crypto, v, sixInFour, broker, verbatim); }
    public Device withSixInFour(SixInFourClient v) { return new Device(name, kind, platform, version, role, interfaces, staticRoutes, ospf, crypto, ace, v, broker, verbatim); }
    public Device withVerbatim(List<VerbatimLine> v) { return new Device(name, kind, platform, version, role, interfaces, staticRoutes, ospf, crypto, ace, sixInFour, broker, v); }
    public Device withBroker(BrokerSettings v) { return new Device(name, kind, platform, version, role, interfaces, staticRoutes, ospf, crypto, ace, sixInFour, v, verbatim); }
}
