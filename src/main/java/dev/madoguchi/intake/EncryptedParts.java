package dev.madoguchi.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.madoguchi.openpgp.OpenPgpProblem;
import dev.madoguchi.openpgp.PsirtKeys;

import org.springframework.stereotype.Component;

/**
 * Opens the OpenPGP messages a report arrives with (issue 9; the seed policies ask reporters to encrypt): armored
 * messages pasted into the report's text, and files named {@code *.asc}, {@code *.gpg} or {@code *.pgp} whose content
 * is a message. Each is opened with whichever PSIRT key it was sent to, the current one or an older one. A message
 * that cannot be opened is not refused: it is kept exactly as received and noted, so that nothing the reporter sent
 * is lost and PSIRT can ask for it again.
 */
@Component
class EncryptedParts {

    static final String BEGIN = "-----BEGIN PGP MESSAGE-----";
    /** One armored message (RFC 4880 §6.2), or what is left of one that lost its end line. */
    private static final Pattern ARMORED = Pattern.compile(Pattern.quote(BEGIN)
            + ".*?(?:-----END PGP MESSAGE-----|\\z)", Pattern.DOTALL);
    private static final List<String> SUFFIXES = List.of(".asc", ".gpg", ".pgp");
    /** Text that is not UTF-8 cannot be shown as the report's text; the message is kept armored. */
    static final String NOT_TEXT = "report.pgp.not-text";
    private static final String TOO_LARGE = "pgp.message.too-large";
    /** More messages than this in one field are kept as received, unopened: each costs a decryption. */
    static final int MAX_MESSAGES_PER_FIELD = 3;
    static final String TOO_MANY = "report.pgp.too-many";

    private final PsirtKeys keys;

    EncryptedParts(PsirtKeys keys) {
        this.keys = keys;
    }

    /**
     * A report with its messages opened where they could be.
     *
     * @param draft the report, its text decrypted
     * @param text  how its text arrived, or {@code null} when it held no message
     * @param files the files to store, decrypted or as received, each with its note or {@code null}
     */
    record Opened(ReportDraft draft, PgpNote text, List<IncomingFile> files) {

        /** Every part that arrived encrypted: the text first, then the files. */
        List<PgpNote> notes() {
            List<PgpNote> notes = new ArrayList<>();
            if (text != null) {
                notes.add(text);
            }
            files.stream().map(IncomingFile::note).filter(java.util.Objects::nonNull).forEach(notes::add);
            return notes;
        }

        boolean needsAttention() {
            return notes().stream().anyMatch(PgpNote::failed);
        }
    }

    /** A file to store and, when it arrived as a message, its note. */
    record IncomingFile(UploadedFile file, PgpNote note) {
    }

    /** Whether the text holds an armored message, so that the fields it stands in for may stay empty. */
    static boolean holdsMessage(String text) {
        return text != null && text.contains(BEGIN);
    }

    /** Whether a file's name offers it as a message ({@code .asc}, {@code .gpg}, {@code .pgp}). */
    static boolean namedAsMessage(String fileName) {
        return suffixOf(fileName) != null;
    }

    /** Whether a file is a message: by its name, and then by its content, never by the name alone. */
    static boolean isMessage(String fileName, byte[] content) {
        return namedAsMessage(fileName) && PsirtKeys.looksEncrypted(content);
    }

    /**
     * @param files       the files received (and kept from a failed submission) that may be messages
     * @param maxFileSize the largest file the form takes, also the largest plaintext a file message may open to
     */
    Opened open(ReportDraft draft, List<UploadedFile> files, long maxFileSize) {
        TextNotes notes = new TextNotes();
        String steps = openText(draft.stepsToReproduce(), ReportRules.MAX_STEPS, notes);
        String proof = openText(draft.proofOfConcept(), ReportRules.MAX_PROOF, notes);
        String impact = openText(draft.impact(), ReportRules.MAX_IMPACT, notes);
        List<IncomingFile> incoming = files.stream().map(file -> openFile(file, maxFileSize)).toList();
        return new Opened(draft.withText(steps, proof, impact), notes.note(), incoming);
    }

    /**
     * A reporter's later message opened as the report was: its text and files (issue 10: replies, by mail or on the
     * status page, are read like the report).
     *
     * @param text the message's text, its messages opened where they could be
     * @param note how its text arrived, or {@code null} when it held no message
     */
    record OpenedReply(String text, PgpNote note, List<IncomingFile> files) {

