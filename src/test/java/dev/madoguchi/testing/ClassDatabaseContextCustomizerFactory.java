package dev.madoguchi.testing;

import java.util.List;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives every Spring test context a {@link ClassDatabase} as its {@code dataSource}, so the application's own
 * database configuration (embedded server under ./data, or MADOGUCHI_DATABASE_URL) is never used by tests. A test
 * class annotated {@link OwnDatabase} is left alone and configures its database itself.
 */
class ClassDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        if (TestContextAnnotationUtils.hasAnnotation(testClass, OwnDatabase.class)) {
            return null;
        }
        return new Customizer();
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            if (context.getBeanFactory() instanceof BeanDefinitionRegistry registry) {
                RootBeanDefinition definition = new RootBeanDefinition(ClassDatabase.class);
                definition.setDestroyMethodName("close");
                definition.setPrimary(true);
                registry.registerBeanDefinition("dataSource", definition);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
