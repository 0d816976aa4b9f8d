package dev.madoguchi.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

/** Issue 10: mail read from the PSIRT mailbox keeps its Japanese, and automatic mail is told from a person's. */
class ReceivedMailTests {

    static final String SUBJECT = "【脆弱性報告】ルーターの管理画面にＸＳＳ①";
    static final String BODY = "お世話になっております。\n管理画面のログイン後に～①②の手順で再現します。\n";

    /** A message as a Japanese mail program writes it: headers as encoded words, the body raw in {@code charset}. */
    static byte[] japanese(String charset, String transferEncoding) {
        // as Outlook and other Japanese mail programs encode, with the NEC special characters (①, ～)
        Charset written = Charset.forName(switch (charset) {
            case "ISO-2022-JP" -> "x-windows-iso2022jp";
            case "Shift_JIS" -> "windows-31j";
            default -> charset;
        });
        String subject = "=?" + charset + "?B?" + Base64.getEncoder().encodeToString(SUBJECT.getBytes(written)) + "?=";
        byte[] body = BODY.replace("\n", "\r\n").getBytes(written);
        String encodedBody = "base64".equals(transferEncoding) ? Base64.getMimeEncoder().encodeToString(body) + "\r\n"
                : new String(body, StandardCharsets.ISO_8859_1);
        String head = "From: =?" + charset + "?B?" + Base64.getEncoder().encodeToString("山田 太郎".getBytes(written))
                + "?= <taro@example.jp>\r\n"
                + "To: psirt@madoguchi.example\r\n"
                + "Subject: " + subject + "\r\n"
                + "Message-ID: <jp-" + charset + "@example.jp>\r\n"
                + "Date: Mon, 23 Nov 2026 10:00:00 +0900\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=" + charset + "\r\n"
                + "Content-Transfer-Encoding: " + transferEncoding + "\r\n\r\n";
        return (head + encodedBody).getBytes(StandardCharsets.ISO_8859_1);
    }

    static MimeMessage parse(byte[] raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    }

    @Test
    void iso2022JpMailKeepsItsSubjectAndBodyIncludingNecSpecialCharacters() throws Exception {
        ReceivedMail mail = MimeReader.read(parse(japanese("ISO-2022-JP", "7bit")), Instant.EPOCH);

        assertThat(mail.subject()).isEqualTo(SUBJECT);
        assertThat(mail.text()).isEqualTo(BODY);
        assertThat(mail.from()).isEqualTo("taro@example.jp");
        assertThat(mail.messageId()).isEqualTo("<jp-ISO-2022-JP@example.jp>");
        assertThat(mail.date()).isEqualTo(Instant.parse("2026-11-23T01:00:00Z"));
    }

    @Test
    void shiftJisMailKeepsItsSubjectAndBody() throws Exception {
        ReceivedMail mail = MimeReader.read(parse(japanese("Shift_JIS", "base64")), Instant.EPOCH);

        assertThat(mail.subject()).isEqualTo(SUBJECT);
        assertThat(mail.text()).isEqualTo(BODY);
    }

    @Test
    void utf8MailKeepsItsSubjectAndBody() throws Exception {
        ReceivedMail mail = MimeReader.read(parse(japanese("UTF-8", "base64")), Instant.EPOCH);

        assertThat(mail.subject()).isEqualTo(SUBJECT);
        assertThat(mail.text()).isEqualTo(BODY);
    }

