package org.annals.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.Figure;
import org.annals.model.FigureCategory;
import org.annals.model.FigureQualifier;
import org.annals.model.FigureRole;
import org.annals.model.PloverType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventFigureLinkerTest {

  @ParameterizedTest(name = "{0} (interception={1}) carries {2}/{3} aggregate={4}: {5}")
  @CsvSource(nullValues = "-", value = {
      "ASSAULT, false, KILLED, -, false, true",
      "ASSAULT, false, DRONES, LAUNCHED, false, true",
      "ASSAULT, false, DRONES, HIT, false, true",
      // a tally ("since the start of the war") is no single attack's figure
      "ASSAULT, false, KILLED, -, true, false",
      "ASSAULT, false, DRONES, LAUNCHED, true, false",
      "COERCE, false, CAPTURED, -, true, false",
      "PROTEST, false, PEOPLE, -, true, false",
      // an aid package's total is the package's own figure
      "AID, false, MONEY, -, true, true",
      // an interception carries what was launched and stopped, not what got through
      "ASSAULT, true, DRONES, INTERCEPTED, false, true",
      "ASSAULT, true, MISSILES, LAUNCHED, false, true",
      "ASSAULT, true, MISSILES, HIT, false, false",
      "ASSAULT, true, KILLED, -, false, false",
      "ASSAULT, true, VEHICLES, DESTROYED, false, false"})
  void aFigureFitsAnEventByTypeRoleAndAggregate(PloverType type, boolean interception, FigureCategory category,
      FigureRole role, boolean aggregate, boolean fits) {
    Figure f = new Figure(0, 1, "9", 9, FigureQualifier.EXACT, category, role, null, aggregate);
    assertThat(EventFigureLinker.fits(type, interception, f)).isEqualTo(fits);
  }
}
