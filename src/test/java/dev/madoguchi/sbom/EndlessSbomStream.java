package dev.madoguchi.sbom;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The start of a CycloneDX document followed by {@code size} bytes of spaces, produced as they are read and never
 * held: stands for a 500 MB upload without 500 MB of memory, and counts how much of it was read.
 */
final class EndlessSbomStream extends InputStream {

    private static final byte[] START = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":["
            .getBytes(StandardCharsets.UTF_8);

    private final long size;
    private long read;

    EndlessSbomStream(long size) {
        this.size = size;
    }

    long bytesRead() {
        return read;
    }

    @Override
    public int read() {
        if (read >= size) {
            return -1;
        }
        int next = read < START.length ? START[(int) read] : ' ';
        read++;
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (read >= size) {
            return -1;
        }
        int n = (int) Math.min(length, size - read);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = read < START.length ? START[(int) read] : (byte) ' ';
            read++;
        }
        return n;
    }
}