    @Test
    void japaneseFileNamesArriveReadableWhetherEncodedAsWordsOrByRfc2231() throws Exception {
        String name = "再現手順①.txt";
        String words = "=?ISO-2022-JP?B?" + Base64.getEncoder().encodeToString(name.getBytes(
                Charset.forName("x-windows-iso2022jp"))) + "?=";
        String rfc2231 = "UTF-8''" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        String raw = "From: taro@example.jp\r\nTo: psirt@madoguchi.example\r\nSubject: files\r\n"
                + "Message-ID: <files@example.jp>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain; charset=US-ASCII\r\n\r\nsee files\r\n"
                + "--b\r\nContent-Type: text/plain; name=\"" + words + "\"\r\n"
                + "Content-Disposition: attachment; filename=\"" + words + "\"\r\n\r\none\r\n"
                + "--b\r\nContent-Type: text/plain\r\n"
                + "Content-Disposition: attachment; filename*=" + rfc2231 + "\r\n\r\ntwo\r\n--b--\r\n";

        ReceivedMail mail = MimeReader.read(parse(raw.getBytes(StandardCharsets.US_ASCII)), Instant.EPOCH);

        assertThat(mail.attachments()).extracting(ReceivedMail.Attachment::fileName).containsExactly(name, name);
    }

    @Test
    void anOverLongMessageIdIsKnownByItsHashSoTheMailboxIsNotStuckOnIt() throws Exception {
        String id = "<" + "x".repeat(3200) + "@example.jp>";
        String raw = "From: taro@example.jp\r\nTo: psirt@madoguchi.example\r\nSubject: long\r\nMessage-ID: " + id
                + "\r\nIn-Reply-To: " + id + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhi\r\n";

        ReceivedMail mail = MimeReader.read(parse(raw.getBytes(StandardCharsets.US_ASCII)), Instant.EPOCH);

        assertThat(mail.messageId()).matches("<sha256-[0-9a-f]{64}@long-id\\.invalid>");
        assertThat(mail.inReplyTo()).containsExactly(mail.messageId());
    }

    @Test
    void aFailureIsLoggedByItsKindNeverByItsWordsWhichMayQuoteTheMail() {
        Exception failure = new IllegalStateException("Failing row contains (secret body)",
                new java.sql.SQLException("Detail: Failing row contains (secret body)", "23514"));

        assertThat(MailboxPoller.kind(failure)).isEqualTo("IllegalStateException <- SQLException (SQLState 23514)");
    }

    @Test
    void repliesNameTheirParentsNearestFirst() throws Exception {
        MimeMessage message = parse(("From: a@example.jp\r\nIn-Reply-To: <b@x>\r\nReferences: <a@x> <b@x>\r\n"
                + "Subject: Re\r\n\r\nhi\r\n").getBytes());

        assertThat(MimeReader.read(message, Instant.EPOCH).answers()).containsExactly("<b@x>", "<a@x>");
    }

    @Test
    void autoRepliesAndBouncesAreToldFromMailByAPerson() throws Exception {
        assertThat(AutomaticMail.kind(headers("Auto-Submitted: auto-replied"))).contains("auto-reply");
        assertThat(AutomaticMail.kind(headers("Auto-Submitted: no (a person)"))).isEmpty();
        assertThat(AutomaticMail.kind(headers("X-Autoreply: yes"))).contains("auto-reply");
        assertThat(AutomaticMail.kind(headers("Precedence: bulk"))).contains("auto-reply");
        assertThat(AutomaticMail.kind(headers("Precedence: auto_reply"))).contains("auto-reply");
        assertThat(AutomaticMail.kind(headers("Return-Path: <>"))).contains("bounce");
        assertThat(AutomaticMail.kind(parse(("From: MAILER-DAEMON@mx.example.jp\r\nSubject: x\r\n\r\nx\r\n")
                .getBytes()))).contains("bounce");
        assertThat(AutomaticMail.kind(parse(("From: postmaster@mx.example.jp\r\nSubject: x\r\nContent-Type: "
                + "multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\n\r\nx\r\n--b--\r\n")
                .getBytes()))).contains("bounce");
        assertThat(AutomaticMail.kind(headers("X-Mailer: Thunderbird"))).isEmpty();
    }

    private static MimeMessage headers(String header) throws Exception {
        return parse(("From: someone@example.jp\r\n" + header + "\r\nSubject: x\r\n\r\nbody\r\n").getBytes());
    }
}
