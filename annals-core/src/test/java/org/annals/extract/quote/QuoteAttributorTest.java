package org.annals.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.model.Article;
import org.annals.model.Entity;
import org.annals.model.Extraction;
import org.annals.model.Quote;
import org.annals.pipeline.ArticlePipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hand-written articles through the real annotator (one shared CoreNLP instance). */
class QuoteAttributorTest {

  private static final String TALKS = String.join("\n\n",
      "Rubio and Lavrov discuss Ukraine.",
      "US Secretary of State Marco Rubio spoke with Russian Foreign Minister Sergei Lavrov on Sunday.",
      "\"The situation was discussed,\" the ministry said in a statement.",
      "\"We want peace,\" said Rubio. \"We will keep talking.\"",
      "Lavrov told reporters: \"Nobody wants a war.\"",
      "\"It is a good start,\" he added.",
      "\"We are ready for the next round,\" the minister said.",
      "The two men held \"frank\" talks, officials said.");

  private static final String CAMPAIGN = String.join("\n\n",
      "Clinton’s campaign raises $10 million.",
      "Campaign manager Robby Mook spoke to donors in Brooklyn on Monday.",
      "Mook said: “We’re proud of our donors. They don’t give up.",
      "“And we’ll keep going until November.”",
      "According to Mook, the money will pay for television ads.",
      "Jane Smith, the treasurer, said the campaign had no debt. “We are not finished, she said.",
      "The council voted on Tuesday.",
      "Donald Trump said his rally drew thousands. Hillary Clinton said her plan would cost less.",
      "Trump attacked Clinton again on Wednesday.",
      "“He is not fit to serve,” she said.");

  private static Extraction talks;
  private static Extraction campaign;

  @BeforeAll
  static void annotate() {
    ArticlePipeline pipeline = ArticlePipeline.standard();
    talks = pipeline.extract(Article.of("talks", TALKS, LocalDate.of(2025, 6, 1)));
    campaign = pipeline.extract(Article.of("campaign", CAMPAIGN, LocalDate.of(2016, 9, 12)));
  }

  private static Quote direct(Extraction x, String startsWith) {
    Optional<Quote> q = x.quotes().stream().filter(Quote::direct).filter(d -> d.text().startsWith(startsWith))
        .findFirst();
    assertThat(q).as("direct quote starting %s", startsWith).isPresent();
    return q.get();
  }

  private static String entityId(Extraction x, String nameEndsWith) {
    return x.entities().stream().filter(e -> e.name().endsWith(nameEndsWith)).map(Entity::id).findFirst()
        .orElseThrow();
  }

  /** The name of the entity a speaker links to ("Lavrov" or "Sergei Lavrov": the resolver may keep both). */
  private static String nameOf(Extraction x, Quote q) {
    assertThat(q.speaker().entity()).as("entity of %s", q.speaker().text()).isNotNull();
    return x.entities().stream().filter(e -> e.id().equals(q.speaker().entity())).map(Entity::name).findFirst()
        .orElseThrow();
  }

  @Test
  void cueAfterTheQuoteWithANominalSpeaker() {
    Quote q = direct(talks, "\"The situation");
    assertThat(q.text()).isEqualTo("\"The situation was discussed,\"");
    assertThat(q.speaker().text()).isEqualTo("the ministry");
    assertThat(q.cue().text()).isEqualTo("said");
  }

  @Test
  void invertedTagAndConversationContinuation() {
    String rubio = entityId(talks, "Rubio");
    Quote first = direct(talks, "\"We want peace");
    assertThat(first.speaker().text()).isEqualTo("Rubio");
    assertThat(first.speaker().entity()).isEqualTo(rubio);
    Quote next = direct(talks, "\"We will keep talking");
    assertThat(next.speaker().entity()).isEqualTo(rubio);
    assertThat(next.cue()).isNull();
  }

