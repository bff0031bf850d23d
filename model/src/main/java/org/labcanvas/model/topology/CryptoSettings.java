package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/** The router's IKE and IPsec configuration. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"isakmpPolicies", "preSharedKeys", "transformSets", "profiles"})
public record CryptoSettings(List<IsakmpPolicy> isakmpPolicies, List<PreSharedKey> preSharedKeys,
                             List<TransformSet> transformSets, List<IpsecProfile> profiles) {
    public CryptoSettings {
        isakmpPolicies = Copies.list(isakmpPolicies);
        preSharedKeys = Copies.list(preSharedKeys);
        transformSets = Copies.list(transformSets);
        profiles = Copies.list(profiles);
    }

    public Optional<IpsecProfile> profile(String name) {
        return profiles.stream().filter(p -> java.util.Objects.equals(p.name(), name)).findFirst();
    }

    public Optional<TransformSet> transformSet(String name) {
        return transformSets.stream().filter(t -> java.util.Objects.equals(t.name(), name)).findFirst();
    }
}
