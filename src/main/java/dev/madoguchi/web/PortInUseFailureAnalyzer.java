package dev.madoguchi.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;

/** One sentence naming the setting when the HTTP port is taken. */
class PortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable root, PortInUseException cause) {
        return new FailureAnalysis("Port " + cause.getPort() + " is already in use; stop the program using it or "
                + "choose another port with SERVER_PORT (server.port).",
                "Set SERVER_PORT to a free port, e.g. SERVER_PORT=8081 ./mvnw spring-boot:run.", cause);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