        boolean needsAttention() {
            return note != null && note.failed() || files.stream().map(IncomingFile::note)
                    .anyMatch(n -> n != null && n.failed());
        }

        /** For the audit trail: which keys opened what, or why not; never the content. */
        String summary() {
            List<String> parts = new ArrayList<>();
            if (note != null) {
                parts.add("text " + (note.failed() ? "not opened (" + note.problem() + ")"
                        : "opened with " + note.openedWith()));
            }
            files.stream().map(IncomingFile::note).filter(java.util.Objects::nonNull)
                    .forEach(n -> parts.add(n.fileName() + (n.failed() ? " not opened (" + n.problem() + ")"
                            : " opened with " + n.openedWith())));
            return String.join(", ", parts);
        }
    }

    /** Opens the messages of a reporter's later message: armored ones in its text, and files that are messages. */
    OpenedReply openReply(String text, int maxCodePoints, List<UploadedFile> files, long maxFileSize) {
        TextNotes notes = new TextNotes();
        String opened = openText(text, maxCodePoints, notes);
        return new OpenedReply(opened, notes.note(), files.stream().map(file -> openFile(file, maxFileSize))
                .toList());
    }

    /** Replaces each armored message in the text by its plaintext; text around the messages stays as typed. */
    private String openText(String text, int maxCodePoints, TextNotes notes) {
        if (!holdsMessage(text)) {
            return text;
        }
        Matcher message = ARMORED.matcher(text);
        StringBuilder opened = new StringBuilder();
        List<String> fingerprints = new ArrayList<>();
        // a code point takes at most four bytes in UTF-8: the field's limit bounds the work of all its messages
        // together (compression bombs), and only a few messages per field are opened at all
        long budget = maxCodePoints * 4L;
        int messages = 0;
        while (message.find()) {
            String replacement = message.group();
            try {
                if (++messages > MAX_MESSAGES_PER_FIELD) {
                    notes.problem(TOO_MANY);
                } else if (budget <= 0) {
                    notes.problem(TOO_LARGE);
                } else {
                    PsirtKeys.OpenedMessage plain = keys.open(message.group().getBytes(StandardCharsets.UTF_8),
                            budget);
                    budget -= plain.plaintext().length;
                    replacement = utf8(plain.plaintext());
                    fingerprints.add(plain.fingerprint());
                }
            } catch (OpenPgpProblem e) {
                notes.problem(e.messageKey());
            } catch (CharacterCodingException e) {
                notes.problem(NOT_TEXT);
            }
            message.appendReplacement(opened, Matcher.quoteReplacement(replacement));
        }
        message.appendTail(opened);
        String result = opened.toString();
        if (result.strip().codePointCount(0, result.strip().length()) > maxCodePoints) {
            notes.problem(TOO_LARGE);
            return text;
        }
        fingerprints.forEach(notes::opened);
        return result;
    }

    private IncomingFile openFile(UploadedFile file, long maxFileSize) {
        if (!isMessage(file.fileName(), file.content())) {
            return new IncomingFile(file, null);
        }
        try {
            PsirtKeys.OpenedMessage plain = keys.open(file.content(), maxFileSize);
            String name = file.fileName().strip();
            name = name.substring(0, name.length() - suffixOf(name).length());
            UploadedFile opened = new UploadedFile(name.isBlank() ? "decrypted" : name, null, plain.plaintext());
            return new IncomingFile(opened, new PgpNote(opened.fileName(), plain.fingerprint(), null));
        } catch (OpenPgpProblem e) {
            return new IncomingFile(file, new PgpNote(file.fileName(), null, e.messageKey()));
        }
    }

    private static String suffixOf(String fileName) {
        if (fileName == null) {
            return null;
        }
        String lower = fileName.strip().toLowerCase(Locale.ROOT);
        return SUFFIXES.stream().filter(lower::endsWith).findFirst().orElse(null);
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** What the messages in the report's text came to: the first key that opened one, the first problem. */
    private static final class TextNotes {
        private String openedWith;
        private String problem;
        private boolean any;

        void opened(String fingerprint) {
            any = true;
            openedWith = openedWith == null ? fingerprint : openedWith;
        }

        void problem(String messageKey) {
            any = true;
            problem = problem == null ? messageKey : problem;
        }

        PgpNote note() {
            return any ? new PgpNote(null, openedWith, problem) : null;
        }
    }
}
