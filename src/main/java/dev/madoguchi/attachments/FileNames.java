package dev.madoguchi.attachments;

import java.text.Normalizer;

/** What is kept of a file name a browser or API client sent: its last path segment, printable, at most 200 chars. */
final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    static String clean(String submitted) {
        if (submitted == null) {
            return "attachment";
        }
        String name = Normalizer.normalize(submitted, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "attachment";
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return name;
    }
}
