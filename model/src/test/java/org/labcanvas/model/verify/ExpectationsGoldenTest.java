package org.labcanvas.model.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.configs.GeneratedFile;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptParser;

/**
 * The whole verification pack of the samples, pinned as golden files under
 * {@code src/test/resources/golden/expectations-<sample>/}. Run with {@code -Dgolden.update=true} to
 * rewrite them, then read the diff.
 */
class ExpectationsGoldenTest {
    private static final Path ROOT = Path.of("src/test/resources/golden");

    static final String R0_FAILS = """
            events:
              - at: 10m
                device: R0
                action: down
              - at: 20m
                device: R0
                action: up
            """;

    @Test
    void dualHubPackWithTheFailoverRehearsalMatchesItsGoldenFiles() throws Exception {
        Project p = ReferenceDesigns.dmvpnDualHub();
        EventScript script = EventScriptParser.forTopology(p.topology()).parse(R0_FAILS);
        check("expectations-dmvpn-dual-hub", p, script);
    }

    @Test
    void singleHubPackMatchesItsGoldenFiles() throws IOException {
        Project p = ReferenceDesigns.dmvpnSingleHub();
        check("expectations-dmvpn-single-hub", p, EventScript.EMPTY);
    }

    @Test
    void aceUpgradePackWithTheUpgradeScriptMatchesItsGoldenFiles() throws Exception {
        Project p = ReferenceDesigns.aceFtUpgrade();
        EventScript script = EventScriptParser.forTopology(p.topology())
                .parse(Files.readString(Path.of("../samples/ace-upgrade.yaml")));
        check("expectations-ace-ft-upgrade", p, script);
    }

    @Test
    void sixInFourPackWithTheAddressChangeScriptMatchesItsGoldenFiles() throws Exception {
        Project p = ReferenceDesigns.sixInFourTunnelBroker();
        EventScript script = EventScriptParser.forTopology(p.topology())
                .parse(Files.readString(Path.of("../samples/6in4-ip-change.yaml")));
        check("expectations-6in4-tunnelbroker", p, script);
    }

    @Test
    void iosRouterAsSixInFourClientPackMatchesItsGoldenFiles() throws Exception {
        var t = org.labcanvas.model.show.host.SixInFourDesigns.iosRouter();
        check("expectations-6in4-ios-router", new Project("6in4 on an IOS router", t, org.labcanvas.model.layout.Layout.EMPTY), EventScript.EMPTY);
    }

    private static void check(String scenario, Project p, EventScript script) throws IOException {
        Map<String, String> actual = new TreeMap<>();
        for (GeneratedFile f : Expectations.render(p.name(), p.topology(), script)) {
            actual.put(f.path().substring(Expectations.FOLDER.length() + 1), f.content());
        }
        Path dir = ROOT.resolve(scenario);
        if (Boolean.getBoolean("golden.update")) {
            if (Files.exists(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(x);
                    }
                }
            }
            for (Map.Entry<String, String> e : actual.entrySet()) {
                Path x = dir.resolve(e.getKey());
                Files.createDirectories(x.getParent());
                Files.writeString(x, e.getValue(), StandardCharsets.UTF_8);
            }
            return;
        }
        Map<String, String> expected = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path x : s.filter(Files::isRegularFile).toList()) {
                expected.put(dir.relativize(x).toString().replace('\\', '/'), Files.readString(x, StandardCharsets.UTF_8));
            }
        }
        assertEquals(expected.keySet(), actual.keySet(), scenario + " (run with -Dgolden.update=true to rewrite)");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertEquals(e.getValue(), actual.get(e.getKey()), scenario + "/" + e.getKey());
        }
    }
}
