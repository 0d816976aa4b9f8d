package dev.madoguchi.audit;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

import dev.madoguchi.shared.Subcommand;

import org.springframework.stereotype.Component;

/** {@code madoguchi audit verify}: exit 0 and {@code ok N events}, or exit 1 and the first broken link. */
@Component
public class AuditVerifyCommand implements Subcommand {

    private final AuditChainVerifier verifier;

    AuditVerifyCommand(AuditChainVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("audit verify takes no arguments.");
            return 2;
        }
        AuditVerification result = verifier.verify();
        if (result.intact()) {
            out.println("ok " + result.events() + " events");
            out.println("head " + result.headHash());
            return 0;
        }
        out.println("broken after " + result.events() + " good events: " + result.problem());
        return 1;
    }
}
