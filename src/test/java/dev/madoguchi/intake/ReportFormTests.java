package dev.madoguchi.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.madoguchi.mail.Outbox;
import dev.madoguchi.mail.QueuedMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@SpringBootTest(properties = "madoguchi.intake.max-file-size=1KB")
@AutoConfigureMockMvc
class ReportFormTests {

    private static final Pattern TRACKING = Pattern.compile("id=\"tracking-number\">(MDG-\\d{4}-\\d{4,})<");
    private static final Pattern LINK = Pattern.compile("id=\"status-link\" href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;

    private MockMultipartHttpServletRequestBuilder form(Map<String, String> fields, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/report");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        request.with(csrf()).with(r -> {
            r.setRemoteAddr("192.0.2." + (int) (Math.random() * 200 + 1));
            return r;
        });
        return ReportSamples.withFields(request, fields);
    }

    private String submit(Map<String, String> fields, MockMultipartFile... files) throws Exception {
        return mvc.perform(form(fields, files)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String group(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as("pattern %s in page", pattern).isTrue();
        return m.group(1);
    }

    @Test
    void aReportIsStoredWithItsFileOpensACaseAndQueuesAConfirmationWithoutDetails() throws Exception {
        String page = submit(ReportSamples.formFields(),
                new MockMultipartFile("files", "poc.html", "text/html", "<script>alert(1)</script>".getBytes()));
        String tracking = group(TRACKING, page);
        String link = group(LINK, page);
        long reportId = jdbc.sql("select id from report where tracking_number = ?").param(tracking)
                .query(Long.class).single();

        assertThat(jdbc.sql("select state from psirt_case c join case_report r on r.case_id = c.id where r.report_id = ?")
                .param(reportId).query(String.class).single()).isEqualTo("received");
        assertThat(jdbc.sql("select count(*) from report_attachment where report_id = ?").param(reportId)
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select credit_name from report where id = ?").param(reportId).query(String.class).single())
                .isEqualTo("Hanako Yamada (Example Lab)");

        List<QueuedMail> mails = outbox.about("report", Long.toString(reportId));
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).recipient()).isEqualTo("hanako@example.jp");
        assertThat(mails.get(0).subject()).contains(tracking);
        assertThat(mails.get(0).body()).contains(link).doesNotContain("Stored XSS", "device name", "MELSEC");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'report.received' and object_id = ?")
                .param(Long.toString(reportId)).query(Long.class).single()).isOne();
    }

    @Test
    void aFailedSubmissionKeepsEverythingTypedAndTheChosenFiles() throws Exception {
        Map<String, String> fields = ReportSamples.formFields();
        fields.put("reporter.email", "not-an-address");
        fields.put("title", "");
        fields.put("stepsToReproduce", "Step <b>one</b> & two, 日本語も");
        String page = submit(fields, new MockMultipartFile("files", "trace.log", "text/plain", "trace".getBytes()),
                new MockMultipartFile("files", "huge.bin", "application/octet-stream", new byte[2048]));

        assertThat(page).contains("Please enter a valid e-mail address.", "This field is required.",
                "value=\"not-an-address\"", "Step &lt;b&gt;one&lt;/b&gt; &amp; two, 日本語も",
                "value=\"MELSEC iQ-R Ethernet module\"", "huge.bin is larger than 1 KB.");
        Matcher kept = Pattern.compile("name=\"keptFiles\" value=\"([0-9a-f-]{36})\"").matcher(page);
        assertThat(kept.find()).as("trace.log kept").isTrue();
        assertThat(page).contains("trace.log (5 bytes)").contains("Please choose these files again:");
        assertThat(jdbc.sql("select count(*) from report where reporter_email = 'not-an-address'").query(Long.class)
                .single()).isZero();

        Map<String, String> corrected = ReportSamples.formFields();
        corrected.put("submissionKey", group(Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\""), page));
        MockMultipartHttpServletRequestBuilder again = form(corrected);
        again.param("keptFiles", kept.group(1));
        String done = mvc.perform(again).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String tracking = group(TRACKING, done);
        assertThat(jdbc.sql("select a.file_name from report_attachment ra join attachment a on a.id = ra.attachment_id "
                + "join report r on r.id = ra.report_id where r.tracking_number = ?").param(tracking)
                .query(String.class).list()).containsExactly("trace.log");
    }

    @Test
    void theSameFormSentTwiceFilesOneReport() throws Exception {
        Map<String, String> fields = ReportSamples.formFields();
        fields.put("submissionKey", "0f4b6f36-0000-4000-8000-000000000001");
        String first = submit(fields);
        String second = submit(fields);
        assertThat(group(TRACKING, second)).isEqualTo(group(TRACKING, first));
        assertThat(second).doesNotContain("id=\"status-link\"").contains("This report was already received.");
    }

    @Test
    void theHoneypotFieldMakesASilentDropNothingIsStored() throws Exception {
        long before = jdbc.sql("select count(*) from report").query(Long.class).single();
        Map<String, String> fields = ReportSamples.formFields();
        fields.put("website", "http://spam.example");
        String page = submit(fields);
        assertThat(page).doesNotContain("tracking-number");
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void trackingNumbersRunInSequenceWithinTheYear() throws Exception {
        String a = group(TRACKING, submit(ReportSamples.formFields()));
        String b = group(TRACKING, submit(ReportSamples.formFields()));
        int na = Integer.parseInt(a.substring(a.lastIndexOf('-') + 1));
        int nb = Integer.parseInt(b.substring(b.lastIndexOf('-') + 1));
        assertThat(nb).isEqualTo(na + 1);
        assertThat(a.substring(0, 9)).isEqualTo(b.substring(0, 9)).startsWith("MDG-20");
    }

    @Test
    void scriptTypedIntoAnyFieldIsShownAsTextOnEveryPage() throws Exception {
        Map<String, String> fields = ReportSamples.formFields();
        String payload = "<script>alert('x')</script>";
        fields.replaceAll((k, v) -> k.equals("reporter.email") || k.equals("language") || k.equals("policyAccepted")
                || k.equals("credit.wanted") || k.equals("cvssVector") || k.equals("vulnerabilityType") ? v : v + payload);
        String page = submit(fields);
        String link = group(LINK, page);
        String status = mvc.perform(get(link.replaceFirst("^https?://[^/]+", ""))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(status).doesNotContain(payload).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void theFormShowsTheScopeNoticeAndThePolicyLinkInJapanese() throws Exception {
        String page = mvc.perform(get("/report").header("Accept-Language", "ja")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("当社ウェブサイトの脆弱性は", "他社製品の脆弱性は", "href=\"/policy\"",
                "CWE-79: クロスサイトスクリプティング", "<option value=\"ja\" selected=\"selected\">");
    }

    @Test
    void requestsFromOneAddressAreLimitedPerHourAndTheFormIsKept() throws Exception {
        // the default limit is 10 per hour; fill it from one address
        for (int i = 0; i < 10; i++) {
            mvc.perform(ReportSamples.withFields(multipart("/report"), ReportSamples.formFields()).with(csrf())
                    .with(r -> {
                        r.setRemoteAddr("198.51.100.7");
                        return r;
                    })).andExpect(status().isOk());
        }
        Map<String, String> fields = ReportSamples.formFields();
        fields.put("title", "The eleventh report");
        mvc.perform(ReportSamples.withFields(multipart("/report"), fields).with(csrf()).with(r -> {
                    r.setRemoteAddr("198.51.100.7");
                    return r;
                }))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("value=\"The eleventh report\"", "Too many reports"));
        mvc.perform(form(ReportSamples.formFields())).andExpect(status().isOk());
    }
}
