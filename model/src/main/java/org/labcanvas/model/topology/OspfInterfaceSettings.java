package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Per-interface OSPF commands. Null means "not configured": IOS's default for the interface applies.
 *
 * @param networkType {@code ip ospf network}
 * @param cost        {@code ip ospf cost}
 * @param priority    {@code ip ospf priority} (0–255; IOS default 1)
 * @param hello       {@code ip ospf hello-interval} in seconds
 * @param dead        {@code ip ospf dead-interval} in seconds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"networkType", "cost", "priority", "hello", "dead"})
public record OspfInterfaceSettings(OspfNetworkType networkType, Integer cost, Integer priority,
                                    Integer hello, Integer dead) {
    public static final OspfInterfaceSettings DEFAULTS = new OspfInterfaceSettings(null, null, null, null, null);
    public static final int DEFAULT_PRIORITY = 1;

    public int effectivePriority() {
        return priority == null ? DEFAULT_PRIORITY : priority;
    }

    public OspfInterfaceSettings withNetworkType(OspfNetworkType t) { return new OspfInterfaceSettings(t, cost, priority, hello, dead); }
    public OspfInterfaceSettings withCost(Integer c) { return new OspfInterfaceSettings(networkType, c, priority, hello, dead); }
    public OspfInterfaceSettings withPriority(Integer p) { return new OspfInterfaceSettings(networkType, cost, p, hello, dead); }
    public OspfInterfaceSettings withHello(Integer h) { return new OspfInterfaceSettings(networkType, cost, priority, h, dead); }
    public OspfInterfaceSettings withDead(Integer d) { return new OspfInterfaceSettings(networkType, cost, priority, hello, d); }
}
