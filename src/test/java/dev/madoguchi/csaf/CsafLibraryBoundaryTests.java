package dev.madoguchi.csaf;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The validator is copied to the jar's root and loaded there by the JDK's class loader alone (ADR 0011): any class it
 * used from a library would be missing at run time. So it may use nothing but the JDK and itself.
 */
class CsafLibraryBoundaryTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.madoguchi");

    @Test
    void csafPackageUsesNothingButTheJdk() {
        classes().that().resideInAPackage("dev.madoguchi.csaf..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.madoguchi.csaf..")
                .check(MAIN);
    }

    @Test
    void jarEntryPointUsesNothingButTheJdkAndTheValidator() {
        classes().that().haveFullyQualifiedName("dev.madoguchi.JarMain")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.madoguchi.csaf..")
                .orShould().haveFullyQualifiedName("dev.madoguchi.JarMain")
                .check(MAIN);
    }
}