  @Test
  void cueBeforeTheQuotePronounAndDefiniteDescription() {
    Quote told = direct(talks, "\"Nobody wants");
    assertThat(told.speaker().text()).isEqualTo("Lavrov");
    assertThat(told.cue().text()).isEqualTo("told");
    Quote added = direct(talks, "\"It is a good start");
    assertThat(added.speaker().text()).isEqualTo("he");
    assertThat(nameOf(talks, added)).endsWith("Lavrov");
    Quote minister = direct(talks, "\"We are ready");
    assertThat(minister.speaker().text()).isEqualTo("the minister");
    assertThat(nameOf(talks, minister)).endsWith("Lavrov");
  }

  @Test
  void scareQuoteIsNotAQuoteButTheSentenceIsReportedSpeech() {
    assertThat(talks.quotes()).noneMatch(q -> q.direct() && q.text().contains("frank"));
    Quote reported = talks.quotes().stream().filter(q -> !q.direct() && q.text().contains("frank")).findFirst()
        .orElseThrow();
    assertThat(reported.text()).isEqualTo("The two men held \"frank\" talks");
    assertThat(reported.speaker().text()).isEqualTo("officials");
  }

  @Test
  void multiParagraphQuoteIsOneQuoteAndApostrophesAreNotQuotes() {
    Quote q = direct(campaign, "“We’re proud");
    assertThat(q.text())
        .isEqualTo("“We’re proud of our donors. They don’t give up.\n\n"
            + "“And we’ll keep going until November.”");
    assertThat(nameOf(campaign, q)).endsWith("Mook");
    assertThat(campaign.quotes()).filteredOn(Quote::direct).noneMatch(d -> d.text().startsWith("’"));
  }

  @Test
  void pronounSkipsAPersonOfTheOtherGender() {
    Quote q = direct(campaign, "“He is not fit");
    assertThat(q.speaker().text()).isEqualTo("she");
    assertThat(nameOf(campaign, q)).endsWith("Clinton");
  }

  @Test
  void accordingToIsReportedSpeech() {
    Quote q = campaign.quotes().stream().filter(x -> !x.direct() && x.text().startsWith("the money")).findFirst()
        .orElseThrow();
    assertThat(q.text()).isEqualTo("the money will pay for television ads");
    assertThat(q.speaker().text()).isEqualTo("Mook");
    assertThat(q.cue().text()).isEqualTo("According to");
  }

  @Test
  void unbalancedQuoteStopsAtItsParagraph() {
    Quote q = direct(campaign, "“We are not finished");
    assertThat(q.text()).isEqualTo("“We are not finished, she said.");
    List<Quote> later = campaign.quotes().stream().filter(x -> x.text().contains("council")).toList();
    assertThat(later).isEmpty();
  }

  private static final String ROLES = String.join("\n\n",
      "Nato leaders meet in Madrid.",
      "Ukrainian President Volodymyr Zelenskiy spoke by video to Nato Secretary General Jens Stoltenberg and "
          + "the German chancellor, Olaf Scholz, on Tuesday.",
      "\"We need weapons now,\" Ukraine's president said.",
      "\"Nato will stand by Ukraine,\" Nato's secretary general said.",
      "The UK defence secretary, Ben Wallace, said: \"We will send more.\"",
      "\"Talks must go on,\" Johnson's spokesperson said.");

  @Test
  void rolesOwnedByACountryOrOrganisationAndAppositionsResolveToThePerson() {
    Extraction x = ArticlePipeline.standard().extract(Article.of("roles", ROLES, LocalDate.of(2022, 6, 28)));
    assertThat(nameOf(x, direct(x, "\"We need weapons"))).isEqualTo("Volodymyr Zelenskiy");
    assertThat(nameOf(x, direct(x, "\"Nato will stand"))).isEqualTo("Jens Stoltenberg");
    assertThat(nameOf(x, direct(x, "\"We will send"))).isEqualTo("Ben Wallace");
    // a person's spokesperson is not a role of a place: no guess
    assertThat(direct(x, "\"Talks must").speaker().entity()).isNull();
  }
}
