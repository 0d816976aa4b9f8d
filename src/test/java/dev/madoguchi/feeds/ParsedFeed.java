package dev.madoguchi.feeds;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** A written feed read back with the JDK's namespace-aware DOM parser, as a feed reader would. */
record ParsedFeed(Document document) {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String RSS1 = "http://purl.org/rss/1.0/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String SEC = "http://jvn.jp/rss/mod_sec/3.0/";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    /** Fails the test (with the parser's message) if the feed is not well-formed XML. */
    static ParsedFeed parse(String xml) {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new ParsedFeed(factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("The feed is not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** Every element of that namespace (null: none) and local name, in document order. */
    List<Element> all(String namespace, String name) {
        List<Element> found = new ArrayList<>();
        var nodes = document.getElementsByTagNameNS("*", name);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (Objects.equals(element.getNamespaceURI(), namespace)) {
                found.add(element);
            }
        }
        return found;
    }

    /** The element children of {@code parent} with that namespace (null: none) and local name. */
    static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && Objects.equals(element.getNamespaceURI(), namespace)
                    && element.getLocalName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    /** Each element's values of the named attributes ("" for one it lacks), then its text, for comparing rows. */
    static List<List<String>> attributesAndText(List<Element> elements, String... attributes) {
        return elements.stream().map(element -> {
            List<String> row = new ArrayList<>();
            for (String attribute : attributes) {
                row.add(element.getAttribute(attribute));
            }
            row.add(element.getTextContent());
            return List.copyOf(row);
        }).toList();
    }

    /** The text of the only child of that name; fails if there is none or more than one. */
    static String text(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + name + " in " + parent.getTagName() + ", found "
                    + found.size());
        }
        return found.get(0).getTextContent();
    }
}
