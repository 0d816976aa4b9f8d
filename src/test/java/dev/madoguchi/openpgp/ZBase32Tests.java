package dev.madoguchi.openpgp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** z-base-32 as the Web Key Directory uses it (draft-koch-openpgp-webkey-service §3.1). */
class ZBase32Tests {

    @Test
    void theDraftsExampleLocalPartHashesToItsPublishedName() {
        // §3.1: "Joe.Doe@Example.ORG" is looked up as .../hu/iy9q119eutrkn8s1mk4r39qejnbu3n5q
        assertThat(WebKeyDirectory.hashedLocalPart("Joe.Doe@Example.ORG")).isEqualTo("iy9q119eutrkn8s1mk4r39qejnbu3n5q");
        assertThat(WebKeyDirectory.hashedLocalPart("joe.doe@example.org")).isEqualTo("iy9q119eutrkn8s1mk4r39qejnbu3n5q");
    }

    @Test
    void fiveBitsACharacterMostSignificantFirstAndTheLastGroupPaddedWithZeros() {
        assertThat(ZBase32.encode(new byte[0])).isEmpty();
        // 0x00 = 00000|000 -> "y" (0) then "y" (000 padded to 00000)
        assertThat(ZBase32.encode(new byte[] {0})).isEqualTo("yy");
        // 0xFF = 11111|111 -> "9" (31) then 11100 = 28 -> "h"
        assertThat(ZBase32.encode(new byte[] {(byte) 0xFF})).isEqualTo("9h");
        // 40 bits make exactly eight characters, no padding
        assertThat(ZBase32.encode(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}))
                .isEqualTo("99999999");
        // a SHA-1 digest (160 bits) is always 32 characters
        assertThat(ZBase32.encode("twenty bytes of data".getBytes(StandardCharsets.US_ASCII))).hasSize(32);
    }
}
