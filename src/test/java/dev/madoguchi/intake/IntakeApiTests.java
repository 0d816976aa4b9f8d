package dev.madoguchi.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.jayway.jsonpath.JsonPath;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.StaffFixtures;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class IntakeApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String tokenFor(Role role) throws Exception {
        String name = StaffFixtures.unique(role.name().toLowerCase());
        StaffFixtures.create(jdbc, name, role);
        return StaffFixtures.token(jdbc, name);
    }

    @Test
    void aValidReportIsCreatedWithTrackingNumberStatusUrlAndDeadline() throws Exception {
        String body = mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                        .content(ReportSamples.json(null)).with(r -> {
                            r.setRemoteAddr("198.51.100.1");
                            return r;
                        }))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/reports/MDG-")))
                .andExpect(jsonPath("$.trackingNumber").value(Matchers.matchesPattern("MDG-\\d{4}-\\d{4,}")))
                .andExpect(jsonPath("$.statusUrl").value(Matchers.matchesPattern("http://localhost(:\\d+)?/r/[A-Za-z0-9_-]{43}")))
                .andReturn().getResponse().getContentAsString();
        OffsetDateTime deadline = OffsetDateTime.parse(JsonPath.read(body, "$.acknowledgeBy"));
        assertThat(deadline.getOffset()).isEqualTo(ZoneOffset.ofHours(9));
        String tracking = JsonPath.read(body, "$.trackingNumber");
        assertThat(jdbc.sql("select channel || ' ' || language || ' ' || cwe_id from report where tracking_number = ?")
                .param(tracking).query(String.class).single()).isEqualTo("api ja 787");
        assertThat(jdbc.sql("select count(*) from report_attachment ra join report r on r.id = ra.report_id "
                + "where r.tracking_number = ?").param(tracking).query(Long.class).single()).isOne();
    }

    @Test
    void invalidReportsGetProblemJsonWithAnErrorPerFieldInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "ja")
                        .content(ReportSamples.json("\"title\": \"\", \"cvssVector\": \"CVSS:3.1/AV:Q\"")
                                .replace("\"taro@example.jp\"", "\"nope\"")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("この項目は必須です。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'reporter.email')].code").value("report.email.invalid"))
                .andExpect(jsonPath("$.errors[?(@.field == 'cvssVector')]").exists());
    }

    @Test
    void malformedJsonAndBadBase64AreClearErrors() throws Exception {
        mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content("{\"title\": "))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")));
        mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                        .content(ReportSamples.json(null).replace("cHJpbnQoJ2hlbGxvJyk=", "!!!not base64!!!")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attachments[0].contentBase64"));
    }

    @Test
    void theMultipartVariantTakesTheJsonAsAPartAndFiles() throws Exception {
        MockMultipartFile json = new MockMultipartFile("report", "", MediaType.APPLICATION_JSON_VALUE,
                ReportSamples.json(null).getBytes());
        String body = mvc.perform(multipart("/api/v1/reports").file(json)
                        .file(new MockMultipartFile("files", "capture.pcap", "application/octet-stream", new byte[100])))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String tracking = JsonPath.read(body, "$.trackingNumber");
        assertThat(jdbc.sql("select count(*) from report_attachment ra join report r on r.id = ra.report_id "
                + "where r.tracking_number = ?").param(tracking).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aTokenCallerIsRecordedAsTheSourceIsNotRateLimitedAndReadsItsOwnReport() throws Exception {
        String coordinator = tokenFor(Role.COORDINATOR);
        String tracking = null;
        for (int i = 0; i < 12; i++) {
            String body = mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                            .header("Authorization", "Bearer " + coordinator).content(ReportSamples.json(null)))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            tracking = JsonPath.read(body, "$.trackingNumber");
        }
        assertThat(jdbc.sql("select source_user_id is not null from report where tracking_number = ?").param(tracking)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(get("/api/v1/reports/" + tracking).header("Authorization", "Bearer " + coordinator))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Heap overflow in the FTP service"))
                .andExpect(jsonPath("$.cwe").value("CWE-787"))
                .andExpect(jsonPath("$.attachments[0].fileName").value("poc.py"));
        mvc.perform(get("/api/v1/reports/" + tracking).header("Authorization", "Bearer " + tokenFor(Role.COORDINATOR)))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")));
        mvc.perform(get("/api/v1/reports/" + tracking).header("Authorization", "Bearer " + tokenFor(Role.PSIRT)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports/" + tracking)).andExpect(status().isUnauthorized());
    }

    @Test
    void anonymousCallersAreRateLimitedWithRetryAfter() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(ReportSamples.json(null))
                    .with(r -> {
                        r.setRemoteAddr("198.51.100.99");
                        return r;
                    })).andExpect(status().isCreated());
        }
        mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(ReportSamples.json(null))
                        .with(r -> {
                            r.setRemoteAddr("198.51.100.99");
                            return r;
                        }))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", Matchers.matchesPattern("\\d+")))
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")));
    }

    @Test
    void anIdempotencyKeyMakesARetriedRequestReturnTheSameReport() throws Exception {
        String token = tokenFor(Role.COORDINATOR);
        String first = mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", "Bearer " + token).header("Idempotency-Key", "jpcert-VU#123")
                        .content(ReportSamples.json(null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", "Bearer " + token).header("Idempotency-Key", "jpcert-VU#123")
                        .content(ReportSamples.json(null)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(second, "$.trackingNumber")).isEqualTo(JsonPath.read(first, "$.trackingNumber"));
    }

    @Test
    void theOpenApiDocumentDescribesTheIntakeApi() throws Exception {
        mvc.perform(get("/api/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/reports'].post").exists())
                .andExpect(jsonPath("$.components.schemas.ReportRequest.properties.stepsToReproduce").exists());
    }
}
