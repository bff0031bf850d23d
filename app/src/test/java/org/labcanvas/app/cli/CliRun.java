package org.labcanvas.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.labcanvas.app.cli.LabCanvasCommand;

/** Runs the command line in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabCanvasCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
