package dev.madoguchi.testing;

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
        }
    }

    @Override
    public int getOrder() {
        return 1900;
    }
}
