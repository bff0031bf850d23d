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
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true))
                .execute(withImplicitOpen(args));
    }

    /**
     * A lone argument naming a {@code .labcanvas} file means {@code open FILE}: that is how a file
     * manager, the desktop entry and {@code labcanvas design.labcanvas} start the designer on a
     * design. No command name ends in {@code .labcanvas}, so nothing else changes meaning.
     */
    static String[] withImplicitOpen(String... args) {
        if (args.length == 1 && !args[0].startsWith("-")
                && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".labcanvas")) {
            return new String[] {"open", args[0]};
        }
        return args;
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
