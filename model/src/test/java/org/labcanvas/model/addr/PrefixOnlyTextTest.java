package org.labcanvas.model.addr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The ipaddress library answers null (not an error) for a bare prefix length; we must not pass that on. */
class PrefixOnlyTextTest {
    @Test
    void barePrefixLengthIsNotAnAddress() {
        assertThatThrownBy(() -> HostAddress.parse("/24")).isInstanceOf(AddressFormatProblem.class)
                .hasMessageContaining("'/24'");
        assertThatThrownBy(() -> HostAddress.prefix("/24")).isInstanceOf(AddressFormatProblem.class);
        assertThatThrownBy(() -> InterfaceAddress.parse("/24")).isInstanceOf(AddressFormatProblem.class);
        assertThat(HostAddress.tryParse("/8")).isEmpty();
        assertThat(InterfaceAddress.tryParse("/8")).isEmpty();
    }
}
