package dev.triangulate.scoring.claim;

import com.google.common.hash.Hashing;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * The canonical form of a claim: canonical subject entity, canonical predicate, canonical object
 * entity (empty when the sentence names none: an optional place left out, or an object that is
 * not a name). {@code predicateDisplay} is how the predicate reads in a sentence ("withdraws
 * from"). {@code objectHead}: the lemma of the noun the claim acts on ("base" in "building a
 * secret military base in Tajikistan"), empty when it has none; not part of the key, it only
 * tells apart claims whose object names no entity ("controls vast areas" from "controls these groups").
 */
public record ClaimKey(String subject, String predicate, String object, String predicateDisplay, String objectHead)
    implements Serializable {

  /** A sentence that makes a claim the extractor could not read as subject, predicate, object. */
  public static final ClaimKey NONE = new ClaimKey("", "", "", "", "");

  public ClaimKey(String subject, String predicate, String object, String predicateDisplay) {
    this(subject, predicate, object, predicateDisplay, "");
  }

  /**
   * Whether the claim names who or what it is about: an entity as object, or as subject (a subject
   * that is not an entity is the lemma of its head noun, always lower case: "official").
   */
  public boolean isNamed() {
    return !object.isEmpty() || (!subject.isEmpty() && !Character.isLowerCase(subject.codePointAt(0)));
  }

  public boolean isNone() {
    return subject.isEmpty() && predicate.isEmpty();
  }

  /** Subject and predicate: mentions that leave out an optional object join claims by this. */
  public String frame() {
    return subject + "|" + predicate;
  }

  public String key() {
    return frame() + "|" + object;
  }

  /** Stable across runs and machines: the first 12 hex digits of SHA-256 of the key. */
  public String id() {
    return idOf(key());
  }

  /** The id scheme of every discovered claim, so ids never depend on the run. */
  public static String idOf(String text) {
    return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString().substring(0, 12);
  }

  public String readable() {
    return object.isEmpty()
        ? subject + " " + predicateDisplay.replaceFirst(" (in|from|to|with)$", "")
        : subject + " " + predicateDisplay + " " + object;
  }

  public ClaimKey withObject(String newObject) {
    return new ClaimKey(subject, predicate, newObject, predicateDisplay, objectHead);
  }
}
