package dev.madoguchi.intake;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** A complete, valid report as form fields and as API JSON, to vary one field at a time. */
final class ReportSamples {

    private ReportSamples() {
    }

    static Map<String, String> formFields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("product", "MELSEC iQ-R Ethernet module");
        f.put("productVersion", "Ver.1.08J");
        f.put("vulnerabilityType", "CWE-79: Cross-site Scripting");
        f.put("title", "Stored XSS in the web console");
        f.put("stepsToReproduce", "1. Log in\n2. Put a payload in the device name\n3. Open the list");
        f.put("proofOfConcept", "<img src=x onerror=alert(1)>");
        f.put("impact", "Script runs in the administrator's browser.");
        f.put("cvssVector", "CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N");
        f.put("reporter.name", "Hanako Yamada");
        f.put("reporter.email", "hanako@example.jp");
        f.put("reporter.organization", "Example Lab");
        f.put("credit.wanted", "true");
        f.put("credit.name", "Hanako Yamada (Example Lab)");
        f.put("language", "en");
        f.put("policyAccepted", "true");
        return f;
    }

    static MockMultipartHttpServletRequestBuilder withFields(MockMultipartHttpServletRequestBuilder request,
            Map<String, String> fields) {
        fields.forEach(request::param);
        return request;
    }

    static String json(String overrides) {
        String base = """
                {"product": "MELSEC iQ-R Ethernet module", "productVersion": "1.2.0",
                 "vulnerabilityType": "CWE-787", "title": "Heap overflow in the FTP service",
                 "stepsToReproduce": "Send a long USER command.", "proofOfConcept": "python3 poc.py",
                 "impact": "Remote code execution", "cvssVector": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                 "alreadyPublic": false, "publicReference": null, "exploited": false,
                 "reporter": {"name": "Taro", "email": "taro@example.jp", "organization": "JPCERT/CC",
                              "anonymous": false, "pgpPublicKey": null},
                 "credit": {"wanted": true, "name": "Taro"}, "language": "ja", "policyAccepted": true,
                 "attachments": [{"fileName": "poc.py", "contentBase64": "cHJpbnQoJ2hlbGxvJyk="}]%s}""";
        return String.format(base, overrides == null || overrides.isEmpty() ? "" : ", " + overrides);
    }
}
