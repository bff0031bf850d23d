package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code ft track TYPE NAME}: lowers the group priority when the tracked object fails.
 *
 * @param name      track name
 * @param type      {@code interface}, {@code host} or {@code hsrp}
 * @param target    what is tracked ({@code vlan 100}, a host address, an HSRP group)
 * @param ftGroup   the FT group whose priority changes
 * @param priority  {@code priority} decrement on this module
 * @param peerPriority {@code peer priority} decrement
 */
@JsonPropertyOrder({"name", "type", "target", "ftGroup", "priority", "peerPriority"})
public record FtTrack(String name, String type, String target, int ftGroup, int priority, int peerPriority) {}
