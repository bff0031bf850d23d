package org.labcanvas.model.configs;

import java.util.Arrays;
import java.util.Optional;

/** What {@code labcanvas export --only KINDS} can ask of this package. */
public enum ExportKind {
    /** {@code configs/}: one file (or a few) per device in the device's own syntax. */
    CONFIGS("configs"),
    /** {@code frr/}: the routers rebuilt as Linux boxes running FRRouting. */
    FRR("frr");

    private final String id;

    ExportKind(String id) {
        this.id = id;
    }

    /** The name on the command line and of the output folder. */
    public String id() {
        return id;
    }

    public static Optional<ExportKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equalsIgnoreCase(id)).findFirst();
    }
}
