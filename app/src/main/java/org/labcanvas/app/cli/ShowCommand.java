package org.labcanvas.app.cli;

import picocli.CommandLine.Command;

@Command(name = "show", description = "Print what a device would show at a time (not available yet).", customSynopsis = "labcanvas show FILE DEVICE \"COMMAND\" [--events E] [--at T]")
final class ShowCommand extends NotAvailable {}
