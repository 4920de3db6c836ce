package dev.triangulate.scoring.language;

import java.io.Serializable;

/**
 * A token as the NLP layer sees it, without CoreNLP types so that scoring stays testable:
 * surface text, lemma, Penn POS tag and character offsets into the sentence text.
 */
public record Word(String text, String lemma, String pos, int begin, int end) implements Serializable {}
