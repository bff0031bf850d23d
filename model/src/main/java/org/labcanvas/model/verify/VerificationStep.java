package org.labcanvas.model.verify;

/**
 * One command of a runbook.
 *
 * @param command   the full command ({@code show ip ospf neighbor})
 * @param expect    what to look for, in words
 * @param deviation what a difference usually means
 */
public record VerificationStep(String command, String expect, String deviation) {
    /** A file name for the command's expected output: {@code show-ip-route-ospf.txt}. */
    public String fileName() {
        return fileName(command);
    }

    /** {@code show ip route ospf} as {@code show-ip-route-ospf.txt}: letters, digits and dashes only. */
    public static String fileName(String command) {
        String s = command.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return (s.isEmpty() ? "command" : s) + ".txt";
    }
}
