package dev.madoguchi.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cluster-safe mailbox job (db-scheduler): every minute one node reads the PSIRT mailbox. Should two read at
 * once (a rolling deployment), the unique Message-ID in {@code inbound_mail} still lets only one handle a message.
 */
@Configuration(proxyBeanMethods = false)
class MailboxJob {

    @Bean
    RecurringTask<Void> mailboxPollerTask(MailboxPoller poller) {
        return Tasks.recurring("mailbox-poller", FixedDelay.of(InboxSettings.POLL_EVERY))
                .execute((instance, context) -> poller.poll());
    }
}
