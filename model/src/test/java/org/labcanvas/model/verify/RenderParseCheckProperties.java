package org.labcanvas.model.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.show.ShowCommand;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.topology.Device;

/**
 * Render, parse, check: what the {@code show} engine prints at any moment of a sample's run always
 * passes against the facts of that moment, and changing one route's metric in it always fails,
 * naming that route.
 */
class RenderParseCheckProperties {
    @Provide
    Arbitrary<Project> designs() {
        return Arbitraries.of(ReferenceDesigns.dmvpnDualHub(), ReferenceDesigns.dmvpnSingleHub(),
                ReferenceDesigns.aceFtUpgrade(), ReferenceDesigns.sixInFourTunnelBroker(),
                new Project("6in4 on an IOS router", org.labcanvas.model.show.host.SixInFourDesigns.iosRouter(), org.labcanvas.model.layout.Layout.EMPTY),
                new Project("6in4 on Linux", org.labcanvas.model.show.host.SixInFourDesigns.on(org.labcanvas.model.topology.Platform.LINUX), org.labcanvas.model.layout.Layout.EMPTY));
    }

    /** With {@code withEvents}: the dual hub's R0 failure, the ACE upgrade script or the 6in4 address change script. */
    private static EventScript script(Project p, boolean withEvents) throws Exception {
        if (!withEvents) {
            return EventScript.EMPTY;
        }
        EventScriptParser parser = EventScriptParser.forTopology(p.topology());
        if (p.topology().device("R0").isPresent()) {
            return parser.parse(ExpectationsGoldenTest.R0_FAILS);
        }
        if (p.topology().device("ACE_1").isPresent()) {
            return parser.parse(java.nio.file.Files.readString(java.nio.file.Path.of("../samples/ace-upgrade.yaml")));
        }
        if (p.topology().device("MAC").isPresent()) {
            return parser.parse(java.nio.file.Files.readString(java.nio.file.Path.of("../samples/6in4-ip-change.yaml")));
        }
        return EventScript.EMPTY;
    }

    /** The line an engineer's terminal shows before {@code command}: {@code R2#}, {@code ACE_1/Admin# }, {@code mac$ }. */
    private static String prompt(Device d, String command) {
        return switch (d.kind()) {
            case ACE -> d.name() + "/Admin# " + command;
            case HOST -> d.name().toLowerCase(java.util.Locale.ROOT) + "$ " + command;
            default -> d.name() + "#" + command;
        };
    }

    /** Every verification command of every covered device, rendered at the state. */
    private static List<CapturedOutput> rendered(NetworkState state) {
        List<CapturedOutput> out = new ArrayList<>();
        for (Device d : state.network().topology().devices()) {
            Optional<VerificationRole> role = VerificationRoles.of(d);
            if (role.isEmpty() || !state.deviceUp(d.name())) {
                continue;
            }
            for (VerificationStep step : role.get().steps(state, d)) {
                String text = ShowCommand.execute(state, d.name(), step.command());
                String log = prompt(d, step.command()) + "\n" + text + prompt(d, "") + "\n";
                out.addAll(parse(state, d.name() + ".log", log));
            }
        }
        return out;
    }

