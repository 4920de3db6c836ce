package dev.triangulate.pipeline.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.claim.ClaimVerdict;
import dev.triangulate.scoring.claim.Verdict;
import dev.triangulate.scoring.nlp.ArticleSummary;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * claimreview.jsonl: one schema.org ClaimReview object a line, one per claim, so that fact-checking
 * tools that load ClaimReview markup can take the results. Lines are in claim id order (two
 * nights' files compare line by line), keys sorted and empty fields left out: the same run always
 * gives the same bytes.
 */
public final class ClaimReviews {
  public static final String CLAIMREVIEW_JSONL = "claimreview.jsonl";

  /** Every string value is written through {@link VisibleText}. */
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .registerModule(new SimpleModule().addSerializer(String.class, new VisibleStringSerializer()));

  private ClaimReviews() {}

  public static void write(Path file, List<ClaimVerdict> verdicts, List<ArticleSummary> analyses) throws IOException {
    Map<String, Article> articles =
        analyses.stream().map(ArticleSummary::article).collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (ClaimVerdict v : verdicts.stream().sorted(Comparator.comparing(v -> v.claim().id())).toList()) {
        out.write(JSON.writeValueAsString(review(v, articles)));
        out.write('\n');
      }
    }
  }

  static Map<String, Object> review(ClaimVerdict v, Map<String, Article> articles) {
    Map<String, Object> claim = new TreeMap<>();
    claim.put("@type", "Claim");
    claim.put("appearance", v.articles().stream().map(articles::get).filter(Objects::nonNull).map(ClaimReviews::appearance).toList());
    if (!v.firstSeen().isEmpty()) {
      claim.put("firstAppearanceDate", v.firstSeen());
    }
    Map<String, Object> review = new TreeMap<>();
    review.put("@context", "https://schema.org");
    review.put("@type", "ClaimReview");
    review.put("identifier", v.claim().id());
    review.put("claimReviewed", v.claim().text());
    review.put("itemReviewed", claim);
    review.put("reviewRating", Map.of(
        "@type", "Rating",
        "alternateName", v.verdict().name(),
        "ratingExplanation", explanation(v)));
    return review;
  }

  /** One article making the claim: where it appeared, who published it, when. */
  private static Map<String, Object> appearance(Article article) {
    Map<String, Object> work = new TreeMap<>();
    work.put("@type", "CreativeWork");
    work.put("identifier", article.id());
    work.put("publisher", Map.of("@type", "Organization", "name", article.outlet()));
    putIfPresent(work, "url", article.url());
    putIfPresent(work, "datePublished", article.published());
    putIfPresent(work, "headline", article.title());
    return work;
  }

  private static void putIfPresent(Map<String, Object> map, String key, String value) {
    if (!value.isEmpty()) {
      map.put(key, value);
    }
  }

  private static final class VisibleStringSerializer extends StdSerializer<String> {
    VisibleStringSerializer() {
      super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator json, SerializerProvider provider) throws IOException {
      json.writeString(VisibleText.of(value));
    }
  }

  /** The verdict in one sentence, from the counts verdicts.csv gives. */
  static String explanation(ClaimVerdict v) {
    if (v.verdict() == Verdict.NO_COVERAGE) {
      return "No article sentence makes this claim.";
    }
    String counts = String.format(Locale.ROOT,
        "%d of %d independent sources support it, %d refute it, %d only hedge; corroboration %.3f",
        v.supporting(), v.independentOutlets(), v.refuting(), v.hedged(), v.corroboration());
    String confidence = Double.isNaN(v.confidence()) ? "" : String.format(Locale.ROOT, ", confidence %.3f", v.confidence());
    String reason = v.reason().isEmpty() ? "" : " (" + v.reason() + ")";
    return counts + confidence + "." + reason;
  }
}
