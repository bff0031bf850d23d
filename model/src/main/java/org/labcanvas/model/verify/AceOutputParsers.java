package org.labcanvas.model.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Cisco ACE module's {@code show ft group brief|detail|status}, {@code show ft peer detail}
 * and {@code show version}: the {@code Field : value} layout (any padding before the colon), the
 * brief form's two lines per group ({@code FT Group ID: 1  My State:FSM_FT_STATE_ACTIVE  Peer
 * State:FSM_FT_STATE_STANDBY_HOT}, then {@code Context Name: Admin  Context Id: 0}). A line that is
 * none of these is reported.
 */
final class AceOutputParsers {
    private static final Pattern FIELD = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9_ .()/-]*?)\\s*:\\s*(.*?)\\s*$");
    private static final Pattern BRIEF = Pattern.compile(
            "^\\s*FT Group ID\\s*:\\s*(\\d+)\\s+My State\\s*:\\s*(\\S+)\\s+Peer State\\s*:\\s*(\\S+)\\s*$");
    private static final Pattern BRIEF_CONTEXT = Pattern.compile("^\\s*Context Name\\s*:\\s*\\S+\\s+Context Id\\s*:\\s*\\d+\\s*$");
    private static final Pattern VERSION = Pattern.compile("^\\s*system:\\s+Version\\s+(\\S+)(?:\\s+\\[build .*\\])?\\s*$");

    private AceOutputParsers() {}

    static OutputParsers.Parsed parse(CapturedOutput o) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        List<OutputParsers.Unread> unread = new ArrayList<>();
        switch (o.command()) {
            case "show ft group brief" -> brief(o, facts, unread);
            case "show ft group detail", "show ft group status" -> groups(o, facts, unread);
            case "show ft peer detail" -> peer(o, facts, unread);
            case "show version" -> version(o, facts, unread);
            default -> throw new IllegalArgumentException("not an ACE command check reads: " + o.command());
        }
        return new OutputParsers.Parsed(List.copyOf(facts.values()), unread);
    }

    private static void unread(CapturedOutput o, int i, List<OutputParsers.Unread> unread) {
        unread.add(new OutputParsers.Unread(o.numbers().get(i), o.lines().get(i)));
    }

    private static void add(Map<String, Fact> facts, Fact f) {
        facts.put(f.key(), f);
    }

    private static void brief(CapturedOutput o, Map<String, Fact> facts, List<OutputParsers.Unread> unread) {
        for (int i = 0; i < o.lines().size(); i++) {
            String l = o.lines().get(i);
            if (l.isBlank() || BRIEF_CONTEXT.matcher(l).matches()) {
                continue;
            }
            Matcher m = BRIEF.matcher(l);
            if (!m.matches()) {
                unread(o, i, unread);
                continue;
            }
            add(facts, AceFacts.ftGroup(o.device(), Integer.parseInt(m.group(1)), m.group(2), m.group(3)));
        }
    }

    /** The {@code Field : value} blocks of {@code detail} and {@code status}, one per group from its {@code FT Group} line. */
    private static void groups(CapturedOutput o, Map<String, Fact> facts, List<OutputParsers.Unread> unread) {
        Integer group = null;
        String mine = null;
        String peer = null;
        int start = 0;
        for (int i = 0; i <= o.lines().size(); i++) {
            String l = i < o.lines().size() ? o.lines().get(i) : null;
            Matcher m = l == null ? null : FIELD.matcher(l);
            boolean next = l == null || (m.matches() && m.group(1).equals("FT Group"));
            if (next && group != null) {
                if (mine == null || peer == null) {
                    unread.add(new OutputParsers.Unread(o.numbers().get(start),
                            o.lines().get(start) + " (the group's My State or Peer State line is missing)"));
                } else {
                    add(facts, AceFacts.ftGroup(o.device(), group, mine, peer));
                }
                group = null;
            }
            if (l == null || l.isBlank()) {
                continue;
            }
            if (!m.matches()) {
                unread(o, i, unread);
                continue;
            }
            switch (m.group(1)) {
                case "FT Group" -> {
                    if (!m.group(2).matches("\\d+")) {
                        unread(o, i, unread);
                        continue;
                    }
                    group = Integer.valueOf(m.group(2));
                    mine = null;
                    peer = null;
                    start = i;
                }
                case "My State" -> mine = m.group(2);
                case "Peer State" -> peer = m.group(2);
                default -> { }
            }
        }
    }

    private static void peer(CapturedOutput o, Map<String, Fact> facts, List<OutputParsers.Unread> unread) {
        Integer id = null;
        String state = null;
        for (int i = 0; i < o.lines().size(); i++) {
            String l = o.lines().get(i);
            if (l.isBlank()) {
                continue;
            }
            Matcher m = FIELD.matcher(l);
            if (!m.matches()) {
                unread(o, i, unread);
                continue;
            }
            if (m.group(1).equals("Peer Id") && m.group(2).matches("\\d+")) {
                if (id != null && state != null) {
                    add(facts, AceFacts.ftPeer(o.device(), id, state));
                }
                id = Integer.valueOf(m.group(2));
                state = null;
            } else if (m.group(1).equals("State")) {
                state = m.group(2);
            }
        }
        if (id != null && state != null) {
            add(facts, AceFacts.ftPeer(o.device(), id, state));
        } else if (!o.lines().isEmpty()) {
            unread.add(new OutputParsers.Unread(o.numbers().get(0), o.lines().get(0) + " (no Peer Id and State lines)"));
        }
    }

    /** {@code show version} is free text: only the {@code system: Version} line is read, and its absence reported. */
    private static void version(CapturedOutput o, Map<String, Fact> facts, List<OutputParsers.Unread> unread) {
        for (int i = 0; i < o.lines().size(); i++) {
            Matcher m = VERSION.matcher(o.lines().get(i));
            if (m.matches()) {
                add(facts, AceFacts.version(o.device(), m.group(1)));
                return;
            }
        }
        boolean ios = o.lines().stream().anyMatch(l -> l.contains("Cisco IOS") || l.contains("IOS (tm)"));
        if (!o.lines().isEmpty() && !ios) {
            unread.add(new OutputParsers.Unread(o.numbers().get(0), o.lines().get(0) + " (no 'system: Version' line)"));
        }
    }
}
