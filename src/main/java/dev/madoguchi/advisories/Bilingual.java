package dev.madoguchi.advisories;

import dev.madoguchi.shared.Language;

/** A text in Japanese and English, as both seed policies publish their advisories. */
record Bilingual(String ja, String en) {

    Bilingual {
        ja = ja == null ? "" : ja;
        en = en == null ? "" : en;
    }

    /**
     * The text in the language asked for, or the other language's when it has none (an advisory published in one
     * language only, when the configuration allows it).
     */
    public String in(String language) {
        String preferred = Language.JA.tag().equals(language) ? ja : en;
        return preferred.isBlank() ? (Language.JA.tag().equals(language) ? en : ja) : preferred;
    }

    public boolean complete() {
        return !ja.isBlank() && !en.isBlank();
    }

    public boolean empty() {
        return ja.isBlank() && en.isBlank();
    }
}
