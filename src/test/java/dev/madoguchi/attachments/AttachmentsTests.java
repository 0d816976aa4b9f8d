package dev.madoguchi.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.madoguchi.testing.ClassDatabase;
import dev.madoguchi.testing.TestDatabases;
import dev.madoguchi.vault.VaultException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class AttachmentsTests {

    private static final byte[] SECRET = "exploit for CVE-2026-0001: overflow at 0x41414141".getBytes(StandardCharsets.UTF_8);

    @Autowired
    Attachments attachments;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClassDatabase database;

    private AttachmentInfo stored() {
        return transaction.execute(tx -> attachments.store("poc.txt", "text/plain", SECRET));
    }

    @Test
    void storedBytesAreCiphertextNotThePlaintext() {
        AttachmentInfo info = stored();
        byte[] raw = jdbc.sql("select ciphertext from attachment where id = ?").param(info.id()).query(byte[].class)
                .single();
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("exploit", "0x41414141");
        assertThat(raw.length).isEqualTo(SECRET.length + 16);
        assertThat(attachments.read(info.id()).bytes()).isEqualTo(SECRET);
        assertThat(info.sha256()).hasSize(64);
    }

    @Test
    void alteredCiphertextOrBytesMovedFromAnotherRowAreRefused() {
        AttachmentInfo a = stored();
        AttachmentInfo b = stored();
        JdbcClient superuser = JdbcClient.create(TestDatabases.superuser(database.databaseName()));
        superuser.sql("update attachment set ciphertext = (select ciphertext from attachment where id = ?), "
                + "nonce = (select nonce from attachment where id = ?) where id = ?").params(a.id(), a.id(), b.id())
                .update();
        assertThatThrownBy(() -> attachments.read(b.id())).isInstanceOf(VaultException.class);
        superuser.sql("update attachment set ciphertext = set_byte(ciphertext, 0, get_byte(ciphertext, 0) # 1) "
                + "where id = ?").param(a.id()).update();
        assertThatThrownBy(() -> attachments.read(a.id())).isInstanceOf(VaultException.class);
    }

    @Test
    void pendingFilesAreClaimedOnceAndExpire() {
        AttachmentInfo pending = attachments.keepPending("../../etc/passwd", null, SECRET);
        assertThat(pending.fileName()).isEqualTo("passwd");
        assertThat(pending.contentType()).isEqualTo("application/octet-stream");
        assertThat(attachments.pending(pending.token())).isPresent();
        List<AttachmentInfo> claimed = transaction.execute(tx -> attachments.claim(List.of(pending.token())));
        assertThat(claimed).hasSize(1);
        List<AttachmentInfo> again = transaction.execute(tx -> attachments.claim(List.of(pending.token())));
        assertThat(again).isEmpty();

        AttachmentInfo abandoned = attachments.keepPending("old.txt", "text/plain", SECRET);
        jdbc.sql("update attachment set expires_at = now() - interval '1 minute' where id = ?").param(abandoned.id())
                .update();
        assertThat(attachments.pending(abandoned.token())).isEmpty();
        assertThat(attachments.deleteExpiredPending()).isEqualTo(1);
        assertThat(attachments.info(abandoned.id())).isEmpty();
        assertThat(attachments.info(claimed.get(0).id())).isPresent();
    }

    @Test
    void fileNamesAreCleanedOfPathsAndControlCharacters() {
        assertThat(FileNames.clean("C:\\Users\\me\\poc.py")).isEqualTo("poc.py");
        assertThat(FileNames.clean("a\u0000b\u202e.txt")).isEqualTo("ab.txt");
        assertThat(FileNames.clean("..")).isEqualTo("attachment");
        assertThat(FileNames.clean("x".repeat(300) + ".tar.gz")).hasSize(200).endsWith(".gz");
    }
}
