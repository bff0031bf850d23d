package org.labcanvas.model.show;

import java.util.List;
import java.util.Locale;
import org.labcanvas.model.sim.NetworkState;

/**
 * IOS's context help for the commands a device console runs: what {@code ?} lists and what Tab
 * completes, from the same command tree {@link ShowCommand} executes.
 */
public final class CommandHelp {
    private CommandHelp() {
    }

    /**
     * What may come next after {@code line}: after a space, every keyword (and {@code A.B.C.D},
     * {@code IF}, {@code WORD}, {@code <cr>}); in the middle of a word, the keywords starting with it.
     */
    public static List<String> choices(NetworkState state, String device, String line) {
        CommandTree tree = ShowCommand.tree(state, device);
        if (line.isEmpty() || line.endsWith(" ")) {
            return tree.choices(line);
        }
        int cut = line.lastIndexOf(' ');
        String partial = line.substring(cut + 1).toLowerCase(Locale.ROOT);
        return tree.choices(cut < 0 ? "" : line.substring(0, cut)).stream()
                .filter(k -> k.startsWith(partial) && !k.equals("<cr>")).toList();
    }

    /**
     * {@code line} with its last word completed when exactly one keyword starts with it (and a space
     * after it), as Tab does; otherwise {@code line} unchanged.
     */
    public static String complete(NetworkState state, String device, String line) {
        if (line.isEmpty() || line.endsWith(" ")) {
            return line;
        }
        List<String> c = choices(state, device, line).stream()
                .filter(k -> !CommandTree.isPlaceholder(k)).toList();
        if (c.size() != 1) {
            return line;
        }
        int cut = line.lastIndexOf(' ');
        return line.substring(0, cut + 1) + c.get(0) + " ";
    }
}
