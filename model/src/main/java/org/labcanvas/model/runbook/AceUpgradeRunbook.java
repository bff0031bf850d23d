package org.labcanvas.model.runbook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.core.ConfigCommand;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.sim.ft.FtEngine;
import org.labcanvas.model.sim.ft.FtState;
import org.labcanvas.model.topology.AceClientLoad;
import org.labcanvas.model.topology.AceContext;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.TftpImage;
import org.labcanvas.model.topology.Topology;

/**
 * The zero-downtime software upgrade of an ACE pair (scenario 3), for a design's own groups,
 * contexts and images: each step with its commands, the states expected afterwards and its risk,
 * as an event script {@code simulate} and {@code show} accept; and the check of such a script,
 * which flags every step whose precondition fails at the moment it runs, with its impact.
 */
public final class AceUpgradeRunbook {
    /** When the procedure starts: after the pair has booted and bulk-synced. */
    static final Duration START = Duration.ofMinutes(5);

    /** One step of the procedure. */
    public record Step(int number, Duration at, String device, String title, String commands, String expected,
                       String risk) {}

    /** A step whose precondition fails when it runs. */
    public record Flag(int line, Duration at, String device, String problem, String impact) {
        public String text() {
            return SimTime.clock(at) + " " + device + ": " + problem + "; impact: " + impact;
        }
    }

    /** The procedure, and the problems the design already has that it cannot solve by itself. */
    public record Runbook(List<Step> steps, List<String> problems) {
        /** The steps as an event script. */
        public String yaml() {
            StringBuilder out = new StringBuilder("# ACE software upgrade: run with labcanvas simulate FILE --events THIS\nevents:\n");
            for (Step s : steps) {
                if (s.commands().isEmpty()) {
                    continue;
                }
                for (String block : s.commands().split("\n---\n")) {
                    String dev = block.substring(0, block.indexOf('\n'));
                    String cli = block.substring(block.indexOf('\n') + 1);
                    out.append("  # ").append(s.number()).append(". ").append(s.title()).append('\n');
                    out.append("  - at: ").append(SimTime.clock(s.at())).append('\n');
                    out.append("    device: ").append(dev).append('\n');
                    out.append("    cli: |\n");
                    for (String l : cli.split("\n")) {
                        out.append("      ").append(l).append('\n');
                    }
                }
            }
            return out.toString();
        }

        /** The steps for people to read. */
        public String text() {
            StringBuilder out = new StringBuilder();
            for (Step s : steps) {
                out.append(s.number()).append(". ").append(SimTime.clock(s.at())).append("  ").append(s.title()).append('\n');
                if (!s.commands().isEmpty()) {
                    for (String block : s.commands().split("\n---\n")) {
                        String dev = block.substring(0, block.indexOf('\n'));
                        for (String l : block.substring(block.indexOf('\n') + 1).split("\n")) {
                            out.append("     ").append(dev).append("# ").append(l).append('\n');
                        }
                    }
                }
                out.append("     expected: ").append(s.expected()).append('\n');
                out.append("     risk: ").append(s.risk()).append('\n');
            }
            return out.toString();
        }
    }

    private AceUpgradeRunbook() {}

