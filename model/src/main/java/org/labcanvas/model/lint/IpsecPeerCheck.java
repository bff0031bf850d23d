package org.labcanvas.model.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.labcanvas.model.analysis.InterfaceRef;
import org.labcanvas.model.analysis.TunnelOverlay;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.IpsecProfile;
import org.labcanvas.model.topology.IsakmpPolicy;
import org.labcanvas.model.topology.TransformSet;

/**
 * IPsec between explicit tunnel peers, reported on both ends:
 * <ul>
 *   <li>{@code IPSEC_PROTECTION_ONE_SIDED} (ERROR): one end encrypts, the other sends clear GRE;
 *       each drops the other's packets.</li>
 *   <li>{@code IPSEC_TRANSFORM_MISMATCH} (ERROR): the two profiles share no transform set with
 *       the same transforms, so quick mode finds no proposal ({@code NO_PROPOSAL_CHOSEN}).
 *       The mode (tunnel/transport) is not compared: IOS falls back to tunnel mode.</li>
 *   <li>{@code IPSEC_PFS_MISMATCH} (ERROR): {@code set pfs} differs. Cisco's description of
 *       {@code set pfs} (community.cisco.com, "How to configure PFS with IPsec VPN"): "If the peer
 *       initiates the negotiation and the local configuration specifies PFS, the peer must perform a
 *       PFS exchange or the negotiation fails", and a configured group "must be part of the peer
 *       offer or the negotiation fails". A side without {@code set pfs} accepts an initiator's PFS
 *       offer, so SAs come up only when the PFS side initiates (intermittently); different groups
 *       always fail.</li>
 *   <li>{@code ISAKMP_POLICY_MISMATCH} (ERROR): no IKE policy of one router equals one of the
 *       other's in encryption, hash, authentication and DH group (IOS defaults filled in by
 *       {@link IsakmpPolicy#effective()}; a router without policies offers only the default
 *       policy). Lifetimes are not compared: the responder accepts a shorter one.</li>
 * </ul>
 */
final class IpsecPeerCheck implements LintCheck {
    static final String ONE_SIDED = "IPSEC_PROTECTION_ONE_SIDED";
    static final String TRANSFORM = "IPSEC_TRANSFORM_MISMATCH";
    static final String PFS = "IPSEC_PFS_MISMATCH";
    static final String ISAKMP = "ISAKMP_POLICY_MISMATCH";

    @Override
    public void run(LintContext ctx, List<Finding> out) {
        for (TunnelOverlay.Edge e : ctx.overlay().edges()) {
            Optional<Interface> a = ctx.addresses().iface(e.a());
            Optional<Interface> b = ctx.addresses().iface(e.b());
            if (a.isEmpty() || b.isEmpty() || a.get().tunnel() == null || b.get().tunnel() == null) {
                continue;
            }
            String pa = a.get().tunnel().protection();
            String pb = b.get().tunnel().protection();
            if (pa == null && pb == null) {
                continue;
            }
            if (pa == null || pb == null) {
                InterfaceRef clear = pa == null ? e.a() : e.b();
                InterfaceRef protectedEnd = pa == null ? e.b() : e.a();
                out.add(new Finding(Severity.ERROR, ONE_SIDED, clear.device(), clear.iface(), "tunnel.protection",
                        "no tunnel protection, but its peer " + protectedEnd + " encrypts with IPsec: each side drops the other's packets"));
                out.add(new Finding(Severity.ERROR, ONE_SIDED, protectedEnd.device(), protectedEnd.iface(), "tunnel.protection",
                        "tunnel protection ipsec profile " + (pa == null ? pb : pa) + ", but its peer " + clear
                                + " sends clear GRE: each side drops the other's packets"));
                continue;
            }
            Device da = ctx.topology().require(e.a().device());
            Device db = ctx.topology().require(e.b().device());
            Optional<IpsecProfile> profA = da.crypto() == null ? Optional.empty() : da.crypto().profile(pa);
            Optional<IpsecProfile> profB = db.crypto() == null ? Optional.empty() : db.crypto().profile(pb);
            if (profA.isPresent() && profB.isPresent()) {
                Set<Set<String>> ta = transforms(da.crypto(), profA.get());
                Set<Set<String>> tb = transforms(db.crypto(), profB.get());
                if (!ta.isEmpty() && !tb.isEmpty() && ta.stream().noneMatch(tb::contains)) {
                    out.add(transform(e.a(), ta, e.b(), tb));
                    out.add(transform(e.b(), tb, e.a(), ta));
                }
                Integer ga = profA.get().pfsGroup();
                Integer gb = profB.get().pfsGroup();
                if (!Objects.equals(ga, gb)) {
                    out.add(pfs(e.a(), ga, e.b(), gb));
                    out.add(pfs(e.b(), gb, e.a(), ga));
                }
            }
            if (!commonPolicy(da.crypto(), db.crypto())) {
                out.add(isakmp(e.a(), e.b()));
                out.add(isakmp(e.b(), e.a()));
            }
        }
    }

