package dev.madoguchi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.madoguchi.testing.ClassDatabase;
import dev.madoguchi.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class AuditChainTests {

    @Autowired
    AuditTrail audit;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    AuditVerifyCommand command;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClassDatabase database;

    @BeforeEach
    void freshDatabase() {
        database.renew();
    }

    private void recordInOneTransaction(String... actions) {
        transaction.executeWithoutResult(tx -> {
            for (String action : actions) {
                audit.recordAs("tester", AuditEntry.of(action, "thing", 1, "before -> after"));
            }
        });
    }

    /** What an attacker with database access could do: bypass the append-only trigger and change rows. */
    private void tamper(String sql) {
        JdbcClient superuser = JdbcClient.create(TestDatabases.superuser(database.databaseName()));
        superuser.sql("alter table audit_event disable trigger audit_event_no_update").update();
        superuser.sql(sql).update();
        superuser.sql("alter table audit_event enable trigger audit_event_no_update").update();
    }

    @Test
    void entriesAreChainedInCommitOrder() {
        recordInOneTransaction("a.one", "a.two");
        recordInOneTransaction("b.one");
        List<String> rows = jdbc.sql("select id || ':' || action from audit_event order by id").query(String.class).list();
        assertThat(rows).containsExactly("1:a.one", "2:a.two", "3:b.one");
        assertThat(verifier.verify().intact()).isTrue();
        assertThat(verifier.verify().events()).isEqualTo(3);
    }

    @Test
    void aRolledBackActLeavesNoAuditRecord() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
            audit.record(AuditEntry.of("user.created", "user", 9, ""));
            throw new IllegalStateException("the act failed");
        })).hasMessage("the act failed");
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isZero();
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> audit.record(AuditEntry.of("x.y", null, null, "")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theTableRefusesUpdatesAndDeletes() {
        recordInOneTransaction("a.one");
        assertThatThrownBy(() -> jdbc.sql("update audit_event set summary = 'x'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void verificationDetectsAnEditedRow() {
        recordInOneTransaction("a.one", "a.two", "a.three");
        tamper("update audit_event set summary = 'nothing happened' where id = 2");
        AuditVerification result = verifier.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.broken()).isEqualTo(AuditVerification.Break.CHANGED_EVENT);
        assertThat(result.brokenAt()).isEqualTo(2);
        assertThat(result.events()).isEqualTo(1);
    }

    @Test
    void verificationDetectsARowRehashedToHideAnEdit() {
        recordInOneTransaction("a.one", "a.two", "a.three");
        AuditRecord original = jdbc.sql("select * from audit_event where id = 2")
                .query((rs, n) -> AuditChain.read(rs)).single();
        AuditRecord forged = new AuditRecord(2, original.occurredAt(), "someone-else", original.origin(),
                original.action(), original.objectType(), original.objectId(), original.summary(), original.prevHash());
        tamper("update audit_event set actor = 'someone-else', hash = '" + forged.hash() + "' where id = 2");
        AuditVerification result = verifier.verify();
        assertThat(result.broken()).isEqualTo(AuditVerification.Break.WRONG_LINK);
        assertThat(result.brokenAt()).isEqualTo(3);
    }

    @Test
    void verificationDetectsARemovedRow() {
        recordInOneTransaction("a.one", "a.two", "a.three");
        tamper("delete from audit_event where id = 2");
        AuditVerification result = verifier.verify();
        assertThat(result.broken()).isEqualTo(AuditVerification.Break.MISSING_EVENT);
        assertThat(result.brokenAt()).isEqualTo(3);
    }

    @Test
    void verificationDetectsRowsRemovedFromTheEnd() {
        recordInOneTransaction("a.one", "a.two", "a.three");
        tamper("delete from audit_event where id = 3");
        AuditVerification result = verifier.verify();
        assertThat(result.broken()).isEqualTo(AuditVerification.Break.HEAD_MISMATCH);
    }

    @Test
    void concurrentAppendsFromManyThreadsKeepOneUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int n = i;
            futures.add(pool.submit(() -> recordInOneTransaction("concurrent." + n, "concurrent." + n + ".b")));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        AuditVerification result = verifier.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.events()).isEqualTo(120);
    }

    @Test
    void verifyCommandPrintsOkAndCountOrTheFirstBrokenLink() {
        recordInOneTransaction("a.one", "a.two");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = command.run(List.of(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("ok 2 events");

        tamper("update audit_event set actor = 'mallory' where id = 1");
        out.reset();
        exit = command.run(List.of(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Event 1 was changed");
    }
}
