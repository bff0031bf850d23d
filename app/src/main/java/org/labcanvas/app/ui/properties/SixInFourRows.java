package org.labcanvas.app.ui.properties;

import java.util.function.BiFunction;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.labcanvas.model.edit.DesignAwareEdit;
import static org.labcanvas.app.ui.properties.DeviceProperties.edit;
import static org.labcanvas.app.ui.properties.DeviceProperties.flag;
import static org.labcanvas.app.ui.properties.DeviceProperties.host;
import static org.labcanvas.app.ui.properties.DeviceProperties.interfaceAddress;
import static org.labcanvas.app.ui.properties.DeviceProperties.number;
import static org.labcanvas.app.ui.properties.DeviceProperties.nz;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.function.Function;
import org.labcanvas.model.addr.AddressFormatProblem;
import org.labcanvas.model.addr.HostAddress;
import org.labcanvas.model.edit.EditCommand;
import org.labcanvas.model.topology.BrokerSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.Secret;
import org.labcanvas.model.topology.SixInFourClient;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.UpdaterSettings;

/**
 * The property sheet's sections of a 6in4 client (its tunnel, broker, routed prefix and
 * dynamic-IP updater) and of a tunnel broker. A host, or a router with an {@code ipv6ip} tunnel,
 * always shows the client section with a "Configured" row that adds or removes the client; the
 * updater has one of its own. The updater's URLs must be {@code https://} URLs: the generated
 * updater script refuses anything else (it runs curl with {@code --proto =https}).
 */
public final class SixInFourRows {
    private SixInFourRows() {}

    /** {@code intervalMinutes} of an updater added from the sheet; guess: the reference design's 10 minutes. */
    static final int NEW_UPDATER_INTERVAL = 10;

    static final String CLIENT = "6in4 client";
    static final String BROKER = "Tunnel broker";

    /** Whether the device shows the 6in4 client section. */
    static boolean takesClient(Device d) {
        return d.sixInFour() != null || d.kind() == DeviceKind.HOST
                || d.kind() == DeviceKind.ROUTER && d.interfaces().stream().anyMatch(SixInFourRows::isSixInFourTunnel);
    }

    private static boolean isSixInFourTunnel(Interface i) {
        return i.tunnel() != null && i.tunnel().mode() == TunnelMode.IPV6IP;
    }

    static void add(List<PropertyRow> out, Device d) {
        clientRows(out, d);
        brokerRows(out, d);
    }

