package org.labcanvas.model.topology;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Walks the records of a design and visits every text in it with its path in project-file terms
 * ({@code crypto.preSharedKeys[0].key}): the component names of the records are the field names
 * of the project file. Secrets are visited with {@code secret} set, so callers can name the field
 * without printing the value.
 */
public final class TextFields {
    private TextFields() {}

    /**
     * One text of the design.
     *
     * @param path   where it is, relative to the object walked ({@code interfaces[1].description})
     * @param value  the text (for a secret, the clear text: never print it)
     * @param secret the value is a {@link Secret}
     */
    public record Text(String path, String value, boolean secret) {}

    /** Every text under {@code root} (a record, list, map, string or secret), in component order. */
    public static List<Text> of(Object root) {
        List<Text> out = new ArrayList<>();
        visit(root, "", out::add);
        return out;
    }

    /** The texts under {@code root} that cannot stand on one line of a config ({@link OneLineText}). */
    public static List<Text> notOneLine(Object root) {
        List<Text> out = new ArrayList<>();
        visit(root, "", t -> {
            if (!OneLineText.isOneLine(t.value())) {
                out.add(t);
            }
        });
        return out;
    }

    private static void visit(Object o, String path, Consumer<Text> sink) {
        if (o == null) {
            return;
        }
        if (o instanceof String s) {
            sink.accept(new Text(path, s, false));
        } else if (o instanceof Secret s) {
            sink.accept(new Text(path, s.reveal(), true));
        } else if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                visit(e, path + "[" + i++ + "]", sink);
            }
        } else if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                String at = path.isEmpty() ? key : path + "." + key;
                if (e.getKey() instanceof String k) {
                    sink.accept(new Text(at, k, false));
                }
                visit(e.getValue(), at, sink);
            }
        } else if (o.getClass().isRecord()) {
            for (RecordComponent rc : o.getClass().getRecordComponents()) {
                Object v;
                try {
                    v = rc.getAccessor().invoke(o);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + rc.getName(), e);
                }
                visit(v, path.isEmpty() ? rc.getName() : path + "." + rc.getName(), sink);
            }
        }
        // numbers, booleans and enums cannot hold a line break
    }
}
