package dev.triangulate.scoring.nlp;

import java.io.Serializable;

/** A canonical entity: the name every alias resolves to, its type and the country it lies in. */
public record Entity(String name, EntityType type, String partOf) implements Serializable {

  public Entity(String name, EntityType type) {
    this(name, type, "");
  }

  public boolean isPlace() {
    return type == EntityType.COUNTRY || type == EntityType.CITY || type == EntityType.REGION;
  }
}
