package org.annals.link.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.annals.link.LinkedEntity;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.annals.model.Entity;
import org.annals.model.EntityRef;
import org.annals.model.EntityType;
import org.annals.model.Extraction;
import org.annals.model.Mention;
import org.annals.model.Quote;
import org.junit.jupiter.api.Test;

class RoleSpeakersTest {

  private static final String TEXT = "Vladimir Putin met Volodymyr Zelenskiy's envoy and Iryna Vereshchuk. "
      + "The Russian president said talks would go on. The prime minister said nothing. "
      + "Ukraine's deputy prime minister said buses were waiting. Its president said no.";

  private static Entity person(String id, String name) {
    int at = TEXT.indexOf(name);
    return new Entity(id, EntityType.PERSON, name, List.of(), List.of(new Mention(at, at + name.length(), name)));
  }

  private static Quote quote(String speaker) {
    int at = TEXT.indexOf(speaker);
    int said = TEXT.indexOf(" said", at) + 6;
    return new Quote(said, TEXT.indexOf('.', said), TEXT.substring(said, TEXT.indexOf('.', said)), false,
        new EntityRef(null, at, at + speaker.length(), speaker), null);
  }

  @Test
  void aRoleThePersonsStoreTitlesCarryNamesTheSpeaker() {
    List<Entity> entities = List.of(person("e1", "Vladimir Putin"), person("e2", "Volodymyr Zelenskiy"),
        person("e3", "Iryna Vereshchuk"));
    Map<String, LinkedEntity> linked = Map.of(
        "e1", new LinkedEntity("p1", EntityType.PERSON, "Vladimir Putin", List.of(), List.of("Russian President", "President")),
        "e2", new LinkedEntity("p2", EntityType.PERSON, "Volodymyr Zelenskiy", List.of(),
            List.of("Ukrainian president", "President")),
        "e3", new LinkedEntity("p3", EntityType.PERSON, "Iryna Vereshchuk", List.of(),
            List.of("Ukrainian deputy prime minister")));
    Extraction x = new Extraction(new Article("a", TEXT, null, DateSource.NONE, null, null, null, 0), entities,
        List.of(), List.of(), List.of(quote("The Russian president"), quote("The prime minister"),
            quote("Ukraine's deputy prime minister"), quote("Its president")), List.of(), List.of());

    List<Quote> quotes = RoleSpeakers.resolve(x, linked).quotes();

    assertThat(quotes.get(0).speaker().entity()).as("owner and role in one title").isEqualTo("e1");
    assertThat(quotes.get(1).speaker().entity()).as("a deputy prime minister is no prime minister").isNull();
    assertThat(quotes.get(2).speaker().entity()).as("Ukraine's ~ Ukrainian").isEqualTo("e3");
    assertThat(quotes.get(3).speaker().entity()).as("whose president 'its' does not say").isNull();
  }

  @Test
  void titlesFitByRoleOwnerAndQualifier() {
    assertThat(RoleSpeakers.fits(List.of("prime", "minister"), List.of("UK prime minister"))).isTrue();
    assertThat(RoleSpeakers.fits(List.of("turkey's", "president"), List.of("Turkish President"))).isTrue();
    assertThat(RoleSpeakers.fits(List.of("turkey's", "president"), List.of("Finnish president"))).isFalse();
    assertThat(RoleSpeakers.fits(List.of("president"), List.of("vice president"))).isFalse();
    assertThat(RoleSpeakers.fits(List.of("defence", "secretary"), List.of("secretary general"))).isFalse();
  }
}
