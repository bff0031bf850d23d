package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * {@code crypto ipsec transform-set NAME T1 [T2 [T3]]}, e.g. {@code esp-aes esp-sha-hmac}.
 *
 * @param mode {@code tunnel} (the IOS default, null) or {@code transport}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "transforms", "mode"})
public record TransformSet(String name, List<String> transforms, String mode) {
    public TransformSet {
        transforms = Copies.list(transforms);
    }

    public String effectiveMode() {
        return mode == null ? "tunnel" : mode;
    }
}
