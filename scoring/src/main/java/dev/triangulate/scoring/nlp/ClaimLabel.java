package dev.triangulate.scoring.nlp;

import dev.triangulate.scoring.nlp.Proposition.Argument;
import dev.triangulate.scoring.nlp.Proposition.Kind;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A claim as the short sentence a fact-checker would write, read off one proposition and
 * minimised as MinIE does: the statement itself, without what frames it (modal verbs, negation,
 * the controlling "is ready to" or "refused to": those are the mention's modality and polarity,
 * not the claim), with participants that are names by their canonical names ("Beijing" and "them"
 * become "China" and "the Taliban"), and its arguments but for times, each cut short.
 */
final class ClaimLabel {
  private static final Set<String> MODALS = Set.of("can", "could", "may", "might", "would", "should", "will", "shall", "must", "ca", "wo");
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never");
  private static final Set<String> DO = Set.of("do", "does", "did");
  private static final Set<String> BE_OR_HAVE = Set.of("be", "have");
  /** A participant phrase longer than this is cut at its first comma or clause. */
  private static final int MAX_ARGUMENT_WORDS = 12;
  /** Arguments are added while the label stays under this many words. */
  private static final int MAX_LABEL_WORDS = 22;
  private static final Set<String> CLAUSE_STARTS = Set.of("that", "which", "who", "whom", "whose", "where", "when", "while", "because");
  /** Words a cut phrase must not end on. */
  private static final Set<String> DANGLING = Set.of("in", "on", "at", "of", "to", "for", "with", "by", "from", "the", "a", "an", "and", "or", "as", "its", "their");

  private ClaimLabel() {}

  /**
   * {@code subject}: the subject's entity when the subject phrase names it; {@code object}: the
   * object entity and its argument.
   */
  static String of(Proposition p, Predicate predicate, Optional<Entity> subject, Optional<ClaimReader.Participant> object) {
    boolean plural = subject.isEmpty() && p.subject().head().tag() != null && p.subject().head().tag().matches("NNP?S");
    List<String> parts = new ArrayList<>();
    parts.add(subject.map(e -> entityName(p.subject(), e)).orElseGet(() -> shortened(p.subject())));
    if (p.kind() == Kind.EVENT) {
      String display = object.isEmpty() ? predicate.display().replaceFirst(" (in|from|to|with|of)$", "") : predicate.display();
      parts.add(plural ? plural(display) : display);
      object.ifPresent(o -> parts.add(o.named() ? entityName(o.argument().phrase(), o.entity()) : shortened(o.argument().phrase())));
    } else {
      parts.add(relation(p, plural));
    }
    for (Argument a : p.arguments()) {
      boolean eventObject = p.kind() == Kind.EVENT && object.filter(o -> o.argument() == a).isPresent();
      // Times and what the sentence fronts ("In recent days, ...") frame the claim; relative pronouns
      // ("in which") point back to a noun the label does not hold.
      boolean fronted = a.phrase().head().index() < p.anchor().index() && p.kind() != Kind.EVENT;
      boolean relative = a.phrase().words().size() == 1 && a.phrase().head().tag() != null && a.phrase().head().tag().startsWith("W");
      if (eventObject || fronted || relative || a.role().equals("tmod")) {
        continue;
      }
      String text = (a.marker() == null ? "" : a.marker().word() + " ") + argument(a, object);
      if (words(parts) + words(text) > MAX_LABEL_WORDS && words(parts) > 3) {
        break;
      }
      parts.add(text);
    }
    String label = String.join(" ", parts.stream().filter(x -> !x.isBlank()).toList());
    // Quotes are dropped, not apostrophes ("the region's peace"); brackets emptied by a left-out apposition go.
    label = label.replaceAll("\\(\\s*\\)", "").replaceAll("[\"“”`]|(?<!\\p{L})[‘’']|[‘’'](?!\\p{L})", "").replaceAll("\\s+", " ").strip();
    return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
  }

