package org.labcanvas.model.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of malformed and malicious input for the fuzz properties: project files mutated from
 * the reference designs, running-configs made of real and broken IOS commands with secrets in
 * them, and the checks every output must pass (the command-line fuzz test of app uses them too).
 */
public final class FuzzInputs {
    private FuzzInputs() {}

    /** What output must never contain: a Java class or package name, a stack frame, Jackson's wording. */
    public static final Pattern JAVA_TRACES = Pattern.compile(
            "[A-Za-z]*Exception\\b|\\bat [\\w$.]+\\(|\\b(java|javax|jdk|sun|com\\.fasterxml|org\\.labcanvas|org\\.yaml|picocli)\\.[a-z]"
                    + "|StreamReadConstraints|Cannot construct|Cannot deserialize|NullPointer|NumberFormat|\\bClass\\b");

    /** Generated text that does not itself look like a Java trace (messages may quote it). */
    public static boolean noTrace(String s) {
        return !JAVA_TRACES.matcher(s).find();
    }

    /** One mutation of a text: where, what kind, and the random material it uses. */
    public record Mutation(double where, int kind, int length, String material) {}

    private static final List<String> TOKENS = List.of("\"", "\\n", "\\u0000", "\\u2028", "\\", "null", "[", "]", "{", "}",
            ",", ":", "99999999999999999999", "-1", "1e400", "1.5", "true", "\"\\r\\nusername evil privilege 15 secret x\"",
            "\"@class\": \"java.lang.ProcessBuilder\",", "\n", "\t", "\u0000", "\u001b[2J", "\u2028", "\u00ff", "\ufeff",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "\"name\": \"R1\",", "\"kind\": \"router\"",
            "\"version\": 2", "\"format\": \"other\"", "0x10", "NaN", "'", "/*", "//");