    /** Each transform set of the profile as the set of its transforms (lower case); unknown names are skipped. */
    private static Set<Set<String>> transforms(CryptoSettings crypto, IpsecProfile profile) {
        Set<Set<String>> out = new LinkedHashSet<>();
        for (String name : profile.transformSets()) {
            crypto.transformSet(name).map(TransformSet::transforms).ifPresent(list -> {
                Set<String> set = new TreeSet<>();
                list.forEach(t -> set.add(t.toLowerCase(java.util.Locale.ROOT)));
                out.add(set);
            });
        }
        return out;
    }

    /** The effective IKE proposals: configured policies, or the IOS default policy when there are none. */
    static List<IsakmpPolicy> proposals(CryptoSettings crypto) {
        List<IsakmpPolicy> out = new ArrayList<>();
        if (crypto == null || crypto.isakmpPolicies().isEmpty()) {
            out.add(new IsakmpPolicy(65535, null, null, null, null, null).effective());
            return out;
        }
        crypto.isakmpPolicies().forEach(p -> out.add(p.effective()));
        return out;
    }

    private static boolean commonPolicy(CryptoSettings a, CryptoSettings b) {
        for (IsakmpPolicy x : proposals(a)) {
            for (IsakmpPolicy y : proposals(b)) {
                if (x.encryption().equals(y.encryption()) && x.hash().equals(y.hash())
                        && x.authentication().equals(y.authentication()) && x.group().equals(y.group())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String describe(Set<Set<String>> sets) {
        List<String> parts = new ArrayList<>();
        sets.forEach(s -> parts.add("(" + String.join(" ", s) + ")"));
        return String.join(", ", parts);
    }

    private static Finding transform(InterfaceRef self, Set<Set<String>> own, InterfaceRef peer, Set<Set<String>> theirs) {
        return new Finding(Severity.ERROR, TRANSFORM, self.device(), self.iface(), "tunnel.protection",
                "transform sets " + describe(own) + " share none with its peer " + peer + " " + describe(theirs)
                        + ": IPsec negotiation finds no proposal");
    }

    private static String pfsText(Integer g) {
        return g == null ? "no PFS" : "set pfs group" + g;
    }

    private static Finding pfs(InterfaceRef self, Integer own, InterfaceRef peer, Integer theirs) {
        String why = own != null && theirs != null
                ? ": the groups differ and negotiation always fails"
                : ": the side with PFS rejects a proposal without it, so SAs come up only when that side initiates";
        return new Finding(Severity.ERROR, PFS, self.device(), self.iface(), "crypto.profiles",
                pfsText(own) + ", but its peer " + peer + " has " + pfsText(theirs) + why);
    }

    private static Finding isakmp(InterfaceRef self, InterfaceRef peer) {
        return new Finding(Severity.ERROR, ISAKMP, self.device(), self.iface(), "crypto.isakmpPolicies",
                self.device() + " and its peer " + peer.device() + " have no ISAKMP policy in common (encryption, hash,"
                        + " authentication and DH group, IOS defaults filled in): IKE phase 1 fails");
    }
}
