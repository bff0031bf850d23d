package org.labcanvas.model.verify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One fact that holds on a device: what it is about ({@code subject}, for example
 * {@code neighbor 10.10.10.1 on Tunnel0}) and its value ({@code FULL/DR}). Two facts of the same
 * device, kind and subject are about the same thing; they agree when their values are equal.
 *
 * @param device  the device
 * @param kind    what kind of fact
 * @param subject what it is about, in words, unique per device and kind
 * @param value   what holds, normalised (no timers, no column widths)
 * @param fields  the same fact as named fields, for machines ({@code checks.yaml})
 */
public record Fact(String device, FactKind kind, String subject, String value, Map<String, String> fields) {
    public Fact {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The identity of the fact: device, kind and subject. */
    public String key() {
        return device + "\u0000" + kind.id() + "\u0000" + subject;
    }
}
