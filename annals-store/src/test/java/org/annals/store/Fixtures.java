package org.annals.store;

import static org.annals.model.EntityType.LOCATION;
import static org.annals.model.EntityType.ORGANIZATION;
import static org.annals.model.EntityType.PERSON;

import java.util.List;
import org.annals.link.LinkedArticle;
import org.annals.model.EventStatus;
import org.annals.model.FigureCategory;
import org.annals.model.MentionKind;
import org.annals.model.PloverType;

/** Hand-built articles for store tests. */
final class Fixtures {

  private Fixtures() {}

  /** Published 2025-06-03 by Reuters: a drone strike on Kyiv on 2025-06-01 killed 7; a quote. */
  static LinkedArticle strikeFirstReport() {
    String text = "Russian drones struck Kyiv on Sunday, killing 7 people, Ukrainian President Volodymyr Zelensky "
        + "said. \"Russia wants war,\" Zelensky said. Moscow did not comment.";
    return new ArticleBuilder(text).date("2025-06-03").source("Reuters").title("Drones hit Kyiv")
        .inputId("reuters-1").story("s1", "Kyiv drone strikes")
        .entity("e1", PERSON, "Volodymyr Zelensky", "P-zel", List.of("Zelensky"), List.of("Ukrainian President"),
            "Zelensky")
        .entity("e2", LOCATION, "Kyiv", "L-kyiv", List.of(), List.of(), "Kyiv")
        .entity("e3", ORGANIZATION, "Russia", "O-rus", List.of("Moscow"), List.of(), "Russia", "Moscow")
        .place("e2", "Kyiv", 0.9)
        .time("Sunday", "2025-06-01")
        .figure("7", 7, FigureCategory.KILLED)
        .quote("Russia wants war", "e1", "Zelensky")
        .event("ev1", "V-strike", PloverType.ASSAULT, "drone", "struck", List.of("e3:Russian"), List.of(),
            "e2:Kyiv", "2025-06-01", List.of(0))
        .acled("ev1", "Air/drone strike")
        .build();
  }

  /** Published 2025-06-04 by AP: the same strike, now 9 killed; the name spelled Zelenskiy. */
  static LinkedArticle strikeRevised() {
    String text = "The death toll from Sunday's Russian drone attack on Kyiv rose to 9, said Volodymyr Zelenskiy.";
    return new ArticleBuilder(text).date("2025-06-04").source("AP").inputId("ap-1").story("s1", "Kyiv strikes")
        .entity("e1", PERSON, "Volodymyr Zelensky", "P-zel", List.of("Zelenskiy"), List.of(), "Volodymyr Zelenskiy")
        .entity("e2", LOCATION, "Kyiv", "L-kyiv", List.of(), List.of(), "Kyiv")
        .entity("e3", ORGANIZATION, "Russia", "O-rus", List.of("Russian"), List.of(), "Russian")
        .figure("9", 9, FigureCategory.KILLED)
        .event("ev1", "V-strike", PloverType.ASSAULT, "drone", "attack", List.of("e3:Russian"), List.of(),
            "e2:Kyiv", "2025-06-01", List.of(0))
        .acled("ev1", "Air/drone strike")
        .build();
  }

  /** Published 2025-05-20 (earlier than the strike reports) about a call on 2025-05-19. */
  static LinkedArticle phoneCall() {
    String text = "Zelensky spoke by phone with Marco Rubio on Monday about a ceasefire.";
    return new ArticleBuilder(text).date("2025-05-20").source("Reuters").inputId("reuters-0").story("s2", "Talks")
        .entity("e1", PERSON, "Volodymyr Zelensky", "P-zel", List.of("Zelensky"), List.of(), "Zelensky")
        .entity("e2", PERSON, "Marco Rubio", "P-rubio", List.of("Rubio"), List.of("US Secretary of State"),
            "Marco Rubio")
        .event("ev1", "V-call", PloverType.CONSULT, "phone", "spoke", List.of("e1:Zelensky"),
            List.of("e2:Marco Rubio"), null, "2025-05-19", List.of())
        .build();
  }

