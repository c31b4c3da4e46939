package org.annals.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.annals.annotate.CoreNlpAnnotator;
import org.annals.model.Article;
import org.annals.model.Figure;
import org.annals.model.FigureCategory;
import org.annals.model.FigureRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Roles, units and aggregates of figures in invented sentences, through the real annotator. */
class FigureRoleUnitAggregateTest {

  private static final FigureExtractor EXTRACTOR = new FigureExtractor();

  private static List<Figure> figures(String text) {
    return EXTRACTOR.extract(CoreNlpAnnotator.shared().annotate(Article.of("t", text, LocalDate.of(2026, 3, 4))));
  }

  private static Figure figure(String sentence, String text) {
    return figures(sentence).stream().filter(f -> f.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure '" + text + "' in: " + figures(sentence)));
  }

  static Stream<Arguments> roles() {
    String barrage = "Kostrana launched 212 drones overnight, 190 were shot down and 14 hit their targets.";
    String ofThe = "Of the 48 missiles fired, 40 were intercepted and eight struck the port.";
    String part = "Air defences destroyed 30 of the 35 attack drones, while five were lost to jamming.";
    return Stream.of(
        Arguments.of(barrage, "212", FigureCategory.DRONES, FigureRole.LAUNCHED),
        Arguments.of(barrage, "190", FigureCategory.DRONES, FigureRole.INTERCEPTED),
        Arguments.of(barrage, "14", FigureCategory.DRONES, FigureRole.HIT),
        Arguments.of(ofThe, "48", FigureCategory.MISSILES, FigureRole.LAUNCHED),
        Arguments.of(ofThe, "40", FigureCategory.MISSILES, FigureRole.INTERCEPTED),
        Arguments.of(ofThe, "eight", FigureCategory.MISSILES, FigureRole.HIT),
        // "destroyed" drones were destroyed in the air; the whole of "30 of the 35" was launched
        Arguments.of(part, "30", FigureCategory.DRONES, FigureRole.INTERCEPTED),
        Arguments.of(part, "35", FigureCategory.DRONES, FigureRole.LAUNCHED),
        Arguments.of(part, "five", FigureCategory.DRONES, FigureRole.LOST),
        // a coordinated count shares the verb; its whole is what was launched
        Arguments.of("Gunners brought down 25 of the 31 drones and four of the six missiles.", "four",
            FigureCategory.MISSILES, FigureRole.INTERCEPTED),
        Arguments.of("Gunners brought down 25 of the 31 drones and four of the six missiles.", "six",
            FigureCategory.MISSILES, FigureRole.LAUNCHED),
        Arguments.of("Valdor fired a record 600 drones and missiles at the coast.", "600", FigureCategory.DRONES,
            FigureRole.LAUNCHED),
        Arguments.of("Gunners destroyed 12 tanks and damaged 20 armoured vehicles.", "12", FigureCategory.VEHICLES,
            FigureRole.DESTROYED),
        Arguments.of("Gunners destroyed 12 tanks and damaged 20 armoured vehicles.", "20", FigureCategory.VEHICLES,
            FigureRole.DAMAGED),
        Arguments.of("The crews had shot down a transport plane and two fighter jets.", "two",
            FigureCategory.AIRCRAFT, FigureRole.INTERCEPTED),
        Arguments.of("Three helicopters were downed near the lake.", "Three", FigureCategory.AIRCRAFT,
            FigureRole.INTERCEPTED),
        Arguments.of("Nine warplanes were hit at the airfield, the general said.", "Nine", FigureCategory.AIRCRAFT,
            FigureRole.HIT),
        Arguments.of("Pilots said 64 drones had been used in the raid.", "64", FigureCategory.DRONES,
            FigureRole.LAUNCHED),
        Arguments.of("Moscow sent 80 drones at the capital before dawn.", "80", FigureCategory.DRONES,
            FigureRole.LAUNCHED),
        // sent to an ally is aid, not a launch
        Arguments.of("The kingdom will send 120 armoured trucks to Valdor.", "120", FigureCategory.VEHICLES, null),
        Arguments.of("A ferry carrying 212 passengers sank near the island.", "212", FigureCategory.PEOPLE,
            FigureRole.ON_BOARD),
        Arguments.of("The bus, with 31 people on board, overturned.", "31", FigureCategory.PEOPLE,
            FigureRole.ON_BOARD),
        Arguments.of("Eleven people were killed when the shells landed.", "Eleven", FigureCategory.KILLED, null),
        Arguments.of("Some 400 soldiers crossed the river.", "Some 400", FigureCategory.PEOPLE, null));
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @MethodSource
  void roles(String sentence, String text, FigureCategory category, FigureRole role) {
    Figure f = figure(sentence, text);
    assertThat(f.category()).isEqualTo(category);
    assertThat(f.role()).isEqualTo(role);
  }

  static Stream<Arguments> units() {
    String fund = "The fund holds US$2bn, A$300m, 30 million Australian dollars, £1.5bn, 200m euros and 5bn roubles.";
    return Stream.of(
        Arguments.of(fund, "US$2bn", FigureCategory.MONEY, "USD"),
        Arguments.of(fund, "A$300m", FigureCategory.MONEY, "AUD"),
        Arguments.of(fund, "30 million Australian dollars", FigureCategory.MONEY, "AUD"),
        Arguments.of(fund, "£1.5bn", FigureCategory.MONEY, "GBP"),
        Arguments.of(fund, "200m euros", FigureCategory.MONEY, "EUR"),
        Arguments.of(fund, "5bn roubles", FigureCategory.MONEY, "RUB"),
        Arguments.of("Kyiv pledged 4 billion hryvnias to rebuild the dam.", "4 billion hryvnias",
            FigureCategory.MONEY, "UAH"),
        Arguments.of("The damage was put at $1.5bn by the governor.", "$1.5bn", FigureCategory.MONEY, "USD"),
        Arguments.of("Donors gave 10 million dollars.", "10 million dollars", FigureCategory.MONEY, "USD"),
        Arguments.of("The town lies 40 miles from the border.", "40 miles", FigureCategory.DISTANCE, "mi"),
        Arguments.of("The convoy stretched for 64 km along the road.", "64 km", FigureCategory.DISTANCE, "km"),
        Arguments.of("Prices rose 12% in a month.", "12%", FigureCategory.PERCENT, "%"),
        Arguments.of("Prices rose 12 per cent in a month.", "12 per cent", FigureCategory.PERCENT, "%"),
        Arguments.of("The fire burned 300 hectares of forest.", "300 hectares", FigureCategory.OTHER, "ha"),
        Arguments.of("At least nine people were killed.", "At least nine", FigureCategory.KILLED, null));
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @MethodSource
  void units(String sentence, String text, FigureCategory category, String unit) {
    Figure f = figure(sentence, text);
    assertThat(f.category()).isEqualTo(category);
    assertThat(f.unit()).isEqualTo(unit);
  }

  static Stream<Arguments> aggregates() {
    return Stream.of(
        Arguments.of("Since the start of the war, 12,000 civilians have been killed.", "12,000", true),
        Arguments.of("The army has lost 300 tanks so far this year.", "300", true),
        Arguments.of("In total, 95 prisoners were freed in the swap.", "95", true),
        Arguments.of("A total of 300 drones were used in the raid.", "300", true),
        Arguments.of("In the past 24 hours, air defences shot down 61 drones.", "61", true),
        Arguments.of("The monitors recorded 140 killed during the month, the report said.", "140", true),
        Arguments.of("More than 2,000 people have fled since February, officials said.", "More than 2,000", true),
        Arguments.of("At least 800 soldiers have died in the war since it began in May.", "At least 800", true),
        Arguments.of("Shells have killed 640 people since the northern offensive started.", "640", true),
        Arguments.of("Officials think 3,000 residents died during months of siege.", "3,000", true),
        Arguments.of("Altogether 17 villages were shelled, and 40 people were hurt.", "40", true),
        // a clause that brings a running total up to date leaves the new event's figure alone
        Arguments.of("Valdor launched 90 drones overnight, bringing the total since March to 9,000 drones.",
            "90", false),
        Arguments.of("Valdor launched 90 drones overnight, bringing the total since March to 9,000 drones.",
            "9,000", true),
        // a cue stays in its clause: after a single dash or "but" another clause starts
        Arguments.of("Valdor has lost 94 tanks so far – but its ally may send 60 more tanks.", "94", true),
        Arguments.of("Valdor has lost 94 tanks so far – but its ally may send 60 more tanks.", "60", false),
        Arguments.of("Over 900 people – among them 45 children – have died since the invasion began.", "45", true),
        // comparisons, anchored dates and shares are no tallies
        Arguments.of("The kingdom this week offered 1,000 more troops.", "1,000", false),
        Arguments.of("Support for joining has risen to 76% since the invasion.", "76%", false),
        Arguments.of("It was the biggest attack since 2022, with 500 drones launched.", "500", false),
        Arguments.of("Earlier this year, 40 drones hit the port.", "40", false),
        Arguments.of("Seven people were killed on Sunday.", "Seven", false));
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @MethodSource
  void aggregates(String sentence, String text, boolean aggregate) {
    assertThat(figure(sentence, text).aggregate()).isEqualTo(aggregate);
  }
}