    private static void clientRows(List<PropertyRow> out, Device d) {
        if (!takesClient(d)) {
            return;
        }
        SixInFourClient six = d.sixInFour();
        // A new client uses the device's first ipv6ip tunnel (else its first tunnel); broker and addresses are for the user to fill in.
        out.add(flag(CLIENT, "Configured", six != null, v -> edit(d, v ? "6in4 client" : "no 6in4 client",
                d.withSixInFour(!v ? null : six != null ? six : new SixInFourClient(newTunnel(d), null, null, null, false, null)))));
        if (six == null) {
            return;
        }
        Function<SixInFourClient, Device> with = d::withSixInFour;
        List<String> tunnels = d.interfaces().stream().filter(i -> i.type() == InterfaceType.TUNNEL).map(Interface::name).toList();
        out.add(new PropertyRow(CLIENT, "Tunnel interface", PropertyRow.Kind.CHOICE, nz(six.tunnelInterface()), tunnels, v -> {
            if (!tunnels.contains(v)) {
                throw new IllegalArgumentException(tunnels.isEmpty() ? d.name() + " has no tunnel interface; add one first"
                        : "'" + v + "' is not one of " + String.join(", ", tunnels));
            }
            return edit(d, "6in4 tunnel interface", with.apply(new SixInFourClient(v, six.remoteIpv6(), six.routedPrefix(),
                    six.broker(), six.dynamicAddress(), six.updater())));
        }));
        out.add(new PropertyRow(CLIENT, "Broker-side IPv6", PropertyRow.Kind.ADDRESS, nz(six.remoteIpv6()), List.of(),
                v -> edit(d, "6in4 remote", with.apply(new SixInFourClient(six.tunnelInterface(), ipv6Host(v), six.routedPrefix(),
                        six.broker(), six.dynamicAddress(), six.updater())))));
        out.add(new PropertyRow(CLIENT, "Routed prefix", PropertyRow.Kind.ADDRESS, nz(six.routedPrefix()), List.of(),
                v -> edit(d, "6in4 routed prefix", with.apply(new SixInFourClient(six.tunnelInterface(), six.remoteIpv6(),
                        v.isEmpty() ? null : ipv6Prefix(v), six.broker(), six.dynamicAddress(), six.updater()))))
                .withHint("the broker's routed prefix"));
        // The broker is checked against the design when the edit is applied: it must be a tunnel broker.
        out.add(new PropertyRow(CLIENT, "Broker", PropertyRow.Kind.TEXT, nz(six.broker()), List.of(), v -> {
            if (v.isEmpty()) {
                return edit(d, "6in4 broker", with.apply(new SixInFourClient(six.tunnelInterface(), six.remoteIpv6(), six.routedPrefix(),
                        null, six.dynamicAddress(), six.updater())));
            }
            return new DesignAwareEdit("Set " + d.name() + " 6in4 broker", d.name(), (t, now) -> {
                Device b = t.device(v).orElseThrow(() -> new IllegalArgumentException("no device named '" + v + "'"));
                if (b.kind() != DeviceKind.BROKER) {
                    throw new IllegalArgumentException(v + " is not a tunnel broker");
                }
                SixInFourClient c = now.sixInFour();
                return now.withSixInFour(new SixInFourClient(c.tunnelInterface(), c.remoteIpv6(), c.routedPrefix(), v,
                        c.dynamicAddress(), c.updater()));
            });
        }));
        out.add(flag(CLIENT, "Dynamic public IPv4", six.dynamicAddress(),
                v -> edit(d, "6in4 dynamic address", with.apply(six.withDynamicAddress(v)))));
        UpdaterSettings u = six.updater();
        out.add(flag(CLIENT, "Updater", u != null, v -> edit(d, v ? "6in4 updater" : "no 6in4 updater", with.apply(six.withUpdater(
                !v ? null : u != null ? u : new UpdaterSettings(NEW_UPDATER_INTERVAL, null, null, null, null))))));
        if (u == null) {
            return;
        }
        Function<UpdaterSettings, Device> updater = nu -> with.apply(six.withUpdater(nu));
        out.add(number(CLIENT, "Updater interval (min)", u.intervalMinutes(), 1, 1440,
                v -> edit(d, "updater interval", updater.apply(new UpdaterSettings(
                        v == null ? u.intervalMinutes() : v, u.username(), u.updateKey(), u.updateUrl(), u.ipCheckUrl())))));
        out.add(new PropertyRow(CLIENT, "Updater user name", PropertyRow.Kind.TEXT, nz(u.username()), List.of(), v -> {
            if (v.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("a broker account name is one word");
            }
            // curl splits "user = ACCOUNT:KEY" at the first colon, so an account name has none;
            // one that does is most likely ACCOUNT:KEY typed here, so the message does not repeat it.
            if (v.contains(":")) {
                throw new IllegalArgumentException("a broker account name has no ':'; the key goes in the Update key field");
            }
            return edit(d, "updater user", updater.apply(new UpdaterSettings(u.intervalMinutes(), v.isEmpty() ? null : v,
                    u.updateKey(), u.updateUrl(), u.ipCheckUrl())));
        }));
        // The key is never shown; the label and the messages never carry it.
        out.add(new PropertyRow(CLIENT, "Update key", PropertyRow.Kind.SECRET, u.updateKey() == null ? "" : PropertyRow.HIDDEN, List.of(), v -> {
            if (v.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("an update key cannot contain spaces");
            }
            return edit(d, "updater key", updater.apply(new UpdaterSettings(u.intervalMinutes(), u.username(),
                    v.isEmpty() ? null : Secret.of(v), u.updateUrl(), u.ipCheckUrl())));
        }).withHint("none"));
        out.add(new PropertyRow(CLIENT, "Update URL", PropertyRow.Kind.TEXT, nz(u.updateUrl()), List.of(),
                v -> edit(d, "updater URL", updater.apply(new UpdaterSettings(u.intervalMinutes(), u.username(), u.updateKey(),
                        v.isEmpty() ? null : https(v, "the update URL"), u.ipCheckUrl()))))
                .withHint("default: " + UpdaterSettings.DEFAULT_UPDATE_URL));
        out.add(new PropertyRow(CLIENT, "IP check URL", PropertyRow.Kind.TEXT, nz(u.ipCheckUrl()), List.of(),
                v -> edit(d, "updater IP check URL", updater.apply(new UpdaterSettings(u.intervalMinutes(), u.username(), u.updateKey(),
                        u.updateUrl(), v.isEmpty() ? null : https(v, "the IP check URL")))))
                .withHint("default: " + UpdaterSettings.DEFAULT_IP_CHECK_URL));
    }

