package org.annals.link.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.extract.TaggedDoc;
import org.junit.jupiter.api.Test;

class EntityTimelineBuilderTest {

  private static EntityTimelineBuilder.Source article(TaggedDoc doc) {
    return new EntityTimelineBuilder.Source(doc.article(), doc.extraction(List.of()));
  }

  @Test
  void eventsOfTheEntityAreDatedAndOrderedAndTheSameLemmaOnOneDateIsOneEvent() {
    var first = article(TaggedDoc.dated("2010-06-08").id("d1").sentence("Acme/NNP launched/VBD/launch the/DT phone/NN"));
    var second = article(TaggedDoc.dated("2010-06-09").id("d2")
        .sentence("In/IN 2008/CD Acme/NNP was/VBD/be founded/VBN/found").time("2008", "2008"));
    var third = article(TaggedDoc.dated("2010-06-08").id("d3").sentence("Acme/NNP launched/VBD/launch it/PRP"));
    var other = article(TaggedDoc.dated("2010-06-08").id("d4").sentence("Globex/NNP sued/VBD/sue nobody/NN"));
    List<TimelineEntry> t = new EntityTimelineBuilder().build("Acme", List.of(first, second, third, other));
    assertThat(t).extracting(TimelineEntry::date).containsExactly("2008", "2010-06-08");
    assertThat(t.get(0).mentions()).extracting(TimelineMention::word).containsExactly("founded");
    assertThat(t.get(1).mentions()).extracting(TimelineMention::articleId).containsExactly("d1", "d3");
  }

  @Test
  void auxiliariesAndFutureEventsAreHandled() {
    var a = article(TaggedDoc.dated("2010-06-08").id("d1").sentence("Acme/NNP will/MD release/VB phones/NNS"));
    List<TimelineEntry> t = new EntityTimelineBuilder().build("Acme", List.of(a));
    assertThat(t).hasSize(1);
    assertThat(t.get(0).date()).isNull();
    assertThat(t.get(0).mentions()).extracting(TimelineMention::word).containsExactly("release");
  }
}
