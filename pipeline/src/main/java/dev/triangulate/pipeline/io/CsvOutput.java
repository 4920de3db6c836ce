package dev.triangulate.pipeline.io;

import java.nio.file.Path;

/**
 * Where a table goes: a directory, or a file in it once {@link #resolve resolved}, and whether
 * each CSV starts with a UTF-8 byte order mark ({@code --excelBom}).
 */
public record CsvOutput(Path path, boolean excelBom) {

  public CsvOutput resolve(String name) {
    return new CsvOutput(path.resolve(name), excelBom);
  }
}
