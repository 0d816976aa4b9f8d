package dev.madoguchi.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;

/**
 * What a delivery status notification (RFC 3464) says failed: a {@code multipart/report; report-type=delivery-status}
 * (RFC 6522) whose {@code message/delivery-status} part names a recipient with {@code Action: failed}, and whose
 * returned message (or its headers) carries the Message-ID of the message that could not be delivered.
 *
 * @param failedRecipient   the Final-Recipient's address (RFC 3464 §2.3.2), else the Original-Recipient's
 * @param reason            the Diagnostic-Code's text (§2.3.6) with the Status (§2.3.4) when it does not say it
 * @param originalMessageId the returned message's Message-ID, or {@code null} when the report returned none
 */
record DeliveryReport(String failedRecipient, String reason, String originalMessageId) {

    static final int REASON_LENGTH = 500;
    static final int RECIPIENT_LENGTH = 1000;
    /** The most of a delivery-status part read: one per recipient, a few hundred bytes each. */
    private static final int STATUS_LIMIT = 64 * 1024;

    /** The first failed recipient of a delivery status notification; empty for any other message, or none failed. */
    static Optional<DeliveryReport> read(MimeMessage message) {
        try {
            if (!isDeliveryReport(message.getContentType()) || !(message.getContent() instanceof Multipart parts)) {
                return Optional.empty();
            }
            Map<String, String> failed = null;
            String originalId = null;
            for (int i = 0; i < parts.getCount(); i++) {
                Part part = parts.getBodyPart(i);
                if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
                    failed = failedRecipient(part);
                } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")
                        || part.isMimeType("message/global") || part.isMimeType("message/global-headers")) {
                    originalId = returnedMessageId(part);
                }
            }
            if (failed == null) {
                return Optional.empty();
            }
            String recipient = address(failed.getOrDefault("final-recipient", failed.get("original-recipient")));
            return Optional.of(new DeliveryReport(recipient == null ? null : cut(recipient, RECIPIENT_LENGTH),
                    reason(failed.get("status"), failed.get("diagnostic-code")), originalId));
        } catch (MessagingException | IOException | RuntimeException e) {
            // an unreadable report is still recorded as a bounce; it only names no message of ours
            return Optional.empty();
        }
    }

    private static boolean isDeliveryReport(String type) throws MessagingException {
        if (type == null) {
            return false;
        }
        ContentType content = new ContentType(type);
        return content.match("multipart/report")
                && "delivery-status".equalsIgnoreCase(content.getParameter("report-type"));
    }

    /** The fields of the first per-recipient group whose Action is failed (RFC 3464 §2.3.3), or {@code null}. */
    private static Map<String, String> failedRecipient(Part part) throws MessagingException, IOException {
        List<Map<String, String>> groups = fieldGroups(new String(limited(part), StandardCharsets.UTF_8));
        // the first group holds the per-message fields (§2.2), the others one recipient each (§2.3)
        for (Map<String, String> group : groups.subList(Math.min(1, groups.size()), groups.size())) {
            if ("failed".equalsIgnoreCase(group.getOrDefault("action", "").strip())) {
                return group;
            }
        }
        return null;
    }

    /** Groups of header-style fields separated by blank lines, names lower case, folded lines joined (§2.1). */
    static List<Map<String, String>> fieldGroups(String text) {
        List<Map<String, String>> groups = new ArrayList<>();
        Map<String, String> group = new LinkedHashMap<>();
        String lastName = null;
        for (String line : text.split("\r?\n", -1)) {
            if (line.isBlank()) {
                if (!group.isEmpty()) {
                    groups.add(group);
                    group = new LinkedHashMap<>();
                }
                lastName = null;
            } else if (Character.isWhitespace(line.charAt(0)) && lastName != null) {
                group.merge(lastName, " " + line.strip(), String::concat);
            } else {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    lastName = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    group.putIfAbsent(lastName, line.substring(colon + 1).strip());
                }
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    /** The Message-ID among the returned message's headers, which end at its first blank line. */
    private static String returnedMessageId(Part part) throws MessagingException, IOException {
        String header;
        if (part.isMimeType("message/rfc822") && part.getContent() instanceof MimeMessage returned) {
            // over IMAP the returned message's headers are fetched alone (RFC 9051 §6.4.5: BODY[n.HEADER])
            header = returned.getHeader("Message-ID", " ");
        } else {
            try (InputStream in = new ByteArrayInputStream(limited(part))) {
                header = new InternetHeaders(in).getHeader("Message-ID", " ");
            }
        }
        List<String> ids = MimeReader.ids(header);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static byte[] limited(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(STATUS_LIMIT);
        }
    }

    /** {@code rfc822; user@example.jp} to the address (RFC 3464 §2.3.2: address-type ";" generic-address). */
    private static String address(String field) {
        if (field == null) {
            return null;
        }
        int semicolon = field.indexOf(';');
        String address = (semicolon < 0 ? field : field.substring(semicolon + 1)).strip();
        return address.isEmpty() ? null : address;
    }

    private static String reason(String status, String diagnostic) {
        String text = address(diagnostic);
        // "550 5.1.1 ..." reads as "5.1.1 ...": the enhanced code says more than the SMTP reply code (RFC 3463)
        text = text == null ? null : text.replaceFirst("^\\d{3}[ -](?=\\d\\.\\d{1,3}\\.\\d{1,3}\\b)", "");
        String code = status == null ? "" : status.replaceAll("\\s*\\(.*\\)", "").strip();
        String reason;
        if (text == null) {
            reason = code;
        } else {
            reason = code.isEmpty() || text.contains(code) ? text : code + " " + text;
        }
        return reason.isBlank() ? null : cut(reason, REASON_LENGTH);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
