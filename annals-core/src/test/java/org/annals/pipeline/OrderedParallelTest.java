package org.annals.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {

  private static List<String> run(int threads) {
    List<String> out = new ArrayList<>();
    List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
    OrderedParallel.run(inputs.iterator(), i -> {
      try {
        Thread.sleep((i * 7) % 3); // later inputs often finish first
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "r" + i;
    }, threads, out::add);
    return out;
  }

  @Test
  void resultsComeInInputOrderWhateverTheThreadCount() {
    List<String> one = run(1);
    assertThat(one).hasSize(200).startsWith("r0", "r1", "r2").endsWith("r199");
    assertThat(run(4)).isEqualTo(one);
    assertThat(run(7)).isEqualTo(one);
  }
}
