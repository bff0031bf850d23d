package org.labcanvas.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * Base of subcommands that are part of the command line's shape but not built in this release:
 * they say so and fail, rather than pretend to work.
 */
abstract class NotAvailable implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Unmatched
    List<String> ignored;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("labcanvas " + spec.name() + ": not available yet in this release");
        return ExitCodes.NOT_AVAILABLE;
    }
}
