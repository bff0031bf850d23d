package org.labcanvas.model.project;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Link;

/**
 * Which words from a project file a message may repeat. A broken file can put any text where a
 * field name belongs (a misplaced quote turns a key's value into a name), so the path of a syntax
 * error shows only the field names of the format itself; and every message has the values of the
 * file's secret fields masked.
 */
final class FileWords {
    /** Every field name of the project format: the record components reachable from the document. */
    static final Set<String> FIELD_NAMES = fieldNames();

    /** Field names whose string value is a secret. */
    static final Set<String> SECRET_FIELDS = Set.of("key", "authentication", "updateKey");

    private FileWords() {}

    private static Set<String> fieldNames() {
        Set<String> out = new TreeSet<>(Set.of("format", "version", "name", "topology", "layout", "devices", "links"));
        collect(Device.class, out, new HashSet<>());
        collect(Link.class, out, new HashSet<>());
        collect(Placement.class, out, new HashSet<>());
        return Collections.unmodifiableSet(out);
    }

    private static void collect(Type t, Set<String> out, Set<Class<?>> seen) {
        if (t instanceof ParameterizedType p) {
            for (Type a : p.getActualTypeArguments()) {
                collect(a, out, seen);
            }
            return;
        }
        if (!(t instanceof Class<?> c) || !c.isRecord() || !seen.add(c)) {
            return;
        }
        for (RecordComponent rc : c.getRecordComponents()) {
            out.add(rc.getName());
            collect(rc.getGenericType(), out, seen);
        }
    }

    /** {@code text} with each of {@code secrets} (values of secret fields seen in the file) replaced by {@code *****}. */
    static String mask(String text, Set<String> secrets) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String s : secrets) {
            if (s.length() >= 3 && out.contains(s)) {
                out = out.replace(s, "*****");
            }
        }
        return out;
    }
}
