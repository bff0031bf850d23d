package org.labcanvas.model.edit;

import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.IpsecProfile;
import org.labcanvas.model.topology.IsakmpPolicy;
import org.labcanvas.model.topology.PreSharedKey;
import org.labcanvas.model.topology.Secret;
import org.labcanvas.model.topology.TransformSet;

/**
 * Adding and removing a router's crypto objects (ISAKMP policies, pre-shared keys, transform sets,
 * IPsec profiles) as undoable edits, one undo step each. A transform set still named by a profile,
 * or a profile still named by {@code tunnel protection}, is not removed: the refusal says who uses
 * it. When the last object goes, the device has no crypto settings at all, as an import of a
 * configuration without {@code crypto} lines gives. Messages never carry a key.
 */
public final class CryptoEdits {
    private CryptoEdits() {}

    /** Transforms of a new transform set; guess: the set the reference designs use. */
    static final List<String> NEW_TRANSFORMS = List.of("esp-aes", "esp-sha-hmac");

    /** Whether the device can hold crypto settings: IOS routers only. */
    public static boolean takesCrypto(Device d) {
        return d.kind() == DeviceKind.ROUTER;
    }

    /** A new {@code crypto isakmp policy} with pre-shared authentication at the next free priority (10, 20, ... after the highest). */
    public static EditCommand addIsakmpPolicy(Device d) {
        CryptoSettings c = settings(d);
        int prio = nextPriority(c);
        List<IsakmpPolicy> ps = new ArrayList<>(c.isakmpPolicies());
        ps.add(IsakmpPolicy.preShare(prio));
        return edit(d, "Add " + d.name() + " isakmp policy " + prio,
                new CryptoSettings(ps, c.preSharedKeys(), c.transformSets(), c.profiles()));
    }

