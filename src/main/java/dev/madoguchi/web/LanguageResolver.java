package dev.madoguchi.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import dev.madoguchi.shared.Language;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Japanese or English: the {@code lang} cookie when the person chose, otherwise the best match of the browser's
 * Accept-Language, otherwise the configured default.
 */
class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "lang";
    /** The language chosen in this very request ({@code ?lang=}), which its own cookie cannot yet tell. */
    private static final String CHOSEN = LanguageResolver.class.getName() + ".chosen";
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    private final Language fallback;

    LanguageResolver(Language fallback) {
        this.fallback = fallback;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Language chosen) {
            return chosen.locale();
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    var chosen = Language.fromTag(cookie.getValue());
                    if (chosen.isPresent()) {
                        return chosen.get().locale();
                    }
                }
            }
        }
        return fromAcceptLanguage(request.getHeader("Accept-Language")).locale();
    }

    Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return fallback;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            Locale best = Locale.lookup(ranges, List.of(Language.JA.locale(), Language.EN.locale()));
            return best == null ? fallback : Language.fromTag(best.getLanguage()).orElse(fallback);
        } catch (IllegalArgumentException malformed) {
            return fallback;
        }
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Language language = locale == null ? fallback : Language.of(locale);
        request.setAttribute(CHOSEN, language);
        Cookie cookie = new Cookie(COOKIE, language.tag());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
