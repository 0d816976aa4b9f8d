package dev.madoguchi.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signs in through the real sign-in form and returns the session cookie to send with later requests. */
public final class SignedIn {

    private SignedIn() {
    }

    public static Cookie as(MockMvc mvc, String username) throws Exception {
        return as(mvc, username, StaffFixtures.PASSWORD);
    }

    public static Cookie as(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/sign-in").user(username).password(password)).andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        if (session == null) {
            throw new IllegalStateException("no session after signing in as " + username + ": "
                    + result.getResponse().getRedirectedUrl());
        }
        return session;
    }
}
