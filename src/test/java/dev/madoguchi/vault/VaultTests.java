package dev.madoguchi.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

import dev.madoguchi.shared.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultTests {

    @TempDir
    Path data;

    private Vault vault(String key, String retired) {
        return new Vault(DataDirectory.open(data), key, retired);
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedIntoTheDataDirectoryReadableOnlyByItsOwner() throws Exception {
        SealedBytes sealed = vault("", "").seal("secret".getBytes(StandardCharsets.UTF_8), "ctx");
        Path keyFile = data.resolve("keys/vault.key");
        assertThat(keyFile).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(new String(vault("", "").open(sealed, "ctx"), StandardCharsets.UTF_8)).isEqualTo("secret");
    }

    @Test
    void theContextIsPartOfTheSeal() {
        Vault vault = vault("", "");
        SealedBytes sealed = vault.seal("secret".getBytes(StandardCharsets.UTF_8), "attachment:a");
        assertThatThrownBy(() -> vault.open(sealed, "attachment:b")).isInstanceOf(VaultException.class);
    }

    @Test
    void aRetiredKeyStillOpensOldDataAndNewDataUsesTheCurrentKey() {
        String oldKey = Base64.getEncoder().encodeToString(new byte[32]);
        byte[] newBytes = new byte[32];
        newBytes[0] = 1;
        String newKey = Base64.getEncoder().encodeToString(newBytes);
        SealedBytes old = vault(oldKey, "").seal("old".getBytes(StandardCharsets.UTF_8), "ctx");
        Vault rotated = vault(newKey, oldKey);
        assertThat(rotated.open(old, "ctx")).isEqualTo("old".getBytes(StandardCharsets.UTF_8));
        assertThat(rotated.seal(new byte[1], "ctx").keyId()).isNotEqualTo(old.keyId());
        assertThatThrownBy(() -> vault(newKey, "").open(old, "ctx")).isInstanceOf(VaultException.class)
                .hasMessageContaining(old.keyId());
    }

    @Test
    void aConfiguredKeyOfTheWrongSizeStopsTheStart() {
        assertThatThrownBy(() -> vault(Base64.getEncoder().encodeToString(new byte[16]), ""))
                .hasMessageContaining("MADOGUCHI_VAULT_KEY must be 32 bytes");
        assertThatThrownBy(() -> vault("%%%", "")).hasMessageContaining("not base64");
    }

    @Test
    void keyIdsNeverRevealTheKey() {
        byte[] key = new byte[32];
        assertThat(VaultKeys.id(key)).hasSize(16).doesNotContain(Base64.getEncoder().encodeToString(key));
        assertThat(List.of(VaultKeys.id(key))).doesNotContain("0000000000000000");
    }
}
