package org.labcanvas.model.verify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares captured output with the expected facts by meaning: per device and kind of fact, the
 * last capture of a command that shows that kind is compared fact by fact (order, timers and column
 * widths play no part). A fact the capture shows with another value, an expected fact it lacks and
 * a fact it shows that is not expected all fail; expected facts no capture shows are listed apart.
 */
public final class FactCheck {
    private FactCheck() {}

    public enum Verdict { PASS, FAIL, NOT_COVERED }

    /**
     * One line of the result.
     *
     * @param where the capture's {@code file:line}; empty when not covered
     */
    public record Result(Verdict verdict, String device, String command, String subject, String expected, String seen,
                         String where) {
        /** {@code PASS R2 show ip ospf neighbor: neighbor 10.10.10.1 on Tunnel0: expected FULL/DR, seen FULL/DR (r2.log:3)}. */
        public String text() {
            return switch (verdict) {
                case NOT_COVERED -> device + " " + command + ": " + subject + ": expected " + expected;
                default -> verdict + " " + device + " " + command + ": " + subject + ": expected " + expected + ", seen "
                        + seen + " (" + where + ")";
            };
        }
    }

    /** A line of a read command's output that could not be read. */
    public record Problem(String device, String command, String where, String text) {}

    /** Everything {@code check} found. */
    public record Report(List<Result> results, List<Problem> unread, List<String> skipped) {
        public long count(Verdict v) {
            return results.stream().filter(r -> r.verdict() == v).count();
        }

        /** Nothing failed, nothing was unreadable, and at least one fact was compared. */
        public boolean passed() {
            return count(Verdict.FAIL) == 0 && unread.isEmpty() && count(Verdict.PASS) > 0;
        }
    }

    /**
     * Checks {@code captures} against {@code expected}.
     *
     * @param expected  the facts of every covered device
     * @param covered   the devices the pack covers (their captures are compared)
     * @param captures  what was captured
     */
    public static Report check(List<Fact> expected, Set<String> covered, List<CapturedOutput> captures) {
        return check(expected, covered, captures,
                d -> "the design gives it no verification role");
    }

    /**
     * As {@link #check(List, Set, List)}, with why a captured device outside {@code covered} is not
     * compared ({@code whyNot.apply(device)}).
     */
    public static Report check(List<Fact> expected, Set<String> covered, List<CapturedOutput> captures,
                               java.util.function.Function<String, String> whyNot) {
        List<Result> results = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        // device -> kind -> (output, its facts): the last capture of a command showing the kind wins
        Map<String, Map<FactKind, CapturedOutput>> shown = new LinkedHashMap<>();
        Map<CapturedOutput, OutputParsers.Parsed> parsed = new LinkedHashMap<>();
        Set<String> skippedDevices = new LinkedHashSet<>();
        for (CapturedOutput o : captures) {
            if (!covered.contains(o.device())) {
                skippedDevices.add(o.device());
                continue;
            }
            if (o.command() == null) {
                if (o.typed().toLowerCase(java.util.Locale.ROOT).matches("(do )?sh.*")) {
                    skipped.add(o.where() + ": " + o.device() + " '" + o.typed() + "' is not a command check reads"
                            + (o.typed().contains("|") ? " (filtered output)" : ""));
                }
                continue;
            }
            OutputParsers.Parsed p = OutputParsers.parse(o);
            parsed.put(o, p);
            for (OutputParsers.Unread u : p.unread()) {
                problems.add(new Problem(o.device(), o.command(), o.source() + ":" + u.line(), u.text().strip()));
            }
            for (FactKind k : FactKind.values()) {
                if (k.shownBy(o.command())) {
                    shown.computeIfAbsent(o.device(), d -> new LinkedHashMap<>()).put(k, o);
                }
            }
        }
        for (String d : skippedDevices) {
            skipped.add(d + ": not checked (" + whyNot.apply(d) + ")");
        }
        // device -> kind -> the expected facts, in their order
        Map<String, Map<FactKind, List<Fact>>> wanted = new HashMap<>();
        for (Fact f : expected) {
            wanted.computeIfAbsent(f.device(), d -> new EnumMap<>(FactKind.class))
                    .computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f);
        }
        for (String device : covered) {
            Map<FactKind, List<Fact>> ofDevice = wanted.getOrDefault(device, Map.of());
            for (FactKind k : FactKind.values()) {
                List<Fact> want = ofDevice.getOrDefault(k, List.of());
                if (k.perSubject()) {
                    checkPerSubject(device, k, want, captures, parsed, results);
                    continue;
                }
                CapturedOutput o = shown.getOrDefault(device, Map.of()).get(k);
                if (o == null) {
                    for (Fact f : want) {
                        results.add(new Result(Verdict.NOT_COVERED, device, FactKind.commandOf(f), f.subject(), f.value(), "", ""));
                    }
                    continue;
                }
                Map<String, Fact> seen = new LinkedHashMap<>();
                for (Fact f : parsed.get(o).facts()) {
                    if (f.kind() == k) {
                        seen.put(f.key(), f);
                    }
                }
                for (Fact f : want) {
                    Fact s = seen.remove(f.key());
                    if (s == null) {
                        results.add(new Result(Verdict.FAIL, device, o.command(), f.subject(), f.value(), "nothing", o.where()));
                    } else {
                        results.add(new Result(s.value().equals(f.value()) ? Verdict.PASS : Verdict.FAIL, device,
                                o.command(), f.subject(), f.value(), s.value(), o.where()));
                    }
                }
                for (Fact s : seen.values()) {
                    results.add(new Result(Verdict.FAIL, device, o.command(), s.subject(), "nothing", s.value(), o.where()));
                }
            }
        }
        return new Report(results, problems, skipped);
    }

    /**
     * A kind each output shows only part of: the facts every capture of the device shows (the last
     * one per subject wins) are compared; an expected fact none shows is not covered, and facts
     * nobody expects (a ping to another address, another interface) are not judged.
     */
    private static void checkPerSubject(String device, FactKind k, List<Fact> want, List<CapturedOutput> captures,
                                        Map<CapturedOutput, OutputParsers.Parsed> parsed, List<Result> results) {
        Map<String, Fact> seen = new LinkedHashMap<>();
        Map<String, CapturedOutput> from = new LinkedHashMap<>();
        for (CapturedOutput o : captures) {
            if (!o.device().equals(device) || o.command() == null || !k.shownBy(o.command()) || !parsed.containsKey(o)) {
                continue;
            }
            for (Fact f : parsed.get(o).facts()) {
                if (f.kind() == k) {
                    seen.put(f.key(), f);
                    from.put(f.key(), o);
                }
            }
        }
        for (Fact f : want) {
            Fact s = seen.get(f.key());
            if (s == null) {
                results.add(new Result(Verdict.NOT_COVERED, device, FactKind.commandOf(f), f.subject(), f.value(), "", ""));
            } else {
                CapturedOutput o = from.get(f.key());
                results.add(new Result(s.value().equals(f.value()) ? Verdict.PASS : Verdict.FAIL, device, o.command(),
                        f.subject(), f.value(), s.value(), o.where()));
            }
        }
    }
}
