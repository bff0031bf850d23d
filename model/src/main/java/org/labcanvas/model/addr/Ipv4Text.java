package org.labcanvas.model.addr;

/**
 * A fast reader for the canonical IPv4 forms LabCanvas itself writes ({@code 10.0.0.1},
 * {@code 10.0.0.1/24}): decimal octets without leading zeros. It answers -1 for anything else, and
 * callers then ask the ipaddress library, which knows every other form; so this only saves time
 * on large designs (tens of thousands of interfaces) and never changes what is accepted.
 */
public final class Ipv4Text {
    private Ipv4Text() {}

    /** The address as an unsigned 32-bit value, or -1 when {@code text} is not a canonical dotted quad. */
    public static long address(String text) {
        return text == null ? -1 : address(text, 0, text.length());
    }

    /**
     * {@code A.B.C.D/N} as {@code (address << 8) | N}, or -1 when {@code text} is not in that
     * canonical form (N from 0 to 32 without leading zeros).
     */
    public static long cidr(String text) {
        if (text == null) {
            return -1;
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return -1;
        }
        long a = address(text, 0, slash);
        int n = number(text, slash + 1, text.length());
        if (a < 0 || n < 0 || n > 32) {
            return -1;
        }
        return (a << 8) | n;
    }

    private static long address(String s, int from, int to) {
        long value = 0;
        int start = from;
        int parts = 0;
        for (int i = from; i <= to; i++) {
            if (i == to || s.charAt(i) == '.') {
                int octet = number(s, start, i);
                if (octet < 0 || octet > 255 || ++parts > 4) {
                    return -1;
                }
                value = (value << 8) | octet;
                start = i + 1;
            }
        }
        return parts == 4 ? value : -1;
    }

    /** A decimal number of 1 to 3 digits without a leading zero (except "0"), or -1. */
    private static int number(String s, int from, int to) {
        int len = to - from;
        if (len < 1 || len > 3 || (len > 1 && s.charAt(from) == '0')) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
