package dev.madoguchi.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.ReportFixtures;
import dev.madoguchi.testing.StaffFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A developer's queue is built from each of their divisions' cases in deadline order ({@link QueueQuery}); it must
 * be exactly the PSIRT queue restricted to the cases the developer may see, page after page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeveloperQueueTests {

    private static final CaseViewer SYSTEM = new CaseViewer(0, "test", true, false, false, false);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Cases cases;
    @Autowired
    Divisions divisions;
    @Autowired
    CaseParticipants participants;

    private final Map<String, String> references = new LinkedHashMap<>();
    private String word;
    private CaseViewer developer;

    /** Cases one to seven: 1-3 in division A, 4-5 in B, 6 in both, 7 in C; the developer is in A and B. */
    @BeforeEach
    void casesOfThreeDivisions() throws Exception {
        word = StaffFixtures.unique("kiwi").replace("-", "");
        long a = divisions.create("Division A " + word);
        long b = divisions.create("Division B " + word);
        long c = divisions.create("Division C " + word);
        long[][] divisionsOf = {{a}, {a}, {a}, {b}, {b}, {a, b}, {c}};
        for (int i = 0; i < divisionsOf.length; i++) {
            String reference = ReportFixtures.submit(mvc, jdbc, "Case " + (i + 1) + " " + word, "en").trackingNumber();
            references.put("case" + (i + 1), reference);
            for (long division : divisionsOf[i]) {
                participants.addDivision(reference, SYSTEM, division);
            }
        }
        // deadlines interleave the divisions: 6, 4, 1, 7, 2, 5, 3
        int[] order = {6, 4, 1, 7, 2, 5, 3};
        for (int rank = 0; rank < order.length; rank++) {
            dueInDays(references.get("case" + order[rank]), rank + 1);
        }
        String name = StaffFixtures.unique("dev");
        long id = StaffFixtures.create(jdbc, name, Role.DEVELOPER);
        divisions.addMember(a, id, name);
        divisions.addMember(b, id, name);
        developer = new CaseViewer(id, name, false, false, true, false);
    }

    private void dueInDays(String reference, int days) {
        jdbc.sql("update psirt_case set acknowledge_by = now() + make_interval(days => ?) where reference = ?")
                .params(days, reference).update();
    }

    private List<String> pages(CaseViewer viewer, String query, int size) {
        List<String> all = new ArrayList<>();
        for (int offset = 0; offset < 20; offset += size) {
            List<String> page = cases.queue(new QueueFilter("open", null, null, query, false, offset, size), viewer,
                    Instant.now()).stream().map(QueueEntry::reference).filter(references::containsValue).toList();
            all.addAll(page);
        }
        return all;
    }

    private List<String> named(String... cases) {
        return java.util.Arrays.stream(cases).map(references::get).toList();
    }

    @Test
    void aDevelopersQueueIsTheirDivisionsCasesInDeadlineOrderOnEveryPage() {
        List<String> expected = named("case6", "case4", "case1", "case2", "case5", "case3");
        // a case in two of the developer's divisions appears once; the case of division C not at all
        assertThat(pages(developer, null, 2)).containsExactlyElementsOf(expected);
        assertThat(pages(developer, null, 3)).containsExactlyElementsOf(expected);
        assertThat(pages(developer, word, 2)).containsExactlyElementsOf(expected);
        assertThat(pages(SYSTEM, word, 2)).containsExactlyElementsOf(
                named("case6", "case4", "case1", "case7", "case2", "case5", "case3"));
    }

    @Test
    void aChangedDeadlineMovesTheCaseInTheDevelopersQueue() {
        dueInDays(references.get("case3"), -1);
        assertThat(pages(developer, null, 1).get(0)).isEqualTo(references.get("case3"));
        jdbc.sql("update psirt_case set state = 'closed', closed_at = now() where reference = ?")
                .param(references.get("case3")).update();
        assertThat(pages(developer, null, 1)).doesNotContain(references.get("case3"))
                .startsWith(references.get("case6"));
    }

    @Test
    void aCaseAddedToTheDevelopersDivisionTakesItsPlaceByDeadline() {
        dueInDays(references.get("case7"), -2);
        assertThat(pages(developer, null, 1)).doesNotContain(references.get("case7"));
        long a = jdbc.sql("select id from division where name = ?").param("Division A " + word).query(Long.class)
                .single();
        participants.addDivision(references.get("case7"), SYSTEM, a);
        assertThat(pages(developer, null, 1).get(0)).isEqualTo(references.get("case7"));
    }
}
