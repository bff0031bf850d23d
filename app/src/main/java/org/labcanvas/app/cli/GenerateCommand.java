package org.labcanvas.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a large design.",
        subcommands = GenerateDmvpnCommand.class)
final class GenerateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "which design? (try: labcanvas generate dmvpn --help)");
    }
}
