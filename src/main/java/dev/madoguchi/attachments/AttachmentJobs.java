package dev.madoguchi.attachments;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AttachmentJobs {

    /** Removes files kept from failed submissions that nobody came back for; one node runs it each hour. */
    @Bean
    RecurringTask<Void> expiredPendingAttachments(Attachments attachments) {
        return Tasks.recurring("attachments-expired-pending", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> attachments.deleteExpiredPending());
    }

    /** Refuses to start when stored files were sealed with a key this node lacks: better than failing on download. */
    @Bean
    SmartInitializingSingleton attachmentKeyCheck(Attachments attachments) {
        return () -> {
            var missing = attachments.unopenableKeyIds();
            if (!missing.isEmpty()) {
                throw new dev.madoguchi.vault.VaultException("Stored attachments were encrypted with vault key(s) "
                        + missing + " that this node does not have; set MADOGUCHI_VAULT_KEY (and "
                        + "MADOGUCHI_VAULT_RETIRED_KEYS) to the cluster's keys.");
            }
        };
    }
}
