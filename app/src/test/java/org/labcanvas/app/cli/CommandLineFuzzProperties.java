package org.labcanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.labcanvas.model.fuzz.FuzzInputs;

/**
 * The command line under fuzzed input, run in-process as {@code labcanvas} runs: mutated project
 * files through {@code validate} and {@code export}, generated running-configs through
 * {@code import}, and random argument lists for the three. Whatever the input: the exit code is 0, 1
 * or 2; nothing printed names a Java class or shows a stack trace; no secret of the input is
 * printed; and a command that fails writes nothing.
 */
class CommandLineFuzzProperties {
    private static final List<String> SAMPLES = List.of("dmvpn-single-hub", "dmvpn-dual-hub", "ace-ft-upgrade",
            "6in4-tunnelbroker");
    private static final List<String> SAMPLE_SECRETS = List.of("Dmvpn-Lab-7qR2xK9wT4mZ", "Tb-Upd8-9fK2qW7xR4zL3nP6");
    private static final Set<Integer> EXIT_CODES = Set.of(0, 1, 2);

    private static Path sample(String name) {
        return CommandLineTest.SAMPLES.resolve(name + ".labcanvas");
    }

    private static void assertClean(CliRun r, List<String> secrets) {
        String all = r.out() + r.err();
        assertThat(r.exitCode()).as(all).isIn(EXIT_CODES);
        assertThat(all).doesNotContainPattern(FuzzInputs.JAVA_TRACES);
        for (String s : secrets) {
            assertThat(all).doesNotContain(s);
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Provide
    Arbitrary<List<FuzzInputs.Mutation>> mutations() {
        return FuzzInputs.mutations().list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 200)
    void validateAndExportOfAMutatedProject(@ForAll @IntRange(min = 0, max = 3) int design,
                                            @ForAll("mutations") List<FuzzInputs.Mutation> ms,
                                            @ForAll @IntRange(min = 0, max = 5) int encoding) throws IOException {
        Path dir = Files.createTempDirectory("labcanvas-fuzz");
        try {
            String json = FuzzInputs.mutate(Files.readString(sample(SAMPLES.get(design))), ms);
            Path file = Files.write(dir.resolve("f.labcanvas"), FuzzInputs.bytes(json, encoding > 2 ? 0 : encoding));
            CliRun v = CliRun.of("validate", file.toString());
            assertClean(v, SAMPLE_SECRETS);
            Path out = dir.resolve("out");
            CliRun e = CliRun.of("export", file.toString(), "-o", out.toString(), "--only", "configs,frr");
            assertClean(e, SAMPLE_SECRETS);
            if (v.exitCode() == 2) {
                assertThat(v.err()).startsWith("labcanvas: error: " + file + ":");
                assertThat(e.exitCode()).isEqualTo(2);
            }
            if (e.exitCode() == 2) {
                assertThat(out).doesNotExist();
            }
            try (Stream<Path> s = Files.list(dir)) {
                assertThat(s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("f.labcanvas") && !n.equals("out")))
                        .as("nothing else in the folder").isEmpty();
            }
        } finally {
            delete(dir);
        }
    }

    @Provide
    Arbitrary<FuzzInputs.Config> configs() {
        return FuzzInputs.configs();
    }

    @Property(tries = 200)
    void importOfAGeneratedRunningConfig(@ForAll("configs") FuzzInputs.Config c) throws IOException {
        Path dir = Files.createTempDirectory("labcanvas-fuzz");
        try {
            // a file holds bytes: an unpaired surrogate the generator may produce becomes "?" as any UTF-8 writer makes it
            Path cfg = Files.write(dir.resolve("R9.cfg"), c.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Path out = dir.resolve("out.labcanvas");
            CliRun r = CliRun.of("import", cfg.toString(), "-o", out.toString());
            assertClean(r, c.secrets());
            if (r.exitCode() == 2) {
                assertThat(r.err()).startsWith("labcanvas: error: R9.cfg:").endsWith("(nothing was written)\n");
                assertThat(out).doesNotExist();
            } else {
                CliRun v = CliRun.of("validate", out.toString());
                assertThat(v.exitCode()).as(v.err()).isIn(0, 1);
                assertClean(v, c.secrets());
            }
        } finally {
            delete(dir);
        }
    }

    /** One argument: an option with a value, a flag, a file, or text (never an option that writes outside the test folder). */
    private static Arbitrary<List<String>> argument(Path dir) {
        Arbitrary<String> outputs = Arbitraries.of(dir.resolve("out").toString(), dir.resolve("o.labcanvas").toString(),
                dir.toString(), dir.resolve("bad.labcanvas").toString(), dir.resolve("sub/deeper/o.labcanvas").toString());
        Arbitrary<String> files = Arbitraries.of(sample("dmvpn-single-hub").toString(), sample("ace-ft-upgrade").toString(),
                dir.resolve("bad.labcanvas").toString(), dir.resolve("R1.cfg").toString(), dir.resolve("none.cfg").toString(),
                dir.toString());
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(15),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(15))
                .filter(s -> !s.startsWith("-") && !s.startsWith("@") && FuzzInputs.noTrace(s));
        return Arbitraries.oneOf(
                Arbitraries.of("-o", "--output").flatMap(o -> outputs.map(v -> List.of(o, v))),
                outputs.map(v -> List.of("--output=" + v)),
                Arbitraries.of("error", "WARNING", "info", "x", "", "99").map(v -> List.of("--min-severity", v)),
                Arbitraries.of("configs", "frr", "configs,frr", "pdf", "", ",,", "CONFIGS").map(v -> List.of("--only", v)),
                Arbitraries.of("ios12.4", "ios15", "iosxe", "junos", "", "ace-a2").map(v -> List.of("--platform", v)),
                Arbitraries.of("--force", "-f", "--help", "-h", "-V", "--", "--bogus", "-x", "-").map(List::of),
                files.map(List::of),
                text.map(List::of));
    }

    @Property(tries = 200)
    void randomArgumentsForValidateExportAndImport(@ForAll @IntRange(min = 0, max = 2) int command,
                                                   @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seed)
            throws IOException {
        Path dir = Files.createTempDirectory("labcanvas-fuzz");
        try {
            Files.writeString(dir.resolve("bad.labcanvas"), "{\"format\": \"labcanvas\", \"version\": 1, \"topology\": [");
            Files.writeString(dir.resolve("R1.cfg"), "hostname R1\ncrypto isakmp key Zk0123456789 address 0.0.0.0 0.0.0.0\n"
                    + "interface FastEthernet0/0\n ip address 10.0.0.1 255.255.255.0\n");
            List<List<String>> parts = argument(dir).list().ofMaxSize(6)
                    .generator(1000).next(new java.util.Random(seed)).value();
            List<String> args = new ArrayList<>();
            args.add(List.of("validate", "export", "import").get(command));
            parts.forEach(args::addAll);
            if (command == 1 && args.stream().noneMatch(a -> a.equals("--only"))) {
                args.addAll(List.of("--only", "configs,frr")); // the pictures take a second each; other tests draw them
            }
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertClean(r, List.of("Zk0123456789", SAMPLE_SECRETS.get(0)));
        } finally {
            delete(dir);
        }
    }
}
