package org.labcanvas.model.show.ace;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.labcanvas.model.show.ShowCommand.Answer;
import org.labcanvas.model.show.ShowCommand.Outcome;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.events.AceSyntax;
import org.labcanvas.model.sim.ft.FtState;
import org.labcanvas.model.topology.AceImage;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.Device;

/**
 * What a Cisco ACE module prints for an exec command, at the prompt {@code ACE_1/Admin#}:
 * {@code show ft group [N] brief|detail|status}, {@code show ft peer [N] [detail]},
 * {@code show ft config-error}, {@code show version}, {@code dir image:},
 * {@code show running-config}, {@code show checkpoint all}, each filterable with
 * {@code | include X} / {@code | exclude X}. Errors as the ACE prints them:
 * {@code % invalid command detected at '^' marker.} with the caret under the rejected word
 * (the prompt counted).
 *
 * <p>Sources: the field names and order of {@code show ft group detail}, {@code show version} and
 * {@code dir image:} follow scenario 3's capture; {@code show ft group status} and
 * {@code show ft config-error} a published capture (labels padded to 29 columns then
 * {@code ": "}); {@code show ft peer detail} the fields the ACE Administration Guide lists
 * (its spacing is not confirmed by a capture).
 */
public final class AceShow {
    /** The wall-clock date the virtual clock's 00:00:00 stands for in ACE output (scenario 3's capture day). */
    public static final LocalDateTime EPOCH = LocalDateTime.of(2010, 2, 3, 14, 0, 0);
    /** Size of the {@code image:} file system (a guess: the capture's totals were not kept). */
    static final long IMAGE_FS_BYTES = 1_048_576_000L;

    private AceShow() {}

    /** What {@code device} prints for {@code line}: output, or a refusal as {@link Outcome#IOS_ERROR}. */
    public static Answer answer(NetworkState state, String device, String line) {
        String prompt = device + "/Admin#";
        String command = line;
        String pipe = null;
        int bar = line.indexOf('|');
        if (bar >= 0) {
            command = line.substring(0, bar);
            pipe = line.substring(bar + 1);
        }
        AceSyntax.Match m = AceSyntax.match(AceSyntax.Mode.EXEC, command);
        if (m instanceof AceSyntax.Invalid inv) {
            return marker(prompt.length() + 1 + inv.column(), "% invalid command detected at '^' marker.");
        }
        if (m instanceof AceSyntax.Ambiguous a) {
            return marker(prompt.length() + 1 + a.column(), "% Ambiguous command at '^' marker.");
        }
        if (m instanceof AceSyntax.Incomplete inc) {
            return marker(prompt.length() + 1 + inc.column(), "% Incomplete command at '^' marker.");
        }
        List<String> w = ((AceSyntax.Command) m).words();
        if (!w.get(0).equals("show") && !w.get(0).equals("dir")) {
            return new Answer("% '" + String.join(" ", w) + "' changes the module; LabCanvas runs it from an event"
                    + " script (cli:), not from show\n", Outcome.NOT_SIMULATED);
        }
        FtState ft = state.view(FtState.class);
        FtState.Module mod = ft == null ? null : ft.module(device).orElse(null);
        if (mod == null) {
            throw new IllegalArgumentException(device + " has no ACE settings to simulate");
        }
        if (!mod.running()) {
            throw new IllegalArgumentException(device + (mod.bootFailure() != null
                    ? " did not boot (" + mod.bootFailure() + ")" : " is reloading") + " at this time");
        }
        Device d = state.network().topology().require(device);
        String out = render(state, d, mod, w);
        if (pipe != null) {
            return filter(out, pipe, prompt.length() + 1 + bar + 1);
        }
        return new Answer(out, Outcome.OUTPUT);
    }

    private static Answer marker(int column, String message) {
        return new Answer(" ".repeat(column) + "^\n" + message + "\n", Outcome.IOS_ERROR);
    }

