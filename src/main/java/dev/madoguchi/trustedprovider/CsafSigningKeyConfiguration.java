package dev.madoguchi.trustedprovider;

import java.nio.file.Path;
import java.time.Clock;

import dev.madoguchi.shared.DataDirectory;
import dev.madoguchi.shared.Organization;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which key signs the CSAF documents: {@code madoguchi.csaf.signing-key-file} (an armored secret key, unlocked with
 * {@code MADOGUCHI_CSAF_SIGNING_PASSPHRASE}) or, when that is unset, the key generated once into
 * {@code <data dir>/keys/}. Nodes that do not share a data directory must all be given the same file, or each would
 * serve its own key.
 */
@Configuration(proxyBeanMethods = false)
class CsafSigningKeyConfiguration {

    @Bean
    CsafSigningKey csafSigningKey(@Value("${madoguchi.csaf.signing-key-file:}") String keyFile,
            @Value("${madoguchi.csaf.signing-passphrase:}") String passphrase, DataDirectory dataDirectory,
            Organization organization, Clock clock) {
        if (!keyFile.isBlank()) {
            return CsafSigningKey.fromFile(Path.of(keyFile.strip()), passphrase, clock.instant());
        }
        String userId = organization.nameEn() + " PSIRT (CSAF documents) <" + organization.psirtEmail() + ">";
        return CsafSigningKey.generatedIn(dataDirectory.subdirectory("keys"), userId, clock.instant());
    }
}
