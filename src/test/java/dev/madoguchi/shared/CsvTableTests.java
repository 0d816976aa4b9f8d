package dev.madoguchi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableTests {

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaksAsRfc4180Says() {
        assertThat(CsvTable.read("\uFEFFa,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n\n"))
                .containsExactly(List.of("a", "b,c", "say \"hi\""), List.of("two\nlines", "", "x"));
        assertThatThrownBy(() -> CsvTable.read("a,\"open")).hasMessage("A quoted field is not closed.");
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
        assertThat(CsvTable.cell("=HYPERLINK(1)")).isEqualTo("\"'=HYPERLINK(1)\"");
        assertThat(CsvTable.cell("plain \"text\"")).isEqualTo("\"plain \"\"text\"\"\"");
        assertThat(CsvTable.cell(null)).isEmpty();
    }
}
