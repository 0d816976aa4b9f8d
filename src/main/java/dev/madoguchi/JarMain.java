package dev.madoguchi;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.List;

import dev.madoguchi.csaf.CsafValidateCommand;
import dev.madoguchi.csaf.ValidatorJvm;

/**
 * The packaged jar's entry point. {@code csaf validate} runs straight from the jar's root, where the build copies this
 * class and the JDK-only {@code csaf} package, so the validator answers in milliseconds instead of waiting for the
 * nested-jar class loader, and in a JVM with the client compiler only ({@link ValidatorJvm}; ADR 0011). Everything
 * else is handed to Spring Boot's {@code JarLauncher}, which starts {@link MadoguchiApplication} as before. Spring
 * Boot's loader is named by reflection because this class must load with nothing but the JDK.
 */
public final class JarMain {

    private static final String SPRING_BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private JarMain() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length >= 2 && args[0].equals("csaf") && args[1].equals("validate")) {
            List<String> relaunch = ValidatorJvm.commandForThisRun(Arrays.asList(args));
            int status = relaunch != null ? ValidatorJvm.run(relaunch)
                    : CsafValidateCommand.run(Arrays.asList(args).subList(2, args.length), System.out, System.err);
            System.out.flush();
            System.exit(status);
        }
        try {
            Class.forName(SPRING_BOOT_LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
