import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.madoguchi.csaf.CsafTestGroup;
import dev.madoguchi.csaf.CsafValidator;

/**
 * Documents per second once warm, the Java side of bench/csaf.sh: every file read up front (bytes, as the command
 * reads them; parsing is part of each validation), WARMUP passes (10), then PASSES (20) timed passes of the schema and the mandatory
 * tests, on THREADS threads (1 compares like with like against single-threaded node).
 */
public class WarmThroughput {
    public static void main(String[] args) throws Exception {
        int passes = Integer.parseInt(System.getenv().getOrDefault("PASSES", "20"));
        int warmup = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "10"));
        int threads = Integer.parseInt(System.getenv().getOrDefault("THREADS", "1"));
        List<byte[]> docs = new ArrayList<>();
        for (String arg : args) {
            docs.add(Files.readAllBytes(Path.of(arg)));
        }
        CsafValidator validator = CsafValidator.of(java.util.EnumSet.of(CsafTestGroup.MANDATORY));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            run(validator, docs, pool, threads, warmup, passes);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void run(CsafValidator validator, List<byte[]> docs, ExecutorService pool, int threads, int warmup,
            int passes) throws Exception {
        for (int i = 0; i < warmup; i++) {
            pass(validator, docs, pool, threads);
        }
        long start = System.nanoTime();
        for (int i = 0; i < passes; i++) {
            pass(validator, docs, pool, threads);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("%.0f%n", docs.size() * passes / seconds);
    }

    private static void pass(CsafValidator validator, List<byte[]> docs, ExecutorService pool, int threads)
            throws Exception {
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = t;
            parts.add(pool.submit(() -> {
                for (int i = from; i < docs.size(); i += threads) {
                    if (!validator.validate(docs.get(i)).valid()) {
                        throw new IllegalStateException("invalid: document " + i);
                    }
                }
            }));
        }
        for (Future<?> part : parts) {
            part.get();
        }
    }
}
