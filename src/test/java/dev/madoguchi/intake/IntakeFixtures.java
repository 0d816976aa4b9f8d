package dev.madoguchi.intake;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Submits reports through the public form, as a reporter would, and returns what the confirmation page shows. */
final class IntakeFixtures {

    record Submitted(String trackingNumber, String statusPath, String token) {
    }

    private IntakeFixtures() {
    }

    static Submitted submit(MockMvc mvc, Map<String, String> fields, MockMultipartFile... files) throws Exception {
        String page = page(mvc, fields, files);
        Matcher tracking = Pattern.compile("id=\"tracking-number\">([^<]+)<").matcher(page);
        Matcher link = Pattern.compile("id=\"status-link\" href=\"https?://[^/]+(/r/([A-Za-z0-9_-]{43}))\"").matcher(page);
        if (!tracking.find() || !link.find()) {
            throw new IllegalStateException("the report was not accepted:\n" + page);
        }
        return new Submitted(tracking.group(1), link.group(1), link.group(2));
    }

    /** The page the form answers with: the confirmation, or the form again with its problems. */
    static String page(MockMvc mvc, Map<String, String> fields, MockMultipartFile... files) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/report");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        request.with(csrf()).with(r -> {
            r.setRemoteAddr("203.0.113." + (int) (Math.random() * 250 + 1));
            return r;
        });
        return mvc.perform(ReportSamples.withFields(request, fields)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static Submitted submit(MockMvc mvc) throws Exception {
        return submit(mvc, ReportSamples.formFields());
    }
}
