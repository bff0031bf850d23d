package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A software image on the module's {@code image:} file system, as {@code dir image:} lists it. */
@JsonPropertyOrder({"name", "version", "size"})
public record AceImage(String name, String version, long size) {}
