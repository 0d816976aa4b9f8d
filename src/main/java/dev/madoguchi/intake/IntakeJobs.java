package dev.madoguchi.intake;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IntakeJobs {

    /** Client addresses are kept only as long as the rate limit needs them (personal data, kept no longer). */
    @Bean
    RecurringTask<Void> forgetRateLimitEvents(SubmissionRateLimit rateLimit) {
        return Tasks.recurring("intake-forget-rate-events", FixedDelay.of(Duration.ofMinutes(15)))
                .execute((instance, context) -> rateLimit.forgetOlderThan(IntakeProperties.RATE_WINDOW));
    }
}