    private static String newTunnel(Device d) {
        return d.interfaces().stream().filter(SixInFourRows::isSixInFourTunnel).map(Interface::name).findFirst()
                .or(() -> d.interfaces().stream().filter(i -> i.type() == InterfaceType.TUNNEL).map(Interface::name).findFirst())
                .orElse(null);
    }

    private static void brokerRows(List<PropertyRow> out, Device d) {
        BrokerSettings b = d.broker();
        if (b == null) {
            return;
        }
        BiFunction<String, BrokerSettings, EditCommand> set = (what, nb) -> edit(d, what, d.withBroker(nb));
        out.add(new PropertyRow(BROKER, "IPv4 endpoint", PropertyRow.Kind.ADDRESS, nz(b.ipv4Endpoint()), List.of(),
                v -> set.apply("broker endpoint", new BrokerSettings(host(v), b.tunnelId(), b.serverIpv6(), b.clientIpv6(), b.routedPrefix(), b.updateKey()))));
        out.add(new PropertyRow(BROKER, "Tunnel id", PropertyRow.Kind.TEXT, nz(b.tunnelId()), List.of(), v -> {
            if (v.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("a tunnel id is one word");
            }
            return set.apply("broker tunnel id", new BrokerSettings(b.ipv4Endpoint(), v.isEmpty() ? null : v, b.serverIpv6(), b.clientIpv6(), b.routedPrefix(), b.updateKey()));
        }));
        out.add(new PropertyRow(BROKER, "Server IPv6", PropertyRow.Kind.ADDRESS, nz(b.serverIpv6()), List.of(),
                v -> set.apply("broker server ipv6", new BrokerSettings(b.ipv4Endpoint(), b.tunnelId(), ipv6Interface(v), b.clientIpv6(), b.routedPrefix(), b.updateKey()))));
        out.add(new PropertyRow(BROKER, "Client IPv6", PropertyRow.Kind.ADDRESS, nz(b.clientIpv6()), List.of(),
                v -> set.apply("broker client ipv6", new BrokerSettings(b.ipv4Endpoint(), b.tunnelId(), b.serverIpv6(), ipv6Interface(v), b.routedPrefix(), b.updateKey()))));
        out.add(new PropertyRow(BROKER, "Routed prefix", PropertyRow.Kind.ADDRESS, nz(b.routedPrefix()), List.of(),
                v -> set.apply("broker routed prefix", new BrokerSettings(b.ipv4Endpoint(), b.tunnelId(), b.serverIpv6(), b.clientIpv6(),
                        v.isEmpty() ? null : ipv6Prefix(v), b.updateKey()))).withHint("none"));
        // The key the broker expects from the client's updater; never shown, never in a label or message.
        out.add(new PropertyRow(BROKER, "Expected update key", PropertyRow.Kind.SECRET, b.updateKey() == null ? "" : PropertyRow.HIDDEN,
                List.of(), v -> {
                    if (v.chars().anyMatch(Character::isWhitespace)) {
                        throw new IllegalArgumentException("an update key cannot contain spaces");
                    }
                    return set.apply("broker update key", new BrokerSettings(b.ipv4Endpoint(), b.tunnelId(), b.serverIpv6(),
                            b.clientIpv6(), b.routedPrefix(), v.isEmpty() ? null : Secret.of(v)));
                }).withHint("any: the broker takes the updater's key"));
    }

