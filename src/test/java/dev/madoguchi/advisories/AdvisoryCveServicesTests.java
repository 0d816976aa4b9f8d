package dev.madoguchi.advisories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.madoguchi.cna.CveIdPool;
import dev.madoguchi.shared.DisplayTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Publishing an advisory sends the CVE records of its vulnerabilities to CVE Services, when it is configured. */
@SpringBootTest
@AutoConfigureMockMvc
class AdvisoryCveServicesTests {

    static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    static final HttpServer SERVER = start();

    static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api", AdvisoryCveServicesTests::answer);
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        RECEIVED.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        byte[] bytes = "{\"message\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @AfterAll
    static void stop() {
        SERVER.stop(0);
    }

    @DynamicPropertySource
    static void cveServices(DynamicPropertyRegistry registry) {
        registry.add("madoguchi.cve-services.enabled", () -> "true");
        registry.add("madoguchi.cve-services.base-url", () -> "http://127.0.0.1:" + SERVER.getAddress().getPort()
                + "/api");
        registry.add("madoguchi.cve-services.short-name", () -> "examplecorp");
        registry.add("madoguchi.cve-services.user", () -> "psirt@example.com");
        registry.add("madoguchi.cve-services.api-key", () -> "test-api-key");
        registry.add("madoguchi.cna.org-id", () -> "8254265b-2729-46b6-b9e3-3dfca2d5bfca");
        registry.add("madoguchi.cna.short-name", () -> "examplecorp");
        registry.add("madoguchi.cna.advisory-url", () -> "https://www.example.com/psirt/{cveId}");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CveIdPool pool;
    @Autowired
    AdvisoryPublisher publisher;

    @Test
    void publishingAnAdvisorySendsItsCveRecordsOnce() throws Exception {
        ReadyAdvisory a = ReadyAdvisory.prepare(mvc, jdbc, "Recorded relay", LocalDateTime.now(DisplayTime.JST)
                .plusDays(1).withHour(10).withMinute(0));
        int year = LocalDate.now(DisplayTime.JST).getYear();
        pool.enter("CVE-" + year + "-40001", "psirt");
        long vulnerability = jdbc.sql("select vulnerability_id from advisory_vulnerability where advisory_id = ?")
                .param(a.id()).query(Long.class).single();
        String cve = pool.assignNext(vulnerability, "V1", "psirt", null).orElseThrow();
        a.approveAndSchedule(mvc, jdbc);
        jdbc.sql("update advisory set publish_at = now() - interval '1 second' where id = ?").param(a.id()).update();
        assertThat(publisher.publishDue()).isEqualTo(1);
        assertThat(RECEIVED).containsExactly("POST /api/cve/" + cve + "/cna");
        assertThat(pool.published(cve)).isTrue();
    }
}
