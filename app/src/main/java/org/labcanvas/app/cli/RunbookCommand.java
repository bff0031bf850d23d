package org.labcanvas.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "runbook", mixinStandardHelpOptions = true,
        description = "Write an operating procedure for the design as an event script, and check it by simulation.",
        subcommands = RunbookAceUpgradeCommand.class)
final class RunbookCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "which procedure? (try: labcanvas runbook ace-upgrade --help)");
    }
}
