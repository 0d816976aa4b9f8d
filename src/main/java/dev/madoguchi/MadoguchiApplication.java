package dev.madoguchi;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Madoguchi, the PSIRT desk. {@code java -jar madoguchi.jar} serves the web application; other first arguments
 * select a command-line task (see {@link Launcher}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Madoguchi", sharedModules = "shared")
public class MadoguchiApplication {

    public static void main(String[] args) {
        int exitCode = new Launcher(System.in, System.out, System.err).launch(args);
        if (exitCode != Launcher.SERVING) {
            System.exit(exitCode);
        }
    }
}
