package dev.madoguchi.shared;

import java.util.Locale;
import java.util.Optional;

/** The two languages Madoguchi speaks everywhere: Japanese and English. */
public enum Language {
    JA(Locale.JAPANESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The BCP 47 tag: {@code ja} or {@code en}. */
    public String tag() {
        return locale.getLanguage();
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.tag().equalsIgnoreCase(tag.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language of a locale; English for anything that is not Japanese. */
    public static Language of(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? JA : EN;
    }
}
