package org.labcanvas.model.configs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes an export into its folder all or nothing. Everything is rendered before this is called;
 * the files are then written into a temporary folder beside the target folder (in its parent, so
 * on the same file system), and moved into place:
 *
 * <ul>
 *   <li>when the folder does not exist yet, the temporary folder is renamed to it in one step;</li>
 *   <li>otherwise each file is moved in, and a file it replaces is first moved aside into the
 *       temporary folder; a failure on the way moves everything back, so the folder is as it
 *       was.</li>
 * </ul>
 *
 * An existing file is replaced only when {@code force} is set; without it the export stops before
 * writing anything and says which files are in the way. Files holding secrets are created
 * {@code 0600}, scripts {@code 0755} (or {@code 0700} for a script with a secret), others
 * {@code 0644}, where the file system has POSIX modes. The temporary folder is named
 * {@code .labcanvas-export-PID-N.tmp}; one left behind by a process that no longer runs (a killed
 * export) is removed by the next export into the same parent.
 */
public final class ExportFolder {
    public static final String STAGING_PREFIX = ".labcanvas-export-";
    private static final Pattern STAGING = Pattern.compile("\\.labcanvas-export-(\\d+)-\\d+\\.tmp");
    private static final System.Logger LOG = System.getLogger(ExportFolder.class.getName());

    private ExportFolder() {}

    /**
     * One file of an export.
     *
     * @param path       relative path with forward slashes ({@code configs/R1.cfg})
     * @param content    the bytes
     * @param executable a script
     * @param secret     holds a credential (mode 0600)
     */
    public record Entry(String path, byte[] content, boolean executable, boolean secret) {
        public static Entry of(GeneratedFile f) {
            return new Entry(f.path(), f.content().getBytes(StandardCharsets.UTF_8), f.executable(), f.secret());
        }

        public static Entry file(String path, byte[] content) {
            return new Entry(path, content, false, false);
        }
    }

    /** A problem with the folder written into (not with the design); nothing was written. */
    public static class FolderException extends ExportException {
        FolderException(String message) {
            super(message);
        }
    }

    /** Existing files in the way of an export without {@code --force}; nothing was written. */
    public static final class FilesExistException extends FolderException {
        private final List<Path> existing;

        FilesExistException(Path dir, List<Path> existing) {
            super(describe(dir, existing));
            this.existing = List.copyOf(existing);
        }

        public List<Path> existing() {
            return existing;
        }

        private static String describe(Path dir, List<Path> existing) {
            List<String> names = existing.stream().limit(3)
                    .map(p -> dir.relativize(p).toString()).toList();
            String more = existing.size() > 3 ? " and " + (existing.size() - 3) + " more" : "";
            return dir + " already has " + String.join(", ", names) + more;
        }
    }

