package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * {@code crypto ipsec profile NAME}.
 *
 * @param transformSets   {@code set transform-set} names, in order of preference
 * @param lifetimeSeconds {@code set security-association lifetime seconds}; null means 3600
 * @param pfsGroup        {@code set pfs groupN}; null when PFS is off
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "transformSets", "lifetimeSeconds", "pfsGroup"})
public record IpsecProfile(String name, List<String> transformSets, Integer lifetimeSeconds, Integer pfsGroup) {
    public static final int DEFAULT_LIFETIME_SECONDS = 3600;

    public IpsecProfile {
        transformSets = Copies.list(transformSets);
    }

    public int effectiveLifetimeSeconds() {
        return lifetimeSeconds == null ? DEFAULT_LIFETIME_SECONDS : lifetimeSeconds;
    }
}
