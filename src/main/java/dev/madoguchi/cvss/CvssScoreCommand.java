package dev.madoguchi.cvss;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code cvss score VECTOR}: prints {@code <score> <SEVERITY>} with one decimal ({@code 9.8 CRITICAL}) and exits 0;
 * an invalid vector prints what is wrong on standard error and exits 2, as does a missing or extra argument (with
 * the usage). No Spring, no database.
 *
 * <p>The command reads vectors as imported data does ({@link CvssVector#read}): besides CVSS v3.1 and v4.0 it
 * scores CVSS v3.0 and v2, since checking the score of an existing, older vector is what a command-line check is
 * for. A v2 severity is NVD's (CVSS v2 has no qualitative scale of its own).
 */
public final class CvssScoreCommand {

    static final String USAGE = "usage: cvss score VECTOR   (for example cvss score "
            + "'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'; CVSS 3.1 and 4.0, also 3.0 and v2)";

    private CvssScoreCommand() {
    }

    /**
     * @param args the words after {@code cvss score}: exactly one vector
     * @return 0 when the vector was scored, 2 for a usage error or an invalid vector
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println((args.isEmpty() ? "A vector is needed." : "Only one vector is taken; quote it if the shell "
                    + "split it.") + System.lineSeparator() + USAGE);
            return 2;
        }
        try {
            CvssVector cvss = CvssVector.read(args.get(0));
            out.println(String.format(Locale.ROOT, "%.1f %s", cvss.baseScore(), cvss.severity()));
            return 0;
        } catch (InvalidCvssVectorException e) {
            err.println("Invalid CVSS vector: " + e.getMessage());
            return 2;
        }
    }
}
