/**
 * Export of a design as device configurations: {@link org.labcanvas.model.configs.ConfigExport}
 * renders every file in memory ({@code configs/} for IOS routers, ACE modules, 6in4 hosts and
 * brokers; {@code frr/} for FRRouting), then writes each through a temporary file and a rename.
 */
package org.labcanvas.model.configs;
