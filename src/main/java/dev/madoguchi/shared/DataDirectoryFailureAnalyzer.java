package dev.madoguchi.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unusable data directory into one sentence naming the setting. */
class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectory.DataDirectoryUnusableException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, DataDirectory.DataDirectoryUnusableException cause) {
        return new FailureAnalysis(cause.getMessage() + "; set " + DataDirectory.SETTING + " to a writable directory.",
                "Choose a writable directory with " + DataDirectory.SETTING + ".", cause);
    }
}
