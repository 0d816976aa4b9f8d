package dev.madoguchi.trustedprovider;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.madoguchi.openpgp.PsirtKeys;
import dev.madoguchi.shared.CommandArguments;
import dev.madoguchi.shared.Organization;
import dev.madoguchi.shared.Subcommand;

import org.springframework.stereotype.Component;

/**
 * {@code madoguchi csaf export-provider DIR [--public-url URL]}: writes the trusted provider's tree, exactly as the
 * server answers it, under {@code DIR/.well-known/} for a static web server.
 */
@Component
public class ExportProviderCommand implements Subcommand {

    private final ProviderExport export;
    private final Organization organization;
    private final PsirtKeys keys;

    ExportProviderCommand(ProviderExport export, Organization organization, PsirtKeys keys) {
        this.export = export;
        this.organization = organization;
        this.keys = keys;
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        CommandArguments parsed;
        try {
            parsed = CommandArguments.parse(args, Set.of("public-url"), Set.of());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (parsed.positional().size() != 1) {
            err.println("usage: csaf export-provider DIR [--public-url https://psirt.example.com]");
            return 2;
        }
        Optional<String> base = parsed.value("public-url")
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .or(() -> PublicAddress.of(organization));
        if (base.isEmpty() || !base.get().matches("https?://[^/?#]+(/[^?#]*)?")) {
            err.println("The files name their own absolute addresses: set MADOGUCHI_ORGANIZATION_PUBLICURL "
                    + "(madoguchi.organization.public-url) or pass --public-url https://… .");
            return 2;
        }
        Path target = Path.of(parsed.positional().get(0));
        try {
            ProviderExport.Summary summary = export.export(target, base.get());
            out.println("exported " + summary.documents() + " CSAF documents (" + summary.files() + " files, "
                    + summary.bytes() + " bytes) to " + target.toAbsolutePath().normalize().resolve(".well-known"));
            out.println("addresses " + base.get() + ", signing key " + keys.currentOrFirst().fingerprint());
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("Export failed; the previous tree under " + target + ", if any, is left as it was: "
                    + e.getMessage());
            return 1;
        }
    }
}
