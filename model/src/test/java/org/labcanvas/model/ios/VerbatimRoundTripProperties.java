package org.labcanvas.model.ios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.labcanvas.model.configs.ConfigExport;
import org.labcanvas.model.configs.ExportKind;
import org.labcanvas.model.configs.GeneratedFile;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.Topology;

/**
 * {@code export(import(config))} keeps every command line of a config that has lines the model
 * does not cover, wherever they are, and a second import and export changes nothing.
 */
class VerbatimRoundTripProperties {
    private static final List<String> TOP = List.of("service timestamps log datetime msec", "ip cef",
            "no ip domain lookup", "ip forward-protocol nd", "ip ssh version 2", "snmp-server community s3cr3t RO");
    private static final List<String> SUB = List.of(" duplex full", " speed 100", " ip ospf mtu-ignore",
            " load-interval 30", " ip nhrp nhs 10.0.0.9 nbma 100.64.9.9 multicast", " cdp enable");

    @Property(tries = 150)
    void everyLineSurvivesAndTheSecondRoundIsStable(@ForAll long seed) throws Exception {
        Random rnd = new Random(seed);
        Platform platform = rnd.nextBoolean() ? Platform.IOS_15 : Platform.IOS_12_4;
        Topology design = RoundTripProperties.design(rnd, platform);
        Map<String, String> texts = new LinkedHashMap<>();
        for (GeneratedFile f : ConfigExport.render(design, EnumSet.of(ExportKind.CONFIGS), Map.of())) {
            texts.put(f.fileName(), sprinkle(rnd, f.content()));
        }
        ImportResult first = IosImport.importTexts(texts, platform);
        Map<String, String> once = export(first);
        for (Map.Entry<String, String> e : texts.entrySet()) {
            List<String> out = IosImportTest.commands(once.get(e.getKey()));
            List<String> remaining = new ArrayList<>(out);
            for (String line : IosImportTest.commands(e.getValue())) {
                assertThat(remaining).as(e.getKey() + " keeps '" + line + "'").contains(line);
                remaining.remove(line);
            }
        }
        ImportResult second = IosImport.importTexts(once, platform);
        assertThat(second.project().topology()).isEqualTo(first.project().topology());
        assertThat(export(second)).isEqualTo(once);
    }

    private static Map<String, String> export(ImportResult r) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (GeneratedFile f : ConfigExport.render(r.project().topology(), EnumSet.of(ExportKind.CONFIGS), r.verbatim())) {
            out.put(f.fileName(), f.content());
        }
        return out;
    }

    /** Inserts unmodelled lines: top-level ones between blocks, sub-commands inside interfaces, a line block. */
    private static String sprinkle(Random rnd, String config) {
        List<String> lines = new ArrayList<>(config.lines().toList());
        List<String> out = new ArrayList<>();
        String block = null;
        for (String l : lines) {
            if (l.equals("end")) {
                if (rnd.nextBoolean()) {
                    out.add("line vty 0 4");
                    out.add(" login");
                    out.add(" transport input ssh");
                }
                out.add(l);
                continue;
            }
            if (!l.startsWith(" ") && !l.startsWith("!")) {
                block = l;
                if (rnd.nextInt(4) == 0) {
                    out.add(TOP.get(rnd.nextInt(TOP.size())));
                }
            }
            out.add(l);
            if (l.startsWith(" ") && block != null && block.startsWith("interface ") && rnd.nextInt(4) == 0) {
                String sub = SUB.get(rnd.nextInt(SUB.size()));
                if (!out.contains(sub)) {
                    out.add(sub);
                }
            }
        }
        return String.join("\n", out) + "\n";
    }
}
