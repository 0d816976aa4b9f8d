package dev.madoguchi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.ReportFixtures;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Need-to-know, as a matrix: each kind of person against a case of their own and a case of someone else, for every
 * way of reaching a case (queue, search, page, file download, writing, acting). A case someone may not see answers
 * exactly like a case that does not exist.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseVisibilityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseParticipants participants;
    @Autowired
    Divisions divisions;
    @Autowired
    CaseConversation conversation;

    ReportFixtures.Submitted ofDivisionA;
    ReportFixtures.Submitted ofDivisionB;
    long fileOfA;
    final Map<String, Cookie> people = new LinkedHashMap<>();
    final Map<String, Long> ids = new LinkedHashMap<>();
    final Map<String, String> names = new LinkedHashMap<>();

    private void person(String who, Role role) throws Exception {
        String name = StaffFixtures.unique(who.toLowerCase());
        ids.put(who, StaffFixtures.create(jdbc, name, role));
        names.put(who, name);
        people.put(who, SignedIn.as(mvc, name));
    }

    @BeforeEach
    void twoCasesOfTwoDivisions() throws Exception {
        String unique = StaffFixtures.unique("x");
        ofDivisionA = ReportFixtures.submit(mvc, jdbc, "Alpha-" + unique + " secret", "en");
        ofDivisionB = ReportFixtures.submit(mvc, jdbc, "Bravo-" + unique + " secret", "en");
        long a = divisions.create("Division A " + unique);
        long b = divisions.create("Division B " + unique);
        CaseViewer system = new CaseViewer(0, "test", true, false, false, false);
        participants.addDivision(ofDivisionA.trackingNumber(), system, a);
        participants.addDivision(ofDivisionB.trackingNumber(), system, b);
        people.clear();
        person("psirt", Role.PSIRT);
        person("admin", Role.ADMIN);
        person("devA", Role.DEVELOPER);
        person("devB", Role.DEVELOPER);
        person("coordA", Role.COORDINATOR);
        person("coordNone", Role.COORDINATOR);
        divisions.addMember(a, ids.get("devA"), names.get("devA"));
        divisions.addMember(b, ids.get("devB"), names.get("devB"));
        participants.addCoordinator(ofDivisionA.trackingNumber(), system, names.get("coordA"));
        mvc.perform(multipart(ofDivisionA.statusPath() + "/messages")
                .file(new MockMultipartFile("files", "a.txt", "text/plain", "a".getBytes())).param("body", "file")
                .with(csrf()));
        fileOfA = jdbc.sql("select attachment_id from report_attachment where report_id = ?")
                .param(ofDivisionA.reportId()).query(Long.class).single();
    }

    private String queue(Cookie who, String query) throws Exception {
        return mvc.perform(get("/cases").param("state", "all").param("q", query).cookie(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int page(Cookie who, String reference) throws Exception {
        return mvc.perform(get("/cases/" + reference).cookie(who)).andReturn().getResponse().getStatus();
    }

    private int download(Cookie who) throws Exception {
        return mvc.perform(get("/cases/" + ofDivisionA.trackingNumber() + "/reports/" + ofDivisionA.reportId()
                + "/files/" + fileOfA).cookie(who)).andReturn().getResponse().getStatus();
    }

    private int note(Cookie who, String thread) throws Exception {
        return mvc.perform(post("/cases/" + ofDivisionA.trackingNumber() + "/messages").param("thread", thread)
                .param("body", "hello").with(csrf()).cookie(who)).andReturn().getResponse().getStatus();
    }

    @Test
    void psirtAndAdministratorsSeeEveryCase() throws Exception {
        for (String who : new String[] {"psirt", "admin"}) {
            Cookie c = people.get(who);
            assertThat(queue(c, "")).contains(ofDivisionA.trackingNumber(), ofDivisionB.trackingNumber());
            assertThat(queue(c, "Bravo")).contains(ofDivisionB.trackingNumber()).doesNotContain(ofDivisionA.trackingNumber());
            assertThat(page(c, ofDivisionA.trackingNumber())).isEqualTo(200);
            assertThat(page(c, ofDivisionB.trackingNumber())).isEqualTo(200);
            assertThat(download(c)).isEqualTo(200);
        }
    }

    @Test
    void aDeveloperSeesOnlyTheCasesOfTheirDivisions() throws Exception {
        Cookie devA = people.get("devA");
        Cookie devB = people.get("devB");
        assertThat(queue(devA, "")).contains(ofDivisionA.trackingNumber()).doesNotContain(ofDivisionB.trackingNumber());
        assertThat(queue(devB, "Alpha")).doesNotContain(ofDivisionA.trackingNumber());
        assertThat(page(devA, ofDivisionA.trackingNumber())).isEqualTo(200);
        assertThat(page(devA, ofDivisionB.trackingNumber())).isEqualTo(404);
        assertThat(page(devB, ofDivisionA.trackingNumber())).isEqualTo(404);
        assertThat(page(devB, "MDG-1999-9999")).isEqualTo(404);
        assertThat(download(devA)).isEqualTo(200);
        assertThat(download(devB)).isEqualTo(404);
        assertThat(note(devA, "internal")).isEqualTo(302);
        assertThat(note(devB, "internal")).isEqualTo(404);
        assertThat(note(devA, "coordinator")).isEqualTo(404);
    }

    @Test
    void aCoordinatorSeesOnlyTheCasesTheyWereAddedTo() throws Exception {
        Cookie coordinator = people.get("coordA");
        Cookie other = people.get("coordNone");
        assertThat(queue(coordinator, "")).contains(ofDivisionA.trackingNumber())
                .doesNotContain(ofDivisionB.trackingNumber());
        assertThat(queue(other, "")).doesNotContain(ofDivisionA.trackingNumber(), ofDivisionB.trackingNumber());
        assertThat(page(coordinator, ofDivisionA.trackingNumber())).isEqualTo(200);
        assertThat(page(coordinator, ofDivisionB.trackingNumber())).isEqualTo(404);
        assertThat(page(other, ofDivisionA.trackingNumber())).isEqualTo(404);
        assertThat(download(other)).isEqualTo(404);
        assertThat(note(coordinator, "coordinator")).isEqualTo(302);
        assertThat(note(coordinator, "internal")).isEqualTo(404);
        assertThat(note(other, "coordinator")).isEqualTo(404);
    }

    @Test
    void participantsWhoAreNotHandlersCannotActAndSeeNoReporterContact() throws Exception {
        Cookie devA = people.get("devA");
        mvc.perform(post("/cases/" + ofDivisionA.trackingNumber() + "/acknowledge").with(csrf()).cookie(devA));
        assertThat(jdbc.sql("select state from psirt_case where reference = ?").param(ofDivisionA.trackingNumber())
                .query(String.class).single()).isEqualTo("received");
        String page = mvc.perform(get("/cases/" + ofDivisionA.trackingNumber()).cookie(devA)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("reporter@example.jp").contains("Contact details are visible to PSIRT only.");
    }

    @Test
    void searchNeverRevealsAThreadThePersonMayNotRead() throws Exception {
        CaseViewer system = new CaseViewer(0, "test", true, false, false, false);
        conversation.post(ofDivisionA.trackingNumber(), system, "internal", "internalzebra tradeoff");
        conversation.post(ofDivisionA.trackingNumber(), system, "coordinator", "coordinatorgiraffe timeline");
        assertThat(queue(people.get("psirt"), "internalzebra")).contains(ofDivisionA.trackingNumber());
        assertThat(queue(people.get("devA"), "internalzebra")).contains(ofDivisionA.trackingNumber());
        assertThat(queue(people.get("coordA"), "internalzebra")).doesNotContain(ofDivisionA.trackingNumber());
        assertThat(queue(people.get("coordA"), "coordinatorgiraffe")).contains(ofDivisionA.trackingNumber());
        assertThat(queue(people.get("devA"), "coordinatorgiraffe")).doesNotContain(ofDivisionA.trackingNumber());
        assertThat(mvc.perform(get("/cases/export.csv").param("q", "internalzebra").cookie(people.get("coordA")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(ofDivisionA.trackingNumber());
    }

    @Test
    void membershipOfADivisionShowsItsCasesOnlyToDevelopers() throws Exception {
        long divisionOfA = jdbc.sql("select division_id from case_division cd join psirt_case c on c.id = cd.case_id "
                + "where c.reference = ?").param(ofDivisionA.trackingNumber()).query(Long.class).single();
        jdbc.sql("insert into division_member (division_id, user_id) values (?, ?)")
                .params(divisionOfA, ids.get("coordNone")).update();
        assertThat(page(people.get("coordNone"), ofDivisionA.trackingNumber())).isEqualTo(404);
        assertThat(queue(people.get("coordNone"), "")).doesNotContain(ofDivisionA.trackingNumber());
    }

    @Test
    void aPersonWithBothRolesReadsOnlyTheThreadsOfHowTheyTakePart() throws Exception {
        person("both", Role.COORDINATOR);
        jdbc.sql("insert into staff_user_role (user_id, role) values (?, 'DEVELOPER')").param(ids.get("both")).update();
        people.put("both", SignedIn.as(mvc, names.get("both")));
        CaseViewer system = new CaseViewer(0, "test", true, false, false, false);
        participants.addCoordinator(ofDivisionA.trackingNumber(), system, names.get("both"));
        assertThat(page(people.get("both"), ofDivisionA.trackingNumber())).isEqualTo(200);
        assertThat(note(people.get("both"), "coordinator")).isEqualTo(302);
        assertThat(note(people.get("both"), "internal")).isEqualTo(404);
    }

    @Test
    void viewingACaseIsAudited() throws Exception {
        page(people.get("psirt"), ofDivisionB.trackingNumber());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'case.viewed' and object_id = ?")
                .param(ofDivisionB.trackingNumber()).query(Long.class).single()).isOne();
    }
}
