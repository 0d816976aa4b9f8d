package dev.madoguchi.web;

import java.util.Locale;

import dev.madoguchi.identity.StaffPrincipal;
import dev.madoguchi.shared.Language;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs: the viewer, the current language and the links to switch it. Added after the
 * handler and only when a page is rendered, so API calls and redirects do none of this work.
 */
class LayoutAttributes implements HandlerInterceptor {

    /** The ja/en switch: the same page in the other language. */
    record LanguageSwitch(String current, String japanese, String english) {
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || !page.hasView() || page.getViewName() != null && page.getViewName().startsWith("redirect:")) {
            return;
        }
        Locale locale = RequestContextUtils.getLocale(request);
        page.addObject("viewer", viewer());
        page.addObject("languageSwitch", new LanguageSwitch(Language.of(locale).tag(), link(request, Language.JA),
                link(request, Language.EN)));
    }

    static Viewer viewer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return Viewer.of(principal);
        }
        return Viewer.PUBLIC;
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
