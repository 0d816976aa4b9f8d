package dev.madoguchi.advisories;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.function.Consumer;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.w3c.dom.Document;

/**
 * Renders the XHTML of an advisory (a complete {@code <html>} with its own {@code <style>}) as a PDF with
 * openhtmltopdf, in plain Java. Japanese and Latin text alike are set in the bundled font ({@link PdfFont}, ADR 0009),
 * subset and embedded, so the PDF reads and extracts the same on a machine without Japanese fonts. Nothing is
 * fetched: every URL in the document (images, stylesheets, fonts) is refused, so a rendition never reaches the
 * network or the file system, and what it shows is only what the XHTML says. Each call builds its own renderer, so
 * one instance serves any number of threads. The PDF is not tagged (PDF/UA): openhtmltopdf's tagging throws on
 * ordinary markup (its issues 527, 594 and 606), and a rendition that fails is worse than an untagged one.
 */
public final class AdvisoryPdf {

    /** The family name for CSS ({@code font-family: "Madoguchi Sans"}); any other family falls back to it. */
    public static final String FONT_FAMILY = PdfFont.FAMILY;

    /** Larger XHTML is refused: an advisory is a few pages, and the cap bounds the work of one rendering. */
    public static final int MAX_XHTML_BYTES = 2 * 1024 * 1024;

    static final String PRODUCER = "Madoguchi";

    // Relative URLs resolve against a base no stream is ever opened for; the resolver below refuses all anyway.
    private static final String BASE_URI = "about:blank";

    private final Consumer<String> refused;

    public AdvisoryPdf() {
        this(uri -> {
        });
    }

    /** @param refused told of every URL the document asked for, none of which was loaded */
    AdvisoryPdf(Consumer<String> refused) {
        this.refused = refused;
    }

    /**
     * @param xhtml a well-formed XHTML document; its {@code <title>} becomes the PDF's title and the {@code lang} of
     *     {@code <html>} its language
     * @return the PDF
     * @throws IllegalArgumentException when the XHTML is larger than {@link #MAX_XHTML_BYTES} or not well-formed
     */
    public byte[] render(String xhtml) {
        Document document = StrictXhtml.parse(xhtml, MAX_XHTML_BYTES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withW3cDocument(document, BASE_URI)
                .useUriResolver((base, uri) -> {
                    refused.accept(uri);
                    return null;
                })
                // A4, the paper size of Japanese documents (JIS P 0138), unless the template's @page says otherwise.
                .useDefaultPageSize(210, 297, PageSizeUnits.MM)
                // DOCUMENT for templates that name the family; FALLBACK_PRE is tried before the PDF base-14 fonts,
                // which are never embedded and have no Japanese, so "sans-serif" or no family lands here too.
                .useFont(PdfFont::open, PdfFont.FAMILY, 400, FontStyle.NORMAL, true,
                        EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE))
                .withProducer(PRODUCER)
                .toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(new Metadata(StrictXhtml.title(document), StrictXhtml.language(document)));
            renderer.layout();
            renderer.createPDF();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Title and language written into the PDF just before it is saved (PDF 32000-1, 14.3.3 and 14.9.2). */
    private record Metadata(String title, String language) implements PDFCreationListener {

        @Override
        public void preOpen(PdfBoxRenderer renderer) {
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {
            PDDocument pdf = renderer.getPdfDocument();
            if (!title.isEmpty()) {
                pdf.getDocumentInformation().setTitle(title);
                // Viewers then show the title, not the file name, in their window (PDF/UA-1, 7.1).
                PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
                preferences.setDisplayDocTitle(true);
                pdf.getDocumentCatalog().setViewerPreferences(preferences);
            }
            if (!language.isEmpty()) {
                pdf.getDocumentCatalog().setLanguage(language);
            }
            pdf.getDocumentInformation().setProducer(PRODUCER);
        }

        @Override
        public void onClose(PdfBoxRenderer renderer) {
        }
    }
}
