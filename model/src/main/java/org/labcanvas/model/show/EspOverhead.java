package org.labcanvas.model.show;

import java.util.List;
import java.util.Locale;

/**
 * The per-packet cost of an ESP transform set, for the {@code plaintext mtu} that IOS 15.x prints in
 * {@code show crypto ipsec sa}: the largest packet that still fits the path MTU once wrapped, i.e. the
 * largest P with {@code 20 + 8 + iv + roundUp(E + 2, block) + icv <= path mtu}, where E is P (tunnel mode,
 * a new IP header is added) or P - 20 (transport mode, the original header is kept).
 *
 * <p>Checked against real 15.x outputs: tunnel esp-aes esp-sha-hmac 1438, transport esp-aes esp-sha256-hmac 1458,
 * transport esp-gcm 256 1466, tunnel esp-3des esp-sha256-hmac 1446 (all with path mtu 1500).
 *
 * @param ivBytes   the IV carried in each packet (also the {@code IV size} line)
 * @param block     the cipher block the payload plus trailer is padded to
 * @param icvBytes  the integrity check value appended
 */
record EspOverhead(int ivBytes, int block, int icvBytes) {

    static EspOverhead of(List<String> transforms) {
        int iv = 0;
        int block = 4;
        int icv = 0;
        for (String t : transforms) {
            String x = t.toLowerCase(Locale.ROOT).trim();
            if (x.startsWith("esp-aes") || x.startsWith("esp-256-aes") || x.startsWith("esp-192-aes")) {
                iv = 16;
                block = 16;
            } else if (x.startsWith("esp-3des") || x.startsWith("esp-des")) {
                iv = 8;
                block = 8;
            } else if (x.startsWith("esp-gcm") || x.startsWith("esp-gmac")) {
                iv = 8;
                block = 4;
                icv = 16;
            } else if (x.equals("esp-sha-hmac") || x.equals("esp-md5-hmac")) {
                icv = 12;
            } else if (x.equals("esp-sha256-hmac")) {
                icv = 16;
            } else if (x.equals("esp-sha384-hmac")) {
                icv = 24;
            } else if (x.equals("esp-sha512-hmac")) {
                icv = 32;
            }
        }
        return new EspOverhead(iv, block, icv);
    }

    int plaintextMtu(int pathMtu, boolean transport) {
        int room = pathMtu - 20 - 8 - ivBytes - icvBytes;
        int padded = room - room % block;
        int encrypted = padded - 2;
        return transport ? encrypted + 20 : encrypted;
    }
}
