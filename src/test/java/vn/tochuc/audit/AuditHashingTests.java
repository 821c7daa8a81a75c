package vn.tochuc.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashingTests {

    private static final Instant AT = Instant.parse("2019-09-30T08:00:00Z");

    @Test
    void fieldBoundariesCannotBeShifted() {
        String a = AuditHashing.hash(1, AT, "ab", "c", "T", null, null, "OK", null, null, null, AuditHashing.GENESIS);
        String b = AuditHashing.hash(1, AT, "a", "bc", "T", null, null, "OK", null, null, null, AuditHashing.GENESIS);
        assertThat(a).isNotEqualTo(b).hasSize(64);
    }

    @Test
    void nullDiffersFromEmpty() {
        String a = AuditHashing.hash(1, AT, "a", "b", "T", null, null, "OK", null, null, null, AuditHashing.GENESIS);
        String b = AuditHashing.hash(1, AT, "a", "b", "T", "", null, "OK", null, null, null, AuditHashing.GENESIS);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void sameInputSameHash() {
        assertThat(AuditHashing.hash(9, AT, "a", "b", "T", "1", 2L, "OK", "d", "e", "f", "p"))
                .isEqualTo(AuditHashing.hash(9, AT, "a", "b", "T", "1", 2L, "OK", "d", "e", "f", "p"));
    }
}
