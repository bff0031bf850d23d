package org.labcanvas.model.lint;

import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Optional;
import org.labcanvas.model.analysis.InterfaceRef;
import org.labcanvas.model.analysis.KeySelection;
import org.labcanvas.model.analysis.TunnelOverlay;
import org.labcanvas.model.analysis.TunnelSource;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.IsakmpPolicy;
import org.labcanvas.model.topology.PreSharedKey;

/**
 * Pre-shared keys between IPsec-protected tunnel peers that authenticate with {@code pre-share}.
 * Each router selects a key for the other's NBMA address (its tunnel source) with
 * {@link KeySelection}; IKE main mode only succeeds when both select the same key.
 * <ul>
 *   <li>{@code PSK_MISSING} (ERROR): no key matches the peer's address.</li>
 *   <li>{@code PSK_MISMATCH} (ERROR): the selected keys differ.</li>
 * </ul>
 * Messages name the key entries by address and mask, never by value.
 */
final class PreSharedKeyCheck implements LintCheck {
    static final String MISSING = "PSK_MISSING";
    static final String MISMATCH = "PSK_MISMATCH";

    @Override
    public void run(LintContext ctx, List<Finding> out) {
        for (TunnelOverlay.Edge e : ctx.overlay().edges()) {
            Optional<Interface> a = ctx.addresses().iface(e.a());
            Optional<Interface> b = ctx.addresses().iface(e.b());
            if (a.isEmpty() || b.isEmpty() || a.get().tunnel() == null || b.get().tunnel() == null
                    || a.get().tunnel().protection() == null || b.get().tunnel().protection() == null) {
                continue;
            }
            Device da = ctx.topology().require(e.a().device());
            Device db = ctx.topology().require(e.b().device());
            if (!usesPreShare(da.crypto()) || !usesPreShare(db.crypto())) {
                continue;
            }
            TunnelSource sa = ctx.overlay().source(e.a());
            TunnelSource sb = ctx.overlay().source(e.b());
            if (sa.address() == null || sb.address() == null) {
                continue;
            }
            Optional<PreSharedKey> ka = KeySelection.select(da.crypto(), sb.address(), ctx.addresses()::host);
            Optional<PreSharedKey> kb = KeySelection.select(db.crypto(), sa.address(), ctx.addresses()::host);
            if (ka.isEmpty()) {
                out.add(missing(e.a(), e.b(), sb.address()));
            }
            if (kb.isEmpty()) {
                out.add(missing(e.b(), e.a(), sa.address()));
            }
            if (ka.isPresent() && kb.isPresent() && !ka.get().key().equals(kb.get().key())) {
                out.add(mismatch(e.a(), ka.get(), e.b(), sb.address()));
                out.add(mismatch(e.b(), kb.get(), e.a(), sa.address()));
            }
        }
    }

    private static boolean usesPreShare(CryptoSettings crypto) {
        return IpsecPeerCheck.proposals(crypto).stream().map(IsakmpPolicy::authentication).anyMatch("pre-share"::equals);
    }

    static String entry(PreSharedKey k) {
        return "crypto isakmp key ... address " + k.address() + (k.mask() == null ? "" : " " + k.mask());
    }

    private static Finding missing(InterfaceRef self, InterfaceRef peer, IPAddress peerAddress) {
        return new Finding(Severity.ERROR, MISSING, self.device(), self.iface(), "crypto.preSharedKeys",
                "no crypto isakmp key matches " + peerAddress + ", the NBMA address of its peer " + peer
                        + ": IKE authentication fails");
    }

    private static Finding mismatch(InterfaceRef self, PreSharedKey own, InterfaceRef peer, IPAddress peerAddress) {
        return new Finding(Severity.ERROR, MISMATCH, self.device(), self.iface(), "crypto.preSharedKeys",
                "the key " + self.device() + " selects for " + peerAddress + " (" + entry(own) + ") differs from the key "
                        + peer.device() + " selects for it: IKE main mode fails");
    }
}
