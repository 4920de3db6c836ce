package dev.triangulate.scoring.nlp;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.claim.Attribution;
import dev.triangulate.scoring.claim.Upstream;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the news organisation a sentence or a whole article leans on. A sentence credits one when
 * its attribution is an organisation ("..., Reuters reported") or its wording does ("according to
 * a report in Hindustan Times", "told CNN", "citing Xinhua"); an article does when its dateline or
 * a credit line names one ("KABUL (AP) -", "With inputs from PTI"): then every sentence without
 * a credit of its own leans on it.
 */
public final class UpstreamDetector {
  /** Up to five capitalised words, "of" and "&" allowed inside: a proper name. */
  private static final String NAME = "((?:[A-Z][\\w.&'-]*)(?:\\s+(?:[A-Z][\\w.&'-]*|of|&)){0,4})";
  private static final List<Pattern> SENTENCE_CREDITS =
      List.of(
          Pattern.compile("\\b(?:[Aa]ccording to|[Cc]iting|[Rr]eported by|[Qq]uoted by|[Tt]old|[Ii]n an interview with"
              + "|[Rr]eports? (?:in|by|from)|[Aa]rticle (?:in|by)|[Ss]tory (?:in|by))\\s+(?:the\\s+)?" + NAME),
          Pattern.compile(NAME + "\\s+(?:has |had |first )?(?:reported|reports|quoted|broke the news)\\b"),
          Pattern.compile("\\(" + NAME + "\\)"));
  private static final Pattern DATELINE = Pattern.compile("\\A[^\\n()]{0,60}\\(" + NAME + "\\)\\s*[-\u2013\u2014:]");
  private static final Pattern CREDIT_LINE =
      Pattern.compile("(?im)^\\s*\\(?(?:with inputs from|source:|courtesy(?: of)?:?|this story was (?:first )?published by)\\s+(?:the\\s+)?" + NAME + "\\)?\\.?\\s*$");

  private final NewsOrganisations organisations;

  public UpstreamDetector(NewsOrganisations organisations) {
    this.organisations = organisations;
  }

  /** The organisation an article's dateline or credit lines name, or {@link Upstream#NONE}. */
  public Upstream ofArticle(Article article) {
    String creditLines = article.credits() + "\n" + article.body();
    return first(DATELINE.matcher(article.body()))
        .or(() -> first(CREDIT_LINE.matcher(creditLines)))
        .map(Upstream::credited)
        .orElse(Upstream.NONE);
  }

  /** The organisation one sentence credits; else the article's. */
  public Upstream ofSentence(String sentence, Attribution attribution, Upstream article) {
    Optional<String> credited = attribution.anonymous() ? Optional.empty() : organisations.organisation(attribution.source());
    for (Pattern p : SENTENCE_CREDITS) {
      if (credited.isPresent()) {
        break;
      }
      credited = first(p.matcher(sentence));
    }
    return credited.map(Upstream::credited).orElse(article);
  }

  private Optional<String> first(Matcher m) {
    while (m.find()) {
      // A name ends before a full stop and a dangling "of" or "&".
      Optional<String> organisation = organisations.organisation(m.group(1).replaceAll("(?:\\s+(?:of|&)|[.'-])+$", ""));
      if (organisation.isPresent()) {
        return organisation;
      }
    }
    return Optional.empty();
  }
}
