package dev.madoguchi.feeds;

/**
 * An affected product as JVNRSS writes it in {@code sec:cpe} (mod_sec 3.0: the CPE name as text, attributes
 * {@code version}, {@code vendor}, {@code product}). JVN iPedia fills {@code vendor} and {@code product} with the
 * names people read ("LG Electronics", "LG Simple Editor"), not the CPE's lower-case parts.
 *
 * @param name    a CPE 2.2 URI ({@code cpe:/a:vendor:product}) or a CPE 2.3 formatted string
 *                ({@code cpe:2.3:a:vendor:product:...})
 * @param vendor  the vendor's display name; null leaves the attribute out
 * @param product the product's display name; null leaves the attribute out
 */
public record FeedCpe(String name, String vendor, String product) {

    /** @throws IllegalArgumentException if the name is neither a CPE 2.2 URI nor a CPE 2.3 formatted string */
    public FeedCpe {
        name = FeedValues.required(name, "CPE name");
        if (!name.startsWith("cpe:/") && !name.startsWith("cpe:2.3:")) {
            throw new IllegalArgumentException("Not a CPE 2.2 or 2.3 name: " + name);
        }
        vendor = FeedValues.optional(vendor);
        product = FeedValues.optional(product);
    }

    /** The CPE specification version, {@code sec:cpe}'s {@code version} attribute: read off the name's form. */
    public String cpeVersion() {
        return name.startsWith("cpe:2.3:") ? "2.3" : "2.2";
    }
}