    /**
     * The procedure for upgrading {@code active} and {@code standby} to {@code image}.
     *
     * @throws IllegalArgumentException when the devices are not an ACE pair of the design
     */
    public static Runbook build(Topology t, String active, String standby, String image) {
        Device a = ace(t, active);
        Device b = ace(t, standby);
        if (!standby.equals(a.ace().peerDevice())) {
            throw new IllegalArgumentException(active + "'s FT peer is " + a.ace().peerDevice() + ", not " + standby);
        }
        NetworkState s0 = Simulation.stateAt(t, EventScript.EMPTY, START);
        FtState.Module ma = s0.view(FtState.class).module(active).orElseThrow();
        FtState.Module mb = s0.view(FtState.class).module(standby).orElseThrow();
        List<String> problems = new ArrayList<>();
        if (ma.groups().stream().anyMatch(g -> !g.state().equals("FSM_FT_STATE_ACTIVE"))) {
            problems.add(active + " is not active for every FT group at " + SimTime.clock(START)
                    + "; name the active module first in --pair");
        }
        List<Step> steps = new ArrayList<>();
        long bulk = FtEngine.BULK_SYNC_MS / 1000;
        Duration at = START;
        int n = 1;
        // 1. every standby context HOT
        StringBuilder reset = new StringBuilder();
        for (FtState.Group g : mb.groups()) {
            if (!g.state().equals("FSM_FT_STATE_STANDBY_HOT") && !g.state().equals("FSM_FT_STATE_STANDBY_WARM")) {
                reset.append("ft group ").append(g.id()).append("\n  no inservice\n  inservice\nexit\n");
            }
        }
        steps.add(new Step(n++, at, standby, "every standby context STANDBY_HOT (show ft group brief)",
                reset.isEmpty() ? "" : standby + "\nconfigure terminal\n" + reset + "end",
                "every group of " + standby + " STANDBY_HOT (a reset group passes INIT, STANDBY_BULK: about " + bulk + " s)",
                "a context left STANDBY_COLD loses its client connections at the switchover"));
        at = at.plusSeconds(reset.isEmpty() ? 60 : bulk + 60);
        // 2. no preempt on the active
        StringBuilder np = new StringBuilder("configure terminal\n");
        for (FtState.Group g : ma.groups()) {
            np.append("ft group ").append(g.id()).append("\n  no preempt\nexit\n");
        }
        np.append("end");
        steps.add(new Step(n++, at, active, "no preempt on every FT group of the active", active + "\n" + np,
                "My Preempt: Disabled on " + active, "with preempt on, the switchover is refused (or, forced, undone as soon as "
                + active + " is a ready standby again)"));
        at = at.plusSeconds(60);
        // 3. the image on both modules
        StringBuilder copy = new StringBuilder();
        for (Device d : List.of(a, b)) {
            if (d.ace().images().stream().anyMatch(i -> i.name().equals(image))) {
                continue;
            }
            Optional<TftpImage> src = d.ace().tftp().stream().filter(x -> x.name().equals(image)).findFirst();
            if (src.isEmpty()) {
                problems.add(image + " is neither on " + d.name() + "'s image: nor on a TFTP server it reaches");
                continue;
            }
            if (!copy.isEmpty()) {
                copy.append("\n---\n");
            }
            copy.append(d.name()).append("\ncopy tftp://").append(src.get().server()).append('/').append(image).append(" image:");
        }
        steps.add(new Step(n++, at, active, "copy the new image to both modules", copy.toString(),
                "dir image: lists " + image + " on both", "booting an image that was never copied leaves the module in ROM monitor"));
        at = at.plusSeconds(60);
        // 4. boot string
        StringBuilder boot = new StringBuilder("configure terminal\n");
        for (String old : a.ace().bootSystem()) {
            if (!old.equals(image)) {
                boot.append("no boot system image:").append(old).append('\n');
            }
        }
        boot.append("boot system image:").append(image).append("\nend\nwrite memory all");
        steps.add(new Step(n++, at, active, "boot the new image, save in every context (the boot string syncs to the standby)",
                active + "\n" + boot, "show running-config | include boot: boot system image:" + image + " on both",
                "without write memory all the standby boots its old image"));
        at = at.plusSeconds(60);
        // 5. checkpoints
        StringBuilder cp = new StringBuilder();
        for (Device d : List.of(a, b)) {
            for (AceContext c : d.ace().contexts()) {
                if (!cp.isEmpty()) {
                    cp.append("\n---\n");
                }
                cp.append(d.name()).append('\n');
                if (!c.name().equals(AceContext.ADMIN)) {
                    cp.append("changeto ").append(c.name()).append('\n');
                }
                cp.append("checkpoint create pre-upgrade");
            }
        }
        steps.add(new Step(n++, at, active, "checkpoint every context on both modules (optional)", cp.toString(),
                "show checkpoint all lists pre-upgrade", "none; it is the way back"));
        at = at.plusSeconds(60);
        // 6-8. reload the standby
        long reloadB = b.ace().effectiveReloadSeconds();
        steps.add(new Step(n++, at, standby, "reload the standby", standby + "\nreload",
                standby + " restarts (up to " + reloadB + " s), then show version: " + image
                        + "; every group STANDBY_BULK, then STANDBY_WARM (versions differ)",
                "none while " + active + " is active; reloading the active instead drops every context"));
        at = at.plusSeconds(reloadB + bulk + 60);
        // 9. switchover
        steps.add(new Step(n++, at, active, "switch every group over to the upgraded module", active + "\nft switchover all",
                standby + " ACTIVE everywhere; " + active + " STANDBY_BULK, then STANDBY_WARM",
                "from STANDBY_WARM client connections survive best effort only; from STANDBY_COLD they are lost"
                        + connections(b)));
        at = at.plusSeconds(bulk + 60);
        // 11. reload the old active
        long reloadA = a.ace().effectiveReloadSeconds();
        steps.add(new Step(n++, at, active, "reload the previously active module", active + "\nreload",
                active + " restarts on " + image + ", then STANDBY_BULK, then STANDBY_HOT (same version)",
                "none while " + standby + " is active"));
        at = at.plusSeconds(reloadA + bulk + 60);
        // 12. roles back
        steps.add(new Step(n++, at, standby, "switch back to the original roles (optional)", standby + "\nft switchover all",
                active + " ACTIVE, " + standby + " STANDBY_HOT after its bulk sync", "stateful: both STANDBY_HOT"));
        at = at.plusSeconds(bulk + 60);
        // 13. preempt back
        StringBuilder pr = new StringBuilder("configure terminal\n");
        for (FtState.Group g : ma.groups()) {
            pr.append("ft group ").append(g.id()).append("\n  preempt\nexit\n");
        }
        pr.append("end\nwrite memory all");
        steps.add(new Step(n, at, active, "preempt back on, saved", active + "\n" + pr, "My Preempt: Enabled",
                "none"));
        return new Runbook(steps, problems);
    }

