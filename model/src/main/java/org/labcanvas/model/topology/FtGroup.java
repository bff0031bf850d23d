package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code ft group ID} as configured on one module.
 *
 * @param id           group number
 * @param peer         {@code peer N}; null when the group has no peer
 * @param priority     {@code priority} of this module (ACE default 100)
 * @param peerPriority {@code peer priority} (ACE default 100)
 * @param preempt      {@code preempt} (on by default; {@code no preempt} turns it off)
 * @param context      {@code associate-context NAME}
 * @param inservice    {@code inservice}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "peer", "priority", "peerPriority", "preempt", "context", "inservice"})
public record FtGroup(int id, Integer peer, int priority, int peerPriority, boolean preempt, String context,
                      boolean inservice) {
    public static final int DEFAULT_PRIORITY = 100;

    public FtGroup withPreempt(boolean v) { return new FtGroup(id, peer, priority, peerPriority, v, context, inservice); }
    public FtGroup withInservice(boolean v) { return new FtGroup(id, peer, priority, peerPriority, preempt, context, v); }
    public FtGroup withPriority(int v) { return new FtGroup(id, peer, v, peerPriority, preempt, context, inservice); }
    public FtGroup withPeerPriority(int v) { return new FtGroup(id, peer, priority, v, preempt, context, inservice); }
}
