package dev.madoguchi.mail;

import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;

/**
 * Mail that no person wrote: auto-replies and bounces. They are recorded but never become reports or messages in a
 * reporter's conversation, and never get an answer (RFC 3834 §2: no automatic response to automatic mail), so two
 * automatic responders cannot keep each other busy.
 */
final class AutomaticMail {

    static final String AUTO_REPLY = "auto-reply";
    static final String BOUNCE = "bounce";

    private AutomaticMail() {
    }

    /** {@link #BOUNCE}, {@link #AUTO_REPLY}, or empty for mail from a person. */
    static Optional<String> kind(MimeMessage message) throws MessagingException {
        if (bounce(message)) {
            return Optional.of(BOUNCE);
        }
        String submitted = header(message, "Auto-Submitted");
        // RFC 3834 §5.1: any value other than "no" (with optional comments) is automatic
        if (submitted != null && !submitted.replaceAll("\\(.*?\\)", "").strip().equalsIgnoreCase("no")) {
            return Optional.of(AUTO_REPLY);
        }
        if (header(message, "X-Autoreply") != null || header(message, "X-Autorespond") != null) {
            return Optional.of(AUTO_REPLY);
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|auto_reply")) {
            return Optional.of(AUTO_REPLY);
        }
        return Optional.empty();
    }

    /** A delivery status notification (RFC 3464), or mail with the null reverse-path (RFC 5321 §4.5.5). */
    private static boolean bounce(MimeMessage message) throws MessagingException {
        String type = message.getContentType();
        if (type != null) {
            try {
                ContentType content = new ContentType(type);
                if (content.match("multipart/report")
                        && "delivery-status".equalsIgnoreCase(content.getParameter("report-type"))) {
                    return true;
                }
            } catch (jakarta.mail.internet.ParseException e) {
                // an unreadable Content-Type says nothing about bounces
            }
        }
        String returnPath = header(message, "Return-Path");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return true;
        }
        String from = header(message, "From");
        return from != null && from.toLowerCase(Locale.ROOT).matches("(?s).*\\bmailer-daemon@.*");
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        return message.getHeader(name, ",");
    }
}
