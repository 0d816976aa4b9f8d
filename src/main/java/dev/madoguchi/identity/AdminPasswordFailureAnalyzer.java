package dev.madoguchi.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordRejectedException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, AdminPasswordRejectedException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Choose a longer MADOGUCHI_ADMIN_PASSWORD, or unset it to get a one-time password on the console.",
                cause);
    }
}