    /** An IPv6 address with prefix length ({@code 2001:db8::1/128}), as typed. */
    private static String ipv6Interface(String v) {
        if (interfaceAddress(v).isIpv4()) {
            throw new IllegalArgumentException("'" + v + "' is not an IPv6 address");
        }
        return v;
    }

    /** An IPv6 host address without prefix length, in canonical form. */
    static String ipv6Host(String v) {
        String a = DeviceProperties.anyHost(v);
        if (!a.contains(":")) {
            throw new IllegalArgumentException("'" + v + "' is not an IPv6 address");
        }
        return a;
    }

    /** An IPv6 prefix ({@code 2001:db8:1::/64}) in canonical form. */
    static String ipv6Prefix(String v) {
        try {
            var p = HostAddress.prefix(v);
            if (!p.isIPv6()) {
                throw new IllegalArgumentException("'" + v + "' is not an IPv6 prefix");
            }
            return p.toCanonicalString();
        } catch (AddressFormatProblem e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /**
     * An {@code https://HOST/...} URL. A URL with a user part ({@code https://USER:KEY@host/...},
     * the form of tunnelbroker.net's documented update URL) is refused: the key would sit in the
     * design file and on the sheet in clear. The account and key have their own fields, and the
     * updater hands them to curl from a file only its owner reads ({@code SixInFourUpdater}).
     * No message repeats the typed URL, since it may hold a key.
     */
    static String https(String v, String what) {
        if (hasUserPart(v)) {
            throw new IllegalArgumentException(what + " cannot carry a user name or key (USER:KEY@); put them in the"
                    + " Updater user name and Update key fields and give the URL without them");
        }
        Optional<String> secret = secretParameter(v);
        if (secret.isPresent()) {
            throw new IllegalArgumentException(what + " cannot carry a key in its query (" + secret.get()
                    + "=...); put it in the Update key field and give the URL without it");
        }
        try {
            URI u = new URI(v);
            if (!"https".equalsIgnoreCase(u.getScheme()) || u.getHost() == null) {
                throw new IllegalArgumentException(what + " must be an https:// URL (https://ipv4.tunnelbroker.net/nic/update)");
            }
            return v;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(what + " is not a URL: " + e.getReason());
        }
    }

    /**
     * Query parameter names that carry a password or key: tunnelbroker.net's older update URL was
     * {@code ipv4_end.php?ip=AUTO&apikey=KEY&pass=MD5&tid=ID}, and dynamic-DNS style endpoints use
     * {@code password=} or {@code token=}.
     */
    private static final Set<String> SECRET_PARAMETERS = Set.of("apikey", "api_key", "key",
            "updatekey", "update_key", "pass", "passwd", "password", "pwd", "secret", "token", "auth", "md5pass");

    /**
     * The name of the first query parameter of {@code v} that carries a secret (see
     * {@link #SECRET_PARAMETERS}), looked at as text so that a URL that would not parse is caught.
     * The name is returned as typed; its value never is.
     */
    static Optional<String> secretParameter(String v) {
        int q = v.indexOf('?');
        if (q < 0) {
            return Optional.empty();
        }
        int hash = v.indexOf('#', q);
        String query = v.substring(q + 1, hash < 0 ? v.length() : hash);
        for (String pair : query.split("[&;]")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (SECRET_PARAMETERS.contains(name.toLowerCase(Locale.ROOT)) && eq >= 0 && eq + 1 < pair.length()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the authority of {@code v} (after {@code //}, up to the first {@code /}, {@code ?} or
     * {@code #}) has an {@code @}: looked at as text, so a URL that would not even parse is caught.
     */
    static boolean hasUserPart(String v) {
        int start = v.indexOf("//");
        if (start < 0) {
            return false;
        }
        int end = v.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int at = v.indexOf(c, start + 2);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return v.substring(start + 2, end).contains("@");
    }
}
