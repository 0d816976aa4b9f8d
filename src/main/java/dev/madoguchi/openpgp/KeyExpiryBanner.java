package dev.madoguchi.openpgp;

import dev.madoguchi.identity.StaffPrincipal;
import dev.madoguchi.shared.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Issue 9's dashboard banner: every page rendered for a signed-in ADMIN or PSIRT member carries {@code pgpKeyExpiry}
 * (a {@link KeyExpiry}) while the expiry watch warns about the current key, and the layout shows it with a link to
 * the key page. Added after the handler and only when a page is rendered, so API calls and redirects cost nothing.
 */
class KeyExpiryBanner implements HandlerInterceptor {

    static final String ATTRIBUTE = "pgpKeyExpiry";

    private final KeyExpiryWatch watch;

    KeyExpiryBanner(KeyExpiryWatch watch) {
        this.watch = watch;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || !page.hasView() || page.getViewName() != null && page.getViewName().startsWith("redirect:")
                || !warnsViewer()) {
            return;
        }
        watch.dueWarning().ifPresent(expiry -> page.addObject(ATTRIBUTE, expiry));
    }

    private static boolean warnsViewer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal
                && (principal.hasRole(Role.ADMIN) || principal.hasRole(Role.PSIRT));
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration implements WebMvcConfigurer {

        private final KeyExpiryWatch watch;

        Registration(KeyExpiryWatch watch) {
            this.watch = watch;
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new KeyExpiryBanner(watch));
        }
    }
}
