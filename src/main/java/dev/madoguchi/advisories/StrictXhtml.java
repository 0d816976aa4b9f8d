package dev.madoguchi.advisories;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses the XHTML of an advisory rendition without reaching outside: no external DTD (a {@code <!DOCTYPE html>}
 * is fine, a DOCTYPE naming a URL is not fetched), no external entities, no XInclude, and the JDK's secure-processing
 * limits on entity expansion (OWASP XML External Entity Prevention Cheat Sheet). The size is capped before parsing so
 * that one request cannot tie up a renderer with an enormous document.
 */
final class StrictXhtml {

    private StrictXhtml() {
    }

    /** @throws IllegalArgumentException when the text is larger than {@code maxBytes} in UTF-8 or not well-formed */
    static Document parse(String xhtml, int maxBytes) {
        if (xhtml == null || xhtml.isBlank()) {
            throw new IllegalArgumentException("No XHTML to render");
        }
        // A UTF-8 character takes at least one byte, so the cheap length check settles most oversized inputs.
        if (xhtml.length() > maxBytes || xhtml.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new IllegalArgumentException("XHTML larger than " + maxBytes + " bytes is not rendered");
        }
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(new ErrorHandler() {
                // Errors throw rather than print "[Fatal Error]" to standard error, the parser's default.
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException e) {
            throw new IllegalArgumentException("The XHTML is not well-formed: " + e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the first {@code <title>}, or an empty string. */
    static String title(Document document) {
        NodeList titles = document.getElementsByTagNameNS("*", "title");
        return titles.getLength() == 0 ? "" : titles.item(0).getTextContent().strip();
    }

    /** The {@code lang} (or {@code xml:lang}) of the root element, or an empty string. */
    static String language(Document document) {
        Element root = document.getDocumentElement();
        String lang = root.getAttribute("lang");
        return lang.isEmpty() ? root.getAttributeNS(XMLConstants.XML_NS_URI, "lang") : lang;
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
