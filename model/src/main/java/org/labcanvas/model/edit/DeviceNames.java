package org.labcanvas.model.edit;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.labcanvas.model.topology.Device;

/**
 * Next free device names: a prefix and a number one above the highest in use ({@code R4} after
 * {@code R0..R3}, {@code SPOKE5}). The first name of a series is {@code PREFIX + first}, or the
 * bare prefix for single nodes like {@code LAN} and {@code Internet}.
 */
public final class DeviceNames {
    private final Set<String> taken;

    public DeviceNames(Collection<Device> devices) {
        taken = new HashSet<>();
        for (Device d : devices) {
            taken.add(d.name());
        }
    }

    /** Marks a name as used (for several new devices made at once). */
    public void reserve(String name) {
        taken.add(name);
    }

    public boolean isFree(String name) {
        return !taken.contains(name);
    }

    /** {@code prefix + n}, n one above the highest number in use with this prefix, at least {@code first}. */
    public String next(String prefix, int first) {
        Pattern p = Pattern.compile(Pattern.quote(prefix) + "(\\d{1,9})");
        int max = first - 1;
        for (String n : taken) {
            Matcher m = p.matcher(n);
            if (m.matches()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        String name = prefix + (max + 1);
        reserve(name);
        return name;
    }

    /** The bare prefix when free, else {@code prefix + 2, 3, ...}. */
    public String nextSingle(String prefix) {
        if (isFree(prefix)) {
            reserve(prefix);
            return prefix;
        }
        return next(prefix, 2);
    }

    /** {@code base} when free, else {@code base_2, base_3...} (for paste and duplicate). */
    public String copyOf(String base) {
        Matcher m = Pattern.compile("(.*?)(\\d+)").matcher(base);
        String name;
        if (m.matches() && !m.group(1).isEmpty()) {
            name = next(m.group(1), Integer.parseInt(m.group(2)));
        } else {
            name = isFree(base) ? base : next(base, 2);
        }
        reserve(name);
        return name;
    }
}
