package dev.madoguchi.openpgp;

/**
 * z-base-32, the human-oriented base-32 encoding the Web Key Directory names its files with
 * (draft-koch-openpgp-webkey-service §3.1, after Zooko O'Whielacronx's description): five bits a character, most
 * significant first, in the alphabet below; a last partial group is padded with zero bits and no padding character
 * is written.
 */
final class ZBase32 {

    private static final char[] ALPHABET = "ybndrfg8ejkmcpqxot1uwisza345h769".toCharArray();

    private ZBase32() {
    }

    static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET[(buffer >>> (bits - 5)) & 0x1F]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET[(buffer << (5 - bits)) & 0x1F]);
        }
        return out.toString();
    }
}
