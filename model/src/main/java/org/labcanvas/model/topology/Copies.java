package org.labcanvas.model.topology;

import java.util.List;

/** Defensive copies for record components: a missing list becomes an empty immutable one. */
final class Copies {
    private Copies() {}

    static <T> List<T> list(List<T> in) {
        return in == null ? List.of() : List.copyOf(in);
    }
}