  private static int words(List<String> parts) {
    return parts.stream().mapToInt(ClaimLabel::words).sum();
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  /** The relation without modals, negation and controlling words, conjugated when they are gone. */
  private static String relation(Proposition p, boolean plural) {
    List<IndexedWord> words = new ArrayList<>();
    for (IndexedWord w : p.relation()) {
      String lower = w.word().toLowerCase(Locale.ROOT);
      boolean infinitiveTo = lower.equals("to") && w.index() < p.anchor().index();
      if (!MODALS.contains(lower) && !NEGATORS.contains(lower) && !infinitiveTo) {
        words.add(w);
      }
    }
    if (words.size() > 1 && DO.contains(words.get(0).word().toLowerCase(Locale.ROOT))) {
      words.remove(0);
    }
    if (words.isEmpty()) {
      return "";
    }
    List<String> out = new ArrayList<>();
    IndexedWord first = words.get(0);
    String tag = first.tag() == null ? "" : first.tag();
    String word = first.word();
    if (tag.equals("VBN") && !BE_OR_HAVE.contains(PredicateLexicon.lemma(first))) {
      // "China, involved in ...": a participle on its own reads as a passive.
      out.add(plural ? "are" : "is");
      out.add(word);
    } else if (tag.equals("VBD") && word.equalsIgnoreCase("were") && !plural) {
      out.add("was");
    } else if (tag.equals("VBD") || tag.equals("VBZ") && !plural || tag.equals("VBP") && plural) {
      out.add(word);
    } else {
      out.add(present(first, plural));
    }
    for (int i = 1; i < words.size(); i++) {
      out.add(words.get(i).word());
    }
    return String.join(" ", out);
  }

  /** A verb left bare by a dropped modal or controller, or by a split subject, in the present tense. */
  private static String present(IndexedWord verb, boolean plural) {
    String lemma = PredicateLexicon.lemma(verb);
    if (!(verb.tag() != null && verb.tag().startsWith("VB"))) {
      return verb.word();
    }
    return switch (lemma) {
      case "be" -> plural ? "are" : "is";
      case "have" -> plural ? "have" : "has";
      default -> plural ? lemma : Predicate.plainVerb(lemma).display();
    };
  }

  /** "withdraws from" -> "withdraw from", "is a threat to" -> "are a threat to". */
  private static String plural(String display) {
    String[] words = display.split(" ", 2);
    String rest = words.length > 1 ? " " + words[1] : "";
    String verb = words[0];
    String base =
        switch (verb) {
          case "is" -> "are";
          case "has" -> "have";
          default -> verb.endsWith("ies") ? verb.substring(0, verb.length() - 3) + "y"
              : verb.matches(".*(s|sh|ch|x|z|o)es") ? verb.substring(0, verb.length() - 2)
              : verb.endsWith("s") ? verb.substring(0, verb.length() - 1) : verb;
        };
    return base + rest;
  }

  private static String argument(Argument a, Optional<ClaimReader.Participant> object) {
    return object.filter(o -> o.argument() == a && o.named() && isPronounOrName(a.phrase())).isPresent()
        ? entityName(a.phrase(), object.get().entity())
        : shortened(a.phrase());
  }

  /**
   * The canonical name, with "the" when the sentence named it with one ("the Taliban", "the US"
   * for "the United States") or named it by a description, except for people and acronyms.
   */
  private static String entityName(Phrase phrase, Entity entity) {
    List<IndexedWord> words = phrase.words();
    boolean acronym = entity.name().equals(entity.name().toUpperCase(Locale.ROOT));
    // "the country", "the group", "them": a description the name replaces takes the article the name
    // usually has: groups and organisations ("the Taliban") and united states of any kind have one.
    boolean description = words.size() > 1 && Character.isLowerCase(words.get(words.size() - 1).word().codePointAt(0))
        || words.size() == 1 && "PRP".equals(words.get(0).tag());
    boolean usual = entity.type() == EntityType.GROUP || entity.type() == EntityType.ORG || entity.name().startsWith("United ");
    boolean written = words.size() > 1 && words.get(0).word().equalsIgnoreCase("the") && !description;
    boolean article = entity.type() != EntityType.PERSON && !acronym && (written || description && usual);
    return (article ? "the " : "") + entity.name();
  }

  private static boolean isPronounOrName(Phrase phrase) {
    return phrase.words().size() <= 4 && phrase.words().stream().noneMatch(w -> w.tag() != null && (w.tag().startsWith("VB") || w.tag().equals("IN")));
  }

  /** The phrase, cut at its first comma or clause when it runs past {@link #MAX_ARGUMENT_WORDS} words. */
  private static String shortened(Phrase phrase) {
    List<IndexedWord> words = phrase.words();
    if (words.size() <= MAX_ARGUMENT_WORDS) {
      return phrase.text();
    }
    List<IndexedWord> kept = new ArrayList<>();
    for (IndexedWord w : words) {
      boolean pastHead = w.index() > phrase.head().index();
      if (pastHead && (w.word().equals(",") || CLAUSE_STARTS.contains(w.word().toLowerCase(Locale.ROOT)) || kept.size() >= MAX_ARGUMENT_WORDS)) {
        break;
      }
      kept.add(w);
    }
    while (kept.size() > 1 && DANGLING.contains(kept.get(kept.size() - 1).word().toLowerCase(Locale.ROOT))) {
      kept.remove(kept.size() - 1);
    }
    return Words.text(kept);
  }
}
