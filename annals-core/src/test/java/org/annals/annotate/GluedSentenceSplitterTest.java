package org.annals.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Article;
import org.annals.model.NamedSpan;
import org.annals.model.Sentence;
import org.junit.jupiter.api.Test;

class GluedSentenceSplitterTest {

  private static AnnotatedArticle annotate(String text) {
    return CoreNlpAnnotator.shared().annotate(Article.of("glued", text, LocalDate.of(2022, 3, 1)));
  }

  private static List<String> words(AnnotatedArticle doc) {
    return doc.sentences().stream().flatMap(s -> s.tokens().stream()).map(t -> t.word()).toList();
  }

  @Test
  void cutsSentencesGluedAtAFullStop() {
    String text = "Biden called Vladimir Putin.From Moscow, the Kremlin said.It was a long call, "
        + "officials told POLITICO.As talks went on, shelling continued.";
    AnnotatedArticle doc = annotate(text);
    assertThat(doc.sentences()).hasSize(4);
    assertThat(doc.sentences().get(0).end()).isEqualTo(text.indexOf(".From") + 1);
    List<String> names = doc.namedSpans().stream().map(NamedSpan::text).toList();
    assertThat(names).contains("Vladimir Putin", "Moscow").noneMatch(n -> n.contains("."));
    for (Sentence s : doc.sentences()) {
      s.tokens().forEach(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word()));
    }
  }

  @Test
  void aPictureCreditEndsWhereItsAgencyDoes() {
    String text = "Residents queue for water. Photograph: Anastasia Taylor-Lind/The Guardian When rape is used as a "
        + "weapon, investigators say. Smoke rises. Photograph: Sergei Grits/AP via Getty Images Biden met Scholz.";
    AnnotatedArticle doc = annotate(text);
    assertThat(doc.sentences()).extracting(sentence -> text.substring(sentence.start(), sentence.end())).containsExactly(
        "Residents queue for water.", "Photograph: Anastasia Taylor-Lind/The Guardian",
        "When rape is used as a weapon, investigators say.", "Smoke rises.",
        "Photograph: Sergei Grits/AP via Getty Images", "Biden met Scholz.");
    assertThat(doc.namedSpans()).extracting(NamedSpan::text).noneMatch(n -> n.contains("When") || n.contains("Biden "));
  }

  @Test
  void keepsAbbreviationsAndDomainsWhole() {
    String text = "Troops of the U.S.Army met Gen.Petraeus in St.Petersburg, theguardian.com reported.";
    AnnotatedArticle doc = annotate(text);
    assertThat(doc.sentences()).hasSize(1);
    assertThat(doc.sentences().get(0).tokens()).extracting(t -> t.word())
        .contains("U.S.Army", "Gen.Petraeus", "St.Petersburg", "theguardian.com");
  }

  @Test
  void cutsWordsGluedWithoutAStopWhereTheArticleWritesThemApart() {
    String text = "Zelenskiy spoke to Joe Biden. Russia attacked Ukraine again.ZelenskiyJoanna Walters in "
        + "Washington. Watch it liveRead more on YouTube and WikiLeaks. VPN use has boomed since the invasion. "
        + "It boomed since the invasionA spokesman said so.";
    AnnotatedArticle doc = annotate(text);
    List<String> words = words(doc);
    assertThat(words).contains("Zelenskiy", "Joanna", "live", "Read", "YouTube", "WikiLeaks", "invasion", "A")
        .doesNotContain("ZelenskiyJoanna", "liveRead", "invasionA");
    assertThat(doc.namedSpans().stream().map(NamedSpan::text)).noneMatch(n -> n.contains("ZelenskiyJoanna"));
  }

  @Test
  void cutsABylineOrALinkGluedToTheSentenceAfterIt() {
    // the next word stands on its own in the article, or opens sentences; brand names stay whole
    String text = "Joe Biden spoke in Warsaw. Joanna WaltersJoe Biden said the talks went well. Read the "
        + "analysis by Jack WatlingRead more. Poland said it would help. The talks in PolandOn Monday went on. "
        + "PricewaterhouseCoopers and LinkedIn were not there. Photograph: ReutersIn Kyiv, sirens sounded.";
    AnnotatedArticle doc = annotate(text);
    List<String> words = words(doc);
    assertThat(words).contains("Walters", "Watling", "Poland", "On", "PricewaterhouseCoopers", "LinkedIn")
        .doesNotContain("WaltersJoe", "WatlingRead", "PolandOn", "ReutersIn");
    assertThat(doc.namedSpans().stream().map(NamedSpan::text)).noneMatch(n -> n.contains("Walters Joe")
        || n.contains("WaltersJoe"));
  }

  @Test
  void cutsATimeStampOrAnAgencyGluedToTheParagraphItHeads() {
    String text = "Photograph: Ukrainian Presidential Press Office/PAUpdated at 00.03 BST 4d ago23.41Britain has "
        + "pledged another £1bn in military aid. 01:56Russia has invaded Ukraine. The G7Summit met in 4x4s.";
    AnnotatedArticle doc = annotate(text);
    List<String> words = words(doc);
    assertThat(words).contains("PA", "Updated", "Britain", "Russia", "G7Summit")
        .doesNotContain("PAUpdated", "ago23.41Britain", "01:56Russia");
    assertThat(doc.sentences()).extracting(sentence -> text.substring(sentence.start(), sentence.end()))
        .contains("Britain has pledged another £1bn in military aid.", "Russia has invaded Ukraine.");
  }

  @Test
  void aVideoCaptionEndsBeforeTheParagraphGluedToIt() {
    String text = "Zelenskiy releases footage of Russian strike on shopping mall – video The US president also said "
        + "troops would stay. Russia has invaded Ukraine: what we know so far – video report “That would be a disaster,” "
        + "he said. Watch the video below.";
    AnnotatedArticle doc = annotate(text);
    assertThat(doc.sentences()).extracting(sentence -> text.substring(sentence.start(), sentence.end())).containsExactly(
        "Zelenskiy releases footage of Russian strike on shopping mall – video",
        "The US president also said troops would stay.",
        "Russia has invaded Ukraine: what we know so far – video report",
        "“That would be a disaster,” he said.", "Watch the video below.");
  }

  @Test
  void anEmbeddedTweetEndsAfterItsDateBeforeTheParagraphGluedToIt() {
    String text = "They have fulfilled the order.— Anna Holt (@AnnaHolt) May 16, 2022 It appears that soldiers have "
        + "been evacuated. The mayor (@mayor) said on May 16, 2022 that it was calm.";
    AnnotatedArticle doc = annotate(text);
    assertThat(doc.sentences()).extracting(sentence -> text.substring(sentence.start(), sentence.end())).containsExactly(
        "They have fulfilled the order.", "— Anna Holt (@AnnaHolt) May 16, 2022",
        "It appears that soldiers have been evacuated.", "The mayor (@mayor) said on May 16, 2022 that it was calm.");
  }
}
