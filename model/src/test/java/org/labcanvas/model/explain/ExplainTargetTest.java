package org.labcanvas.model.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;

class ExplainTargetTest {
    @Test
    void aPrefixAndAnAddressAreBothAccepted() {
        assertEquals(new ExplainTarget(Ipv4Prefix.parse("10.10.10.0/24").orElseThrow(), false),
                ExplainTarget.parse("10.10.10.0/24"));
        assertEquals(new ExplainTarget(Ipv4Prefix.parse("10.10.10.5/32").orElseThrow(), true),
                ExplainTarget.parse(" 10.10.10.5 "));
    }

    @Test
    void aPacketToAPrefixGoesToItsFirstHostAddress() {
        assertEquals(List.of("10.10.10.1", "10.10.10.5", "10.0.0.0"), List.of(
                Ipv4Prefix.format(ExplainTarget.parse("10.10.10.0/24").destination()),
                Ipv4Prefix.format(ExplainTarget.parse("10.10.10.5").destination()),
                Ipv4Prefix.format(ExplainTarget.parse("10.0.0.0/31").destination())));
    }

    @Test
    void badTextIsRefusedWithWhatIsWrong() {
        assertEquals(List.of(
                "'10.10.10.5/24' has host bits set; the prefix is 10.10.10.0/24 (or give the address 10.10.10.5 alone)",
                "'10.10.10.0/33' is not an IPv4 prefix (write 10.10.10.0/24, a length from 0 to 32)",
                "'10.10.10' is not an IPv4 address or prefix (write 10.10.10.0/24 or 10.10.10.5)",
                "'2001:db8::/64' is IPv6; explain answers for IPv4 prefixes and addresses",
                "no prefix or address given (write 10.10.10.0/24 or 10.10.10.5)"),
                List.of("10.10.10.5/24", "10.10.10.0/33", "10.10.10", "2001:db8::/64", "").stream()
                        .map(t -> assertThrows(IllegalArgumentException.class, () -> ExplainTarget.parse(t)).getMessage())
                        .toList());
    }
}
