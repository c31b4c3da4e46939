package org.annals.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A TimeML (.tml) document: the text of its {@code TEXT} element, its creation date and its gold
 * TIMEX3 annotations with offsets into that text.
 */
record TimeMlDocument(String id, String text, LocalDate creationDate, List<GoldTimex> timexes) {

  record GoldTimex(int start, int end, String type, String value) {}

  static TimeMlDocument read(Path file) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    StringBuilder text = new StringBuilder();
    List<GoldTimex> timexes = new ArrayList<>();
    LocalDate dct = null;
    boolean inText = false;
    boolean inDct = false;
    int timexStart = -1;
    String type = null;
    String value = null;
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = factory.createXMLStreamReader(in);
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("TEXT")) {
            inText = true;
          } else if (name.equals("DCT")) {
            inDct = true;
          } else if (name.equals("TIMEX3")) {
            if (inDct) {
              String v = r.getAttributeValue(null, "value");
              dct = LocalDate.parse(v.substring(0, Math.min(10, v.length())));
            } else if (inText) {
              timexStart = text.length();
              type = r.getAttributeValue(null, "type");
              value = r.getAttributeValue(null, "value");
            }
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("TEXT")) {
            inText = false;
          } else if (name.equals("DCT")) {
            inDct = false;
          } else if (name.equals("TIMEX3") && inText && timexStart >= 0) {
            timexes.add(new GoldTimex(timexStart, text.length(), type, value));
            timexStart = -1;
          }
        } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.SPACE
            || ev == XMLStreamConstants.CDATA) && inText) {
          text.append(r.getText());
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException(file + ": not well-formed TimeML: " + e.getMessage(), e);
    }
    String name = file.getFileName().toString().replaceFirst("\\.tml$", "");
    return new TimeMlDocument(name, text.toString(), dct, timexes);
  }
}
