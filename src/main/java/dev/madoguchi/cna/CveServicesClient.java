package dev.madoguchi.cna;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.madoguchi.shared.Refusal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * A client of the CVE Services REST API (CVE Program, "CVE Services API" v2): reserve IDs, publish or update a CNA
 * container, reject an ID. Every request carries the {@code CVE-API-ORG}, {@code CVE-API-USER} and
 * {@code CVE-API-KEY} headers the API authenticates with. Off unless configured; the key is never logged.
 */
@Component
public class CveServicesClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final CveServicesProperties properties;
    private final JsonMapper json;
    private final HttpClient http;

    CveServicesClient(CveServicesProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public boolean enabled() {
        return properties.enabled() && !properties.shortName().isEmpty() && !properties.user().isEmpty()
                && !properties.apiKey().isEmpty();
    }

    /** {@code POST /cve-id?amount=N&cve_year=Y&short_name=S} (sequential batch when more than one). */
    public List<String> reserve(int amount, int year) {
        if (amount < 1 || amount > 1000) {
            throw new Refusal("cve.services.amount", 1000);
        }
        String query = "amount=" + amount + "&cve_year=" + year + "&short_name="
                + URLEncoder.encode(properties.shortName(), StandardCharsets.UTF_8)
                + (amount > 1 ? "&batch_type=sequential" : "");
        JsonNode answer = send("POST", "/cve-id?" + query, null);
        List<String> ids = new ArrayList<>();
        for (JsonNode id : answer.path("cve_ids")) {
            ids.add(id.path("cve_id").asString());
        }
        return ids;
    }

    /** {@code POST /cve/{id}/cna} for a first publication, {@code PUT} to update; body {@code {"cnaContainer"}}. */
    public void publish(String cveId, JsonNode cnaContainer, boolean update) {
        send(update ? "PUT" : "POST", "/cve/" + cveId + "/cna",
                json.createObjectNode().set("cnaContainer", cnaContainer).toString());
    }

    /** {@code POST /cve/{id}/reject} with the reasons ({@code rejectedReasons} of a CNA rejected container). */
    public void reject(String cveId, String reasonEn) {
        var container = json.createObjectNode();
        container.putArray("rejectedReasons").addObject().put("lang", "en").put("value", reasonEn);
        send("POST", "/cve/" + cveId + "/reject", json.createObjectNode().set("cnaContainer", container).toString());
    }

    private JsonNode send(String method, String path, String body) {
        if (!enabled()) {
            throw new Refusal("cve.services.off");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.baseUrl() + path)).timeout(TIMEOUT)
                .header("CVE-API-ORG", properties.shortName()).header("CVE-API-USER", properties.user())
                .header("CVE-API-KEY", properties.apiKey()).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                throw new Refusal("cve.services.refused", response.statusCode(), message(response.body()));
            }
            return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new Refusal("cve.services.unreachable", properties.baseUrl());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refusal("cve.services.unreachable", properties.baseUrl());
        }
    }

    private String message(String body) {
        try {
            JsonNode node = json.readTree(body);
            String text = node.path("message").asString("");
            return text.isEmpty() ? node.path("error").asString("") : text;
        } catch (RuntimeException e) {
            return body.length() > 200 ? body.substring(0, 200) : body;
        }
    }
}
