package dev.madoguchi.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.ReportFixtures;
import dev.madoguchi.testing.StaffFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class QueueSearchTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Cases cases;
    @Autowired
    CaseConversation conversation;

    private CaseViewer psirt() {
        String name = StaffFixtures.unique("psirt");
        return new CaseViewer(StaffFixtures.create(jdbc, name, Role.PSIRT), name, true, false, false, false);
    }

    private java.util.List<String> search(CaseViewer viewer, String query) {
        return cases.queue(new QueueFilter(null, null, null, query, false, 0, 50), viewer, Instant.now()).stream()
                .map(QueueEntry::reference).toList();
    }

    @Test
    void searchFindsJapaneseAndEnglishTextInTitlesReportsAndMessages() throws Exception {
        CaseViewer viewer = psirt();
        ReportFixtures.Submitted japanese = ReportFixtures.submit(mvc, jdbc, "管理画面のクロスサイトスクリプティング", "ja");
        ReportFixtures.Submitted english = ReportFixtures.submit(mvc, jdbc, "Heap overflow in the Modbus parser", "en");
        assertThat(search(viewer, "スクリプティング")).contains(japanese.trackingNumber())
                .doesNotContain(english.trackingNumber());
        assertThat(search(viewer, "modbus")).contains(english.trackingNumber()).doesNotContain(japanese.trackingNumber());
        assertThat(search(viewer, "long packet")).contains(japanese.trackingNumber(), english.trackingNumber());
        conversation.post(english.trackingNumber(), viewer, "internal", "再現環境はラボのPLC-Xで確認済み");
        assertThat(search(viewer, "ラボのPLC")).containsExactly(english.trackingNumber());
        assertThat(search(viewer, "100%_\\")).isEmpty();
    }

    @Test
    void theQueueIsSortedByTheNextDeadline() throws Exception {
        CaseViewer viewer = psirt();
        ReportFixtures.Submitted later = ReportFixtures.submit(mvc, jdbc, "later deadline", "en");
        ReportFixtures.Submitted sooner = ReportFixtures.submit(mvc, jdbc, "sooner deadline", "en");
        jdbc.sql("update psirt_case set acknowledge_by = now() - interval '3 days' where reference = ?")
                .param(sooner.trackingNumber()).update();
        java.util.List<String> queue = search(viewer, "deadline");
        assertThat(queue.indexOf(sooner.trackingNumber())).isLessThan(queue.indexOf(later.trackingNumber()));
    }
}
