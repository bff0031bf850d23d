package org.labcanvas.app.cli;

import picocli.CommandLine.Command;

@Command(name = "import", description = "Import IOS running-configs into a design (not available yet).", customSynopsis = "labcanvas import FILES... -o FILE [--platform ios12.4|ios15|iosxe]")
final class ImportCommand extends NotAvailable {}
