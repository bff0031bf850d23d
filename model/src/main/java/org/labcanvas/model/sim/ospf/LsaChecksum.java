package org.labcanvas.model.sim.ospf;

import java.io.ByteArrayOutputStream;

/**
 * The LS checksum of an LSA as the wire format defines it (RFC 2328 12.1.7 and appendix A.4):
 * the Fletcher checksum of ISO 8473 over the LSA without its age field. The LSAs are encoded as
 * IOS originates them (options 0x22: DC and E bits).
 */
public final class LsaChecksum {
    static final int OPTIONS = 0x22;

    private LsaChecksum() {}

    public static int router(RouterLsa lsa, int sequence) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int length = 20 + 4 + 12 * lsa.links().size();
        header(b, 1, lsa.routerId(), lsa.routerId(), sequence, length);
        b.write(0);
        b.write(0);
        short16(b, lsa.links().size());
        for (LsaLink l : lsa.links()) {
            int32(b, l.id());
            int32(b, l.data());
            b.write(l.type().code());
            b.write(0);
            short16(b, l.cost());
        }
        return fletcher(b.toByteArray());
    }

    public static int network(NetworkLsa lsa, int sequence) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int length = 20 + 4 + 4 * lsa.attached().size();
        header(b, 2, lsa.drAddress(), lsa.routerId(), sequence, length);
        int32(b, lsa.mask());
        for (int rid : lsa.attached()) {
            int32(b, rid);
        }
        return fletcher(b.toByteArray());
    }

    public static int summary(SummaryLsa lsa, int sequence) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        header(b, 3, lsa.prefix().network(), lsa.routerId(), sequence, 28);
        int32(b, lsa.prefix().maskInt());
        int32(b, lsa.metric() & 0xFFFFFF);
        return fletcher(b.toByteArray());
    }

    private static void header(ByteArrayOutputStream b, int type, int id, int adv, int seq, int length) {
        short16(b, 0);
        b.write(OPTIONS);
        b.write(type);
        int32(b, id);
        int32(b, adv);
        int32(b, seq);
        short16(b, 0);
        short16(b, length);
    }

    private static void short16(ByteArrayOutputStream b, int v) {
        b.write((v >>> 8) & 255);
        b.write(v & 255);
    }

    private static void int32(ByteArrayOutputStream b, int v) {
        short16(b, v >>> 16);
        short16(b, v);
    }

    /** ISO 8473 Fletcher checksum of bytes 2.. with the checksum field at offset 16. */
    static int fletcher(byte[] lsa) {
        int c0 = 0;
        int c1 = 0;
        for (int i = 2; i < lsa.length; i++) {
            c0 = (c0 + (lsa[i] & 255)) % 255;
            c1 = (c1 + c0) % 255;
        }
        int offset = 16 - 2 + 1; // checksum position counted from the first summed byte, 1-based
        int n = lsa.length - 2;
        int x = ((n - offset) * c0 - c1) % 255;
        if (x <= 0) x += 255;
        int y = 510 - c0 - x;
        if (y > 255) y -= 255;
        return (x << 8) | y;
    }
}
