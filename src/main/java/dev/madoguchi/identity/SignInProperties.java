package dev.madoguchi.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling: after {@code maxFailures} consecutive failures an account is locked for {@code lockDuration}
 * ({@code madoguchi.sign-in.*}).
 */
@ConfigurationProperties("madoguchi.sign-in")
record SignInProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockDuration) {
}
