package dev.madoguchi.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a staff member replaces a one-time password (the administrator's first password, or one an administrator
 * reset), every page but the password form and sign-out leads to the password form.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    private static final List<String> ALLOWED_PREFIXES = List.of(SignInOutcomes.PASSWORD_PAGE, "/sign-out", "/sign-in",
            "/css/", "/js/", "/webjars/", "/error", "/favicon.ico");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal
                && principal.mustChangePassword() && !allowed(request)) {
            response.sendRedirect(request.getContextPath() + SignInOutcomes.PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ALLOWED_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