    private static String render(NetworkState s, Device d, FtState.Module m, List<String> w) {
        if (w.get(0).equals("dir")) {
            return dirImage(m, s.now());
        }
        String what = w.get(1);
        return switch (what) {
            case "version" -> version(d, m, s.now());
            case "running-config" -> runningConfig(d, m);
            case "checkpoint" -> checkpoints(m);
            default -> ft(m, w, s.now());
        };
    }

    private static String ft(FtState.Module m, List<String> w, long now) {
        String sub = w.get(2);
        if (sub.equals("peer")) {
            return peerDetail(m, w.get(w.size() - 1).equals("detail"));
        }
        if (sub.equals("config-error")) {
            return configError(m, w.size() > 3 ? w.get(3) : null);
        }
        Integer id = w.size() > 3 && w.get(3).matches("\\d+") ? Integer.valueOf(w.get(3)) : null;
        String how = w.get(w.size() - 1);
        StringBuilder out = new StringBuilder();
        List<FtState.Group> groups = m.groups().stream().filter(g -> id == null || g.id() == id).toList();
        if (id != null && groups.isEmpty()) {
            return "Error: FT group " + id + " does not exist\n";
        }
        for (FtState.Group g : groups) {
            switch (how) {
                case "brief" -> out.append("FT Group ID: ").append(g.id()).append("  My State:").append(g.state())
                        .append("  Peer State:").append(g.peerState()).append('\n')
                        .append("    Context Name: ").append(g.context()).append("  Context Id: ").append(g.contextId())
                        .append("\n\n");
                case "status" -> {
                    out.append(field("FT Group", g.id()));
                    out.append(field("Configured Status", g.inservice() ? "in-service" : "out-of-service"));
                    out.append(field("Maintenance mode", g.maintenanceMode()));
                    out.append(field("My State", g.state()));
                    out.append(field("Peer State", g.peerState()));
                    out.append(field("Peer Id", g.peerId()));
                    out.append(field("No. of Contexts", 1));
                    out.append(syncLine("Running cfg sync status", g.runningSyncStatus()));
                    out.append(syncLine("Startup cfg sync status", g.startupSyncStatus()));
                    out.append('\n');
                }
                default -> {
                    out.append(field("FT Group", g.id()));
                    out.append(field("No. of Contexts", 1));
                    out.append(field("Context Name", g.context()));
                    out.append(field("Context Id", g.contextId()));
                    out.append(field("Configured Status", g.inservice() ? "in-service" : "out-of-service"));
                    out.append(field("Maintenance mode", g.maintenanceMode()));
                    out.append(field("My State", g.state()));
                    out.append(field("My Config Priority", g.configPriority()));
                    out.append(field("My Net Priority", g.netPriority()));
                    out.append(field("My Preempt", g.preempt() ? "Enabled" : "Disabled"));
                    out.append(field("Peer State", g.peerState()));
                    out.append(field("Peer Config Priority", g.peerConfigPriority() == null ? "Unknown" : g.peerConfigPriority()));
                    out.append(field("Peer Net Priority", g.peerNetPriority() == null ? "Unknown" : g.peerNetPriority()));
                    out.append(field("Peer Preempt", g.peerPreempt() == null ? "Unknown" : g.peerPreempt() ? "Enabled" : "Disabled"));
                    out.append(field("Peer Id", g.peerId()));
                    out.append(field("Last State Change time", asctime(g.lastStateChange())));
                    out.append(field("Running cfg sync enabled", g.inservice() ? "Enabled" : "Disabled"));
                    out.append(syncLine("Running cfg sync status", g.runningSyncStatus()));
                    out.append(field("Startup cfg sync enabled", g.inservice() ? "Enabled" : "Disabled"));
                    out.append(syncLine("Startup cfg sync status", g.startupSyncStatus()));
                    out.append(field("Bulk sync done for ARP", g.bulkArp()));
                    out.append(field("Bulk sync done for LB", g.bulkLb()));
                    out.append(field("Bulk sync done for ICM", g.bulkIcm()));
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    /** The capture shows an empty line after a cold-state sync status. */
    private static String syncLine(String label, String value) {
        return field(label, value) + (value.startsWith("Peer in Cold State") ? "\n" : "");
    }

    private static String field(String label, Object value) {
        return String.format(Locale.ROOT, "%-29s: %s%n", label, value).replace("\r\n", "\n");
    }

    private static String peerDetail(FtState.Module m, boolean detail) {
        StringBuilder out = new StringBuilder();
        out.append(field("Peer Id", m.peerId()));
        out.append(field("State", m.peerState()));
        out.append(field("Maintenance mode", m.groups().stream().anyMatch(g -> g.maintenanceMode().equals("MAINT_MODE_PARTIAL"))
                ? "MAINT_MODE_PARTIAL" : "MAINT_MODE_OFF"));
        boolean up = m.peerState().equals("FSM_PEER_STATE_COMPATIBLE");
        out.append(field("FT Vlan", m.ftVlan()));
        out.append(field("My IP Addr", m.ftAddress() == null ? "" : m.ftAddress().replaceFirst("/.*", "")));
        out.append(field("Peer IP Addr", m.peerAddress() == null ? "" : m.peerAddress()));
        out.append(field("Heartbeat Interval", m.heartbeatInterval()));
        out.append(field("Heartbeat Count", m.heartbeatCount()));
        if (detail) {
            out.append(field("SRG Compatibility", !up ? "INIT" : m.version().equals(m.peerVersion()) ? "COMPATIBLE" : "WARM_COMPATIBLE"));
            out.append(field("License Compatibility", up ? "COMPATIBLE" : "INIT"));
        }
        out.append(field("FT Groups", m.groups().size()));
        return out.toString();
    }

    private static String configError(FtState.Module m, String context) {
        StringBuilder out = new StringBuilder();
        for (FtState.Group g : m.groups()) {
            FtState.ConfigError e = g.configError();
            if (e == null || (context != null && !context.equals(e.context()))) {
                continue;
            }
            out.append(EPOCH.plusNanos(e.at() * 1_000_000L).format(DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss", Locale.ROOT)))
                    .append(" UTC ").append(EPOCH.plusNanos(e.at() * 1_000_000L).getYear()).append("\n\n")
                    .append('`').append(e.command()).append("`\n")
                    .append("Error: ").append(e.error()).append("\n\n");
        }
        if (out.isEmpty()) {
            return "No bulk config apply errors\n";
        }
        return out.toString();
    }

    static String asctime(long millis) {
        LocalDateTime t = EPOCH.plusNanos(millis * 1_000_000L);
        return t.format(DateTimeFormatter.ofPattern("EEE MMM ", Locale.ROOT))
                + String.format(Locale.ROOT, "%2d", t.getDayOfMonth())
                + t.format(DateTimeFormatter.ofPattern(" HH:mm:ss yyyy", Locale.ROOT));
    }

    private static String version(Device d, FtState.Module m, long now) {
        long up = Math.max(0, now - m.bootedAt()) / 1000;
        String build = m.version().replaceFirst("^(A\\d)\\((.*)\\)$", "3.0(0)$1($2)");
        return "Cisco Application Control Software (ACSW)\n"
                + "TAC support: http://www.cisco.com/tac\n"
                + "Copyright (c) 1985-2009 by Cisco Systems, Inc. All rights reserved.\n"
                + "The copyrights to certain works contained herein are owned by\n"
                + "other third parties and are used and distributed under license.\n"
                + "Some parts of this software are covered under the GNU Public\n"
                + "License. A copy of the license is available at\n"
                + "http://www.gnu.org/licenses/gpl.html.\n\n"
                + "Software\n"
                + "  loader:    Version 12.2[120]\n"
                + "  system:    Version " + m.version() + " [build " + build + "]\n"
                + "  system image file: [LCP] disk0:" + m.runningImage() + "\n"
                + "  installed license: ACE-VIRT-020\n\n"
                + "Hardware\n"
                + "  Cisco ACE (slot: 6)\n"
                + "  cpu info:\n"
                + "    number of cpu(s): 2\n"
                + "    cpu type: SiByte\n"
                + "    cpu: 0, model: SiByte SB1 V0.2, speed: 700 MHz\n"
                + "    cpu: 1, model: SiByte SB1 V0.2, speed: 700 MHz\n\n"
                + "last boot reason:  " + m.bootReason() + "\n"
                + "configuration register:  0x1\n"
                + d.name() + " kernel uptime is " + (up / 86400) + " days " + (up % 86400 / 3600) + " hour "
                + (up % 3600 / 60) + " minute(s) " + (up % 60) + " second(s)\n";
    }

    private static String dirImage(FtState.Module m, long now) {
        StringBuilder out = new StringBuilder();
        long used = 0;
        String stamp = EPOCH.format(DateTimeFormatter.ofPattern("MMM dd yyyy HH:mm:ss", Locale.ROOT));
        for (AceImage i : m.images()) {
            out.append(String.format(Locale.ROOT, "%12d    %s  %s%n", i.size(), stamp, i.name()).replace("\r\n", "\n"));
            used += i.size();
        }
        out.append("\n           Usage for image: filesystem\n");
        out.append(String.format(Locale.ROOT, "%26d bytes total used%n%26d bytes free%n%26d bytes total%n",
                used, IMAGE_FS_BYTES - used, IMAGE_FS_BYTES).replace("\r\n", "\n"));
        return out.toString();
    }

    private static String runningConfig(Device d, FtState.Module m) {
        AceSettings a = d.ace();
        List<org.labcanvas.model.topology.FtGroup> groups = a.ftGroups().stream().map(g -> m.groups().stream()
                .filter(x -> x.id() == g.id()).findFirst()
                .map(x -> g.withPriority(x.configPriority()).withPreempt(x.preempt()).withInservice(x.inservice()))
                .orElse(g)).toList();
        Device now = d.withAce(a.withFtGroups(groups).withBootSystem(m.bootSystem()).withImages(m.images())
                .withRunningImage(m.runningImage()));
        String cfg;
        try {
            cfg = org.labcanvas.model.configs.AceConfigWriter.write(now);
        } catch (org.labcanvas.model.configs.ExportException e) {
            return "Error: " + e.getMessage() + "\n";
        }
        return "Generating configuration....\n\n" + cfg;
    }

    private static String checkpoints(FtState.Module m) {
        List<String> list = m.checkpoints().getOrDefault("Admin", List.of());
        StringBuilder out = new StringBuilder();
        for (String c : list) {
            out.append(c).append('\n');
        }
        return out.toString();
    }

    private static Answer filter(String output, String pipe, int offset) {
        String p = pipe.strip();
        int sp = p.indexOf(' ');
        String kw = (sp < 0 ? p : p.substring(0, sp)).toLowerCase(Locale.ROOT);
        String regex = sp < 0 ? "" : p.substring(sp + 1).strip();
        int col = offset + pipe.indexOf(p.isEmpty() ? " " : p.substring(0, 1));
        String mode = null;
        for (String k : List.of("include", "exclude")) {
            if (!kw.isEmpty() && k.startsWith(kw)) {
                mode = k;
            }
        }
        if (mode == null) {
            return marker(col, "% invalid command detected at '^' marker.");
        }
        if (regex.isEmpty()) {
            return marker(col + p.length(), "% Incomplete command at '^' marker.");
        }
        Pattern re;
        try {
            re = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return marker(col + sp + 1, "% invalid command detected at '^' marker.");
        }
        StringBuilder out = new StringBuilder();
        for (String l : output.split("\n")) {
            if (re.matcher(l).find() == mode.equals("include")) {
                out.append(l).append('\n');
            }
        }
        return new Answer(out.toString(), Outcome.OUTPUT);
    }
}
