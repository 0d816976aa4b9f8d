package dev.madoguchi.csaf;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the compiled {@code csaf} module free of what the JVM builds at run time (ADR 0011: the start-up budget of
 * {@code csaf validate}, about 0.5 s for the 449 real advisories, JVM start included). Each lambda or method
 * reference call site makes the JVM spin a class with ASM on its first use, and {@code java.util.stream} brings its
 * own; in a short command the JIT then spends hundreds of milliseconds compiling ASM on the same two cores that do the
 * work. String concatenation through {@code StringConcatFactory} costs bootstraps the same way (the build compiles it
 * inline, {@code -XDstringConcat=inline}). Main code therefore uses loops, and named or anonymous classes where a
 * callback is needed: they are ordinary classes loaded from the jar. This test reads the class files the build
 * produced; it does not apply to test code.
 */
class CsafStartupCostTests {

    private static final Path CLASSES = Path.of("target/classes/dev/madoguchi/csaf");

    /** Constant-pool strings that betray a run-time-spun class or a stream pipeline. */
    private static final List<String> FORBIDDEN = List.of(
            "java/lang/invoke/LambdaMetafactory", "java/lang/invoke/StringConcatFactory", "java/util/stream/");

    @Test
    void noClassOfTheModuleUsesLambdasMethodReferencesStreamsOrIndyStringConcatenation() throws IOException {
        List<Path> classFiles;
        try (Stream<Path> walk = Files.walk(CLASSES)) {
            classFiles = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        assertThat(classFiles).as("class files under %s", CLASSES).isNotEmpty();
        List<String> offences = new ArrayList<>();
        for (Path classFile : classFiles) {
            // Constant-pool strings are modified UTF-8; the names looked for are ASCII, so Latin-1 finds them as is.
            String bytes = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            for (String forbidden : FORBIDDEN) {
                if (bytes.contains(forbidden)) {
                    offences.add(CLASSES.relativize(classFile) + " references " + forbidden);
                }
            }
        }
        assertThat(offences).as("classes of dev.madoguchi.csaf that make the JVM spin classes at run time or use "
                + "streams; write a loop, or a named or anonymous class for a callback (ADR 0011)").isEmpty();
    }
}
