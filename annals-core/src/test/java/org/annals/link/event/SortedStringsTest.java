package org.annals.link.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.annals.link.StringPool;
import org.junit.jupiter.api.Test;

class SortedStringsTest {

  @Test
  void keepsEachStringOnceInOrder() {
    SortedStrings s = SortedStrings.of(List.of("ukraine", "russia", "ukraine", "kyiv"));
    assertThat(s).containsExactly("kyiv", "russia", "ukraine");
    assertThat(s.contains("russia")).isTrue();
    assertThat(s.contains("moscow")).isFalse();
    assertThat(s.contains(null)).isFalse();
    assertThat(s).isEqualTo(Set.of("kyiv", "russia", "ukraine"));
  }

  @Test
  void addingWhatIsHeldKeepsTheSameSet() {
    SortedStrings s = SortedStrings.of(List.of("a", "c"));
    assertThat(s.with(List.of("c", "a", "c"), null)).isSameAs(s);
    assertThat(s.with("a")).isSameAs(s);
    assertThat(SortedStrings.EMPTY.with(List.of(), null)).isSameAs(SortedStrings.EMPTY);
  }

  @Test
  void addsInPlaceOfOrder() {
    SortedStrings s = SortedStrings.of(List.of("b", "d"));
    assertThat(s.with("a")).containsExactly("a", "b", "d");
    assertThat(s.with("c")).containsExactly("b", "c", "d");
    assertThat(s.with("e")).containsExactly("b", "d", "e");
    assertThat(s.with(List.of("e", "a", "c", "a"), null)).containsExactly("a", "b", "c", "d", "e");
    assertThat(s).containsExactly("b", "d");
  }

  @Test
  void newStringsComeFromThePool() {
    StringPool pool = new StringPool();
    String kept = pool.of("russia");
    String copy = new String("russia");
    SortedStrings s = SortedStrings.EMPTY.with(List.of(copy), pool);
    assertThat(s.iterator().next()).isSameAs(kept);
  }
}
