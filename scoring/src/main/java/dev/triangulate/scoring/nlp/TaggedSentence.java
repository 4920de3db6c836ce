package dev.triangulate.scoring.nlp;

import java.util.List;
import java.util.Map;

/**
 * Entity per token of one sentence (null where none), and for definite descriptions ("the
 * country") every antecedent candidate, best first, keyed by token position.
 */
record TaggedSentence(Entity[] entities, Map<Integer, List<Entity>> alternatives) {}
