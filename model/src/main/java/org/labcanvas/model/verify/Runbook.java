package org.labcanvas.model.verify;

import java.util.List;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.topology.Device;

/** {@code expectations/RUNBOOK.md}: per state and device, the commands to type, what to expect, what a deviation means. */
final class Runbook {
    private Runbook() {}

    static String write(String title, List<ExpectedState> states) {
        StringBuilder out = new StringBuilder();
        out.append("# Verification runbook: ").append(title).append("\n\n");
        out.append("Deploy the exported configurations, wait until the network has settled (about ")
                .append(SimTime.clock(states.get(0).at())).append(" after boot), then run these commands on each device,")
                .append(" in order. The expected output of each command is in the file named after it")
                .append(" (`<device>/<command>.txt`, for example `").append(example(states.get(0)))
                .append("`); timers and counters will differ, the facts must not.")
                .append(" Save the session logs and run `labcanvas check DESIGN.labcanvas LOGS...` to compare them.\n");
        List<Fact> steady = states.size() > 1 ? Expectations.facts(states.get(0).state()) : List.of();
        for (ExpectedState st : states) {
            out.append("\n## ").append(capital(st.title())).append(" (").append(SimTime.clock(st.at())).append(")\n");
            if (!st.folder().isEmpty()) {
                out.append("\nExpected outputs are under `").append(st.folder()).append("/`.\n");
            }
            if (st != states.get(0)) {
                changes(out, steady, Expectations.facts(st.state()), st);
            }
            List<Device> devices = Expectations.covered(st);
            for (Device d : st.state().network().topology().devices()) {
                if (VerificationRoles.of(d).isPresent() && !st.state().deviceUp(d.name())) {
                    out.append("\n").append(d.name()).append(" is powered off: nothing to run there.\n");
                }
            }
            for (Device d : devices) {
                VerificationRole role = VerificationRoles.of(d).orElseThrow();
                out.append("\n### ").append(d.name()).append(" (").append(role.name()).append(")\n\n");
                List<VerificationStep> steps = role.steps(st.state(), d);
                if (steps.isEmpty()) {
                    out.append(role.nothingToVerify()).append('\n');
                    continue;
                }
                List<Fact> facts = role.facts(st.state(), d);
                int n = 1;
                for (VerificationStep step : steps) {
                    out.append(n++).append(". `").append(step.command()).append("`: ").append(step.expect()).append(".\n");
                    for (Fact f : facts) {
                        if (FactKind.commandOf(f).equals(step.command())) {
                            out.append("   - ").append(f.subject()).append(": ").append(f.value()).append('\n');
                        }
                    }
                    out.append("   If not: ").append(step.deviation()).append(".\n");
                }
            }
        }
        return out.toString();
    }

    /** What differs from the steady state, fact by fact: what an engineer watches for after the event. */
    private static void changes(StringBuilder out, List<Fact> before, List<Fact> after, ExpectedState st) {
        java.util.Map<String, Fact> old = new java.util.LinkedHashMap<>();
        for (Fact f : before) {
            old.put(f.key(), f);
        }
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (Fact f : after) {
            Fact o = old.remove(f.key());
            if (o == null) {
                lines.add("- " + f.device() + ", new: " + f.subject() + ": " + f.value());
            } else if (!o.value().equals(f.value())) {
                lines.add("- " + f.device() + ": " + f.subject() + ": " + f.value() + " (was " + o.value() + ")");
            }
        }
        java.util.Set<String> off = new java.util.TreeSet<>();
        for (Fact o : old.values()) {
            if (!st.state().deviceUp(o.device())) {
                if (off.add(o.device())) {
                    lines.add("- " + o.device() + " is powered off: none of its facts hold");
                }
                continue;
            }
            lines.add("- " + o.device() + ", gone: " + o.subject() + " (was " + o.value() + ")");
        }
        out.append("\nCompared with the steady state:\n\n");
        if (lines.isEmpty()) {
            out.append("- nothing differs once the network has settled again\n");
        }
        for (String l : lines) {
            out.append(l).append('\n');
        }
    }

    /** A file of the pack to name in the introduction: the first command of the first covered device. */
    private static String example(ExpectedState st) {
        for (Device d : Expectations.covered(st)) {
            List<VerificationStep> steps = VerificationRoles.of(d).orElseThrow().steps(st.state(), d);
            if (!steps.isEmpty()) {
                return Expectations.folderName(d.name()) + "/" + steps.get(0).fileName();
            }
        }
        return "R2/show-dmvpn.txt";
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
