package dev.madoguchi.coordinators;

import java.util.LinkedHashMap;
import java.util.Map;

/** An organization as typed on the administrator's form, kept whole so that a refused form loses nothing. */
record OrganizationForm(String nameJa, String nameEn, String shortName, String emails, String publicKey,
        String language, boolean publishesOnJvn) implements java.io.Serializable {

    static OrganizationForm of(CoordinatorOrganization o) {
        return new OrganizationForm(o.nameJa(), o.nameEn(), o.shortName(), String.join(", ", o.emails()),
                o.publicKey() == null ? "" : o.publicKey(), o.language().tag(), o.publishesOnJvn());
    }

    static OrganizationForm blank() {
        return new OrganizationForm("", "", "", "", "", "ja", false);
    }

    static OrganizationForm typed(Map<String, String> request) {
        return new OrganizationForm(value(request, "nameJa"), value(request, "nameEn"), value(request, "shortName"),
                value(request, "emails"), value(request, "publicKey"), value(request, "language"),
                request.containsKey("publishesOnJvn"));
    }

    private static String value(Map<String, String> request, String name) {
        String value = request.get(name);
        return value == null ? "" : value;
    }

    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("nameJa", nameJa);
        values.put("nameEn", nameEn);
        values.put("shortName", shortName);
        values.put("emails", emails);
        values.put("publicKey", publicKey);
        values.put("language", language);
        values.put("publishesOnJvn", publishesOnJvn);
        return values;
    }
}
