package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code ip nhrp nhs ADDRESS [nbma NBMA]}: a next-hop server. The {@code nbma} form exists on
 * IOS 15.x; on 12.4 the NBMA address comes from a matching {@link NhrpMap}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"address", "nbma"})
public record NhrpServer(String address, String nbma) {
    public static NhrpServer of(String address) {
        return new NhrpServer(address, null);
    }
}
