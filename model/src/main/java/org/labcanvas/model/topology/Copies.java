package org.labcanvas.model.topology;

import java.util.List;

/** Defensive copies for record components: a missing list becomes an empty immutable one. */
final class Copies {
    private Copies() {}

    /** Empty text is stored as "not set", so that it survives a save/load round trip unchanged. */
    static String text(String in) {
        return in == null || in.isEmpty() ? null : in;
    }

    static <T> List<T> list(List<T> in) {
        return in == null ? List.of() : List.copyOf(in);
    }
}
