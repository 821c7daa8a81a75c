package vn.tochuc.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminBootstrapTests {

    @Test
    void randomPasswordsAreStrongAndDifferent() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String p = AdminBootstrap.randomPassword();
            assertThat(p).hasSize(17);
            assertThat(PasswordPolicy.violation(p)).isEmpty();
            seen.add(p);
        }
        assertThat(seen).hasSize(50);
    }
}
