package org.labcanvas.model.sim.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Cisco ACE command line LabCanvas knows, per mode, with the ACE's abbreviations (a keyword
 * may be typed as any prefix that no other keyword at that place shares: {@code sh ft gr 2 det},
 * {@code wr mem all}). Used by {@code cli:} event blocks and by {@code show} on an ACE.
 */
public final class AceSyntax {
    /** Where a line is typed. */
    public enum Mode {
        /** {@code ACE_1/Admin#} */
        EXEC,
        /** {@code ACE_1/Admin(config)#} */
        CONFIG,
        /** {@code ACE_1/Admin(config-ft-group)#} */
        FT_GROUP
    }

    /** What matching a line gave. */
    public sealed interface Match {}

    /** The line is a command: its full keywords and arguments. */
    public record Command(List<String> words) implements Match {}

    /** The ACE rejects the word starting at {@code column} (0-based, in the typed line). */
    public record Invalid(int column) implements Match {}

    /** The word starting at {@code column} abbreviates more than one keyword. */
    public record Ambiguous(int column) implements Match {}

    /** The line stops before the command is whole; {@code column} is the end of the line. */
    public record Incomplete(int column) implements Match {}

    private enum Arg { NONE, NUMBER, WORD, IMAGE_FILE, TFTP_URL, IMAGE_FS }

    /** One place in the grammar: a keyword (or an argument), whether a command may end here, what may follow. */
    private static final class Node {
        final String keyword;
        final Arg arg;
        final int min;
        final int max;
        boolean terminal;
        final List<Node> next = new ArrayList<>();

        Node(String keyword, Arg arg, int min, int max) {
            this.keyword = keyword;
            this.arg = arg;
            this.min = min;
            this.max = max;
        }

        Node kw(String k) {
            for (Node n : next) {
                if (k.equals(n.keyword)) {
                    return n;
                }
            }
            Node n = new Node(k, Arg.NONE, 0, 0);
            next.add(n);
            return n;
        }

        Node arg(Arg a, int lo, int hi) {
            for (Node n : next) {
                if (n.keyword == null && n.arg == a) {
                    return n;
                }
            }
            Node n = new Node(null, a, lo, hi);
            next.add(n);
            return n;
        }

        Node end() {
            terminal = true;
            return this;
        }

        boolean accepts(String token) {
            return switch (arg) {
                case NUMBER -> token.matches("\\d{1,9}") && Long.parseLong(token) >= min && Long.parseLong(token) <= max;
                case WORD -> !token.isEmpty();
                case IMAGE_FILE -> token.toLowerCase(Locale.ROOT).startsWith("image:") && token.length() > 6;
                case TFTP_URL -> token.toLowerCase(Locale.ROOT).matches("tftp://[^/]+/.+");
                case IMAGE_FS -> token.equalsIgnoreCase("image:");
                case NONE -> false;
            };
        }
    }

    private static final Node EXEC = new Node(null, Arg.NONE, 0, 0);
    private static final Node CONFIG = new Node(null, Arg.NONE, 0, 0);
    private static final Node FT_GROUP = new Node(null, Arg.NONE, 0, 0);

    static {
        EXEC.kw("configure").end().kw("terminal").end();
        EXEC.kw("changeto").arg(Arg.WORD, 0, 0).end();
        EXEC.kw("write").kw("memory").end().kw("all").end();
        EXEC.kw("copy").arg(Arg.TFTP_URL, 0, 0).arg(Arg.IMAGE_FS, 0, 0).end();
        EXEC.kw("reload").end();
        Node sw = EXEC.kw("ft").kw("switchover").end();
        sw.kw("force").end();
        sw.kw("all").end().kw("force").end();
        sw.arg(Arg.NUMBER, 1, 255).end().kw("force").end();
        EXEC.kw("checkpoint").kw("create").arg(Arg.WORD, 0, 0).end();
        EXEC.kw("dir").arg(Arg.IMAGE_FS, 0, 0).end();
        Node show = EXEC.kw("show");
        Node group = show.kw("ft").kw("group").end();
        Node groupId = group.arg(Arg.NUMBER, 1, 255).end();
        for (Node g : List.of(group, groupId)) {
            g.kw("brief").end();
            g.kw("detail").end();
            g.kw("status").end();
        }
        Node peer = show.kw("ft").kw("peer").end();
        peer.kw("detail").end();
        peer.arg(Arg.NUMBER, 1, 2).end().kw("detail").end();
        show.kw("ft").kw("config-error").end().arg(Arg.WORD, 0, 0).end();
        show.kw("version").end();
        show.kw("running-config").end();
        show.kw("checkpoint").kw("all").end();

        CONFIG.kw("ft").kw("group").arg(Arg.NUMBER, 1, 255).end();
        CONFIG.kw("boot").kw("system").arg(Arg.IMAGE_FILE, 0, 0).end();
        CONFIG.kw("no").kw("boot").kw("system").arg(Arg.IMAGE_FILE, 0, 0).end();
        CONFIG.kw("exit").end();
        CONFIG.kw("end").end();

        FT_GROUP.kw("inservice").end();
        FT_GROUP.kw("preempt").end();
        FT_GROUP.kw("priority").arg(Arg.NUMBER, 1, 255).end();
        FT_GROUP.kw("peer").kw("priority").arg(Arg.NUMBER, 1, 255).end();
        FT_GROUP.kw("no").kw("inservice").end();
        FT_GROUP.kw("no").kw("preempt").end();
        FT_GROUP.kw("exit").end();
        FT_GROUP.kw("end").end();
    }

    private AceSyntax() {}

    /** Matches {@code line} as typed in {@code mode}. */
    public static Match match(Mode mode, String line) {
        Node at = switch (mode) {
            case EXEC -> EXEC;
            case CONFIG -> CONFIG;
            case FT_GROUP -> FT_GROUP;
        };
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            String token = line.substring(start, i);
            String low = token.toLowerCase(Locale.ROOT);
            Node exact = null;
            List<Node> prefixed = new ArrayList<>();
            Node byArg = null;
            for (Node c : at.next) {
                if (c.keyword != null) {
                    if (c.keyword.equals(low)) {
                        exact = c;
                    } else if (c.keyword.startsWith(low)) {
                        prefixed.add(c);
                    }
                } else if (byArg == null && c.accepts(token)) {
                    byArg = c;
                }
            }
            Node chosen;
            if (exact != null) {
                chosen = exact;
            } else if (prefixed.size() == 1) {
                chosen = prefixed.get(0);
            } else if (prefixed.size() > 1) {
                return new Ambiguous(start);
            } else if (byArg != null) {
                chosen = byArg;
            } else {
                return new Invalid(start);
            }
            words.add(chosen.keyword != null ? chosen.keyword : token);
            at = chosen;
        }
        if (words.isEmpty()) {
            return new Incomplete(n);
        }
        return at.terminal ? new Command(words) : new Incomplete(n);
    }
}
