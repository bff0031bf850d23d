package org.labcanvas.app.ui.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The most recently opened or saved designs, newest first, kept in a small text file. */
public final class RecentFiles {
    static final int MAX = 10;
    private final Path store;

    public RecentFiles(Path store) {
        this.store = store;
    }

    public List<Path> list() {
        if (store == null || !Files.isRegularFile(store)) {
            return List.of();
        }
        try {
            return Files.readAllLines(store, StandardCharsets.UTF_8).stream()
                    .filter(s -> !s.isBlank()).map(Path::of).limit(MAX).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Puts {@code file} first; returns the new list. Failing to write the store is not worth an error. */
    public List<Path> add(Path file) {
        List<Path> out = new ArrayList<>();
        Path abs = file.toAbsolutePath().normalize();
        out.add(abs);
        for (Path p : list()) {
            if (!p.equals(abs) && out.size() < MAX) {
                out.add(p);
            }
        }
        if (store != null) {
            try {
                Files.createDirectories(store.getParent());
                Files.write(store, out.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.getLogger("labcanvas").log(System.Logger.Level.DEBUG, "cannot write recent files", e);
            }
        }
        return out;
    }
}
