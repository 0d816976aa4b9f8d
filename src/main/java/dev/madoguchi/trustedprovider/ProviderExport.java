package dev.madoguchi.trustedprovider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * Writes the tree {@link ProviderDirectory} serves into a folder, for a static web server: the same bytes at the same
 * paths below {@code <target>/.well-known/}, each folder listing as the folder's {@code index.html}. Everything is
 * written into a staging folder inside the target first and then moved into place, so an export that fails leaves the
 * previous tree (or none) rather than half a tree.
 */
@Component
class ProviderExport {

    /** What an export wrote. */
    record Summary(int documents, int files, long bytes) {
    }

    private final ProviderDirectory directory;

    ProviderExport(ProviderDirectory directory) {
        this.directory = directory;
    }

    Summary export(Path target, String base) throws IOException {
        List<ProviderFile> files = directory.all(base);
        Path root = target.toAbsolutePath().normalize();
        Files.createDirectories(root);
        Path staging = Files.createTempDirectory(root, ".csaf-export-");
        try {
            long bytes = 0;
            for (ProviderFile file : files) {
                Path path = staging.resolve(file.staticPath()).normalize();
                if (!path.startsWith(staging)) {
                    throw new IllegalStateException("refusing to write outside the export folder: " + file.path());
                }
                Files.createDirectories(path.getParent());
                Files.write(path, file.body());
                bytes += file.body().length;
            }
            replace(staging, root);
            int documents = (int) files.stream().filter(f -> f.path().startsWith(ProviderPaths.WHITE)
                    && f.path().matches(".*/[0-9]{4}/[^/]+\\.json")).count();
            return new Summary(documents, files.size(), bytes);
        } finally {
            deleteTree(staging);
        }
    }

    /** Swaps {@code .well-known/csaf} whole and replaces {@code security.txt}; other well-known files stay. */
    private static void replace(Path staging, Path root) throws IOException {
        Path wellKnown = Files.createDirectories(root.resolve(".well-known"));
        Path csaf = wellKnown.resolve("csaf");
        Path previous = staging.resolve("previous-csaf");
        boolean hadPrevious = Files.exists(csaf);
        if (hadPrevious) {
            Files.move(csaf, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging.resolve(".well-known/csaf"), csaf, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (hadPrevious) {
                Files.move(previous, csaf, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        Files.move(staging.resolve(".well-known/security.txt"), wellKnown.resolve("security.txt"),
                StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the staging folder " + folder + " could not be removed", e);
        }
    }
}
