package org.labcanvas.model.topology;

import java.util.Optional;

/**
 * Every text of a design (names, descriptions, keys, versions, verbatim lines) ends up on one line
 * of an exported file: an IOS or ACE config, an FRR config, a shell script, a {@code .curlrc}. A
 * line break or other control character in it would start a line of its own there (a
 * {@code username ... privilege 15} in a router config, a command in a script), so such
 * characters are refused wherever text enters the design and again where it leaves.
 *
 * <p>Refused: the C0 controls U+0000 to U+001F (line feed, carriage return, tab, escape, ...),
 * DEL U+007F, the C1 controls U+0080 to U+009F (NEL U+0085 among them) and the Unicode line and
 * paragraph separators U+2028 and U+2029, and a surrogate without its pair (no UTF-8 form).
 */
public final class OneLineText {
    private OneLineText() {}

    /** A refused character and its index in the text. */
    public record Problem(int index, char character) {
        /** {@code a line break (U+000A)}: what it is, never the text around it. */
        public String describe() {
            return OneLineText.describe(character);
        }
    }

    public static boolean isRefused(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
    }

    /** The first refused character of {@code text}, or empty when the text can stand on one line. */
    public static Optional<Problem> check(String text) {
        if (text == null) {
            return Optional.empty();
        }
        char[] chars = text.toCharArray();
        int i = firstRefused(chars, 0, chars.length);
        return i < 0 ? Optional.empty() : Optional.of(new Problem(i, chars[i]));
    }

    /**
     * The index (relative to {@code off}) of the first refused character of {@code a[off..off+len)},
     * or -1. A surrogate without its pair (text that has no UTF-8 form) is refused too.
     */
    public static int firstRefused(char[] a, int off, int len) {
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = a[i];
            if (isRefused(c)) {
                return i - off;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < end && Character.isLowSurrogate(a[i + 1])) {
                    i++;
                    continue;
                }
                return i - off;
            }
            if (Character.isLowSurrogate(c)) {
                return i - off;
            }
        }
        return -1;
    }

    /** True when {@code text} has no refused character. */
    public static boolean isOneLine(String text) {
        return check(text).isEmpty();
    }

    /** {@code a line break (U+000A)}, {@code a tab (U+0009)}, {@code a control character (U+001B)}. */
    public static String describe(char c) {
        String code = String.format("U+%04X", (int) c);
        return switch (c) {
            case '\n' -> "a line break (" + code + ")";
            case '\r' -> "a carriage return (" + code + ")";
            case '\t' -> "a tab (" + code + ")";
            case '\u0000' -> "a NUL character (" + code + ")";
            case '\u0085', '\u2028' -> "a line separator (" + code + ")";
            case '\u2029' -> "a paragraph separator (" + code + ")";
            default -> Character.isSurrogate(c) ? "an unpaired surrogate (" + code + "), which has no UTF-8 form"
                    : "a control character (" + code + ")";
        };
    }


    /** The sentence every refusal uses: {@code contains a line break (U+000A); ...}. */
    public static String refusal(Problem p) {
        return "contains " + p.describe() + "; every setting is one line of the exported config, so line breaks"
                + " and control characters are not allowed";
    }

    /**
     * The text with line breaks and other refused characters written as {@code \n}, {@code \r},
     * {@code \t} or {@code \u001B}, for a message that must stay on one line.
     */
    public static String visible(String s) {
        if (s == null || isOneLine(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            if (!isRefused(c)) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }
}
