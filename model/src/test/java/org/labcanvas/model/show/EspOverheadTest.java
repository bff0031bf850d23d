package org.labcanvas.model.show;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EspOverheadTest {

    @Test
    void plaintextMtuMatchesRealIos15Outputs() {
        assertThat(List.of(
                EspOverhead.of(List.of("esp-aes", "esp-sha-hmac")).plaintextMtu(1500, false),
                EspOverhead.of(List.of("esp-aes", "esp-sha256-hmac")).plaintextMtu(1500, true),
                EspOverhead.of(List.of("esp-gcm 256")).plaintextMtu(1500, true),
                EspOverhead.of(List.of("esp-3des", "esp-sha256-hmac")).plaintextMtu(1500, false)))
                .isEqualTo(List.of(1438, 1458, 1466, 1446));
    }

    @Test
    void ivSizeFollowsTheCipher() {
        assertThat(List.of(
                EspOverhead.of(List.of("esp-aes", "esp-sha-hmac")).ivBytes(),
                EspOverhead.of(List.of("esp-3des", "esp-md5-hmac")).ivBytes(),
                EspOverhead.of(List.of("esp-null", "esp-sha-hmac")).ivBytes()))
                .isEqualTo(List.of(16, 8, 0));
    }
}
