package vn.tochuc.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.tochuc.Sessions;

/**
 * The chain detects an edited entry, a changed link and a deleted tail entry, and says where. Each test
 * restores what it tampered with, because the database is shared by the whole test run.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditChainIntegrationTests {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    @DisplayName("a fresh chain verifies as intact through the API")
    void intactChain() throws Exception {
        audit.record(AuditEntry.write("kiem.tra", "TEST_WRITE", "THING", 1, null, "a", "b", "ghi chú"));
        mvc.perform(get("/api/audit/verify").with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    @DisplayName("editing a stored entry breaks the chain at that entry")
    void editedEntryIsFound() {
        AuditRecord r =
                audit.record(AuditEntry.write("kiem.tra", "TEST_WRITE", "THING", 2, null, null, "x", "bản gốc"));
        audit.record(AuditEntry.write("kiem.tra", "TEST_WRITE", "THING", 3, null, null, "y", null));
        update(r.seq(), "detail", "đã sửa lén");
        try {
            ChainVerification v = audit.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.brokenAtSeq()).isEqualTo(r.seq());
            assertThat(v.reason()).isEqualTo("content");
        } finally {
            update(r.seq(), "detail", "bản gốc");
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @DisplayName("re-hashing an edited entry still breaks the link to its successor")
    void rehashedEntryBreaksTheNextLink() {
        AuditRecord r = audit.record(AuditEntry.write("kiem.tra", "TEST_WRITE", "THING", 4, null, null, "x", "a"));
        AuditRecord next = audit.record(AuditEntry.write("kiem.tra", "TEST_WRITE", "THING", 5, null, null, "y", null));
        String forged = AuditHashing.hash(
                r.seq(),
                r.occurredAt().toInstant(),
                r.actor(),
                r.action(),
                r.targetType(),
                r.targetId(),
                r.unitId(),
                r.outcome(),
                "giả mạo",
                r.beforeDigest(),
                r.afterDigest(),
                r.prevHash());
        update(r.seq(), "detail", "giả mạo");
        update(r.seq(), "hash", forged);
        try {
            ChainVerification v = audit.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.brokenAtSeq()).isEqualTo(next.seq());
            assertThat(v.reason()).isEqualTo("link");
        } finally {
            update(r.seq(), "detail", "a");
            update(r.seq(), "hash", r.hash());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @DisplayName("deleting the newest entry is detected against the chain head")
    void deletedTailIsFound() {
        AuditRecord r = audit.record(AuditEntry.write("kiem.tra", "TEST_WRITE", "THING", 6, null, null, "z", null));
        jdbc.sql("delete from audit_entry where seq = :seq")
                .param("seq", r.seq())
                .update();
        try {
            ChainVerification v = audit.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.brokenAtSeq()).isEqualTo(r.seq());
        } finally {
            jdbc.sql("""
                    insert into audit_entry (seq, occurred_at, actor, action, target_type, target_id, unit_id, outcome,
                        detail, before_digest, after_digest, prev_hash, hash)
                    values (:seq, :at, :actor, :action, :tt, :tid, :unit, :outcome, :detail, :bd, :ad, :prev, :hash)
                    """)
                    .param("seq", r.seq())
                    .param("at", r.occurredAt())
                    .param("actor", r.actor())
                    .param("action", r.action())
                    .param("tt", r.targetType())
                    .param("tid", r.targetId())
                    .param("unit", r.unitId())
                    .param("outcome", r.outcome())
                    .param("detail", r.detail())
                    .param("bd", r.beforeDigest())
                    .param("ad", r.afterDigest())
                    .param("prev", r.prevHash())
                    .param("hash", r.hash())
                    .update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @DisplayName("before and after are stored only as SHA-256 digests")
    void onlyDigestsAreStored() {
        AuditRecord r = audit.record(AuditEntry.write(
                "kiem.tra", "TEST_WRITE", "PERSON", 7, null, "tôn giáo=Phật giáo", "tôn giáo=Không", null));
        assertThat(r.beforeDigest()).hasSize(64).doesNotContain("Phật");
        assertThat(r.afterDigest()).hasSize(64).isNotEqualTo(r.beforeDigest());
    }

    private void update(long seq, String column, String value) {
        String sql = switch (column) {
            case "detail" -> "update audit_entry set detail = :v where seq = :seq";
            case "hash" -> "update audit_entry set hash = :v where seq = :seq";
            default -> throw new IllegalArgumentException(column);
        };
        jdbc.sql(sql).param("v", value).param("seq", seq).update();
    }
}
