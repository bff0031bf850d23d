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
        return Arbitraries.of(ReferenceDesigns.dmvpnDualHub(), ReferenceDesigns.dmvpnSingleHub());
    }

    private static EventScript script(Project p, boolean r0Fails) throws Exception {
        if (!r0Fails || p.topology().device("R0").isEmpty()) {
            return EventScript.EMPTY;
        }
        return EventScriptParser.forTopology(p.topology()).parse(ExpectationsGoldenTest.R0_FAILS);
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
                String log = d.name() + "#" + step.command() + "\n" + text + d.name() + "#\n";
                out.addAll(parse(state, d.name() + ".log", log));
            }
        }
        return out;
    }

    private static List<CapturedOutput> parse(NetworkState state, String source, String log) {
        Set<String> names = new LinkedHashSet<>();
        state.network().topology().devices().forEach(d -> names.add(d.name()));
        try {
            return new CaptureReader(names).parse(source, log, Optional.empty(), Optional.empty());
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

    @Property(tries = 12)
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
}
