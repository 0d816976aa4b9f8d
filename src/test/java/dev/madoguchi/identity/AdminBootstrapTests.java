package dev.madoguchi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTests {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffAccountAdministration administration;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private AdminBootstrap bootstrap(String configuredPassword) {
        jdbc.sql("delete from staff_user_role").update();
        jdbc.sql("delete from api_token").update();
        jdbc.sql("delete from staff_user").update();
        return new AdminBootstrap(accounts, administration, transaction, configuredPassword);
    }

    @Test
    void theFirstStartCreatesAdminWithAOneTimePasswordPrintedOnceAndNotLogged(CapturedOutput output) throws Exception {
        AdminBootstrap bootstrap = bootstrap("");
        bootstrap.run(null);
        Matcher password = Pattern.compile("one-time password\\R\\R\\s+(\\S+)").matcher(output.getOut());
        assertThat(password.find()).isTrue();
        assertThat(accounts.findByUsername("admin").orElseThrow().mustChangePassword()).isTrue();
        mvc.perform(formLogin("/sign-in").user("admin").password(password.group(1)))
                .andExpect(redirectedUrl("/account/password"));

        int before = output.getOut().length();
        bootstrap.run(null);
        assertThat(output.getOut().substring(before)).doesNotContain("one-time password");
        assertThat(jdbc.sql("select count(*) from staff_user").query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select summary from audit_event where action = 'user.created'").query(String.class)
                .list()).noneMatch(s -> s.contains(password.group(1)));
    }

    @Test
    void aConfiguredPasswordIsUsedAndStillMustBeChanged(CapturedOutput output) throws Exception {
        bootstrap("configured by the operator").run(null);
        assertThat(output.getOut()).doesNotContain("one-time password");
        assertThat(accounts.findByUsername("admin").orElseThrow().mustChangePassword()).isTrue();
        mvc.perform(formLogin("/sign-in").user("admin").password("configured by the operator"))
                .andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void aWeakConfiguredPasswordStopsTheStartWithAReason() {
        assertThatThrownBy(() -> bootstrap("short").run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MADOGUCHI_ADMIN_PASSWORD");
        assertThat(accounts.findByUsername("admin")).isEmpty();
    }
}
