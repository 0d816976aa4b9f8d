package dev.madoguchi.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.madoguchi.shared.DisplayTime;

/**
 * The form that records or changes a publication agreement, kept as the strings typed so that a refused form comes
 * back with everything in it: the date and time in JST, and one row per kind of party (agreed or not, name, the day
 * they agreed, in JST).
 */
record AgreementForm(Map<String, String> values) {

    /** Who coordinates disclosure for both seed policies; the coordinator row starts with it. */
    static final String DEFAULT_COORDINATOR = "JPCERT/CC";

    AgreementForm {
        values = Map.copyOf(values);
    }

    static List<String> fields() {
        List<String> fields = new ArrayList<>(List.of("date", "time"));
        for (String kind : AgreedParty.KINDS) {
            fields.addAll(List.of(kind + "Agreed", kind + "Name", kind + "On"));
        }
        return fields;
    }

    /** What was sent, without anything the form does not have. */
    static AgreementForm typed(Map<String, String> request) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields()) {
            String value = request.get(field);
            if (value != null) {
                values.put(field, value);
            }
        }
        return new AgreementForm(values);
    }

    /**
     * The form on the case page: what was typed when a refused form comes back (the flash attribute), otherwise the
     * agreement in force to change, otherwise a fresh form.
     */
    static AgreementForm forPage(Object typed, List<PublicationAgreements.AgreementEntry> agreements,
            String reporterName) {
        if (typed instanceof Map<?, ?> sent) {
            Map<String, String> values = new LinkedHashMap<>();
            sent.forEach((field, value) -> values.put(String.valueOf(field), String.valueOf(value)));
            return typed(values);
        }
        return prefilled(agreements.stream().filter(PublicationAgreements.AgreementEntry::inForce)
                .map(PublicationAgreements.AgreementEntry::agreement).findFirst().orElse(null), reporterName);
    }

    /** The form to change the agreement in force, or a fresh one naming the reporter and JPCERT/CC. */
    static AgreementForm prefilled(PublicationAgreement current, String reporterName) {
        Map<String, String> values = new LinkedHashMap<>();
        if (current == null) {
            values.put("reporterName", reporterName == null ? "" : reporterName);
            values.put("coordinatorName", DEFAULT_COORDINATOR);
            return new AgreementForm(values);
        }
        ZonedDateTime at = current.publishAt().atZone(DisplayTime.JST);
        values.put("date", at.toLocalDate().toString());
        values.put("time", at.toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString());
        for (AgreedParty party : current.parties()) {
            if (!values.containsKey(party.kind() + "Agreed")) {
                values.put(party.kind() + "Agreed", "on");
                values.put(party.kind() + "Name", party.name());
                values.put(party.kind() + "On", party.agreedAt().atZone(DisplayTime.JST).toLocalDate().toString());
            }
        }
        values.putIfAbsent("reporterName", reporterName == null ? "" : reporterName);
        values.putIfAbsent("coordinatorName", DEFAULT_COORDINATOR);
        return new AgreementForm(values);
    }

    public String get(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean agreed(String kind) {
        return !get(kind + "Agreed").isEmpty();
    }

    /** The date and time typed, in JST, to the minute. */
    Instant publishAt() {
        try {
            return LocalDate.parse(get("date").strip()).atTime(LocalTime.parse(get("time").strip())
                    .truncatedTo(ChronoUnit.MINUTES)).atZone(DisplayTime.JST).toInstant();
        } catch (DateTimeParseException e) {
            throw new CaseRuleViolation("case.agreement.date.invalid");
        }
    }

    /** The rows marked as agreed; the day each agreed is stored as its start in JST. */
    List<AgreedParty> parties() {
        List<AgreedParty> parties = new ArrayList<>();
        for (String kind : AgreedParty.KINDS) {
            if (agreed(kind)) {
                Instant on;
                try {
                    on = LocalDate.parse(get(kind + "On").strip()).atStartOfDay(DisplayTime.JST).toInstant();
                } catch (DateTimeParseException e) {
                    throw new CaseRuleViolation("case.agreement.agreed-on.invalid");
                }
                parties.add(new AgreedParty(kind, get(kind + "Name").strip(), on));
            }
        }
        return parties;
    }
}
