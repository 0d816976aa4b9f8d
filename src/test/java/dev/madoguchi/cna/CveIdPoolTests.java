package dev.madoguchi.cna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import dev.madoguchi.shared.DisplayTime;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class CveIdPoolTests {

    @Autowired
    CveIdPool pool;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRangeIsEnteredWithinOneYearKeepingTheWidthOfItsNumbers() {
        assertThat(CveIdPool.parse("CVE-2026-0098..CVE-2026-0101")).containsExactly("CVE-2026-0098", "CVE-2026-0099",
                "CVE-2026-0100", "CVE-2026-0101");
        assertThat(CveIdPool.parse("CVE-2026-10000 - 10002")).containsExactly("CVE-2026-10000", "CVE-2026-10001",
                "CVE-2026-10002");
        assertThatThrownBy(() -> CveIdPool.parse("CVE-2026-0001..CVE-2027-0002")).hasMessageStartingWith(
                "cve.range.one-year");
        assertThatThrownBy(() -> CveIdPool.parse("CVE-2026-0009..CVE-2026-0001")).hasMessageStartingWith(
                "cve.range.invalid");
        assertThatThrownBy(() -> CveIdPool.parse("CVE-26-1")).hasMessageStartingWith("cve.id.invalid");
    }

    @Test
    void theNextIdIsOfTheCurrentYearAndNeverHandedOutTwice() {
        int year = LocalDate.now(DisplayTime.JST).getYear();
        assertThat(pool.enter("CVE-" + (year - 1) + "-90001..CVE-" + (year - 1) + "-90002", "psirt")).isEqualTo(2);
        assertThat(pool.enter("CVE-" + year + "-90001", "psirt")).isEqualTo(1);
        assertThat(pool.enter("CVE-" + year + "-90001", "psirt")).isZero();
        assertThat(pool.assignNext(1001, "MDG-1 V1", "psirt", null)).contains("CVE-" + year + "-90001");
        assertThat(pool.assignNext(1002, "MDG-2 V1", "psirt", null)).contains("CVE-" + (year - 1) + "-90001");
        assertThat(pool.ofVulnerability(1001)).hasValueSatisfying(id -> {
            assertThat(id.state()).isEqualTo("assigned");
            assertThat(id.assignedBy()).isEqualTo("psirt");
        });
    }

    @Test
    void aRejectedIdNeedsAReasonAndIsNeverAssigned() {
        pool.enter("CVE-2019-77777", "psirt");
        assertThatThrownBy(() -> pool.reject("CVE-2019-77777", " ", "psirt")).hasMessageStartingWith(
                "cve.reject.reason");
        pool.reject("CVE-2019-77777", "Not used: the report was a duplicate.", "psirt");
        assertThat(jdbc.sql("select state from cve_id where cve_id = 'CVE-2019-77777'").query(String.class).single())
                .isEqualTo("rejected");
        assertThatThrownBy(() -> pool.reject("CVE-2019-77777", "again", "psirt")).hasMessageStartingWith(
                "cve.reject.unknown");
        while (pool.reservedCount() > 0) {
            pool.assignNext(System.nanoTime(), "drain", "psirt", null);
        }
        assertThat(pool.assignNext(5, "none left", "psirt", null)).isEmpty();
    }
}
