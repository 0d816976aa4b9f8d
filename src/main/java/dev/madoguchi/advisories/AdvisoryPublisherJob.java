package dev.madoguchi.advisories;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cluster-safe publication job (db-scheduler): every second one node looks for advisories whose instant has
 * come. Because it looks for what is due rather than waiting for a timer, an advisory whose instant passed while
 * every node was down is published on the next start.
 */
@Configuration(proxyBeanMethods = false)
class AdvisoryPublisherJob {

    @Bean
    RecurringTask<Void> advisoryPublisherTask(AdvisoryPublisher publisher) {
        return Tasks.recurring("advisory-publisher", FixedDelay.of(Duration.ofSeconds(1)))
                .execute((instance, context) -> publisher.publishDue());
    }
}
