package dev.factbridge.search.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTest {
    @Test
    void defaultsAndLimits() {
        assertThat(PageRequest.of(null, null, 10)).isEqualTo(new PageRequest(0, 10));
        assertThat(PageRequest.of(9900, 100, 10)).isEqualTo(new PageRequest(9900, 100));
        assertThatThrownBy(() -> PageRequest.of(-1, 10, 10)).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> PageRequest.of(0, 101, 10)).hasMessageContaining("size");
        assertThatThrownBy(() -> PageRequest.of(9950, 100, 10)).hasMessageContaining("10000");
    }
}
