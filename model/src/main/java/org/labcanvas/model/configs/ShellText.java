package org.labcanvas.model.configs;

/** Quoting for generated POSIX shell scripts and file names. */
final class ShellText {
    private ShellText() {}

    /** A single-quoted shell word: {@code it's} becomes {@code 'it'\''s'}. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** A device name made safe for a file name: anything but letters, digits, dot, dash and underscore becomes {@code _}. */
    static String fileName(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** A string inside double quotes of a curl config file. */
    static String curlQuoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\u000b", "\\v") + "\"";
    }
}