    /** Moves a file; a parameter so that tests can make a move fail half way. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    public static ExportReport write(List<Entry> entries, Path outDir, boolean force) throws ExportException, IOException {
        return write(entries, outDir, force, ExportFolder::move);
    }

    static ExportReport write(List<Entry> entries, Path outDir, boolean force, Mover mover)
            throws ExportException, IOException {
        Path dir = outDir.toAbsolutePath().normalize();
        List<Path> targets = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Entry e : entries) {
            Path t = dir.resolve(e.path()).normalize();
            if (!t.startsWith(dir) || t.equals(dir) || !seen.add(e.path())) {
                throw new FolderException("cannot export " + e.path() + " into " + outDir);
            }
            targets.add(t);
        }
        checkTargets(outDir, dir, targets, force);
        Path parent = dir.getParent();
        if (parent == null) {
            throw new FolderException("cannot export into the root folder " + dir);
        }
        Files.createDirectories(parent);
        removeStale(parent);
        Path staging = createStaging(parent);
        try {
            Path files = staging.resolve("files");
            Files.createDirectory(files);
            for (Entry e : entries) {
                writeFile(files.resolve(e.path()), e);
            }
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                setMode(files, "rwxr-xr-x");
                try {
                    mover.move(files, dir);
                    forceDirectory(parent);
                    return report(targets);
                } catch (FileAlreadyExistsException raced) {
                    // created meanwhile: fall through to moving file by file
                }
            }
            moveIn(files, staging.resolve("replaced"), dir, entries, mover);
            forceDirectory(dir);
            return report(targets);
        } finally {
            deleteTree(staging);
        }
    }

    private static ExportReport report(List<Path> targets) {
        List<Path> written = new ArrayList<>(targets);
        written.sort(Comparator.naturalOrder());
        return new ExportReport(written);
    }

    /** Before anything is written: the folder is a folder, no file is a folder, and nothing is replaced without force. */
    private static void checkTargets(Path shown, Path dir, List<Path> targets, boolean force) throws ExportException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new FolderException(shown + " is a file, not a folder");
        }
        List<Path> existing = new ArrayList<>();
        for (Path t : targets) {
            for (Path p = t.getParent(); p != null && p.startsWith(dir) && !p.equals(dir); p = p.getParent()) {
                if (Files.exists(p) && !Files.isDirectory(p)) {
                    throw new FolderException(shown.resolve(dir.relativize(p)) + " is a file where a folder is needed");
                }
            }
            if (Files.isDirectory(t)) {
                throw new FolderException(shown.resolve(dir.relativize(t)) + " is a folder where a file is needed");
            }
            if (Files.exists(t, LinkOption.NOFOLLOW_LINKS)) {
                existing.add(t);
            }
        }
        if (!existing.isEmpty() && !force) {
            throw new FilesExistException(dir, existing);
        }
    }

    private static void moveIn(Path files, Path replaced, Path dir, List<Entry> entries, Mover mover) throws IOException {
        Deque<Runnable> undo = new ArrayDeque<>();
        try {
            for (Entry e : entries) {
                Path target = dir.resolve(e.path());
                createFolders(dir, target.getParent(), undo);
                Path staged = files.resolve(e.path());
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Path aside = replaced.resolve(e.path());
                    Files.createDirectories(aside.getParent());
                    mover.move(target, aside);
                    undo.push(() -> quietly(() -> move(aside, target)));
                }
                mover.move(staged, target);
                undo.push(() -> quietly(() -> move(target, staged)));
            }
        } catch (IOException | RuntimeException ex) {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
            throw ex;
        }
    }

    private static void createFolders(Path dir, Path folder, Deque<Runnable> undo) throws IOException {
        if (folder.equals(dir) || Files.isDirectory(folder)) {
            if (!Files.isDirectory(dir)) {
                Files.createDirectory(dir);
                undo.push(() -> quietly(() -> Files.deleteIfExists(dir)));
            }
            return;
        }
        createFolders(dir, folder.getParent(), undo);
        Files.createDirectory(folder);
        undo.push(() -> quietly(() -> Files.deleteIfExists(folder)));
    }

    private static Path createStaging(Path parent) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int i = 0; ; i++) {
            Path p = parent.resolve(STAGING_PREFIX + pid + "-" + ThreadLocalRandom.current().nextInt(1_000_000_000) + ".tmp");
            try {
                Files.createDirectory(p);
                setMode(p, "rwx------");
                return p;
            } catch (FileAlreadyExistsException e) {
                if (i > 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * Removes temporary export folders in {@code parent} whose process no longer runs (an export
     * that was killed). Only this class's own naming pattern is touched.
     */
    static void removeStale(Path parent) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, STAGING_PREFIX + "*.tmp")) {
            for (Path p : s) {
                Matcher m = STAGING.matcher(p.getFileName().toString());
                if (!m.matches() || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                long pid = Long.parseLong(m.group(1).length() > 18 ? "-1" : m.group(1));
                if (!org.labcanvas.model.project.TemporaryFiles.running(pid)) {
                    deleteTree(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot look for stale export folders in {0}: {1}", parent, e.getMessage());
        }
    }

    private static void writeFile(Path p, Entry e) throws IOException {
        Files.createDirectories(p.getParent());
        Files.createFile(p);
        String mode = e.secret() ? (e.executable() ? "rwx------" : "rw-------") : e.executable() ? "rwxr-xr-x" : "rw-r--r--";
        setMode(p, mode);
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(e.content());
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    private static void setMode(Path p, String mode) throws IOException {
        if (Files.getFileAttributeView(p, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot sync directory {0}: {1}", dir, e.getMessage());
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (NoSuchFileException ignored) {
            // already gone
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot remove {0}: {1}", root, e.getMessage());
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void quietly(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot undo a step of a failed export: {0}", e.getMessage());
        }
    }
}
