package org.labcanvas.model.lint;

import java.util.Comparator;

/**
 * One design-lint result. {@code code} is stable (tests and users rely on it, e.g.
 * {@code OSPF_NOT_COVERED}); {@code message} is for people and never contains a secret.
 *
 * @param severity ERROR, WARNING or INFO
 * @param code     stable upper-case code
 * @param device   the device the finding is about
 * @param iface    the interface, or null when the finding is about the device as a whole
 * @param field    the property the finding is about ({@code ipv4}, {@code tunnel.key}, {@code ospf.networks}); null when none
 * @param message  what is wrong and, where useful, what to do
 */
public record Finding(Severity severity, String code, String device, String iface, String field, String message) {
    /** Sort order for output: device, interface, severity, code, message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::device, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Finding::iface, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Finding::severity)
            .thenComparing(Finding::code)
            .thenComparing(Finding::message);

    /** {@code SEVERITY CODE DEVICE[/INTERFACE]: message}, the line {@code labcanvas validate} prints. */
    public String line() {
        return severity + " " + code + " " + visible(device) + (iface == null ? "" : "/" + visible(iface)) + ": "
                + visible(message);
    }

    private static String visible(String s) {
        return org.labcanvas.model.topology.OneLineText.visible(s);
    }

    @Override
    public String toString() {
        return line();
    }
}