  /**
   * Published 2022-04-10 by the Guardian (story s3): events dated to a day, a month, a week and a
   * year, one dated only by this report, one only referred to (undated), a claim, a plan and a
   * denial; Russia is the actor of every one.
   * <pre>
   * V-kharkiv  ASSAULT   2022-04-04 (day)     asserted; a second sentence denies it (a reference)
   * V-bucha    COERCE    2022-03 (month)      asserted
   * V-pact     AGREE     2021 (year)          asserted
   * V-sumy     MOBILIZE  2022-W13 (week)      asserted
   * V-odesa    ASSAULT   2022-04-09 (day)     claimed
   * V-mariupol COERCE    2022-04-10 (report)  asserted, no date in the text
   * V-crimea   ASSAULT   undated              asserted, only referred to
   * V-lviv     ASSAULT   undated              future
   * V-kyiv     ASSAULT   undated              negated
   * </pre>
   */
  static LinkedArticle datesAndStatuses() {
    String text = "Russian forces shelled Kharkiv on Monday. Russian troops occupied Bucha in March. "
        + "Russia signed a pact with Belarus in 2021. Russian units massed near Sumy last week. "
        + "Moscow claimed it hit a depot in Odesa on Saturday. Russian ships blockaded Mariupol. "
        + "Since the invasion of Crimea, Russian rule there is firm. Russian jets will attack Lviv. "
        + "Moscow denied the shelling. Russian jets did not bomb Kyiv.";
    List<String> russia = List.of("e1:Russian");
    return new ArticleBuilder(text).date("2022-04-10").source("Guardian").title("Russia's war")
        .inputId("guardian-dates").story("s3", "Russian offensive")
        .entity("e1", ORGANIZATION, "Russia", "O-rus", List.of("Russian", "Moscow"), List.of(), "Russian", "Russia",
            "Moscow")
        .entity("e2", LOCATION, "Kharkiv", "L-kharkiv", List.of(), List.of(), "Kharkiv")
        .entity("e3", LOCATION, "Bucha", "L-bucha", List.of(), List.of(), "Bucha")
        .entity("e4", LOCATION, "Belarus", "L-belarus", List.of(), List.of(), "Belarus")
        .entity("e5", LOCATION, "Odesa", "L-odesa", List.of(), List.of(), "Odesa")
        .entity("e6", LOCATION, "Kyiv", "L-kyiv", List.of(), List.of(), "Kyiv")
        .event("ev1", "V-kharkiv", PloverType.ASSAULT, "heavy-weapons", "shelled", russia, List.of(), "e2:Kharkiv",
            "2022-04-04", List.of())
        .mention("ev1", "denied the shelling", EventStatus.DENIED, MentionKind.REFERENCE, null)
        .event("ev2", "V-bucha", PloverType.COERCE, "occupy", "occupied", russia, List.of(), "e3:Bucha", "2022-03",
            List.of())
        .event("ev3", "V-pact", PloverType.AGREE, null, "signed a pact", List.of("e1:Russia"),
            List.of("e4:Belarus"), null, "2021", List.of())
        .event("ev4", "V-sumy", PloverType.MOBILIZE, "troops", "massed", russia, List.of(), null, "2022-W13",
            List.of())
        .event("ev5", "V-odesa", PloverType.ASSAULT, null, "hit a depot", List.of("e1:Moscow"), List.of(),
            "e5:Odesa", "2022-04-09", List.of())
        .firstMention("ev5", EventStatus.CLAIMED, MentionKind.REPORT)
        .event("ev6", "V-mariupol", PloverType.COERCE, null, "blockaded", russia, List.of(), null, null, List.of())
        .event("ev7", "V-crimea", PloverType.ASSAULT, null, "invasion", russia, List.of(), null, null, List.of())
        .firstMention("ev7", EventStatus.ASSERTED, MentionKind.REFERENCE)
        .event("ev8", "V-lviv", PloverType.ASSAULT, "aerial", "will attack", russia, List.of(), null, null,
            List.of())
        .firstMention("ev8", EventStatus.FUTURE, MentionKind.REPORT)
        .event("ev9", "V-kyiv", PloverType.ASSAULT, "aerial", "did not bomb", russia, List.of(), "e6:Kyiv", null,
            List.of())
        .firstMention("ev9", EventStatus.NEGATED, MentionKind.REPORT)
        .build();
  }

  /** A small article numbered i, distinct text per i, for bulk and crash tests. */
  static LinkedArticle numbered(int i) {
    String text = "Report " + i + ": Zelensky met Rubio in Kyiv. \"We talked about peace number " + i
        + ",\" Rubio said. Drones killed " + (i % 13 + 1) + " people.";
    String day = String.format("2025-%02d-%02d", 1 + i % 12, 1 + i % 28);
    return new ArticleBuilder(text).date(day).source("outlet" + (i % 5)).inputId("n" + i)
        .story("n" + (i % 3), "story " + (i % 3))
        .entity("e1", PERSON, "Volodymyr Zelensky", "P-zel", List.of("Zelensky"), List.of(), "Zelensky")
        .entity("e2", PERSON, "Marco Rubio", "P-rubio", List.of("Rubio"), List.of(), "Rubio")
        .entity("e3", LOCATION, "Kyiv", "L-kyiv", List.of(), List.of(), "Kyiv")
        .figure(String.valueOf(i % 13 + 1), i % 13 + 1, FigureCategory.KILLED)
        .quote("We talked about peace number " + i, "e2", "Rubio")
        .event("ev1", "V-meet" + i, PloverType.CONSULT, "visit", "met", List.of("e1:Zelensky"), List.of("e2:Rubio"),
            "e3:Kyiv", day, List.of())
        .event("ev2", "V-drone" + (i / 2), PloverType.ASSAULT, "drone", "Drones killed", List.of(), List.of(),
            null, null, List.of(0))
        .build();
  }
}
