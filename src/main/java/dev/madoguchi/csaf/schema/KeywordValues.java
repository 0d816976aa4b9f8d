package dev.madoguchi.csaf.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.madoguchi.csaf.JsonValue;

/** The values a schema gives its keywords, read or refused with a {@link SchemaException} naming the keyword. */
final class KeywordValues {

    private KeywordValues() {
    }

    static String[] strings(JsonValue value, String keyword, String location) {
        List<String> texts = new ArrayList<>();
        for (JsonValue element : value.elements()) {
            if (!element.isString()) {
                throw new SchemaException("'" + keyword + "' must list strings", location);
            }
            texts.add(element.text());
        }
        if (!value.isArray()) {
            throw new SchemaException("'" + keyword + "' must be a list", location);
        }
        return texts.toArray(new String[0]);
    }

    static int count(JsonValue value, String keyword, String location) {
        if (!value.isNumber() || !TypeCheck.isIntegral((JsonValue.Num) value)
                || ((JsonValue.Num) value).value().signum() < 0) {
            throw new SchemaException("'" + keyword + "' must be a non-negative integer", location);
        }
        return ((JsonValue.Num) value).value().min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
    }

    static int optionalCount(JsonValue schema, String keyword, String location) {
        JsonValue value = schema.get(keyword);
        return value.exists() ? count(value, keyword, location) : Integer.MAX_VALUE;
    }

    static BigDecimal decimal(JsonValue value, String keyword, String location) {
        if (!value.isNumber()) {
            throw new SchemaException("'" + keyword + "' must be a number", location);
        }
        return ((JsonValue.Num) value).value();
    }
}
