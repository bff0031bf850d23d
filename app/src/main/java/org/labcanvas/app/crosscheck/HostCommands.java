package org.labcanvas.app.crosscheck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the host's commands ({@code ip}, {@code vtysh}, the FRR daemons) and collects their output. */
final class HostCommands {
    /** The result of a command: exit code and output. */
    record Result(int exitCode, String stdout, String stderr) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private HostCommands() {}

    static Result run(List<String> command) throws LabException {
        return run(command, 30);
    }

    static Result run(List<String> command, int timeoutSeconds) throws LabException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new LabException("cannot run " + command.get(0) + ": " + e.getMessage());
        }
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new LabException(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
            }
            return new Result(p.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while running " + command.get(0));
        }
    }

    /** Runs a command that must succeed. */
    static String check(List<String> command) throws LabException {
        Result r = run(command);
        if (!r.ok()) {
            String why = r.stderr().isBlank() ? r.stdout().strip() : r.stderr().strip();
            throw new LabException(String.join(" ", command) + " failed (exit " + r.exitCode() + "): " + why);
        }
        return r.stdout();
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
