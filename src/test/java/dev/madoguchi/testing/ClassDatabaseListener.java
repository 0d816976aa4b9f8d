package dev.madoguchi.testing;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test class, moves its application context (new or cached) onto a fresh migrated database. Always, so
 * a class never depends on what application start-up or an earlier class wrote.
 */
class ClassDatabaseListener extends AbstractTestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        if (context.getBeanNamesForType(ClassDatabase.class).length == 1) {
            context.getBean(ClassDatabase.class).renew();
            restartRecurringTasks(context);
        }
    }

    /**
     * The fresh database has none of the executions db-scheduler created for its recurring tasks at start-up, so
     * without this no job would ever run again in this context (production keeps one database for its lifetime).
     */
    private static void restartRecurringTasks(ApplicationContext context) {
        if (context.getBeanNamesForType(Scheduler.class).length == 0) {
            return;
        }
        Scheduler scheduler = context.getBean(Scheduler.class);
        for (RecurringTask<?> task : context.getBeansOfType(RecurringTask.class).values()) {
            scheduler.scheduleIfNotExists(task.instance(RecurringTask.INSTANCE), Instant.now());
        }
    }

    @Override
    public int getOrder() {
        return 1900;
    }
}
