package dev.madoguchi.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.madoguchi.openpgp.OpenPgpProblem;
import dev.madoguchi.openpgp.PsirtKeys;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * Reads a MIME message (RFC 2045-2049) into a {@link ReceivedMail}. Jakarta Mail decodes the encoded words of the
 * headers (RFC 2047); bodies are decoded here from their charset parameter, with the Japanese charsets read as the
 * Microsoft supersets that Japanese mail programs actually write (NEC and IBM extensions such as ① or ～).
 * OpenPGP/MIME (RFC 3156 §4) is opened with the PSIRT keys and its plaintext, a MIME entity, read like any body.
 */
final class MimeReader {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?*]+)(?:\\*[^?]*)?\\?([BbQq])\\?");
    /** What Japanese mail programs send under the registered names (RFC 1468, IANA Shift_JIS). */
    private static final Map<String, String> SUPERSETS = Map.of(
            "iso-2022-jp", "x-windows-iso2022jp",
            "shift_jis", "windows-31j",
            "shift-jis", "windows-31j",
            "x-sjis", "windows-31j",
            "cp932", "windows-31j");

    private final StringBuilder text = new StringBuilder();
    private String html;
    private final List<ReceivedMail.Attachment> attachments = new ArrayList<>();
    private final Function<byte[], PsirtKeys.OpenedMessage> keys;
    private ReceivedMail.Encryption encryption = ReceivedMail.Encryption.NONE;

    private MimeReader(Function<byte[], PsirtKeys.OpenedMessage> keys) {
        this.keys = keys;
    }

    /** Reads without keys: OpenPGP/MIME is kept unopened. */
    static ReceivedMail read(MimeMessage message, Instant readAt) throws MessagingException, IOException {
        return read(message, readAt, null);
    }

    /**
     * @param keys opens an OpenPGP message or throws {@link OpenPgpProblem}; {@code null} when there are no keys
     */
    static ReceivedMail read(MimeMessage message, Instant readAt, Function<byte[], PsirtKeys.OpenedMessage> keys)
            throws MessagingException, IOException {
        MimeReader reader = new MimeReader(keys);
        reader.walk(message);
        String body = !reader.text.isEmpty() ? reader.text.toString()
                : reader.html == null ? "" : fromHtml(reader.html);
        return new ReceivedMail(messageId(message), ids(message.getHeader("In-Reply-To", " ")),
                ids(message.getHeader("References", " ")), fromAddress(message), addresses(message.getAllRecipients()),
                headerText(message.getHeader("Subject", null)), body.replace("\r\n", "\n"),
                reader.attachments, message.getSentDate() == null ? readAt : message.getSentDate().toInstant(),
                reader.encryption);
    }

    private void walk(Part part) throws MessagingException, IOException {
        if (part.isMimeType("multipart/encrypted")) {
            // RFC 3156 §4: a version part, then the encrypted data
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                Part child = parts.getBodyPart(i);
                if (!child.isMimeType("application/pgp-encrypted")) {
                    encrypted(bytes(child));
                }
            }
        } else if (part.isMimeType("multipart/signed")) {
            // RFC 1847 §2.1: the first part is the content; the second, the signature over its exact bytes, cannot
            // be checked once the content is stored decoded, and is not the reporter's text nor a file they sent
            Multipart parts = (Multipart) part.getContent();
            if (parts.getCount() > 0) {
                walk(parts.getBodyPart(0));
            }
        } else if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            boolean alternative = part.isMimeType("multipart/alternative");
            for (int i = 0; i < parts.getCount(); i++) {
                Part child = parts.getBodyPart(i);
                if (alternative && !text.isEmpty()) {
                    break;
                }
                walk(child);
            }
        } else if (isAttachment(part)) {
            attachments.add(new ReceivedMail.Attachment(fileName(part), baseType(part), bytes(part)));
        } else if (part.isMimeType("text/plain")) {
            text.append(text.isEmpty() ? "" : "\n").append(decode(part));
        } else if (part.isMimeType("text/html") && html == null) {
            html = decode(part);
        }
    }

    /**
     * Opens the encrypted data and reads its plaintext, a complete MIME entity (RFC 3156 §4), as the message's body.
     * Data that cannot be opened or read is kept as it came ({@code encrypted.asc}) with why, so nothing is lost;
     * a second encrypted part, or one inside the plaintext, is kept the same way and never opened.
     */
    private void encrypted(byte[] data) {
        if (keys == null || encryption.pgpMime()) {
            keepEncrypted(data, ReceivedMail.Encryption.NO_KEY);
            return;
        }
        PsirtKeys.OpenedMessage opened;
        try {
            opened = keys.apply(data);
        } catch (OpenPgpProblem e) {
            keepEncrypted(data, e.messageKey());
            return;
        }
        if (!MimeEntity.startsWithHeaders(opened.plaintext())) {
            // RFC 3156 §4 asks for a MIME entity, but some programs encrypt the bare text: it is read as text, never
            // as headers (which would swallow it up to the first blank line)
            encryption = ReceivedMail.Encryption.opened(opened.fingerprint());
            String bare = MimeEntity.utf8(opened.plaintext());
            if (bare == null) {
                attachments.add(new ReceivedMail.Attachment("decrypted.bin", "application/octet-stream",
                        opened.plaintext()));
            } else {
                text.append(text.isEmpty() ? "" : "\n").append(bare);
            }
            return;
        }
        MimeReader plaintext = new MimeReader(null);
        plaintext.encryption = ReceivedMail.Encryption.opened(opened.fingerprint());
        try {
            plaintext.walk(new MimeBodyPart(new ByteArrayInputStream(opened.plaintext())));
        } catch (MessagingException | IOException | RuntimeException e) {
            // the exception may quote the plaintext: it is neither logged nor passed on
            keepEncrypted(data, ReceivedMail.Encryption.DAMAGED);
            return;
        }
        encryption = plaintext.encryption;
        text.append(text.isEmpty() || plaintext.text.isEmpty() ? "" : "\n").append(plaintext.text);
        html = html == null ? plaintext.html : html;
        attachments.addAll(plaintext.attachments);
    }

    /** Keeps the encrypted data as it came; the first part's fate names the message's. */
    private void keepEncrypted(byte[] data, String problem) {
        if (!encryption.pgpMime()) {
            encryption = ReceivedMail.Encryption.unopened(problem);
        }
        attachments.add(new ReceivedMail.Attachment("encrypted.asc", "application/pgp-encrypted", data));
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null
                || !(part.isMimeType("text/plain") || part.isMimeType("text/html"));
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null || name.isBlank()) {
            return part.isMimeType("message/rfc822") ? "message.eml" : "attachment.bin";
        }
        if (name.contains("=?")) {
            // RFC 2047 forbids encoded words in parameters (§5), yet Japanese mail programs write file names so:
            // read them as the subject is read, else the name shows as =?ISO-2022-JP?B?...?=
            try {
                name = headerText(name);
            } catch (java.io.UnsupportedEncodingException e) {
                // an unknown charset: the name stays as written, the file is kept all the same
            }
        }
        // only the last path element: a file name is never a path (RFC 2183 §2.3)
        return name.replaceAll(".*[/\\\\]", "").strip();
    }

    private static String baseType(Part part) throws MessagingException {
        return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
    }

    /** The text of a part by its charset parameter; no parameter means US-ASCII (RFC 2045 §5.2), read as UTF-8. */
    static String decode(Part part) throws MessagingException, IOException {
        String charset = new ContentType(part.getContentType()).getParameter("charset");
        return new String(bytes(part), charset(charset));
    }

    /**
     * A header's text from its encoded words (RFC 2047 §6), read in the same Japanese supersets as bodies: Jakarta
     * Mail would read {@code ISO-2022-JP} words strictly and lose ① and the like.
     */
    static String headerText(String raw) throws java.io.UnsupportedEncodingException {
        if (raw == null) {
            return "";
        }
        String unfolded = raw.replaceAll("\r?\n(?=[ \t])", "");
        Matcher word = ENCODED_WORD.matcher(unfolded);
        StringBuilder widened = new StringBuilder();
        while (word.find()) {
            String superset = SUPERSETS.getOrDefault(word.group(1).toLowerCase(Locale.ROOT), word.group(1));
            word.appendReplacement(widened, Matcher.quoteReplacement("=?" + superset + "?" + word.group(2) + "?"));
        }
        word.appendTail(widened);
        return MimeUtility.decodeText(widened.toString()).strip();
    }

    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        String mime = name.strip().toLowerCase(Locale.ROOT);
        String java = SUPERSETS.getOrDefault(mime, MimeUtility.javaCharset(mime));
        try {
            return Charset.forName(java);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The content with its transfer encoding undone. */
    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** The text of an HTML-only message: tags dropped, the common entities read; the raw HTML is never shown. */
    static String fromHtml(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n").replaceAll("<[^>]*>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").strip();
    }

    private static String messageId(MimeMessage message) throws MessagingException, IOException {
        List<String> ids = ids(message.getMessageID());
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        // a message without one (RFC 5322 only says SHOULD) is known by its content
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(raw.toByteArray());
            return "<sha256-" + HexFormat.of().formatHex(hash) + "@inbound.invalid>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher m = MESSAGE_ID.matcher(header);
            while (m.find()) {
                ids.add(bounded(m.group()));
            }
        }
        return ids;
    }

    /** The longest Message-ID kept as written; the index on it takes about 2,700 bytes (PostgreSQL btree). */
    static final int MAX_ID_LENGTH = 500;

    /** An over-long Message-ID (a sender's choice) is known by its hash, the same for the same id every time. */
    private static String bounded(String id) {
        if (id.length() <= MAX_ID_LENGTH) {
            return id;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return "<sha256-" + HexFormat.of().formatHex(hash) + "@long-id.invalid>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fromAddress(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        List<String> addresses = addresses(from);
        return addresses.isEmpty() ? "" : addresses.get(0);
    }

    private static List<String> addresses(Address[] addresses) {
        List<String> list = new ArrayList<>();
        if (addresses != null) {
            for (Address address : addresses) {
                if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                    list.add(internet.getAddress().strip());
                }
            }
        }
        return list;
    }
}
