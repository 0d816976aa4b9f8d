package dev.madoguchi.feeds;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document being written, over the JDK's StAX writer, which escapes markup characters in text and attribute
 * values. Names are written as in the document, {@code "sec:cvss"} or {@code "title"}; each prefix must be one the
 * root declared ({@code xml} is always known), and an unprefixed name is in the root's default namespace, if any.
 * Every text and attribute value passes through {@link XmlCharacters#legal}, so no caller can write a character
 * that makes the document unreadable. Elements are indented two spaces per level for people reading the feed; no
 * element of these formats has mixed content, so the indentation changes no meaning.
 */
final class FeedXml {

    /** A namespace the root element declares; the prefix {@code ""} declares the default namespace. */
    record Namespace(String prefix, String uri) {
    }

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;
    private final Map<String, String> namespaces = new LinkedHashMap<>();
    private int depth;
    private boolean childless;

    private FeedXml() {
        namespaces.put(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI);
        try {
            xml = FACTORY.createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The JDK's XML writer is unavailable.", e);
        }
    }

    /** Starts a UTF-8 document with its root element, which declares the given namespaces. */
    static FeedXml document(String root, Namespace... declared) {
        FeedXml document = new FeedXml();
        for (Namespace namespace : declared) {
            document.namespaces.put(namespace.prefix(), namespace.uri());
        }
        document.write(() -> document.xml.writeStartDocument("UTF-8", "1.0"));
        document.write(() -> document.xml.writeCharacters("\n"));
        document.open(root);
        for (Namespace namespace : declared) {
            if (namespace.prefix().isEmpty()) {
                document.write(() -> document.xml.writeDefaultNamespace(namespace.uri()));
            } else {
                document.write(() -> document.xml.writeNamespace(namespace.prefix(), namespace.uri()));
            }
        }
        return document;
    }

    FeedXml open(String name) {
        start(name, false);
        depth++;
        childless = true;
        return this;
    }

    /** An element with attributes only ({@code <rdf:li rdf:resource="..."/>}): add them next; nothing to close. */
    FeedXml empty(String name) {
        start(name, true);
        childless = false;
        return this;
    }

    /** An attribute of the element just opened or written empty; a null value leaves the attribute out. */
    FeedXml attribute(String name, String value) {
        if (value == null) {
            return this;
        }
        String prefix = prefix(name);
        String legal = XmlCharacters.legal(value);
        if (prefix.isEmpty()) {
            // Unprefixed attributes are in no namespace (Namespaces in XML 1.0 §6.2), whatever the default is.
            write(() -> xml.writeAttribute(local(name), legal));
        } else {
            String uri = namespaces.get(prefix);
            if (uri == null) {
                throw new IllegalStateException("Undeclared namespace prefix: " + name);
            }
            write(() -> xml.writeAttribute(prefix, uri, local(name), legal));
        }
        return this;
    }

    FeedXml text(String text) {
        String legal = XmlCharacters.legal(text);
        write(() -> xml.writeCharacters(legal));
        return this;
    }

    FeedXml close() {
        depth--;
        if (!childless) {
            newLine(depth);
        }
        write(xml::writeEndElement);
        childless = false;
        return this;
    }

    /** An element holding only text. */
    FeedXml leaf(String name, String text) {
        return open(name).text(text).close();
    }

    /** Closes what is open and answers the document. */
    String finish() {
        while (depth > 0) {
            close();
        }
        write(xml::writeEndDocument);
        write(xml::close);
        return out + "\n";
    }

    private void start(String name, boolean empty) {
        if (depth > 0) {
            newLine(depth);
        }
        String prefix = prefix(name);
        String local = local(name);
        String uri = namespaces.get(prefix);
        if (uri == null && !prefix.isEmpty()) {
            throw new IllegalStateException("Undeclared namespace prefix: " + name);
        }
        write(() -> {
            if (uri == null && empty) {
                xml.writeEmptyElement(local);
            } else if (uri == null) {
                xml.writeStartElement(local);
            } else if (empty) {
                xml.writeEmptyElement(prefix, local, uri);
            } else {
                xml.writeStartElement(prefix, local, uri);
            }
        });
    }

    private void newLine(int level) {
        write(() -> xml.writeCharacters("\n" + "  ".repeat(level)));
    }

    private static String prefix(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? "" : name.substring(0, colon);
    }

    private static String local(String name) {
        return name.substring(name.indexOf(':') + 1);
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    private static void write(Step step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            // Only a misuse of the writer gets here: the output is a StringWriter, which never fails.
            throw new IllegalStateException("Could not write the feed: " + e.getMessage(), e);
        }
    }
}
