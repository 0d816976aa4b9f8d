package dev.madoguchi.products;

import dev.madoguchi.sbom.CycloneDxSbom;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Compiles the CycloneDX schemas once the application is up, off the request path: the first compile takes about a
 * second, which would otherwise land on the first person to upload an SBOM.
 */
@Component
class SbomSchemaWarmUp {

    @EventListener(ApplicationReadyEvent.class)
    void compileSchemas() {
        Thread warmUp = new Thread(CycloneDxSbom::loadSchemas, "sbom-schemas");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
