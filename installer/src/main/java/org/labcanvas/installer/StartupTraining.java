package org.labcanvas.installer;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Window;
import org.labcanvas.app.cli.LabCanvasCommand;

/**
 * The training run behind the app image's class-data sharing archive. Packaging runs it once on
 * the bundled runtime with {@code -XX:DumpLoadedClassList}: it validates a sample as the command
 * line does, then opens the designer on it (on Monocle's headless platform, so packaging needs no
 * display) and exits once the window has been shown and has had time to draw and lint. The
 * classes loaded on the way are the ones the archive then holds ready-parsed, so that a user's
 * start-up skips loading and verifying them.
 *
 * <p>Arguments: the sample to open.
 */
public final class StartupTraining {
    /** How long the window stays open after it shows: drawing, lint and the status line. */
    private static final long SETTLE_MILLIS = 1500;

    private static final AtomicBoolean SEEN = new AtomicBoolean();

    private StartupTraining() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: StartupTraining SAMPLE.labcanvas");
            System.exit(2);
        }
        String sample = args[0];
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");

        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(nowhere);
        System.setErr(nowhere);
        int validated = LabCanvasCommand.run("validate", sample);
        System.setOut(out);
        System.setErr(err);
        if (validated > 1) {
            System.err.println("startup training: validate " + sample + " exited with " + validated);
            System.exit(validated);
        }

        Thread watcher = new Thread(StartupTraining::exitOnceTheWindowShows, "startup-training");
        watcher.setDaemon(true);
        watcher.start();
        int opened = LabCanvasCommand.run("open", sample);
        if (!SEEN.get()) {
            System.err.println("startup training: the designer returned (exit " + opened + ") without showing its window");
            System.exit(opened == 0 ? 1 : opened);
        }
        System.exit(0);
    }

    private static void exitOnceTheWindowShows() {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        try {
            while (System.nanoTime() < deadline) {
                if (windowShowing()) {
                    Thread.sleep(SETTLE_MILLIS);
                    SEEN.set(true);
                    // closes the designer the way the toolkit ends, so that open() returns
                    Platform.exit();
                    return;
                }
                Thread.sleep(50);
            }
            System.err.println("startup training: no designer window after 2 minutes");
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            System.err.println("startup training: " + e);
        }
        System.exit(1);
    }

    private static boolean windowShowing() throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<Boolean> showing = new CompletableFuture<>();
        try {
            Platform.runLater(() -> showing.complete(Window.getWindows().stream().anyMatch(Window::isShowing)));
        } catch (IllegalStateException toolkitNotStartedYet) {
            return false;
        }
        return showing.get(30, TimeUnit.SECONDS);
    }
}
