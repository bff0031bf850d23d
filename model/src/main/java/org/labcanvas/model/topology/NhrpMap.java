package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code ip nhrp map PROTOCOL NBMA}: a static protocol-to-NBMA address mapping. */
@JsonPropertyOrder({"protocol", "nbma"})
public record NhrpMap(String protocol, String nbma) {}
