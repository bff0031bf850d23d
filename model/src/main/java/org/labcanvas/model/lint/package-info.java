/**
 * Design lint: {@link org.labcanvas.model.lint.Lint#check} runs every
 * {@link org.labcanvas.model.lint.LintCheck} and returns sorted
 * {@link org.labcanvas.model.lint.Finding}s, printed as {@code SEVERITY CODE DEVICE[/INTERFACE]: message}.
 *
 * <p>Codes (stable; severity in brackets):
 * <ul>
 *   <li>Addresses: {@code ADDRESS_INVALID} [E], {@code ADDRESS_DUPLICATE} [E], {@code SUBNET_OVERLAP} [E].</li>
 *   <li>Tunnels: {@code TUNNEL_SOURCE_MISSING} [E], {@code TUNNEL_SOURCE_DOWN} [E], {@code TUNNEL_PEER_MISSING} [E],
 *       {@code TUNNEL_KEY_MISMATCH} [E], {@code NHRP_NETWORK_ID_MISMATCH} [W], {@code NHRP_NHS_NO_MAP}
 *       [E on mGRE, W on point-to-point GRE], {@code NHRP_NBMA_UNREACHABLE} [E],
 *       {@code NHRP_NO_MULTICAST_MAP} [E].</li>
 *   <li>OSPF: {@code OSPF_NOT_COVERED} [E], {@code OSPF_AREA_MISMATCH} [E], {@code OSPF_TIMER_MISMATCH} [E],
 *       {@code OSPF_NETWORK_TYPE_MISMATCH} [E when only one side elects a DR, else W],
 *       {@code OSPF_DUPLICATE_ROUTER_ID} [E], {@code OSPF_NO_ROUTER_ID} [E], {@code OSPF_NBMA_NO_DR} [E],
 *       {@code OSPF_NBMA_NO_NEIGHBOR} [E].</li>
 *   <li>IPsec/IKE: {@code CRYPTO_PROFILE_MISSING} [E], {@code IPSEC_PROTECTION_ONE_SIDED} [E],
 *       {@code IPSEC_TRANSFORM_MISMATCH} [E], {@code IPSEC_PFS_MISMATCH} [E], {@code ISAKMP_POLICY_MISMATCH} [E],
 *       {@code PSK_MISSING} [E], {@code PSK_MISMATCH} [E], {@code PSK_WEAK} [W], {@code PSK_WILDCARD} [W].</li>
 *   <li>ACE: {@code FT_GROUP_NO_PEER} [E], {@code FT_PRIORITY_TIE} [W], {@code FT_GROUP_MISMATCH} [W],
 *       {@code FT_INTERFACE_MISMATCH} [E].</li>
 *   <li>6in4: {@code SIXINFOUR_NO_UPDATER} [W], {@code SIXINFOUR_BROKER_MISSING} [E],
 *       {@code SIXINFOUR_TUNNEL_MISSING} [E].</li>
 * </ul>
 * The derived views the checks share live in {@link org.labcanvas.model.analysis}.
 */
package org.labcanvas.model.lint;
