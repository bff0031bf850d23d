package org.labcanvas.app.cli;

import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true, description = "Check captured show output against the simulation (not available yet).", customSynopsis = "labcanvas check FILE DEVICE CAPTURE...")
final class CheckCommand extends NotAvailable {}