    public static Arbitrary<Mutation> mutations() {
        Arbitrary<String> material = Arbitraries.oneOf(Arbitraries.of(TOKENS),
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20)).filter(FuzzInputs::noTrace);
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 40), material).as(Mutation::new);
    }

    /** {@code text} with the mutations applied in order. */
    public static String mutate(String text, List<Mutation> ms) {
        String s = text;
        for (Mutation m : ms) {
            int at = (int) Math.min(s.length(), Math.floor(m.where() * (s.length() + 1)));
            switch (m.kind()) {
                case 0 -> s = s.substring(0, at) + m.material() + s.substring(at);
                case 1 -> s = s.substring(0, at) + s.substring(Math.min(s.length(), at + m.length()));
                case 2 -> {
                    // replace the contents of the string value that starts after 'at'
                    int q1 = s.indexOf(": \"", at);
                    int q2 = q1 < 0 ? -1 : s.indexOf('"', q1 + 3);
                    if (q2 > 0) {
                        s = s.substring(0, q1 + 3) + m.material() + s.substring(q2);
                    }
                }
                case 3 -> s = s.substring(0, at);
                case 4 -> {
                    // replace the number that starts after 'at'
                    java.util.regex.Matcher n = Pattern.compile(": (-?\\d+)").matcher(s);
                    if (n.find(at)) {
                        s = s.substring(0, n.start(1)) + m.material() + s.substring(n.end(1));
                    }
                }
                default -> {
                    int end = Math.min(s.length(), at + m.length());
                    s = s.substring(0, end) + s.substring(at, end) + s.substring(end);
                }
            }
        }
        return s;
    }

    /** Bytes of a mutated file, sometimes in another encoding than UTF-8. */
    public static byte[] bytes(String text, int encoding) {
        return switch (encoding) {
            case 1 -> text.getBytes(StandardCharsets.ISO_8859_1);
            case 2 -> text.getBytes(StandardCharsets.UTF_16);
            default -> text.getBytes(StandardCharsets.UTF_8);
        };
    }

    // ---------------------------------------------------------------- running-configs

    /** A running-config and the secrets written into it. */
    public record Config(String text, List<String> secrets) {}

    private static Arbitrary<String> secret() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofLength(10).map(s -> "Zk" + s);
    }

    private static Arbitrary<String> number() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 70000).map(String::valueOf),
                Arbitraries.of("0", "-1", "2147483648", "4294967296", "99999999999999999999", "abc", "1.5", "255", "256"));
    }

    private static Arbitrary<String> address() {
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 255),
                        Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 255))
                        .as((a, b, c, d) -> a + "." + b + "." + c + "." + d),
                Arbitraries.of("10.0.0.1", "10.0.0.2", "1.1.1.1", "999.1.1.1", "1.2.3", "::1", "0.0.0.0", "10.0.0.0",
                        "10.0.0.255", "a.b.c.d"));
    }

    private static Arbitrary<String> mask() {
        return Arbitraries.of("255.255.255.0", "255.255.255.255", "0.0.0.0", "255.0.255.0", "255.255.255.252", "24", "x");
    }

    private static Arbitrary<String> ifName() {
        return Arbitraries.of("Tunnel0", "Tunnel1", "FastEthernet0/0", "FastEthernet0/1", "Loopback0", "GigabitEthernet0/0.10",
                "Serial0/0/0:1", "Tunnel0", "x");
    }

    private static Arbitrary<String> word() {
        return Arbitraries.oneOf(Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(12).filter(FuzzInputs::noTrace),
                Arbitraries.of("P", "mySet", "myDMVPN", "dynamic", "multipoint", "gre", "ip", "R1", "R2"));
    }

    /** One line: a command IOS knows (right or with a broken argument), a credential line, or garbage. */
    private static Arbitrary<String[]> line() {
        Arbitrary<String> s = secret();
        Arbitrary<String> n = number();
        Arbitrary<String> a = address();
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("R1", "R2", "HUB-1", "r.9", "R1!x", "-R", "R" + "x".repeat(70)), n)
                        .as((h, x) -> new String[] {"hostname " + h}),
                ifName().map(i -> new String[] {"interface " + i}),
                Arbitraries.strings().all().ofMaxLength(20).filter(FuzzInputs::noTrace).map(t -> new String[] {" description " + t}),
                Combinators.combine(a, mask()).as((x, m) -> new String[] {" ip address " + x + " " + m}),
                s.map(x -> new String[] {" ip nhrp authentication " + x, x}),
                n.map(x -> new String[] {" ip nhrp network-id " + x}),
                n.map(x -> new String[] {" ip nhrp holdtime " + x}),
                Combinators.combine(a, a).as((x, y) -> new String[] {" ip nhrp map " + x + " " + y}),
                a.map(x -> new String[] {" ip nhrp map multicast " + x}),
                a.map(x -> new String[] {" ip nhrp nhs " + x}),
                ifName().map(i -> new String[] {" tunnel source " + i}),
                a.map(x -> new String[] {" tunnel destination " + x}),
                n.map(x -> new String[] {" tunnel key " + x}),
                Arbitraries.of(" tunnel mode gre multipoint", " tunnel mode gre ip", " tunnel mode ipv6ip").map(x -> new String[] {x}),
                word().map(p -> new String[] {" tunnel protection ipsec profile " + p}),
                Combinators.combine(Arbitraries.of("cost", "priority", "hello-interval", "dead-interval"), n)
                        .as((k, x) -> new String[] {" ip ospf " + k + " " + x}),
                Arbitraries.of(" ip ospf network non-broadcast", " ip ospf network point-to-multipoint").map(x -> new String[] {x}),
                n.map(x -> new String[] {"router ospf " + x}),
                Combinators.combine(a, a, n).as((x, w, ar) -> new String[] {" network " + x + " " + w + " area " + ar}),
                Combinators.combine(a, n).as((x, p) -> new String[] {" neighbor " + x + " priority " + p}),
                ifName().map(i -> new String[] {" passive-interface " + i}),
                n.map(x -> new String[] {"crypto isakmp policy " + x}),
                Arbitraries.of(" encr aes", " hash sha", " authentication pre-share", " group 2", " lifetime 86400")
                        .map(x -> new String[] {x}),
                Combinators.combine(s, a, mask()).as((k, x, m) -> new String[] {"crypto isakmp key " + k + " address " + x + " " + m, k}),
                Combinators.combine(s, a).as((k, x) -> new String[] {"crypto isakmp key 6 " + k + " address " + x, k}),
                word().map(w -> new String[] {"crypto ipsec transform-set " + w + " esp-aes esp-sha-hmac"}),
                word().map(w -> new String[] {"crypto ipsec profile " + w}),
                word().map(w -> new String[] {" set transform-set " + w}),
                n.map(x -> new String[] {" set pfs group" + x}),
                n.map(x -> new String[] {" set security-association lifetime seconds " + x}),
                Combinators.combine(a, mask(), a, n).as((x, m, h, d) -> new String[] {"ip route " + x + " " + m + " " + h + " " + d}),
                s.map(x -> new String[] {"username admin privilege 15 secret 0 " + x, x}),
                s.map(x -> new String[] {"enable secret 5 " + x, x}),
                s.map(x -> new String[] {"enable password " + x, x}),
                s.map(x -> new String[] {"snmp-server community " + x + " RO", x}),
                Combinators.combine(s, s).as((x, y) -> new String[] {"snmp-server user bob grp v3 auth sha " + x + " priv aes 128 " + y, x, y}),
                s.map(x -> new String[] {"  wpa-psk ascii 0 " + x, x}),
                s.map(x -> new String[] {" crypto isakmp key " + x + " address 0.0.0.0", x}),
                Arbitraries.of("!", "end", "version 12.4", "version 15.1", "Building configuration...", "").map(x -> new String[] {x}),
                Arbitraries.strings().all().ofMaxLength(30).filter(FuzzInputs::noTrace).map(t -> new String[] {t}),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30).filter(FuzzInputs::noTrace)
                        .map(t -> new String[] {t}));
    }

    public static Arbitrary<Config> configs() {
        return line().list().ofMinSize(0).ofMaxSize(40).map(lines -> {
            StringBuilder sb = new StringBuilder();
            List<String> secrets = new ArrayList<>();
            for (String[] l : lines) {
                sb.append(l[0]).append('\n');
                for (int i = 1; i < l.length; i++) {
                    secrets.add(l[i]);
                }
            }
            return new Config(sb.toString(), secrets);
        });
    }
}
