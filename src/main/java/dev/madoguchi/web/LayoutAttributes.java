package dev.madoguchi.web;

import java.util.Locale;

import dev.madoguchi.identity.StaffPrincipal;
import dev.madoguchi.shared.Language;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's layout needs: the viewer, the current language and the links to switch it. */
@ControllerAdvice
class LayoutAttributes {

    /** The ja/en switch: the same page in the other language. */
    record LanguageSwitch(String current, String japanese, String english) {
    }

    @ModelAttribute("viewer")
    Viewer viewer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return Viewer.of(principal);
        }
        return Viewer.PUBLIC;
    }

    @ModelAttribute("languageSwitch")
    LanguageSwitch languageSwitch(HttpServletRequest request, Locale locale) {
        return new LanguageSwitch(Language.of(locale).tag(), link(request, Language.JA), link(request, Language.EN));
    }

    private static String link(HttpServletRequest request, Language language) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        if (original == null && request.getQueryString() != null) {
            builder.query(request.getQueryString());
        }
        return builder.replaceQueryParam("lang", language.tag()).build().toUriString();
    }
}
