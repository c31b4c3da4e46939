package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.model.TimeExpression;
import org.annals.model.TimexType;
import org.junit.jupiter.api.Test;

class TempEvalTimexEvalTest {

  @Test
  void readsTextCreationDateAndGoldTimexOffsets() throws Exception {
    TimeMlDocument doc = TimeMlDocument.read(Path.of(getClass().getResource("/eval/tiny.tml").toURI()));
    assertThat(doc.creationDate()).isEqualTo(LocalDate.of(1998, 8, 8));
    assertThat(doc.timexes()).hasSize(2);
    TimeMlDocument.GoldTimex friday = doc.timexes().get(0);
    assertThat(doc.text().substring(friday.start(), friday.end())).isEqualTo("Friday");
    assertThat(doc.text()).contains("& killed");
    assertThat(friday.value()).isEqualTo("1998-08-07");
  }

  @Test
  void strictRelaxedAndValueMatchesFollowTempEval3() throws Exception {
    TimeMlDocument doc = TimeMlDocument.read(Path.of(getClass().getResource("/eval/tiny.tml").toURI()));
    int f = doc.text().indexOf("Friday");
    int t = doc.text().indexOf("three days");
    int k = doc.text().indexOf("dozens");
    List<TimeExpression> predicted = List.of(
        new TimeExpression(f, f + 6, "Friday", TimexType.DATE, "1998-08-07", true),          // strict, right value
        new TimeExpression(t + 6, t + 10, "days", TimexType.DURATION, "PXD", true),         // relaxed, wrong value
        new TimeExpression(k, k + 6, "dozens", TimexType.DURATION, "PXY", true));            // spurious
    TempEvalTimexEval.Counts c = new TempEvalTimexEval.Counts();
    c.add(doc.timexes(), predicted);
    assertThat(c.gold).isEqualTo(2);
    assertThat(c.predicted).isEqualTo(3);
    assertThat(c.strict).isEqualTo(1);
    assertThat(c.relaxed).isEqualTo(2);
    assertThat(c.valueCorrect).isEqualTo(1);
    assertThat(c.typeCorrect).isEqualTo(2);
    assertThat(Prf.f1(c.relaxed, c.predicted, c.gold)).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
  }
}
