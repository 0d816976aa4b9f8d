package dev.madoguchi.cna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.madoguchi.cve.CveSchema;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "madoguchi.cna.org-id=4b2f0bd4-9d0c-4b7e-9d2f-3c6c2f0d1a11")
@AutoConfigureMockMvc
class RejectedRecordTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CveIdPool pool;

    @Test
    void aRejectedIdHasARejectedRecordThatPassesTheCveSchemaAndOnlyPsirtGetsIt() throws Exception {
        pool.enter("CVE-2025-55501", "psirt");
        pool.reject("CVE-2025-55501", "This candidate was a duplicate of CVE-2025-55500.", "psirt");
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        Cookie psirt = SignedIn.as(mvc, name);
        byte[] json = mvc.perform(get("/cna/ids/CVE-2025-55501/record.json").cookie(psirt))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(CveSchema.of("5.1.1").validate(json)).isEmpty();
        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).contains("\"state\" : \"REJECTED\"",
                "This candidate was a duplicate of CVE-2025-55500.");

        pool.enter("CVE-2025-55502", "psirt");
        mvc.perform(get("/cna/ids/CVE-2025-55502/record.json").cookie(psirt)).andExpect(status().isNotFound());
        String developer = StaffFixtures.unique("dev");
        StaffFixtures.create(jdbc, developer, Role.DEVELOPER);
        mvc.perform(get("/cna/ids/CVE-2025-55501/record.json").cookie(SignedIn.as(mvc, developer)))
                .andExpect(status().isNotFound());
    }
}
