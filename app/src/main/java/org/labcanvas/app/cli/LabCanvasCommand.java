package org.labcanvas.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code labcanvas} command and its subcommands. */
@Command(name = "labcanvas",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Design, simulate and export DMVPN, ACE fault-tolerant pairs and 6in4 tunnels.",
                "Without a command, opens the designer on the bundled sample."},
        subcommands = {
                OpenCommand.class,
                ValidateCommand.class,
                GenerateCommand.class,
                ImportCommand.class,
                ExportCommand.class,
                SimulateCommand.class,
                ShowCliCommand.class,
                CheckCommand.class,
                BenchCommand.class,
                CrosscheckCommand.class,
                CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success (validate: no ERROR findings)",
                "1:validate/check found ERRORs",
                "2:bad input (file, argument)",
                "3:command not available in this release",
                "4:the designer cannot start (no display)",
                "70:internal error"})
public final class LabCanvasCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // Reached only through an explicit empty invocation inside tests; main() opens the designer instead.
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line; with no arguments, opens the designer. Returns the exit code. */
    public static int run(String... args) {
        if (args.length == 0) {
            return OpenCommand.openDefaultSample();
        }
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** A configured command line writing to the given streams (tests pass their own). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new LabCanvasCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("labcanvas: internal error: " + ex);
            return ExitCodes.INTERNAL;
        });
        return cl;
    }
}
