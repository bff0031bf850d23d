package org.labcanvas.model.show;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * IOS exec command syntax as a tree of keywords and arguments, matched the way IOS matches
 * typed commands: each word may be any unambiguous prefix of a keyword (case-insensitive).
 * Keywords IOS knows but this simulation does not answer are in the tree too, so that
 * abbreviations are ambiguous exactly where IOS finds them ambiguous ({@code sh i}).
 *
 * <p>Argument placeholders: {@code A.B.C.D} (an IPv4 address), {@code IF} (an interface name,
 * abbreviated or with the number as a separate word: {@code tu0}, {@code Tunnel 0}), {@code WORD}.
 */
final class CommandTree {
    static final String ADDRESS = "A.B.C.D";
    static final String IFNAME = "IF";
    static final String WORD = "WORD";

    /** What a matched command runs: the arguments in order (addresses, interface words). */
    interface Action extends Function<List<String>, String> {}

    private final Node root = new Node("");

    private static final class Node {
        final String keyword;
        final Map<String, Node> children = new LinkedHashMap<>();
        Action action;

        Node(String keyword) {
            this.keyword = keyword;
        }
    }

    /** Adds a command; {@code action} null marks a keyword IOS has that is not simulated. */
    CommandTree add(String syntax, Action action) {
        Node n = root;
        for (String w : syntax.split(" ")) {
            n = n.children.computeIfAbsent(w, Node::new);
        }
        if (action != null || n.action == null) {
            n.action = action;
        }
        return this;
    }

    /** Keywords that exist in IOS at {@code path} but are not simulated. */
    CommandTree known(String path, String... keywords) {
        for (String k : keywords) {
            Node n = root;
            for (String w : (path + " " + k).trim().split(" ")) {
                n = n.children.computeIfAbsent(w, Node::new);
            }
        }
        return this;
    }

    /** The outcome of matching a typed line. */
    sealed interface Match permits Found, Invalid, Ambiguous, Incomplete, NotSimulated {}

    record Found(Action action, List<String> args) implements Match {}

    /** {@code column} is the 0-based position of the first character IOS marks with '^'. */
    record Invalid(int column) implements Match {}

    record Ambiguous(String typed) implements Match {}

    record Incomplete() implements Match {}

    record NotSimulated(String command) implements Match {}

    private record Word(String text, int column) {}

    Match match(String line) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && line.charAt(i) == ' ') i++;
            int start = i;
            while (i < line.length() && line.charAt(i) != ' ') i++;
            if (i > start) words.add(new Word(line.substring(start, i), start));
        }
        Node n = root;
        List<String> args = new ArrayList<>();
        List<String> path = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            String low = w.text.toLowerCase(Locale.ROOT);
            List<Node> hits = new ArrayList<>();
            Node exact = null;
            for (Node c : n.children.values()) {
                if (isPlaceholder(c.keyword)) {
                    continue;
                }
                if (c.keyword.equals(low)) {
                    exact = c;
                }
                if (c.keyword.startsWith(low)) {
                    hits.add(c);
                }
            }
            if (exact != null) {
                hits = List.of(exact);
            }
            if (hits.size() == 1) {
                n = hits.get(0);
                path.add(n.keyword);
                continue;
            }
            if (hits.size() > 1) {
                return new Ambiguous(line.substring(0, w.column + w.text.length()).trim());
            }
            Node arg = n.children.get(ADDRESS);
            if (arg != null && isAddress(low)) {
                args.add(w.text);
                n = arg;
                continue;
            }
            arg = n.children.get(IFNAME);
            if (arg != null && low.matches("[a-z-]+")) {
                if (k + 1 < words.size() && words.get(k + 1).text.matches("\\d+(/\\d+)*(\\.\\d+)?")) {
                    args.add(w.text + words.get(k + 1).text);
                    k++;
                    n = arg;
                    continue;
                }
            }
            if (arg != null && low.matches("[a-z-]+\\d+(/\\d+)*(\\.\\d+)?")) {
                args.add(w.text);
                n = arg;
                continue;
            }
            arg = n.children.get(WORD);
            if (arg != null) {
                args.add(w.text);
                n = arg;
                continue;
            }
            return new Invalid(w.column);
        }
        if (n.action != null) {
            return new Found(n.action, args);
        }
        if (n == root || !n.children.isEmpty()) {
            return new Incomplete();
        }
        return new NotSimulated(String.join(" ", path));
    }

    /** A dotted quad IOS takes as an address: four decimal octets of at most 255 ({@code 999.1.1.1} is not). */
    static boolean isAddress(String text) {
        if (!text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return false;
        }
        for (String octet : text.split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    /**
     * What may follow the complete words of {@code words} (IOS's {@code ?} after a space): the
     * keywords and argument placeholders in the order they were added, and {@code <cr>} when the
     * words already make a simulated command. Empty when the words do not lead anywhere.
     */
    List<String> choices(String words) {
        Node n = root;
        for (String w : words.trim().isEmpty() ? new String[0] : words.trim().split(" +")) {
            String low = w.toLowerCase(Locale.ROOT);
            Node next = n.children.get(low);
            if (next == null || isPlaceholder(low)) {
                List<Node> hits = n.children.values().stream()
                        .filter(c -> !isPlaceholder(c.keyword) && c.keyword.startsWith(low)).toList();
                next = hits.size() == 1 ? hits.get(0) : null;
            }
            if (next == null && low.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
                next = n.children.get(ADDRESS);
            }
            if (next == null && low.matches("[a-z-]+\\d+(/\\d+)*(\\.\\d+)?")) {
                next = n.children.get(IFNAME);
            }
            if (next == null) {
                next = n.children.get(WORD);
            }
            if (next == null) {
                return List.of();
            }
            n = next;
        }
        List<String> out = new ArrayList<>(n.children.keySet());
        if (n.action != null) {
            out.add("<cr>");
        }
        return out;
    }

    /** Whether {@code k} stands for an argument ({@link #ADDRESS}, {@link #IFNAME}, {@link #WORD}) rather than a keyword. */
    static boolean isPlaceholder(String k) {
        return k.equals(ADDRESS) || k.equals(IFNAME) || k.equals(WORD);
    }
}
