package dev.madoguchi.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Reports submitted through the intake API, as a coordinator's tool or a researcher's script would. */
public final class ReportFixtures {

    /** A submitted report: its tracking number (also its case's reference) and id. */
    public record Submitted(String trackingNumber, long reportId, String statusPath) {
    }

    private static final AtomicInteger ADDRESS = new AtomicInteger();

    private ReportFixtures() {
    }

    public static Submitted submit(MockMvc mvc, JdbcClient jdbc, String title, String language) throws Exception {
        String body = """
                {"product": "Example PLC", "productVersion": "1.0", "vulnerabilityType": "CWE-787",
                 "title": "%s", "stepsToReproduce": "Send a long packet.", "impact": "Crash",
                 "reporter": {"name": "Reporter %s", "email": "reporter@example.jp"},
                 "credit": {"wanted": true, "name": "Credit %s"}, "language": "%s", "policyAccepted": true}"""
                .formatted(title, title, title, language);
        int n = ADDRESS.incrementAndGet();
        String answer = mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(r -> {
                            r.setRemoteAddr("10.9." + (n / 250) + "." + (n % 250));
                            return r;
                        }))
                .andReturn().getResponse().getContentAsString();
        String tracking = JsonPath.read(answer, "$.trackingNumber");
        long id = jdbc.sql("select id from report where tracking_number = ?").param(tracking).query(Long.class)
                .single();
        String statusUrl = JsonPath.read(answer, "$.statusUrl");
        return new Submitted(tracking, id, statusUrl.replaceFirst("^https?://[^/]+", ""));
    }
}