    private static List<CapturedOutput> parse(NetworkState state, String source, String log) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> hosts = new LinkedHashSet<>();
        state.network().topology().devices().forEach(d -> names.add(d.name()));
        state.network().topology().devices().stream().filter(d -> d.kind() == org.labcanvas.model.topology.DeviceKind.HOST)
                .forEach(d -> hosts.add(d.name()));
        try {
            return new CaptureReader(names, hosts).parse(source, log, Optional.empty(), Optional.empty());
        } catch (CaptureException e) {
            throw new AssertionError(e.where() + ": " + e.getMessage());
        }
    }

    private static Set<String> covered(NetworkState state) {
        Set<String> out = new LinkedHashSet<>();
        for (Device d : state.network().topology().devices()) {
            if (VerificationRoles.of(d).isPresent() && state.deviceUp(d.name())) {
                out.add(d.name());
            }
        }
        return out;
    }

    private static List<String> failures(FactCheck.Report r) {
        List<String> out = new ArrayList<>();
        r.results().stream().filter(x -> x.verdict() != FactCheck.Verdict.PASS).forEach(x -> out.add(x.text()));
        r.unread().forEach(u -> out.add("unread " + u));
        return out;
    }

    @Property(tries = 30)
    void renderedOutputAlwaysPassesItsOwnFacts(@ForAll("designs") Project design, @ForAll @IntRange(min = 5, max = 40) int minutes,
                                               @ForAll boolean r0Fails) throws Exception {
        NetworkState state = Simulation.stateAt(design.topology(), script(design, r0Fails), Duration.ofMinutes(minutes));
        FactCheck.Report r = FactCheck.check(Expectations.facts(state), covered(state), rendered(state));
        assertEquals(List.of(), failures(r));
    }

    private static final Pattern ROUTE = Pattern.compile("(?m)^O[ A-Z0-9]*?\\s+(\\d+\\.\\d+\\.\\d+\\.\\d+)(/\\d+)?\\s+\\[110/(\\d+)\\]");

    @Property(tries = 12)
    void aChangedRouteMetricAlwaysFailsNamingThatRoute(@ForAll @IntRange(min = 5, max = 40) int minutes,
                                                        @ForAll boolean r0Fails, @ForAll @IntRange(min = 0, max = 20) int pick)
            throws Exception {
        Project design = ReferenceDesigns.dmvpnDualHub();
        NetworkState state = Simulation.stateAt(design.topology(), script(design, r0Fails), Duration.ofMinutes(minutes));
        List<String> devices = new ArrayList<>(covered(state));
        String device = devices.get(pick % devices.size());
        String table = ShowCommand.execute(state, device, "show ip route ospf");
        List<Matcher> routes = new ArrayList<>();
        Matcher m = ROUTE.matcher(table);
        while (m.find()) {
            routes.add((Matcher) ROUTE.matcher(table).region(m.start(), table.length()));
        }
        Assume.that(!routes.isEmpty());
        Matcher chosen = routes.get(pick % routes.size());
        chosen.find();
        int metric = Integer.parseInt(chosen.group(3));
        String changed = table.substring(0, chosen.start(3)) + (metric + 7) + table.substring(chosen.end(3));
        List<CapturedOutput> outs = parse(state, device + ".log", device + "#show ip route ospf\n" + changed + device + "#\n");
        FactCheck.Report r = FactCheck.check(Expectations.facts(state), Set.of(device), outs);
        List<FactCheck.Result> failed = r.results().stream().filter(x -> x.verdict() == FactCheck.Verdict.FAIL).toList();
        assertEquals(1, failed.size(), failed.toString());
        assertEquals(true, failed.get(0).subject().startsWith("route " + chosen.group(1) + "/"), failed.get(0).text());
        assertEquals(true, failed.get(0).seen().contains("/" + (metric + 7) + "]"), failed.get(0).text());
    }

    private static final Pattern FT_BRIEF = Pattern.compile("(?m)^FT Group ID: (\\d+)  My State:(FSM_FT_STATE_[A-Z_]+)");

    @Property(tries = 12)
    void aChangedFtGroupStateAlwaysFailsNamingThatGroup(@ForAll @IntRange(min = 5, max = 40) int minutes,
                                                        @ForAll boolean upgrade, @ForAll @IntRange(min = 0, max = 20) int pick)
            throws Exception {
        Project design = ReferenceDesigns.aceFtUpgrade();
        NetworkState state = Simulation.stateAt(design.topology(), script(design, upgrade), Duration.ofMinutes(minutes));
        List<String> devices = new ArrayList<>(covered(state));
        Device device = state.network().topology().require(devices.get(pick % devices.size()));
        Assume.that(!device.name().isEmpty() && VerificationRoles.of(device).orElseThrow().steps(state, device).size() > 0);
        String brief = ShowCommand.execute(state, device.name(), "show ft group brief");
        List<int[]> groups = new ArrayList<>();
        Matcher m = FT_BRIEF.matcher(brief);
        while (m.find()) {
            groups.add(new int[] {Integer.parseInt(m.group(1)), m.start(2), m.end(2)});
        }
        Assume.that(!groups.isEmpty());
        int[] g = groups.get(pick % groups.size());
        String old = brief.substring(g[1], g[2]);
        String now = old.equals("FSM_FT_STATE_STANDBY_COLD") ? "FSM_FT_STATE_STANDBY_HOT" : "FSM_FT_STATE_STANDBY_COLD";
        String changed = brief.substring(0, g[1]) + now + brief.substring(g[2]);
        List<CapturedOutput> outs = parse(state, "ace.log",
                prompt(device, "sh ft gr br") + "\n" + changed + prompt(device, "") + "\n");
        FactCheck.Report r = FactCheck.check(Expectations.facts(state), Set.of(device.name()), outs);
        List<FactCheck.Result> failed = r.results().stream().filter(x -> x.verdict() == FactCheck.Verdict.FAIL).toList();
        assertEquals(1, failed.size(), failed.toString());
        assertEquals("FT group " + g[0], failed.get(0).subject());
        assertEquals(true, failed.get(0).seen().startsWith(now.substring("FSM_FT_STATE_".length()) + ", peer "), failed.get(0).text());
    }

    @Property(tries = 12)
    void aChangedTunnelEndpointAlwaysFailsNamingTheTunnel(@ForAll @IntRange(min = 5, max = 40) int minutes,
                                                          @ForAll boolean withEvents, @ForAll boolean remote,
                                                          @ForAll @IntRange(min = 1, max = 250) int octet) throws Exception {
        Project design = ReferenceDesigns.sixInFourTunnelBroker();
        NetworkState state = Simulation.stateAt(design.topology(), script(design, withEvents), Duration.ofMinutes(minutes));
        Device mac = state.network().topology().require("MAC");
        String out = ShowCommand.execute(state, "MAC", "ifconfig gif0");
        Matcher m = Pattern.compile("tunnel inet (\\S+) --> (\\S+)").matcher(out);
        Assume.that(m.find());
        int group = remote ? 2 : 1;
        String address = m.group(group);
        String other = address.replaceFirst("\\d+$", Integer.toString(octet));
        Assume.that(!other.equals(address));
        String changed = out.substring(0, m.start(group)) + other + out.substring(m.end(group));
        List<CapturedOutput> outs = parse(state, "mac.log", prompt(mac, "ifconfig gif0") + "\n" + changed + prompt(mac, "") + "\n");
        FactCheck.Report r = FactCheck.check(Expectations.facts(state), Set.of("MAC"), outs);
        List<FactCheck.Result> failed = r.results().stream().filter(x -> x.verdict() == FactCheck.Verdict.FAIL).toList();
        assertEquals(1, failed.size(), failed.toString());
        assertEquals("6in4 tunnel gif0", failed.get(0).subject());
        assertEquals(true, failed.get(0).seen().contains((remote ? "remote " : "local ") + other), failed.get(0).text());
    }
}
