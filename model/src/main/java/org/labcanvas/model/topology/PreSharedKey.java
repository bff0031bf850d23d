package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code crypto isakmp key KEY address ADDRESS MASK}. A mask of {@code 0.0.0.0} with address
 * {@code 0.0.0.0} is the wildcard key that matches every peer.
 */
@JsonPropertyOrder({"key", "address", "mask"})
public record PreSharedKey(Secret key, String address, String mask) {
    public static final String ANY = "0.0.0.0";

    @JsonIgnore
    public boolean isWildcard() {
        return ANY.equals(address) && ANY.equals(mask);
    }
}
