package dev.madoguchi.advisories;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders a small PDF once the application is up, off the request path: the first rendering loads the bundled font
 * and the renderer's classes (about two seconds), which would otherwise delay the first publication past the two
 * seconds it may take (bench/advisories.sh).
 */
@Component
class PdfWarmUp {

    @EventListener(ApplicationReadyEvent.class)
    void render() {
        Thread warmUp = new Thread(() -> new AdvisoryPdf().render("""
                <html xmlns="http://www.w3.org/1999/xhtml" lang="ja"><head><title>準備</title></head>
                <body><p>脆弱性 advisory</p></body></html>"""), "pdf-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
