package org.labcanvas.model.configs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Golden files under {@code src/test/resources/golden/<scenario>/<device>/<file>}. Run the tests
 * with {@code -Dgolden.update=true} to rewrite them, then review the diff.
 */
final class GoldenFiles {
    static final Path ROOT = Path.of("src/test/resources/golden");

    private GoldenFiles() {}

    static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** Compares (or, when updating, rewrites) every file of a scenario; stale golden files count as differences. */
    static void check(String scenario, List<GeneratedFile> files) {
        Map<String, String> actual = new TreeMap<>();
        for (GeneratedFile f : files) {
            actual.put(f.device() + "/" + f.fileName(), f.content());
        }
        Path dir = ROOT.resolve(scenario);
        try {
            if (updating()) {
                if (Files.exists(dir)) {
                    try (Stream<Path> s = Files.walk(dir)) {
                        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(p);
                        }
                    }
                }
                for (Map.Entry<String, String> e : actual.entrySet()) {
                    Path p = dir.resolve(e.getKey());
                    Files.createDirectories(p.getParent());
                    Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
                }
                return;
            }
            Map<String, String> expected = new TreeMap<>();
            if (Files.exists(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    for (Path p : s.filter(Files::isRegularFile).toList()) {
                        expected.put(dir.relativize(p).toString().replace('\\', '/'),
                                Files.readString(p, StandardCharsets.UTF_8));
                    }
                }
            }
            assertEquals(expected.keySet(), actual.keySet(), "golden files of " + scenario
                    + " (run with -Dgolden.update=true to rewrite)");
            for (Map.Entry<String, String> e : expected.entrySet()) {
                assertEquals(e.getValue(), actual.get(e.getKey()), "golden/" + scenario + "/" + e.getKey()
                        + " (run with -Dgolden.update=true to rewrite)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
