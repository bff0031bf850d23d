package org.labcanvas.model.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.labcanvas.model.layout.Layout;
import org.labcanvas.model.topology.Topology;

/**
 * The JSON shape of a {@code .labcanvas} file; {@code format} and {@code version} come first.
 * {@code scenarios} came with version 2 and is left out when there are none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "version", "name", "topology", "layout", "scenarios"})
record ProjectDocument(String format, int version, String name, Topology topology, Layout layout,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Scenario> scenarios) {}
