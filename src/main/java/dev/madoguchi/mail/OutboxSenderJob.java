package dev.madoguchi.mail;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cluster-safe sender job (db-scheduler): every few seconds one node sends what is due. The claim itself is safe
 * between nodes ({@link OutboxSender}), so a second sender running at once, e.g. during a rolling deployment, only
 * finds nothing to claim.
 */
@Configuration(proxyBeanMethods = false)
class OutboxSenderJob {

    @Bean
    RecurringTask<Void> outboxSenderTask(OutboxSender sender) {
        return Tasks.recurring("outbox-sender", FixedDelay.of(Duration.ofSeconds(5)))
                .execute((instance, context) -> sender.sendDue());
    }
}
