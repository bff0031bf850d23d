package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code network ADDRESS WILDCARD area AREA} under {@code router ospf}. */
@JsonPropertyOrder({"address", "wildcard", "area"})
public record OspfNetwork(String address, String wildcard, long area) {}