    private static String connections(Device d) {
        long n = d.ace().clientLoad().stream().mapToLong(AceClientLoad::connections).sum();
        return n == 0 ? "" : " (" + n + " modelled client connections)";
    }

    private static Device ace(Topology t, String name) {
        Device d = t.device(name).orElseThrow(() -> new IllegalArgumentException("the design has no device '" + name + "'"));
        if (d.kind() != DeviceKind.ACE || d.ace() == null) {
            throw new IllegalArgumentException(name + " is not an ACE module with FT settings");
        }
        return d;
    }

    /**
     * Runs {@code script} on the design and flags every ACE step whose precondition fails when it
     * runs: a switchover to a standby that is not ready or with preempt left on, a reload that boots
     * an image that is not on {@code image:}, a reload of a module that is active with no ready standby.
     */
    public static List<Flag> check(Topology t, EventScript script) {
        List<Flag> flags = new ArrayList<>();
        for (ScriptEvent e : script.events()) {
            if (!(e instanceof ScriptEvent.Cli c)) {
                continue;
            }
            Device d = t.device(c.device()).orElse(null);
            if (d == null || d.kind() != DeviceKind.ACE || d.ace() == null) {
                continue;
            }
            NetworkState before = Simulation.stateAt(t, script, e.at().isZero() ? e.at() : e.at().minusMillis(1));
            FtState ft = before.view(FtState.class);
            FtState.Module m = ft.module(c.device()).orElseThrow();
            List<String> boot = new ArrayList<>(m.bootSystem());
            List<String> images = new ArrayList<>(m.images().stream().map(i -> i.name()).toList());
            java.util.Map<Integer, Boolean> preempt = new java.util.HashMap<>();
            for (ConfigCommand cmd : c.commands()) {
                if (!(cmd instanceof ConfigCommand.AceLine l)) {
                    continue;
                }
                List<String> w = l.words();
                if (w.get(0).equals("boot")) {
                    boot.remove(w.get(2).substring(6));
                    boot.add(w.get(2).substring(6));
                } else if (w.get(0).equals("no") && w.size() > 1 && w.get(1).equals("boot")) {
                    boot.remove(w.get(3).substring(6));
                } else if (w.get(0).equals("copy")) {
                    String url = w.get(1);
                    images.add(url.substring(url.lastIndexOf('/') + 1));
                } else if (l.ftGroup() != null && w.get(w.size() - 1).equals("preempt")) {
                    preempt.put(l.ftGroup(), !w.get(0).equals("no"));
                } else if (w.get(0).equals("ft") && w.get(1).equals("switchover")) {
                    switchoverFlags(d, m, preempt, l, e.at(), flags);
                } else if (w.get(0).equals("reload")) {
                    if (boot.stream().noneMatch(images::contains)) {
                        flags.add(new Flag(l.line(), e.at(), c.device(), "reload boots " + String.join(", ", boot)
                                + ", which was never copied to image:", "the module stays in ROM monitor; its contexts have no standby"));
                    }
                    List<String> bare = new ArrayList<>();
                    for (FtState.Group g : m.groups()) {
                        boolean ready = g.peerState().equals("FSM_FT_STATE_STANDBY_HOT") || g.peerState().equals("FSM_FT_STATE_STANDBY_WARM");
                        if (g.state().equals("FSM_FT_STATE_ACTIVE") && !ready) {
                            bare.add(g.id() + " (" + g.context() + ")");
                        }
                    }
                    if (!bare.isEmpty()) {
                        flags.add(new Flag(l.line(), e.at(), c.device(), "reload of the active module: FT group(s) "
                                + String.join(", ", bare) + " have no ready standby",
                                "their client connections are lost and new ones refused for up to "
                                        + d.ace().effectiveReloadSeconds() + " s"));
                    } else if (m.groups().stream().anyMatch(g -> g.state().equals("FSM_FT_STATE_ACTIVE"))) {
                        flags.add(new Flag(l.line(), e.at(), c.device(), "reload of the active module",
                                "every context fails over to the peer; switch over first so the reload hits the standby"));
                    }
                }
            }
        }
        return flags;
    }

