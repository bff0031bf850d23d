package org.labcanvas.model.analysis;

import java.util.List;

/**
 * The answer of {@link Underlay#reach}: whether the address is reachable, the routers the packet
 * passes, and, when it is not reachable, why.
 *
 * @param reachable true when the packet arrives
 * @param path      the devices the packet visits, starting with the sender
 * @param reason    why it fails, for people; null when reachable
 */
public record Reachability(boolean reachable, List<String> path, String reason) {
    public Reachability {
        path = List.copyOf(path);
    }

    static Reachability ok(List<String> path) {
        return new Reachability(true, path, null);
    }

    static Reachability fail(List<String> path, String reason) {
        return new Reachability(false, path, reason);
    }
}
