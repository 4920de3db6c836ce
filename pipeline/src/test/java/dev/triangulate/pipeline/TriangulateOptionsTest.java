package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

class TriangulateOptionsTest {
  /** `triangulate --output=x` alone reads the sample articles (it used to fail on a String default). */
  @Test
  void withoutInputTheSeedsAreRead() {
    TriangulateOptions options = PipelineOptionsFactory.fromArgs("--output=x").as(TriangulateOptions.class);
    assertEquals(List.of("seeds"), options.getInput());
    assertEquals(List.of("a", "b"), PipelineOptionsFactory.fromArgs("--input=a", "--input=b").as(TriangulateOptions.class).getInput());
  }
}
