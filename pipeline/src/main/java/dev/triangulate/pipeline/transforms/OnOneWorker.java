package dev.triangulate.pipeline.transforms;

import java.util.List;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * A step that needs every element at once (discovery clustering, copy groups, truth discovery),
 * run once, on one worker. The elements reach it as a side input of a single-element collection
 * rather than through a GroupByKey on one key: the direct runner copies a key's grouped state on
 * every bundle that adds to it, which made 5,000 one-line articles take minutes. Its time is
 * reported in run.json under {@code stage}.
 */
final class OnOneWorker<T, O> extends PTransform<PCollection<T>, PCollection<O>> {
  private final String stage;
  private final TypeDescriptor<O> outputType;
  private final SerializableFunction<List<T>, List<O>> step;

  OnOneWorker(String stage, TypeDescriptor<O> outputType, SerializableFunction<List<T>, List<O>> step) {
    this.stage = stage;
    this.outputType = outputType;
    this.step = step;
  }

  @Override
  public PCollection<O> expand(PCollection<T> input) {
    PCollectionView<List<T>> all = input.apply("Gather", View.asList());
    return input.getPipeline()
        .apply("Once", Create.of(stage))
        .apply("Step", ParDo.of(new StepFn<>(all, step, stage)).withSideInputs(all))
        .setTypeDescriptor(outputType);
  }

  private static final class StepFn<T, O> extends DoFn<String, O> {
    private final PCollectionView<List<T>> all;
    private final SerializableFunction<List<T>, List<O>> step;
    private final StageTimer timer;

    StepFn(PCollectionView<List<T>> all, SerializableFunction<List<T>, List<O>> step, String stage) {
      this.all = all;
      this.step = step;
      this.timer = new StageTimer(stage);
    }

    @ProcessElement
    public void process(ProcessContext c) {
      long started = timer.start();
      step.apply(c.sideInput(all)).forEach(c::output);
      timer.stop(started);
    }
  }
}
