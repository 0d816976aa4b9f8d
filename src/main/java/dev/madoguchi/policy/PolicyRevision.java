package dev.madoguchi.policy;

import java.time.LocalDate;

/** One published version of the disclosure policy and the line its update history shows. */
public record PolicyRevision(long id, LocalDate publishedOn, String textJa, String textEn, String changeJa,
        String changeEn) {

    public String text(boolean japanese) {
        return japanese ? textJa : textEn;
    }

    public String change(boolean japanese) {
        return japanese ? changeJa : changeEn;
    }
}
