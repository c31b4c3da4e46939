package org.annals.eval.coref;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The parts of the CAT annotation tool's XML that ECB+ and MEANTIME share. */
final class CatXml {

  private CatXml() {}

  static Element parse(Path file) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": not CAT XML: " + e.getMessage(), e);
    }
  }

  static Element child(Element parent, String tag) {
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e && e.getTagName().equals(tag)) {
        return e;
      }
    }
    return null;
  }

  static List<GoldToken> tokens(Element root) {
    List<GoldToken> out = new ArrayList<>();
    NodeList children = root.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e && e.getTagName().equals("token")) {
        out.add(new GoldToken(e.getAttribute("t_id"), e.getTextContent().trim(),
            Integer.parseInt(e.getAttribute("sentence").trim())));
      }
    }
    return out;
  }

  /** Token indexes anchored by a markable, ascending. */
  static List<Integer> anchors(Element markable, Map<String, Integer> tokenIndex) {
    List<Integer> out = new ArrayList<>();
    for (String id : ids(markable, "token_anchor", "t_id")) {
      Integer i = tokenIndex.get(id);
      if (i != null) {
        out.add(i);
      }
    }
    out.sort(null);
    return out;
  }

  static List<String> ids(Element relation, String tag) {
    return ids(relation, tag, "m_id");
  }

  private static List<String> ids(Element parent, String tag, String attribute) {
    List<String> out = new ArrayList<>();
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node n = children.item(i);
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        out.add(e.getAttribute(attribute));
      }
    }
    return out;
  }
}
