package org.labcanvas.model.sim.events;

import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.sim.core.ConfigCommand;
import org.labcanvas.model.topology.AceContext;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.Device;

/**
 * The lines of a {@code cli:} block typed on a Cisco ACE module, checked before anything runs.
 * The block starts in the Admin context in exec mode ({@code ACE_1/Admin#}); the simulation applies
 * <pre>
 * configure terminal | end | exit
 * changeto CONTEXT
 * ft group N                      (config; then inservice, no inservice, preempt, no preempt,
 *                                  priority N, peer priority N)
 * boot system image:FILE | no boot system image:FILE   (config)
 * write memory [all] | copy tftp://HOST/FILE image: | reload
 * ft switchover [all | N] [force] | checkpoint create NAME
 * </pre>
 * with the ACE's abbreviations ({@code conf t}, {@code wr mem all}). Any other line is an error
 * naming its script line.
 */
public final class AceCliLines {
    /** The commands, as the error message lists them. */
    public static final String SUPPORTED = "configure terminal, changeto, ft group N (inservice, no inservice, "
            + "preempt, no preempt, priority N, peer priority N), boot system image:FILE, no boot system image:FILE, "
            + "write memory [all], copy tftp://HOST/FILE image:, reload, ft switchover [all|N] [force], "
            + "checkpoint create NAME, exit, end";

    private AceCliLines() {}

    /** Parses {@code text} typed on the ACE {@code device}; {@code firstLine} is the script line of its first line. */
    public static List<ConfigCommand> parse(Device device, String text, int firstLine) throws EventScriptException {
        AceSettings ace = device.ace();
        List<ConfigCommand> out = new ArrayList<>();
        String context = AceContext.ADMIN;
        AceSyntax.Mode mode = AceSyntax.Mode.EXEC;
        Integer group = null;
        String[] lines = text.split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            int line = firstLine + k;
            String raw = lines[k].strip();
            if (raw.isEmpty() || raw.startsWith("!")) {
                continue;
            }
            AceSyntax.Match m = AceSyntax.match(mode, raw);
            if (!(m instanceof AceSyntax.Command c)) {
                String first = raw.split("\\s+")[0];
                String where = switch (mode) {
                    case EXEC -> "in exec mode";
                    case CONFIG -> "in configuration mode";
                    case FT_GROUP -> "under 'ft group'";
                };
                String why = m instanceof AceSyntax.Ambiguous ? " is ambiguous " + where
                        : m instanceof AceSyntax.Incomplete ? " is incomplete " + where
                        : " is not a command the simulation applies " + where;
                throw new EventScriptException(line, "'" + first + (raw.contains(" ") ? " ...'" : "'") + why
                        + "; on an ACE it applies " + SUPPORTED);
            }
            List<String> w = c.words();
            String head = w.get(0);
            if (head.equals("show") || head.equals("dir")) {
                throw new EventScriptException(line, "'" + head + " ...' changes nothing; ask it with 'labcanvas show' at the time you want");
            }
            switch (mode) {
                case EXEC -> {
                    if (head.equals("configure")) {
                        mode = AceSyntax.Mode.CONFIG;
                        continue;
                    }
                    if (head.equals("changeto")) {
                        String name = w.get(1);
                        if (!context.equals(AceContext.ADMIN)) {
                            throw new EventScriptException(line, "'changeto' works from the Admin context only; this block is in " + context);
                        }
                        AceContext ctx = ace == null ? null : ace.contexts().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
                        if (ctx == null) {
                            throw new EventScriptException(line, device.name() + " has no context '" + name + "'");
                        }
                        context = ctx.name();
                        continue;
                    }
                    out.add(new ConfigCommand.AceLine(line, context, null, false, w));
                }
                case CONFIG -> {
                    if (head.equals("exit") || head.equals("end")) {
                        mode = AceSyntax.Mode.EXEC;
                        continue;
                    }
                    if (head.equals("ft")) {
                        int id = Integer.parseInt(w.get(2));
                        if (!context.equals(AceContext.ADMIN)) {
                            throw new EventScriptException(line, "FT groups are configured in the Admin context; this block is in " + context);
                        }
                        if (ace == null || ace.group(id).isEmpty()) {
                            throw new EventScriptException(line, device.name() + " has no FT group " + id
                                    + "; the simulation changes the design's groups only");
                        }
                        group = id;
                        mode = AceSyntax.Mode.FT_GROUP;
                        continue;
                    }
                    out.add(new ConfigCommand.AceLine(line, context, null, true, w));
                }
                case FT_GROUP -> {
                    if (head.equals("exit")) {
                        mode = AceSyntax.Mode.CONFIG;
                        group = null;
                        continue;
                    }
                    if (head.equals("end")) {
                        mode = AceSyntax.Mode.EXEC;
                        group = null;
                        continue;
                    }
                    out.add(new ConfigCommand.AceLine(line, context, group, true, w));
                }
            }
        }
        if (out.isEmpty()) {
            throw new EventScriptException(firstLine, "the 'cli' block changes nothing; on an ACE it applies " + SUPPORTED);
        }
        return out;
    }
}
