package dev.madoguchi.initiatives;

import java.time.LocalDate;

/** A dated line in an outbound report's reply log, e.g. "JPCERT/CC assigned VU#12345678". */
record ReplyNote(long id, LocalDate notedOn, String note, String author) {
}
