package org.annals.link.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Article;
import org.annals.model.Extraction;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.TimexType;
import org.annals.model.Token;
import org.junit.jupiter.api.Test;

class EntityTimelineBuilderTest {

  /** A one-sentence article from "word/POS[/lemma]" separated by spaces (lemma: the word in lower case). */
  private static EntityTimelineBuilder.Source article(String id, LocalDate date, String tagged,
      List<TimeExpression> times) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String triple : tagged.split(" ")) {
      String[] p = triple.split("/");
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(p[0]);
      String lemma = p.length > 2 ? p[2] : p[0].toLowerCase(java.util.Locale.ROOT);
      tokens.add(new Token(tokens.size(), start, text.length(), p[0], p[1], lemma, "O"));
    }
    Article a = Article.of(id, text.toString(), date);
    Sentence s = new Sentence(0, 0, text.length(), tokens);
    AnnotatedArticle ann = new AnnotatedArticle(a, List.of(s), List.of(), List.of());
    return new EntityTimelineBuilder.Source(ann, new Extraction(a, List.of(), times, List.of(), List.of(), List.of(),
        List.of()));
  }

  @Test
  void eventsOfTheEntityAreDatedAndOrderedAndTheSameLemmaOnOneDateIsOneEvent() {
    var first = article("d1", LocalDate.of(2010, 6, 8), "Acme/NNP launched/VBD/launch the/DT phone/NN", List.of());
    var second = article("d2", LocalDate.of(2010, 6, 9), "In/IN 2008/CD Acme/NNP was/VBD/be founded/VBN/found", List.of(
        new TimeExpression(3, 7, "2008", TimexType.DATE, "2008", true)));
    var third = article("d3", LocalDate.of(2010, 6, 8), "Acme/NNP launched/VBD/launch it/PRP", List.of());
    var other = article("d4", LocalDate.of(2010, 6, 8), "Globex/NNP sued/VBD/sue nobody/NN", List.of());
    List<TimelineEntry> t = new EntityTimelineBuilder().build("Acme", List.of(first, second, third, other));
    assertThat(t).extracting(TimelineEntry::date).containsExactly("2008", "2010-06-08");
    assertThat(t.get(0).mentions()).extracting(TimelineMention::word).containsExactly("founded");
    assertThat(t.get(1).mentions()).extracting(TimelineMention::articleId).containsExactly("d1", "d3");
  }

  @Test
  void auxiliariesAndFutureEventsAreHandled() {
    var a = article("d1", LocalDate.of(2010, 6, 8), "Acme/NNP will/MD release/VB phones/NNS", List.of());
    List<TimelineEntry> t = new EntityTimelineBuilder().build("Acme", List.of(a));
    assertThat(t).hasSize(1);
    assertThat(t.get(0).date()).isNull();
    assertThat(t.get(0).mentions()).extracting(TimelineMention::word).containsExactly("release");
  }
}