    /** The priority a new policy gets: 10 when there is none, else the next multiple of 10 above the highest (at most 10000). */
    static int nextPriority(CryptoSettings c) {
        int top = c.isakmpPolicies().stream().mapToInt(IsakmpPolicy::priority).max().orElse(0);
        int next = (top / 10 + 1) * 10;
        if (next > 10000) {
            for (int p = 1; p <= 10000; p++) {
                int q = p;
                if (c.isakmpPolicies().stream().noneMatch(x -> x.priority() == q)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("every ISAKMP policy priority (1-10000) is taken");
        }
        return next;
    }

    public static EditCommand removeIsakmpPolicy(Device d, int priority) {
        CryptoSettings c = settings(d);
        if (c.isakmpPolicies().stream().noneMatch(p -> p.priority() == priority)) {
            throw new IllegalArgumentException(d.name() + " has no ISAKMP policy " + priority);
        }
        return edit(d, "Remove " + d.name() + " isakmp policy " + priority,
                new CryptoSettings(c.isakmpPolicies().stream().filter(p -> p.priority() != priority).toList(),
                        c.preSharedKeys(), c.transformSets(), c.profiles()));
    }

    /**
     * {@code crypto isakmp key KEY address ADDRESS MASK}; {@code 0.0.0.0 0.0.0.0} is the wildcard
     * key. A second key for the same address and mask is refused (IOS would replace the first).
     */
    public static EditCommand addPreSharedKey(Device d, String key, String address, String mask) {
        CryptoSettings c = settings(d);
        PreSharedKey k = preSharedKey(key, address, mask);
        if (c.preSharedKeys().stream().anyMatch(x -> x.address().equals(k.address()) && x.mask().equals(k.mask()))) {
            throw new IllegalArgumentException(d.name() + " already has a key for " + k.address() + " " + k.mask());
        }
        List<PreSharedKey> keys = new ArrayList<>(c.preSharedKeys());
        keys.add(k);
        return edit(d, "Add " + d.name() + " pre-shared key for " + k.address(),
                new CryptoSettings(c.isakmpPolicies(), keys, c.transformSets(), c.profiles()));
    }

    /** A checked key: at least 8 characters without spaces, an IPv4 peer address and a contiguous mask. */
    static PreSharedKey preSharedKey(String key, String address, String mask) {
        checkKey(key);
        String a = Ipv4Host.parse(address == null ? "" : address.strip());
        String m = mask(mask == null ? "" : mask.strip());
        return new PreSharedKey(Secret.of(key), a, m);
    }

    /** The key rules; messages name the rule, never the key. */
    public static void checkKey(String v) {
        if (v == null || v.length() < 8) {
            throw new IllegalArgumentException("a pre-shared key needs at least 8 characters");
        }
        if (v.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a pre-shared key cannot contain spaces");
        }
    }

    /** A peer mask such as {@code 255.255.255.255} or {@code 0.0.0.0}: a dotted IPv4 mask whose one-bits are contiguous. */
    public static String mask(String v) {
        String m = Ipv4Host.parse(v);
        long bits = 0;
        for (String octet : m.split("\\.")) {
            bits = bits << 8 | Long.parseLong(octet);
        }
        long inverted = ~bits & 0xFFFFFFFFL;
        if ((inverted & (inverted + 1)) != 0) {
            throw new IllegalArgumentException("'" + v + "' is not a mask (255.255.255.255, 255.255.255.0, 0.0.0.0)");
        }
        return m;
    }

    public static EditCommand removePreSharedKey(Device d, String address, String mask) {
        CryptoSettings c = settings(d);
        if (c.preSharedKeys().stream().noneMatch(k -> k.address().equals(address) && k.mask().equals(mask))) {
            throw new IllegalArgumentException(d.name() + " has no key for " + address + " " + mask);
        }
        return edit(d, "Remove " + d.name() + " pre-shared key for " + address,
                new CryptoSettings(c.isakmpPolicies(),
                        c.preSharedKeys().stream().filter(k -> !(k.address().equals(address) && k.mask().equals(mask))).toList(),
                        c.transformSets(), c.profiles()));
    }

    /** A new transform set {@code setN} (the lowest free N from 1) with {@link #NEW_TRANSFORMS}, tunnel mode. */
    public static EditCommand addTransformSet(Device d) {
        CryptoSettings c = settings(d);
        String name = freeName(c.transformSets().stream().map(TransformSet::name).toList(), "set");
        List<TransformSet> ts = new ArrayList<>(c.transformSets());
        ts.add(new TransformSet(name, NEW_TRANSFORMS, null));
        return edit(d, "Add " + d.name() + " transform set " + name,
                new CryptoSettings(c.isakmpPolicies(), c.preSharedKeys(), ts, c.profiles()));
    }

    public static EditCommand removeTransformSet(Device d, String name) {
        CryptoSettings c = settings(d);
        if (c.transformSet(name).isEmpty()) {
            throw new IllegalArgumentException(d.name() + " has no transform set " + name);
        }
        List<String> users = c.profiles().stream().filter(p -> p.transformSets().contains(name)).map(IpsecProfile::name).toList();
        if (!users.isEmpty()) {
            throw new IllegalArgumentException("transform set " + name + " is used by profile " + String.join(", ", users));
        }
        return edit(d, "Remove " + d.name() + " transform set " + name,
                new CryptoSettings(c.isakmpPolicies(), c.preSharedKeys(),
                        c.transformSets().stream().filter(t -> !t.name().equals(name)).toList(), c.profiles()));
    }

    /** A new IPsec profile {@code profileN} using the first transform set; refused when there is none (IOS marks such a profile incomplete). */
    public static EditCommand addProfile(Device d) {
        CryptoSettings c = settings(d);
        if (c.transformSets().isEmpty()) {
            throw new IllegalArgumentException(d.name() + " has no transform set for a profile; add a transform set first");
        }
        String name = freeName(c.profiles().stream().map(IpsecProfile::name).toList(), "profile");
        List<IpsecProfile> ps = new ArrayList<>(c.profiles());
        ps.add(new IpsecProfile(name, List.of(c.transformSets().get(0).name()), null, null));
        return edit(d, "Add " + d.name() + " ipsec profile " + name,
                new CryptoSettings(c.isakmpPolicies(), c.preSharedKeys(), c.transformSets(), ps));
    }

    public static EditCommand removeProfile(Device d, String name) {
        CryptoSettings c = settings(d);
        if (c.profile(name).isEmpty()) {
            throw new IllegalArgumentException(d.name() + " has no IPsec profile " + name);
        }
        List<String> users = d.interfaces().stream()
                .filter(i -> i.tunnel() != null && name.equals(i.tunnel().protection())).map(Interface::name).toList();
        if (!users.isEmpty()) {
            throw new IllegalArgumentException("profile " + name + " protects " + String.join(", ", users));
        }
        return edit(d, "Remove " + d.name() + " ipsec profile " + name,
                new CryptoSettings(c.isakmpPolicies(), c.preSharedKeys(), c.transformSets(),
                        c.profiles().stream().filter(p -> !p.name().equals(name)).toList()));
    }

    private static String freeName(List<String> taken, String prefix) {
        for (int n = 1; ; n++) {
            if (!taken.contains(prefix + n)) {
                return prefix + n;
            }
        }
    }

    private static CryptoSettings settings(Device d) {
        if (!takesCrypto(d)) {
            throw new IllegalArgumentException(d.name() + " takes no crypto settings");
        }
        return d.crypto() == null ? new CryptoSettings(List.of(), List.of(), List.of(), List.of()) : d.crypto();
    }

    private static EditCommand edit(Device d, String label, CryptoSettings c) {
        boolean empty = c.isakmpPolicies().isEmpty() && c.preSharedKeys().isEmpty()
                && c.transformSets().isEmpty() && c.profiles().isEmpty();
        return new EditDevice(label, d.withCrypto(empty ? null : c));
    }
}
