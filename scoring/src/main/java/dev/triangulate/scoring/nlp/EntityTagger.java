package dev.triangulate.scoring.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives each token of a sentence the canonical entity it names, if any: gazetteer aliases first
 * (they know that Beijing means China), then CoreNLP's NER for names the gazetteer lacks, then
 * definite descriptions ("the militants") resolved to the last entity of their type.
 */
final class EntityTagger {
  private static final Set<String> NER_NAME_TAGS =
      Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  /** Words that precede a name without being part of it. */
  private static final Set<String> TITLES =
      Set.of(
          "mullah", "president", "minister", "foreign", "prime", "mr", "mr.", "mrs", "mrs.", "ms",
          "ms.", "dr", "dr.", "sheikh", "general", "gen.", "chancellor", "king", "queen", "prince",
          "senator", "secretary", "spokesman", "spokeswoman", "spokesperson", "leader",
          "co-founder", "deputy", "acting", "chief", "ambassador", "envoy", "commander", "state",
          "councillor", "mawlawi", "maulvi", "haji", "imam");

  /** Definite descriptions that point back to the last entity of a type in the article. */
  private static final Map<String, EntityType> ANAPHORS =
      Map.ofEntries(
          Map.entry("group", EntityType.GROUP),
          Map.entry("movement", EntityType.GROUP),
          Map.entry("militants", EntityType.GROUP),
          Map.entry("insurgents", EntityType.GROUP),
          Map.entry("jihadists", EntityType.GROUP),
          Map.entry("militia", EntityType.GROUP),
          Map.entry("insurgency", EntityType.GROUP),
          Map.entry("country", EntityType.COUNTRY),
          Map.entry("nation", EntityType.COUNTRY));

  /** Plural pronouns that stand for the armed group named earlier in their sentence ("... then China can recognize them"). */
  private static final Set<String> GROUP_PRONOUNS = Set.of("them", "they");

