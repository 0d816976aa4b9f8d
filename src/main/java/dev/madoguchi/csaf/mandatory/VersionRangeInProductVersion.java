package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.product.ProductTreeWalk;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CSAF 2.0 §6.1.31 Version Range in Product Version: the {@code name} of a branch of {@code category}
 * {@code product_version} (at any depth of {@code /product_tree/branches}) must not be a version range. As the
 * specification deems sufficient, the lower-cased name is checked for the strings {@code <}, {@code <=}, {@code >},
 * {@code >=} anywhere, and for the words {@code after}, {@code all}, {@code before}, {@code earlier},
 * {@code later}, {@code prior}, {@code versions}. The words count as words (separated by white space, with
 * surrounding punctuation such as parentheses or a comma ignored), not inside other words: {@code Installer 5.1}
 * or {@code smaller-build} is no range. A name such as {@code vers:all/*} is not flagged either, as many published
 * advisories use it for "every version".
 */
public final class VersionRangeInProductVersion extends NumberedTest {

    private static final Set<String> WORDS =
            Set.of("after", "all", "before", "earlier", "later", "prior", "versions");
    /** Longest first, so that the message names {@code <=} rather than {@code <}. */
    private static final List<String> OPERATORS = List.of("<=", ">=", "<", ">");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    public VersionRangeInProductVersion() {
        super("6.1.31");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        ProductTreeWalk.branches(document, null, new ProductTreeWalk.BranchVisitor<Void>() {
            @Override
            public Void visit(JsonValue branch, String at, Void unused) {
                String name = branch.get("name").text();
                if ("product_version".equals(branch.get("category").text()) && name != null) {
                    String marker = rangeMarker(name);
                    if (marker != null) {
                        findings.add(at + "/name", "The product_version name \"" + name + "\" contains \"" + marker
                                + "\", which marks a version range");
                    }
                }
                return null;
            }
        });
    }

    /** What in {@code name} marks a version range, or {@code null}. */
    static String rangeMarker(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String operator : OPERATORS) {
            if (lower.contains(operator)) {
                return operator;
            }
        }
        for (String token : WHITE_SPACE.split(lower)) {
            String word = EDGE_PUNCTUATION.matcher(token).replaceAll("");
            if (WORDS.contains(word)) {
                return word;
            }
        }
        return null;
    }
}
