package org.labcanvas.model.configs;

/**
 * One exported file, rendered in memory before anything is written.
 *
 * @param device     the device the file is for
 * @param path       relative path with forward slashes ({@code configs/R1.cfg})
 * @param content    the text, lines ending in {@code \n}
 * @param executable a script: written with mode 0755 where the file system has POSIX modes
 * @param secret     holds a credential: written with mode 0600 where the file system has POSIX modes
 */
public record GeneratedFile(String device, String path, String content, boolean executable, boolean secret) {
    public static GeneratedFile text(String device, String path, String content) {
        return new GeneratedFile(device, path, content, false, false);
    }

    public static GeneratedFile script(String device, String path, String content) {
        return new GeneratedFile(device, path, content, true, false);
    }

    public static GeneratedFile secretFile(String device, String path, String content) {
        return new GeneratedFile(device, path, content, false, true);
    }

    /** The file name without folders. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
