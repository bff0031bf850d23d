package org.labcanvas.model.project;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * An I/O failure in words: Java's file exceptions often carry only a path as their message
 * ({@code AccessDeniedException: /etc/x}); this says what happened, naming the file it happened to.
 */
public final class IoProblem {
    private IoProblem() {}

    public static String describe(IOException e) {
        if (e instanceof FileSystemException f) {
            String file = f.getFile();
            String what;
            if (e instanceof AccessDeniedException) {
                what = "permission denied";
            } else if (e instanceof NoSuchFileException) {
                what = "no such file or folder";
            } else if (e instanceof NotDirectoryException) {
                what = "not a folder";
            } else if (e instanceof FileAlreadyExistsException) {
                what = "already exists";
            } else if (e instanceof DirectoryNotEmptyException) {
                what = "folder not empty";
            } else {
                what = f.getReason() != null ? lower(f.getReason()) : "cannot be written or read";
            }
            return file == null ? what : file + ": " + what;
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : lower(m);
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
