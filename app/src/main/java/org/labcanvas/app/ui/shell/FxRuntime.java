package org.labcanvas.app.ui.shell;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for work without a window (the PNG export of the command line). When
 * the toolkit is not running yet, it is started on Monocle's headless platform with the software
 * renderer, so no display is needed (GUIDE.md, toolchain); inside the designer the running toolkit
 * is used as it is.
 */
public final class FxRuntime {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private FxRuntime() {}

    static void ensureStarted() {
        if (STARTED.get()) {
            return;
        }
        synchronized (STARTED) {
            if (STARTED.get()) {
                return;
            }
            if (System.getProperty("glass.platform") == null) {
                System.setProperty("glass.platform", "Monocle");
                System.setProperty("monocle.platform", "Headless");
                System.setProperty("prism.order", "sw");
                System.setProperty("prism.text", "t2k");
            }
            CompletableFuture<Void> ready = new CompletableFuture<>();
            try {
                DesignerLauncher.dropClassPathWarning();
                Platform.startup(() -> ready.complete(null));
                Platform.setImplicitExit(false);
            } catch (IllegalStateException alreadyRunning) {
                ready.complete(null);
            }
            ready.join();
            STARTED.set(true);
        }
    }

    /** Runs {@code work} on the JavaFX thread and waits for its result. */
    public static <T> T onFxThread(Supplier<T> work) {
        ensureStarted();
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
