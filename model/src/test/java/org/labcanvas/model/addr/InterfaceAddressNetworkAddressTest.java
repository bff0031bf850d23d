package org.labcanvas.model.addr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InterfaceAddressNetworkAddressTest {
    @Test
    void networkAddressOfASubnetIsRefused() {
        assertThatThrownBy(() -> InterfaceAddress.parse("2.2.2.0/24"))
                .hasMessage("'2.2.2.0/24' is the network address of 2.2.2.0/24; IOS refuses it as an interface address (Bad mask)");
    }

    @Test
    void lowerAddressOfASlash31IsASingleHost() throws AddressFormatProblem {
        InterfaceAddress a = InterfaceAddress.parse("10.0.0.0/31");
        assertThat(a.address().isMultiple()).isFalse();
        assertThat(a.toString()).isEqualTo("10.0.0.0/31");
    }
}
