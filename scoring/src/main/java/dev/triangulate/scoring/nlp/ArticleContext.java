package dev.triangulate.scoring.nlp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What earlier sentences of the same article tell us about later ones: the full name behind a
 * surname ("Baradar" after "Abdul Ghani Baradar"), the name behind an acronym the article defined
 * ("Northern Fishing Cooperative (NFC)"), and the entity a definite description points to ("the
 * group", "the country"). One per article, used by one thread.
 */
final class ArticleContext {
  private final Map<String, String> personBySurname = new HashMap<>();
  private final Map<EntityType, Entity> lastByType = new EnumMap<>(EntityType.class);
  private final Map<String, Entity> byAcronym = new HashMap<>();
  private Entity dominantCountry;

  /** The country the article names most: what "the country" usually means in it. */
  void dominantCountry(Entity country) {
    this.dominantCountry = country;
  }

  /** Registers a full name's parts so a later bare surname or given name resolves to it. */
  String person(List<String> nameTokens) {
    String full = String.join(" ", nameTokens);
    if (nameTokens.size() == 1) {
      return personBySurname.getOrDefault(full, full);
    }
    for (String part : nameTokens) {
      personBySurname.putIfAbsent(part, full);
    }
    return full;
  }

  /** "East Turkestan Islamic Movement (ETIM)": the article may say "ETIM" from now on. */
  void acronym(String acronym, Entity entity) {
    byAcronym.putIfAbsent(acronym, entity);
  }

  Entity acronym(String word) {
    return byAcronym.get(word);
  }

  void seen(Entity entity) {
    lastByType.put(entity.type(), entity);
  }

  /** Antecedents of a definite description after the ones in its own sentence, best first. */
  List<Entity> antecedents(EntityType type) {
    List<Entity> out = new ArrayList<>(2);
    if (type == EntityType.COUNTRY && dominantCountry != null) {
      out.add(dominantCountry);
    }
    Entity last = lastByType.get(type);
    if (last != null && !out.contains(last)) {
      out.add(last);
    }
    return out;
  }
}
