package dev.madoguchi.products;

import dev.madoguchi.shared.Refusal;

/** An import file that cannot be read at all (not UTF-8, not JSON, a CSV without the expected header). */
class ImportRefused extends Refusal {

    ImportRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
