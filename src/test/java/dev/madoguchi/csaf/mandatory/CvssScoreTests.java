package dev.madoguchi.csaf.mandatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import us.springett.cvss.Cvss;
import us.springett.cvss.Score;

/**
 * The JDK-only CVSS calculators of the CSAF validator against published scores (the CVSS v2 guide's and v3.1
 * specification's examples) and, over many vectors, against the cvss-calculator library the rest of Madoguchi uses
 * (an oracle for tests only: the validator's classes must not depend on it).
 */
class CvssScoreTests {

    @ParameterizedTest(name = "{0} = {1} / {2} / {3}")
    @CsvSource({
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 9.8, 9.8, 9.8",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H, 10.0, 10.0, 10.0",
            "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H, 6.5, 6.5, 6.5",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N, 6.1, 6.1, 6.1",
            "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N, 6.4, 6.4, 6.4",
            "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N, 3.1, 3.1, 3.1",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N, 7.5, 7.5, 7.5",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N, 0.0, 0.0, 0.0",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C, 9.8, 8.8, 8.8",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:C, 9.8, 8.5, 8.5",
            "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 9.8, 9.8, 9.8",
            "CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N, 6.1, 6.1, 6.1",
            "CVSS:3.0/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:L/A:L/RC:U, 5.0, 4.7, 4.7",
            "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:L/A:L/RC:U, 5.0, 4.6, 4.6",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MAV:L/MPR:H/CR:L/IR:L/AR:L, 9.8, 9.8, 4.9",
    })
    void v3ScoresArePublishedOnes(String vector, double base, double temporal, double environmental) {
        CvssV3Scores scores = CvssV3Scores.of(CvssVector.v3(vector));

        assertThat(scores).isEqualTo(new CvssV3Scores(base, temporal, environmental));
    }

    @ParameterizedTest(name = "{0} = {1} / {2} / {3}")
    @CsvSource({
            "AV:N/AC:L/Au:N/C:C/I:C/A:C, 10.0, 10.0, 10.0",
            "AV:N/AC:L/Au:N/C:P/I:P/A:P, 7.5, 7.5, 7.5",
            "AV:N/AC:M/Au:N/C:N/I:P/A:N, 4.3, 4.3, 4.3",
            "AV:L/AC:L/Au:M/C:C/I:C/A:C, 6.5, 6.5, 6.5",
            "AV:N/AC:L/Au:N/C:N/I:N/A:N, 0.0, 0.0, 0.0",
            // the three worked examples of the CVSS v2 guide, §3.3
            "AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:H, 7.8, 6.4, 9.2",
            "AV:N/AC:L/Au:N/C:C/I:C/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:L, 10.0, 8.3, 9.0",
            "AV:L/AC:H/Au:N/C:C/I:C/A:C/E:POC/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:M, 6.2, 4.9, 7.5",
    })
    void v2ScoresArePublishedOnes(String vector, double base, double temporal, double environmental) {
        CvssV2Scores scores = CvssV2Scores.of(CvssVector.v2(vector));

        assertThat(scores).isEqualTo(new CvssV2Scores(base, temporal, environmental));
    }

    @Test
    void v3SeveritiesFollowTheRatingScale() {
        assertThat(List.of(0.0, 0.1, 3.9, 4.0, 6.9, 7.0, 8.9, 9.0, 10.0)).map(CvssV3Scores::severity)
                .containsExactly("NONE", "LOW", "LOW", "MEDIUM", "MEDIUM", "HIGH", "HIGH", "CRITICAL", "CRITICAL");
    }

    @Test
    void v31RoundupCutsFloatingPointNoiseWhereV30RoundsUp() {
        assertThat(CvssV3Scores.roundUp(4.000000000000001, true)).isEqualTo(4.0);
        assertThat(CvssV3Scores.roundUp(4.000000000000001, false)).isEqualTo(4.1);
        assertThat(CvssV3Scores.roundUp(4.02, true)).isEqualTo(4.1);
    }

