/**
 * Import of Cisco IOS running-configs: {@link org.labcanvas.model.ios.IosParser} reads each file
 * into an {@link org.labcanvas.model.ios.IosConfig}, {@link org.labcanvas.model.ios.IosConversions}
 * turns them into one topology, and {@link org.labcanvas.model.ios.IosImport} is the entry point.
 * Lines the model does not cover are kept as {@link org.labcanvas.model.ios.VerbatimLine}s.
 */
package org.labcanvas.model.ios;
