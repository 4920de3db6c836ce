package dev.triangulate.scoring.nlp;

/** Entity types; OTHER covers names CoreNLP found that the gazetteer does not know. */
public enum EntityType {
  COUNTRY,
  CITY,
  REGION,
  GROUP,
  ORG,
  PERSON,
  OTHER
}
