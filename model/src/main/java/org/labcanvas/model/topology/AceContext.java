package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A virtual context: {@code context NAME} (Admin always exists, with id 0).
 *
 * @param name  context name
 * @param id    context id as {@code show ft group} prints it
 * @param vlans VLANs allocated to the context ({@code allocate-interface vlan})
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "id", "vlans"})
public record AceContext(String name, int id, List<Integer> vlans) {
    public static final String ADMIN = "Admin";

    public AceContext {
        vlans = Copies.list(vlans);
    }
}
