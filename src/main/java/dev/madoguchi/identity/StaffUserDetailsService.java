package dev.madoguchi.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads staff accounts for the sign-in form; locked and deactivated accounts are refused by Spring Security. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;
    private final Clock clock;

    StaffUserDetailsService(StaffAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username).map(a -> a.principal(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("no such staff account"));
    }
}
