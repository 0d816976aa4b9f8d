package dev.madoguchi.advisories;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers repeated requests for a published advisory page from {@link StoredPageCache}, ahead of the security and
 * MVC filter chains (which cost most of the time of serving stored bytes: bench/advisories.sh). Only plain GETs of
 * the exact page addresses, without a query or a session cookie, are answered here; the first such request for a
 * page goes through the whole chain, and its complete 200 answer (headers, including the security headers, and
 * body) is what later requests get, so this path can never answer anything the full chain would not.
 */
class StoredPageFilter extends OncePerRequestFilter {

    /** The stored pages: {@code /advisories/{id}} and {@code /ja/advisories/{id}}, HTML and PDF. */
    static final Pattern PAGE = Pattern.compile("/(ja/)?advisories/[A-Za-z][A-Za-z0-9]{0,15}-\\d{4}-\\d{3,9}(\\.pdf)?");

    private final StoredPageCache cache;

    StoredPageFilter(StoredPageCache cache) {
        this.cache = cache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || request.getHeader("Cookie") != null || request.getHeader("Authorization") != null
                || !PAGE.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the scheme is part of the key: the security chain adds HSTS to answers over HTTPS only
        String path = request.getScheme() + ":" + request.getRequestURI();
        StoredPageCache.Answer answer = cache.get(path);
        if (answer != null) {
            replay(answer, request, response);
            return;
        }
        long generation = cache.generation();
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recorded);
        if (recorded.getStatus() == 200 && recorded.getHeader("ETag") != null
                && recorded.getHeaders("Set-Cookie").isEmpty()) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (String name : recorded.getHeaderNames()) {
                if (!name.equalsIgnoreCase("Date") && !name.equalsIgnoreCase("Content-Length")) {
                    recorded.getHeaders(name).forEach(v -> headers.add(Map.entry(name, v)));
                }
            }
            cache.put(path, new StoredPageCache.Answer(List.copyOf(headers), recorded.getHeader("ETag"),
                    recorded.getContentAsByteArray()), generation);
        }
        recorded.copyBodyToResponse();
    }

    private static void replay(StoredPageCache.Answer answer, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        for (Map.Entry<String, String> header : answer.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.equals(answer.etag()) || ifNoneMatch.equals("W/" + answer.etag()))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setContentLength(0);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
