package org.annals.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.Article;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Mention;
import org.annals.pipeline.ArticlePipeline;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

  private static List<Entity> entities(String text) {
    return ArticlePipeline.standard().extract(Article.of("t", text, LocalDate.of(2024, 3, 4))).entities();
  }

  private static Entity named(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + entities));
  }

  @Test
  void variantsOfOnePersonsNameAreOneEntityWithTheFullNameAndTitle() {
    List<Entity> es = entities("German Chancellor Olaf Scholz met Polish President Andrzej Duda in Warsaw on Monday. "
        + "O. Scholz said the talks were useful. Later, Scholz flew to Vilnius, while Duda stayed home.");
    Entity scholz = named(es, "Olaf Scholz");
    assertThat(scholz.type()).isEqualTo(EntityType.PERSON);
    assertThat(scholz.titles()).containsExactly("German Chancellor");
    assertThat(scholz.mentions()).extracting(Mention::text).containsExactly("Olaf Scholz", "O. Scholz", "Scholz");
    Entity duda = named(es, "Andrzej Duda");
    assertThat(duda.titles()).containsExactly("Polish President");
    assertThat(duda.mentions()).hasSize(2);
  }

  @Test
  void theMinistryResolvesToTheMinistryAMinistersTitleImplies() {
    List<Entity> es = entities("Turkish Foreign Minister Hakan Fidan spoke with his counterpart on Sunday. "
        + "\"The talks were constructive,\" the ministry said in a statement.");
    Entity ministry = named(es, "Ministry of Foreign Affairs (Türkiye)");
    assertThat(ministry.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(ministry.mentions()).extracting(Mention::text).containsExactly("the ministry");
  }

  @Test
  void idsFollowFirstMentionOrder() {
    List<Entity> es = entities("Angela Merkel visited Paris. Emmanuel Macron welcomed Merkel.");
    assertThat(es).extracting(Entity::id).startsWith("e1", "e2");
    assertThat(es.get(0).name()).isEqualTo("Angela Merkel");
    for (int i = 0; i < es.size(); i++) {
      assertThat(es.get(i).id()).isEqualTo("e" + (i + 1));
    }
  }

  @Test
  void genericMinistriesTakeTheirCountryAndStayApart() {
    List<Entity> es = entities("Russia's Ministry of Defence said its forces had taken the town. "
        + "The UK Ministry of Defence said the claim was false. Ukraine's Ministry of Defence agreed, and "
        + "later the Ministry of Defence published photographs of the town. The Russian Defence Ministry "
        + "did not reply.");
    assertThat(named(es, "Ministry of Defence (Russia)").mentions()).hasSize(2);
    assertThat(named(es, "Ministry of Defence (United Kingdom)").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(es, "Ministry of Defence (Ukraine)").mentions()).hasSize(2);
    assertThat(es).extracting(Entity::name).doesNotContain("Ministry of Defence");
  }

  @Test
  void wellKnownOrganisationsAndPlacesKeepOneTypeAndOneName() {
    List<Entity> es = entities("The EU and Nato condemned the killings in Bucha. The European Union said "
        + "sanctions would follow, and NATO's secretary general visited Bucha on Monday.");
    Entity eu = named(es, "European Union");
    assertThat(eu.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(eu.mentions()).extracting(Mention::text).contains("EU", "European Union");
    assertThat(named(es, "NATO").mentions()).hasSize(2);
    assertThat(es).filteredOn(e -> e.name().equals("Bucha")).extracting(Entity::type)
        .containsOnly(EntityType.LOCATION);
  }

  @Test
  void aTimeZoneIsANameButNoOrganisation() {
    List<Entity> es = entities("Updated at 14.04 BST 1h ago. Russia's defence ministry said the city of "
        + "Lysychansk had fallen. Updated at 15.10 BST. The West condemned the attack.");
    assertThat(named(es, "BST").type()).isEqualTo(EntityType.MISC);
    assertThat(es).filteredOn(e -> e.name().equals("West")).extracting(Entity::type)
        .doesNotContain(EntityType.MISC);
  }

  @Test
  void aPrimeMinisterImpliesNoMinistry() {
    List<Entity> es = entities("Canadian Prime Minister Justin Trudeau arrived on Sunday. "
        + "\"We will help,\" the ministry said.");
    assertThat(es).extracting(Entity::name).noneMatch(n -> n.contains("Ministry"));
  }
}
