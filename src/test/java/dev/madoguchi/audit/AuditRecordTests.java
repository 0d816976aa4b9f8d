package dev.madoguchi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditRecordTests {

    private static final Instant AT = Instant.parse("2026-11-22T01:02:03.123456789Z");

    private static AuditRecord record(String actor, String summary, String prev) {
        return new AuditRecord(7, AT, actor, "127.0.0.1", "user.created", "user", "42", summary, prev);
    }

    @Test
    void hashCoversEveryField() {
        String base = record("alice", "roles: [PSIRT]", AuditRecord.GENESIS).hash();
        assertThat(record("bob", "roles: [PSIRT]", AuditRecord.GENESIS).hash()).isNotEqualTo(base);
        assertThat(record("alice", "roles: [ADMIN]", AuditRecord.GENESIS).hash()).isNotEqualTo(base);
        assertThat(record("alice", "roles: [PSIRT]", "1".repeat(64)).hash()).isNotEqualTo(base);
        assertThat(new AuditRecord(8, AT, "alice", "127.0.0.1", "user.created", "user", "42", "roles: [PSIRT]",
                AuditRecord.GENESIS).hash()).isNotEqualTo(base);
        assertThat(new AuditRecord(7, AT.plusSeconds(1), "alice", "127.0.0.1", "user.created", "user", "42",
                "roles: [PSIRT]", AuditRecord.GENESIS).hash()).isNotEqualTo(base);
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
        AuditRecord a = new AuditRecord(1, AT, "ab", null, "c", null, null, "", AuditRecord.GENESIS);
        AuditRecord b = new AuditRecord(1, AT, "a", null, "bc", null, null, "", AuditRecord.GENESIS);
        AuditRecord nullVersusEmpty = new AuditRecord(1, AT, "ab", "", "c", null, null, "", AuditRecord.GENESIS);
        assertThat(a.hash()).isNotEqualTo(b.hash()).isNotEqualTo(nullVersusEmpty.hash());
    }

    @Test
    void hashIsOfTheStoredMicrosecondPrecision() {
        AuditRecord nanos = record("alice", "", AuditRecord.GENESIS);
        AuditRecord micros = new AuditRecord(7, Instant.parse("2026-11-22T01:02:03.123456Z"), "alice", "127.0.0.1",
                "user.created", "user", "42", "", AuditRecord.GENESIS);
        assertThat(nanos.hash()).isEqualTo(micros.hash()).hasSize(64);
    }
}
