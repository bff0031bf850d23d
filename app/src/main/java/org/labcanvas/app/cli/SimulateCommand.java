package org.labcanvas.app.cli;

import picocli.CommandLine.Command;

@Command(name = "simulate", description = "Simulate the design on a virtual clock and print the timeline (not available yet).", customSynopsis = "labcanvas simulate FILE [--events E] [--until 2h]")
final class SimulateCommand extends NotAvailable {}
