package dev.madoguchi.attachments;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.madoguchi.shared.SqlInstants;
import dev.madoguchi.vault.SealedBytes;
import dev.madoguchi.vault.Vault;
import dev.madoguchi.vault.VaultException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores files encrypted at rest and reads them back. Who may read which file is the owning module's decision
 * (a report's attachments, a case's files); this module only keeps them safe.
 */
@Component
public class Attachments {

    /** How long a file kept from a failed form submission waits for the corrected submission. */
    public static final Duration PENDING_LIFETIME = Duration.ofHours(24);

    private static final String COLUMNS = "id, token, file_name, content_type, size_bytes, sha256, created_at";

    private final JdbcClient jdbc;
    private final Vault vault;
    private final Clock clock;

    Attachments(JdbcClient jdbc, Vault vault, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.clock = clock;
    }

    /** Stores a file that belongs to something already (claimed). */
    @Transactional(propagation = Propagation.MANDATORY)
    public AttachmentInfo store(String fileName, String contentType, byte[] content) {
        return insert(fileName, contentType, content, true);
    }

    /**
     * Keeps a file from a submission that failed validation, so the person need not choose it again. It is deleted
     * after {@link #PENDING_LIFETIME} unless {@link #claim claimed}.
     */
    @Transactional
    public AttachmentInfo keepPending(String fileName, String contentType, byte[] content) {
        return insert(fileName, contentType, content, false);
    }

    /** A pending file by its token, if it has not expired or been claimed. */
    public Optional<AttachmentInfo> pending(UUID token) {
        return jdbc.sql("select " + COLUMNS + " from attachment where token = ? and not claimed and expires_at > ?")
                .params(token, SqlInstants.toSql(clock.instant())).query(Attachments::map).optional();
    }

    /** Claims pending files for whoever stores them now; tokens that expired or were claimed already are skipped. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<AttachmentInfo> claim(Collection<UUID> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("update attachment set claimed = true, expires_at = null "
                        + "where token = any(?) and not claimed and expires_at > ? returning " + COLUMNS)
                .params(tokens.toArray(UUID[]::new), SqlInstants.toSql(clock.instant()))
                .query(Attachments::map).list();
    }

    public Optional<AttachmentInfo> info(long id) {
        return jdbc.sql("select " + COLUMNS + " from attachment where id = ?").param(id).query(Attachments::map)
                .optional();
    }

    public List<AttachmentInfo> infos(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from attachment where id = any(?) order by id")
                .param(ids.toArray(Long[]::new)).query(Attachments::map).list();
    }

    /** Decrypts a file; fails if the stored bytes were altered. */
    public AttachmentContent read(long id) {
        record Row(AttachmentInfo info, SealedBytes sealed) {
        }
        Row row = jdbc.sql("select " + COLUMNS + ", key_id, nonce, ciphertext from attachment where id = ?")
                .param(id)
                .query((rs, n) -> new Row(map(rs, n), new SealedBytes(rs.getString("key_id"), rs.getBytes("nonce"),
                        rs.getBytes("ciphertext"))))
                .optional().orElseThrow(() -> new VaultException("no attachment " + id));
        byte[] plaintext = vault.open(row.sealed(), context(row.info().token()));
        if (!sha256(plaintext).equals(row.info().sha256())) {
            throw new VaultException("Attachment " + id + " does not match its recorded SHA-256.");
        }
        return new AttachmentContent(row.info(), plaintext);
    }

    /** Deletes pending files whose time ran out; returns how many. */
    @Transactional
    public int deleteExpiredPending() {
        return jdbc.sql("delete from attachment where not claimed and expires_at <= ?")
                .param(SqlInstants.toSql(clock.instant())).update();
    }

    /** Key ids in use that this node cannot open, checked at start. */
    List<String> unopenableKeyIds() {
        return jdbc.sql("select distinct key_id from attachment").query(String.class).list().stream()
                .filter(id -> !vault.canOpen(id)).toList();
    }

    private AttachmentInfo insert(String fileName, String contentType, byte[] content, boolean claimed) {
        UUID token = UUID.randomUUID();
        Instant now = clock.instant();
        SealedBytes sealed = vault.seal(content, context(token));
        String type = contentType == null || contentType.isBlank() || contentType.length() > 200
                ? "application/octet-stream" : contentType.strip();
        return jdbc.sql("insert into attachment (token, file_name, content_type, size_bytes, sha256, key_id, nonce, "
                        + "ciphertext, created_at, claimed, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "returning " + COLUMNS)
                .params(token, FileNames.clean(fileName), type, (long) content.length, sha256(content), sealed.keyId(),
                        sealed.nonce(), sealed.ciphertext(), SqlInstants.toSql(now), claimed,
                        claimed ? null : SqlInstants.toSql(now.plus(PENDING_LIFETIME)))
                .query(Attachments::map).single();
    }

    private static String context(UUID token) {
        return "attachment:" + token;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AttachmentInfo map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AttachmentInfo(rs.getLong("id"), rs.getObject("token", UUID.class), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                SqlInstants.read(rs, "created_at"));
    }
}
