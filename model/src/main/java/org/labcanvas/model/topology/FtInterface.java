package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code ft interface vlan N} with {@code ip address} and {@code peer ip address}.
 *
 * @param vlan        the dedicated FT VLAN
 * @param address     this module's address with prefix length ({@code 192.168.100.1/24})
 * @param peerAddress the peer module's address on the FT VLAN (no prefix)
 */
@JsonPropertyOrder({"vlan", "address", "peerAddress"})
public record FtInterface(int vlan, String address, String peerAddress) {}
