package dev.madoguchi.mail;

import static dev.madoguchi.shared.Access.roles;
import static dev.madoguchi.shared.RouteRule.any;

import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MailRoutes {

    @Bean
    RouteRules mailRouteRules() {
        // issue 10: staff see the outbox and its failures; recipients and subjects are PSIRT business, so not
        // DEVELOPER or others
        return RouteRules.of("mail",
                any("/admin/outbox", roles(Role.ADMIN, Role.PSIRT)),
                any("/admin/outbox/**", roles(Role.ADMIN, Role.PSIRT)),
                // issue 10: mail read from the PSIRT mailbox, subjects and senders only, likewise
                any("/admin/inbound-mail", roles(Role.ADMIN, Role.PSIRT)),
                // issue 10: the mail templates are editable by ADMIN
                any("/admin/mail-templates", roles(Role.ADMIN)),
                any("/admin/mail-templates/**", roles(Role.ADMIN)));
    }
}
