package dev.madoguchi.testing;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Records and refuses every connection beyond this machine during a test. Every connection made through the JDK
 * asks the default {@link ProxySelector} first; this one notes the address and refuses it. Connections to the
 * loopback interface go through unrecorded: other test classes' application contexts share the JVM and reach their
 * embedded PostgreSQL from background threads.
 */
public class NetworkRecorder implements BeforeEachCallback, AfterEachCallback {

    private final List<URI> requested = new CopyOnWriteArrayList<>();
    private ProxySelector original;

    /** The addresses beyond this machine that code tried to reach. */
    public List<URI> requested() {
        return requested;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        requested.clear();
        original = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                if (isLoopback(uri.getHost())) {
                    return List.of(Proxy.NO_PROXY);
                }
                requested.add(uri);
                throw new IllegalStateException("no network in this test: " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        });
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ProxySelector.setDefault(original);
    }

    private static boolean isLoopback(String host) {
        return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("::1")
                || host.equals("[::1]"));
    }
}
