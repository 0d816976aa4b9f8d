package dev.madoguchi.cna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The CVE Services client speaks the API's documented shapes to a local server that records what it receives. */
@SpringBootTest
@AutoConfigureMockMvc
class CveServicesClientTests {

    /** One request as the local CVE Services saw it. */
    record Seen(String method, String path, String query, String org, String user, String key, String body) {
    }

    static final List<Seen> SEEN = new CopyOnWriteArrayList<>();
    static final HttpServer SERVER = start();

    static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api", CveServicesClientTests::answer);
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var uri = exchange.getRequestURI();
        SEEN.add(new Seen(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(),
                exchange.getRequestHeaders().getFirst("CVE-API-ORG"),
                exchange.getRequestHeaders().getFirst("CVE-API-USER"),
                exchange.getRequestHeaders().getFirst("CVE-API-KEY"), body));
        String answer;
        int status = 200;
        if (uri.getPath().equals("/api/cve-id")) {
            answer = "{\"cve_ids\":[{\"cve_id\":\"CVE-2026-31001\",\"state\":\"RESERVED\"},"
                    + "{\"cve_id\":\"CVE-2026-31002\",\"state\":\"RESERVED\"}]}";
        } else if (uri.getPath().endsWith("/reject") && body.contains("denied")) {
            status = 403;
            answer = "{\"error\":\"NOT_OWNER\",\"message\":\"The CVE ID is owned by another CNA.\"}";
        } else {
            answer = "{\"message\":\"ok\"}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @DynamicPropertySource
    static void cveServices(DynamicPropertyRegistry registry) {
        registry.add("madoguchi.cve-services.enabled", () -> "true");
        registry.add("madoguchi.cve-services.base-url", () -> "http://127.0.0.1:" + SERVER.getAddress().getPort()
                + "/api");
        registry.add("madoguchi.cve-services.short-name", () -> "examplecorp");
        registry.add("madoguchi.cve-services.user", () -> "psirt@example.com");
        registry.add("madoguchi.cve-services.api-key", () -> "test-api-key");
    }

    @AfterAll
    static void stop() {
        SERVER.stop(0);
    }

    @Autowired
    CveServicesClient client;
    @Autowired
    CveIdPool pool;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @BeforeEach
    void forget() {
        SEEN.clear();
    }

    @Test
    void reservingSendsTheAmountYearAndOrganizationWithTheThreeAuthenticationHeaders() {
        assertThat(client.reserve(2, 2026)).containsExactly("CVE-2026-31001", "CVE-2026-31002");
        assertThat(SEEN).singleElement().satisfies(seen -> {
            assertThat(seen.method()).isEqualTo("POST");
            assertThat(seen.path()).isEqualTo("/api/cve-id");
            assertThat(seen.query()).isEqualTo("amount=2&cve_year=2026&short_name=examplecorp&batch_type=sequential");
            assertThat(seen.org()).isEqualTo("examplecorp");
            assertThat(seen.user()).isEqualTo("psirt@example.com");
            assertThat(seen.key()).isEqualTo("test-api-key");
        });
    }

    @Test
    void publishingPostsTheCnaContainerAndAnUpdatePutsIt() {
        var container = json.createObjectNode();
        container.putObject("providerMetadata").put("orgId", "4b2f0bd4-9d0c-4b7e-9d2f-3c6c2f0d1a11");
        client.publish("CVE-2026-31001", container, false);
        client.publish("CVE-2026-31001", container, true);
        assertThat(SEEN).extracting(Seen::method).containsExactly("POST", "PUT");
        assertThat(SEEN).extracting(Seen::path).containsOnly("/api/cve/CVE-2026-31001/cna");
        assertThat(json.readTree(SEEN.get(0).body()).path("cnaContainer").path("providerMetadata").path("orgId")
                .asString()).isEqualTo("4b2f0bd4-9d0c-4b7e-9d2f-3c6c2f0d1a11");
    }

    @Test
    void rejectingSendsTheReasonAndARefusalComesBackWithTheServicesMessage() {
        client.reject("CVE-2026-31002", "Unused.");
        assertThat(SEEN.get(0).path()).isEqualTo("/api/cve/CVE-2026-31002/reject");
        assertThat(json.readTree(SEEN.get(0).body()).path("cnaContainer").path("rejectedReasons").get(0)
                .path("value").asString()).isEqualTo("Unused.");
        assertThatThrownBy(() -> client.reject("CVE-2026-31003", "denied")).isInstanceOfSatisfying(
                dev.madoguchi.shared.Refusal.class, r -> {
                    assertThat(r.messageKey()).isEqualTo("cve.services.refused");
                    assertThat(r.arguments()).containsExactly(403, "The CVE ID is owned by another CNA.");
                });
    }

    @Test
    void psirtReservesIdsIntoThePoolFromItsPage() throws Exception {
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        mvc.perform(post("/cna/ids/reserve").cookie(SignedIn.as(mvc, name)).with(csrf()).param("amount", "2"))
                .andExpect(status().is3xxRedirection());
        assertThat(pool.byId("CVE-2026-31002")).hasValueSatisfying(id -> assertThat(id.state()).isEqualTo("reserved"));
        SEEN.clear();
        mvc.perform(post("/cna/ids/reject").cookie(SignedIn.as(mvc, name)).with(csrf()).param("id", "CVE-2026-31002")
                .param("reason", "Reserved by mistake.")).andExpect(status().is3xxRedirection());
        assertThat(SEEN).extracting(Seen::path).containsExactly("/api/cve/CVE-2026-31002/reject");
        assertThat(pool.byId("CVE-2026-31002")).hasValueSatisfying(id -> assertThat(id.state()).isEqualTo("rejected"));
    }
}
