package dev.madoguchi.trustedprovider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Without a configured public address, security.txt names the address the request came to, which the client
 * chooses (the Host header): such a file is served unsigned, so our key never vouches for a client's addresses.
 */
@SpringBootTest(properties = "madoguchi.organization.public-url=")
@AutoConfigureMockMvc
class UnconfiguredAddressSecurityTxtTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void securityTxtForAClientChosenHostIsNotSignedByOurKey() throws Exception {
        String text = mvc.perform(get("/.well-known/security.txt").header("Host", "evil.example")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("Contact: http://evil.example/report").doesNotContain("BEGIN PGP");
        assertThat(jdbc.sql("select count(*) from trusted_provider_clearsigned").query(Integer.class).single())
                .isZero();
    }

    @Test
    void theProviderListsDoNotSignSecurityTxtOnTheWay() throws Exception {
        mvc.perform(get("/.well-known/csaf/provider-metadata.json").header("Host", "evil.example"));
        assertThat(jdbc.sql("select count(*) from trusted_provider_clearsigned").query(Integer.class).single())
                .isZero();
    }
}