    /** {@code preempt}: what earlier lines of the same block set, by group. */
    private static void switchoverFlags(Device d, FtState.Module m, java.util.Map<Integer, Boolean> preempt,
                                        ConfigCommand.AceLine l, Duration at, List<Flag> flags) {
        List<String> w = l.words();
        boolean force = w.get(w.size() - 1).equals("force");
        for (FtState.Group g : m.groups()) {
            boolean target = w.size() > 2 && w.get(2).equals("all")
                    || (w.size() > 2 && w.get(2).equals(String.valueOf(g.id())))
                    || ((w.size() == 2 || (w.size() == 3 && force)) && g.context().equals(l.context()));
            if (!target || !g.state().equals("FSM_FT_STATE_ACTIVE")) {
                continue;
            }
            long n = d.ace().clientLoad().stream().filter(x -> x.context().equals(g.context()))
                    .mapToLong(AceClientLoad::connections).sum();
            String peer = g.peerState();
            if (!peer.equals("FSM_FT_STATE_STANDBY_HOT") && !peer.equals("FSM_FT_STATE_STANDBY_WARM")) {
                flags.add(new Flag(l.line(), at, m.device(), "switchover of FT group " + g.id() + " (" + g.context()
                        + ") while its standby is " + peer.replace("FSM_FT_STATE_", ""),
                        force ? n + " client connections lost" : "the switchover is refused"));
            }
            if (preempt.getOrDefault(g.id(), g.preempt()) && g.peerNetPriority() != null && g.netPriority() > g.peerNetPriority()) {
                flags.add(new Flag(l.line(), at, m.device(), "switchover of FT group " + g.id() + " (" + g.context()
                        + ") with preempt left on (no preempt forgotten)",
                        force ? "preemption takes the group back once the peer is a ready standby" : "the switchover is refused"));
            }
        }
    }

}