  private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,8}");
  /** Small words a name may contain without a letter in its acronym. */
  private static final Set<String> ACRONYM_GLUE = Set.of("of", "the", "and", "for", "&", "de", "in");

  private final Gazetteer gazetteer;

  EntityTagger(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Entities of every sentence of an article, in order. */
  List<TaggedSentence> tagArticle(List<List<CoreLabel>> sentences) {
    ArticleContext context = new ArticleContext();
    List<Entity[]> named = new ArrayList<>(sentences.size());
    Map<Entity, Integer> countryCounts = new LinkedHashMap<>();
    for (List<CoreLabel> tokens : sentences) {
      Entity[] entities = names(tokens, context);
      named.add(entities);
      for (Entity e : entities) {
        if (e != null && e.type() == EntityType.COUNTRY) {
          countryCounts.merge(e, 1, Integer::sum);
        }
      }
    }
    countryCounts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .ifPresent(top -> context.dominantCountry(top.getKey()));
    List<TaggedSentence> tagged = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      tagged.add(resolveAnaphors(sentences.get(i), named.get(i), context));
    }
    return tagged;
  }

  /** Names in one sentence: gazetteer aliases, then CoreNLP names; null where none. */
  private Entity[] names(List<CoreLabel> tokens, ArticleContext context) {
    Entity[] entities = new Entity[tokens.size()];
    List<String> words = new ArrayList<>(tokens.size());
    for (CoreLabel t : tokens) {
      words.add(t.word());
    }
    for (int i = 0; i < tokens.size(); ) {
      Optional<Gazetteer.Match> match = gazetteerMatch(tokens, words, i);
      Entity defined = context.acronym(words.get(i));
      if (defined != null && match.isEmpty()) {
        entities[i] = defined;
        i++;
      } else if (match.isPresent()) {
        Entity entity = match.get().entity();
        for (int k = 0; k < match.get().length(); k++) {
          entities[i + k] = entity;
        }
        if (entity.type() == EntityType.PERSON) {
          context.person(List.of(entity.name().split(" ")));
        }
        i += match.get().length();
      } else {
        i += tagNamedEntity(tokens, i, entities, context);
      }
    }
    defineAcronyms(words, entities, context);
    return entities;
  }

  /**
   * "Name Of The Body (NOTB)": an all-capitals word in brackets right after capitalised words
   * whose initials spell it (small words such as "of" and "the" may be skipped) names the same
   * entity, here and in the rest of the article. The name is the entity already tagged on its
   * words if there is one.
   */
  private static void defineAcronyms(List<String> words, Entity[] entities, ArticleContext context) {
    for (int i = 1; i + 2 < words.size(); i++) {
      String acronym = words.get(i + 1);
      if (!isOpenBracket(words.get(i)) || !isCloseBracket(words.get(i + 2)) || !ACRONYM.matcher(acronym).matches()) {
        continue;
      }
      int start = initialsStart(words, i, acronym);
      if (start < 0) {
        continue;
      }
      Entity entity = entities[i - 1] != null
          ? entities[i - 1]
          : new Entity(String.join(" ", words.subList(start, i)), EntityType.ORG);
      for (int k = start; k < i; k++) {
        entities[k] = entities[k] == null ? entity : entities[k];
      }
      entities[i + 1] = entity;
      context.acronym(acronym, entity);
    }
  }

  /** Where the words ending before {@code end} spelling the acronym's letters start, or -1. */
  private static int initialsStart(List<String> words, int end, String acronym) {
    int letter = acronym.length() - 1;
    int k = end - 1;
    while (k >= 0 && letter >= 0) {
      String w = words.get(k);
      if (Character.toUpperCase(w.charAt(0)) == acronym.charAt(letter) && startsUpper(w)) {
        letter--;
      } else if (!ACRONYM_GLUE.contains(w.toLowerCase(Locale.ROOT))) {
        return -1;
      }
      k--;
    }
    return letter < 0 ? k + 1 : -1;
  }

  private static boolean isOpenBracket(String w) {
    return w.equals("(") || w.equals("-LRB-");
  }

  private static boolean isCloseBracket(String w) {
    return w.equals(")") || w.equals("-RRB-");
  }

  private Optional<Gazetteer.Match> gazetteerMatch(List<CoreLabel> tokens, List<String> words, int i) {
    if (!startsUpper(words.get(i))) {
      return Optional.empty();
    }
    Optional<Gazetteer.Match> match = gazetteer.longestMatch(words, i);
    if (match.isEmpty()) {
      // "Taliban-appointed", "US-led": the name before the hyphen still counts.
      int dash = words.get(i).indexOf('-');
      if (dash > 0) {
        match =
            gazetteer
                .lookup(words.get(i).substring(0, dash))
                .map(e -> new Gazetteer.Match(e, 1));
      }
    }
    return match.filter(m -> m.length() > 1 || plausibleShortName(tokens.get(i)));
  }

  /** "US", "UN" and "Xi" are names; "us", "un" and "tip" are words. */
  private static boolean plausibleShortName(CoreLabel token) {
    String w = token.word();
    String letters = w.replaceAll("[^\\p{L}]", "");
    return letters.length() > 3
        || letters.equals(letters.toUpperCase(Locale.ROOT))
        || "PERSON".equals(token.ner());
  }

  private static boolean startsUpper(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  /** Tags a CoreNLP name starting at i; returns how many tokens it consumed (at least 1). */
  private int tagNamedEntity(List<CoreLabel> tokens, int i, Entity[] entities, ArticleContext context) {
    String ner = tokens.get(i).ner();
    if (ner == null || !NER_NAME_TAGS.contains(ner)) {
      return 1;
    }
    int end = i;
    while (end < tokens.size() && ner.equals(tokens.get(end).ner())) {
      end++;
    }
    List<String> name = new ArrayList<>();
    for (int k = i; k < end; k++) {
      String w = tokens.get(k).word();
      if (name.isEmpty() && (TITLES.contains(w.toLowerCase(Locale.ROOT)) || w.equalsIgnoreCase("the"))) {
        continue;
      }
      name.add(w);
    }
    if (!name.isEmpty()) {
      Entity entity = canonical(name, ner, context);
      for (int k = i; k < end; k++) {
        entities[k] = entity;
      }
    }
    return end - i;
  }

  private Entity canonical(List<String> name, String ner, ArticleContext context) {
    String joined = String.join(" ", name);
    Optional<Entity> known = gazetteer.lookup(joined);
    if (known.isPresent()) {
      return known.get();
    }
    return switch (ner) {
      case "PERSON" -> {
        String full = context.person(name);
        yield gazetteer.lookup(full).orElse(new Entity(full, EntityType.PERSON));
      }
      case "ORGANIZATION" -> new Entity(joined, EntityType.ORG);
      case "COUNTRY" -> new Entity(joined, EntityType.COUNTRY);
      case "CITY" -> new Entity(joined, EntityType.CITY);
      default -> new Entity(joined, EntityType.OTHER);
    };
  }

  /**
   * "the group", "the country": every candidate antecedent, best first (earlier in the same
   * sentence, nearest first, then the article's main country or the last entity of that type), so
   * that argument finding can skip one that is already the claim's subject.
   */
  private static TaggedSentence resolveAnaphors(
      List<CoreLabel> tokens, Entity[] entities, ArticleContext context) {
    Map<Integer, List<Entity>> alternatives = new HashMap<>();
    for (int i = 1; i < tokens.size(); i++) {
      EntityType type = ANAPHORS.get(tokens.get(i).word().toLowerCase(Locale.ROOT));
      if (entities[i] != null || type == null || !isDefinite(tokens, i)) {
        continue;
      }
      List<Entity> candidates = new ArrayList<>();
      for (int k = i - 1; k >= 0; k--) {
        if (entities[k] != null && entities[k].type() == type && !candidates.contains(entities[k])) {
          candidates.add(entities[k]);
        }
      }
      for (Entity e : context.antecedents(type)) {
        if (!candidates.contains(e)) {
          candidates.add(e);
        }
      }
      if (!candidates.isEmpty()) {
        entities[i] = candidates.get(0);
        alternatives.put(i, List.copyOf(candidates));
      }
    }
    resolveGroupPronouns(tokens, entities);
    for (Entity e : entities) {
      if (e != null) {
        context.seen(e);
      }
    }
    return new TaggedSentence(entities, alternatives);
  }

  /** "the group", "the militant group", "the terror group", "that country": a definite description, at most one modifier in. */
  private static boolean isDefinite(List<CoreLabel> tokens, int noun) {
    int det = noun - 1;
    String tag = tokens.get(det).tag() == null ? "" : tokens.get(det).tag();
    if (det > 0 && (tag.startsWith("JJ") || tag.equals("NN"))) {
      det--;
    }
    return DEFINITE.contains(tokens.get(det).word().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> DEFINITE = Set.of("the", "that", "this");

  /**
   * "them" or "they" after an armed group in the same sentence is that group, unless a name in
   * brackets says otherwise ("They (China) promised ..."). Only groups: a plural pronoun after
   * countries is as often the countries together.
   */
  private static void resolveGroupPronouns(List<CoreLabel> tokens, Entity[] entities) {
    for (int i = 1; i < tokens.size(); i++) {
      boolean bracketed = i + 1 < tokens.size() && isOpenBracket(tokens.get(i + 1).word());
      if (entities[i] != null || bracketed || !GROUP_PRONOUNS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (int k = i - 1; k >= 0; k--) {
        if (entities[k] != null && entities[k].type() == EntityType.GROUP) {
          entities[i] = entities[k];
          break;
        }
      }
    }
  }
}
