package org.labcanvas.model.project;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files a save writes beside its target: {@code .NAME.PID-N.tmp}, named after the
 * file and the process writing it. A save that is killed leaves one behind; the next save or load
 * of the same file removes those whose process no longer runs. Only this pattern is touched
 * (and, from releases that named them {@code .NAME.DIGITS.tmp}, such files older than ten minutes).
 */
public final class TemporaryFiles {
    private static final Duration LEGACY_AGE = Duration.ofMinutes(10);
    private static final System.Logger LOG = System.getLogger(TemporaryFiles.class.getName());

    private TemporaryFiles() {}

    /** A new temporary file name for {@code target}'s folder: {@code .NAME.PID-N.tmp}. */
    public static String name(String targetName) {
        return "." + targetName + "." + ProcessHandle.current().pid() + "-"
                + ThreadLocalRandom.current().nextInt(1_000_000_000) + ".tmp";
    }

    /** True when process {@code pid} runs (this one included). */
    public static boolean running(long pid) {
        return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Removes the abandoned temporary files of {@code targetName} in {@code dir}; problems are ignored. */
    public static void removeStale(Path dir, String targetName) {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        Pattern own = Pattern.compile(Pattern.quote("." + targetName + ".") + "(\\d{1,18})-\\d+\\.tmp");
        Pattern legacy = Pattern.compile(Pattern.quote("." + targetName + ".") + "-?\\d+\\.tmp");
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, globEscape("." + targetName + ".") + "*.tmp")) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                Matcher m = own.matcher(n);
                boolean stale = m.matches() ? !running(Long.parseLong(m.group(1)))
                        : legacy.matcher(n).matches() && olderThan(p, LEGACY_AGE);
                if (stale) {
                    Files.deleteIfExists(p);
                    LOG.log(System.Logger.Level.DEBUG, "removed abandoned temporary file {0}", p);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot look for abandoned temporary files in {0}: {1}", dir, e.getMessage());
        }
    }

    private static boolean olderThan(Path p, Duration age) throws IOException {
        FileTime t = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        return t.toInstant().isBefore(Instant.now().minus(age));
    }

    private static String globEscape(String s) {
        return s.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }
}