    @Test
    void everyV3BaseVectorScoresAsTheLibraryDoes() {
        for (String version : List.of("3.0", "3.1")) {
            for (String vector : v3BaseVectors("CVSS:" + version)) {
                assertThat(CvssV3Scores.of(CvssVector.v3(vector)).base()).as(vector)
                        .isEqualTo(oracle(vector).getBaseScore());
            }
        }
    }

    @Test
    void v3VectorsWithTemporalAndEnvironmentalMetricsScoreAsTheLibraryDoes() {
        Random random = new Random(8);
        List<String> base = v3BaseVectors("CVSS:3.1");
        for (int n = 0; n < 20_000; n++) {
            String vector = base.get(random.nextInt(base.size()))
                    + "/E:" + pick(random, "X", "U", "P", "F", "H") + "/RL:" + pick(random, "X", "O", "T", "W", "U")
                    + "/RC:" + pick(random, "X", "U", "R", "C") + "/CR:" + pick(random, "X", "L", "M", "H")
                    + "/IR:" + pick(random, "X", "L", "M", "H") + "/AR:" + pick(random, "X", "L", "M", "H")
                    + "/MAV:" + pick(random, "X", "N", "A", "L", "P") + "/MAC:" + pick(random, "X", "L", "H")
                    + "/MPR:" + pick(random, "X", "N", "L", "H") + "/MUI:" + pick(random, "X", "N", "R")
                    + "/MS:" + pick(random, "X", "U", "C") + "/MC:" + pick(random, "X", "N", "L", "H")
                    + "/MI:" + pick(random, "X", "N", "L", "H") + "/MA:" + pick(random, "X", "N", "L", "H");
            CvssV3Scores scores = CvssV3Scores.of(CvssVector.v3(vector));
            Score expected = oracle(vector);
            assertThat(new double[] {scores.base(), scores.temporal(), scores.environmental()}).as(vector)
                    .containsExactly(expected.getBaseScore(), expected.getTemporalScore(),
                            expected.getEnvironmentalScore());
        }
    }

    @Test
    void v2VectorsScoreAsTheLibraryDoes() {
        for (String av : List.of("L", "A", "N")) {
            for (String ac : List.of("H", "M", "L")) {
                for (String au : List.of("M", "S", "N")) {
                    for (String cia : cia("N", "P", "C")) {
                        for (String temporal : List.of("", "/E:U/RL:OF/RC:UC", "/E:POC/RL:TF/RC:UR",
                                "/E:F/RL:W/RC:C", "/E:H/RL:U/RC:ND")) {
                            String vector = "AV:" + av + "/AC:" + ac + "/Au:" + au + cia + temporal;
                            CvssV2Scores scores = CvssV2Scores.of(CvssVector.v2(vector));
                            Score expected = oracle(vector);
                            assertThat(new double[] {scores.base(), scores.temporal()}).as(vector)
                                    .containsExactly(expected.getBaseScore(), temporal.isEmpty()
                                            ? expected.getBaseScore() : expected.getTemporalScore());
                        }
                    }
                }
            }
        }
    }

    private static Score oracle(String vector) {
        return Cvss.fromVector(vector).calculateScore();
    }

    private static List<String> v3BaseVectors(String prefix) {
        List<String> vectors = new ArrayList<>();
        for (String av : List.of("N", "A", "L", "P")) {
            for (String ac : List.of("L", "H")) {
                for (String pr : List.of("N", "L", "H")) {
                    for (String ui : List.of("N", "R")) {
                        for (String s : List.of("U", "C")) {
                            for (String cia : cia("N", "L", "H")) {
                                vectors.add(prefix + "/AV:" + av + "/AC:" + ac + "/PR:" + pr + "/UI:" + ui + "/S:" + s
                                        + cia);
                            }
                        }
                    }
                }
            }
        }
        return vectors;
    }

    private static List<String> cia(String... values) {
        List<String> all = new ArrayList<>();
        for (String c : values) {
            for (String i : values) {
                for (String a : values) {
                    all.add("/C:" + c + "/I:" + i + "/A:" + a);
                }
            }
        }
        return all;
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
