/**
 * Import of Cisco IOS running-configs: {@link org.labcanvas.model.ios.IosParser} reads each file
 * into an {@link org.labcanvas.model.ios.IosConfig}, {@link org.labcanvas.model.ios.IosConversions}
 * turns them into one topology, and {@link org.labcanvas.model.ios.IosImport} is the entry point.
 * Lines the model does not cover are kept as {@link org.labcanvas.model.topology.VerbatimLine}s, stored on each
 * {@link org.labcanvas.model.topology.Device} so that they survive saving the design.
 */
package org.labcanvas.model.ios;

