package org.labcanvas.model.lint;

import java.util.List;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.IpsecProfile;

/**
 * {@code CRYPTO_PROFILE_MISSING} (ERROR): {@code tunnel protection ipsec profile P} where the
 * router has no profile P (IOS refuses the command), or a profile whose {@code set transform-set}
 * names a transform set that does not exist (the profile is incomplete and protects nothing).
 */
final class CryptoProfileCheck implements LintCheck {
    static final String CODE = "CRYPTO_PROFILE_MISSING";

    @Override
    public void run(LintContext ctx, List<Finding> out) {
        for (Device d : ctx.topology().devices()) {
            for (Interface i : d.interfaces()) {
                String p = i.tunnel() == null ? null : i.tunnel().protection();
                if (p != null && (d.crypto() == null || d.crypto().profile(p).isEmpty())) {
                    out.add(new Finding(Severity.ERROR, CODE, d.name(), i.name(), "tunnel.protection",
                            "tunnel protection ipsec profile " + p + " names a profile that " + d.name() + " does not have"));
                }
            }
            if (d.crypto() == null) {
                continue;
            }
            for (IpsecProfile p : d.crypto().profiles()) {
                for (String ts : p.transformSets()) {
                    if (d.crypto().transformSet(ts).isEmpty()) {
                        out.add(new Finding(Severity.ERROR, CODE, d.name(), null, "crypto.profiles",
                                "crypto ipsec profile " + p.name() + " sets transform-set " + ts + ", which does not exist"));
                    }
                }
            }
        }
    }
}
