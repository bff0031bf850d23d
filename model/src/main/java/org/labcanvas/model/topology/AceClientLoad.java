package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Client connections a context carries, modelled for failover: how many are open at any time and
 * how many new ones arrive per second.
 *
 * @param context     the context
 * @param connections open client connections
 * @param newPerSecond new connections per second
 */
@JsonPropertyOrder({"context", "connections", "newPerSecond"})
public record AceClientLoad(String context, long connections, long newPerSecond) {}
