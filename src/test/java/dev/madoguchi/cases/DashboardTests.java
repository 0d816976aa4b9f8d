package dev.madoguchi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.ReportFixtures;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class DashboardTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseDashboard dashboard;
    @Autowired
    CaseWorkflow workflow;

    @Test
    void theDashboardCountsCasesByStateAndAcknowledgmentsInTimeOverVisibleCasesOnly() throws Exception {
        String name = StaffFixtures.unique("psirt");
        long id = StaffFixtures.create(jdbc, name, Role.PSIRT);
        CaseViewer psirt = new CaseViewer(id, name, true, false, false, false);
        ReportFixtures.Submitted onTime = ReportFixtures.submit(mvc, jdbc, "on time", "en");
        ReportFixtures.Submitted late = ReportFixtures.submit(mvc, jdbc, "late", "en");
        ReportFixtures.submit(mvc, jdbc, "waiting", "en");
        jdbc.sql("update psirt_case set acknowledge_by = now() - interval '1 hour' where reference = ?")
                .param(late.trackingNumber()).update();
        workflow.acknowledge(onTime.trackingNumber(), psirt, "");
        workflow.acknowledge(late.trackingNumber(), psirt, "");

        CaseDashboard.Figures figures = dashboard.of(psirt, code -> code);
        assertThat(figures.acknowledgedThisQuarter()).isEqualTo(2);
        assertThat(figures.onTimeThisQuarter()).isEqualTo(1);
        assertThat(figures.onTimePercent()).isEqualTo(50.0);
        assertThat(figures.byState().bars()).filteredOn(b -> b.label().equals("acknowledged"))
                .extracting(BarChart.Bar::value).containsExactly(2.0);
        assertThat(figures.medianAcknowledgeDays().bars()).hasSize(12);

        CaseDashboard.Figures developer = dashboard.of(new CaseViewer(-1, "dev", false, false, true, false), c -> c);
        assertThat(developer.byState().bars()).allMatch(b -> b.value() == 0);
        assertThat(developer.acknowledgedThisQuarter()).isZero();

        String page = mvc.perform(get("/cases/dashboard").cookie(SignedIn.as(mvc, name))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<svg", "50.0 %", "Cases by state");
        assertThat(List.of(page.split("<rect")).size()).isGreaterThan(8);
    }
}
