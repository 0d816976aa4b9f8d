package dev.madoguchi.trustedprovider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** What the trusted provider answers at a path, for the tests that read its tree as a client. */
final class Served {

    private Served() {
    }

    static MockHttpServletResponse fetch(MockMvc mvc, String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    /** The bytes at {@code path}, which must answer 200. */
    static byte[] body(MockMvc mvc, String path) throws Exception {
        MockHttpServletResponse response = fetch(mvc, path);
        assertThat(response.getStatus()).as("status of " + path).isEqualTo(200);
        return response.getContentAsByteArray();
    }
}
