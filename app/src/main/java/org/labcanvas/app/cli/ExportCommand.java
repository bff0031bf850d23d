package org.labcanvas.app.cli;

import picocli.CommandLine.Command;

@Command(name = "export", description = "Export device configs, FRR configs, expected show output, PNG and draw.io (not available yet).", customSynopsis = "labcanvas export FILE -o DIR [--only KINDS]")
final class ExportCommand extends NotAvailable {}
