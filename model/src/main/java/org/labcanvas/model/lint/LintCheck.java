package org.labcanvas.model.lint;

import java.util.List;

/** One family of lint rules. */
public interface LintCheck {
    /** Every check, in the order they run (the output is sorted afterwards). */
    List<LintCheck> ALL = List.of(
            new AddressValidityCheck(),
            new AddressDuplicateCheck(),
            new SubnetOverlapCheck(),
            new TunnelSourceCheck(),
            new TunnelPeerCheck(),
            new NhrpCheck(),
            new OspfCoverageCheck(),
            new OspfNeighborhoodCheck(),
            new OspfRouterIdCheck(),
            new OspfNbmaCheck(),
            new OspfMulticastCheck(),
            new CryptoProfileCheck(),
            new IpsecPeerCheck(),
            new PreSharedKeyCheck(),
            new PreSharedKeyStrengthCheck(),
            new FtCheck(),
            new SixInFourCheck(),
            new TextControlCharacterCheck());

    void run(LintContext ctx, List<Finding> out);
}
