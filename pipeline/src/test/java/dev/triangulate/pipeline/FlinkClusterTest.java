package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.pipeline.io.OutputDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real Flink session cluster (scripts/flink-cluster: a JobManager and two TaskManagers,
 * each its own JVM), submitted over REST as a user submits it, gives the direct runner's tables,
 * also when a TaskManager is killed in the middle of the run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlinkClusterTest {
  private static final Path SCRIPT = Path.of("..", "scripts", "flink-cluster");
  private static final Path SEEDS = Path.of("..", "seeds");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path tmp;
  private static Path clusterDir;
  private static int restPort;
  private static int rpcPort;
  private static Path direct;

  @BeforeAll
  static void clearLeftoversAndRunOnTheDirectRunner() throws IOException, InterruptedException {
    // Free ports, not 8081: a cluster a user runs, or another build's, may hold that one.
    restPort = freePort();
    rpcPort = freePort();
    // Under target/, not the temporary directory: the processes' logs outlive a failed run.
    clusterDir = Path.of("target", "flink-cluster-test").toAbsolutePath();
    // A cluster a killed build left behind is stopped through its pid files before they go.
    Files.createDirectories(clusterDir);
    script("stop");
    OutputDirectory.deleteTree(clusterDir);
    Files.createDirectories(clusterDir);
    direct = tmp.resolve("direct");
    assertEquals(0, OutputTables.run(direct, SEEDS.toString()));
  }

  @BeforeEach
  void startCluster() throws IOException, InterruptedException {
    script("start");
  }

  @AfterAll
  static void stopCluster() throws IOException, InterruptedException {
    if (clusterDir != null) {
      script("stop");
    }
  }

  /** First, while no TaskManager has CoreNLP loaded yet: the run then lasts long enough to be cut. */
  @Test
  @Order(1)
  void aTaskManagerKilledMidRunIsReplacedByARestartOnTheOther() throws Exception {
    Path out = tmp.resolve("killed");
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> submit(out));

    String job = awaitRunningJobWithTasksOn("tm1", run);
    long pid = Long.parseLong(Files.readString(clusterDir.resolve("tm1.pid")).trim());
    assertTrue(ProcessHandle.of(pid).orElseThrow().destroyForcibly(), "kill -9 of tm1");

    assertEquals(0, run.get(10, TimeUnit.MINUTES));
    assertFalse(rest("/jobs/" + job + "/exceptions").path("exceptionHistory").path("entries").isEmpty(),
        "the job ran through without a failure: the kill came too late to test recovery");
    assertSameTables(out);
    long inputs;
    try (Stream<Path> seeds = Files.list(SEEDS)) {
      inputs = seeds.filter(p -> p.toString().endsWith(".txt")).count();
    }
    assertEquals(inputs, OutputTables.read(out.resolve("articles.csv")).size() + OutputTables.read(out.resolve("rejects.csv")).size());
  }

  @Test
  @Order(2)
  void seedsGiveTheSameTablesOnTheClusterAsOnTheDirectRunner() throws Exception {
    Path out = tmp.resolve("cluster-run");
    assertEquals(0, submit(out));
    assertSameTables(out);
    JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
    assertEquals("FlinkRunner", run.path("options").path("runner").asText());
    assertTrue(run.path("reconciled").asBoolean());
  }

  private static int submit(Path out) {
    return Main.run(new String[] {
        "--input=" + SEEDS, "--output=" + out, "--runner=FlinkRunner", "--flinkMaster=localhost:" + restPort, "--parallelism=2"});
  }

  private static void assertSameTables(Path out) throws IOException {
    for (String table : OutputTables.DETERMINISTIC) {
      assertArrayEquals(Files.readAllBytes(direct.resolve(table)), Files.readAllBytes(out.resolve(table)), table);
    }
  }

  /**
   * The id of the running job once one of its tasks runs on the given TaskManager: a slot merely
   * allocated there is not enough, for losing it before deployment fails nothing.
   */
  private static String awaitRunningJobWithTasksOn(String taskManager, CompletableFuture<Integer> run) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      assertFalse(run.isDone(), "the job ended before the TaskManager could be killed");
      for (JsonNode job : rest("/jobs/overview").path("jobs")) {
        String id = job.path("jid").asText();
        if (job.path("state").asText().equals("RUNNING") && runsTasksOn(id, taskManager)) {
          return id;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no task of a running job on " + taskManager);
  }

  private static boolean runsTasksOn(String job, String taskManager) throws IOException, InterruptedException {
    for (JsonNode vertex : rest("/jobs/" + job).path("vertices")) {
      for (JsonNode tm : rest("/jobs/" + job + "/vertices/" + vertex.path("id").asText() + "/taskmanagers").path("taskmanagers")) {
        if (tm.path("taskmanager-id").asText().equals(taskManager) && tm.path("status-counts").path("RUNNING").asInt() > 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static JsonNode rest(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + restPort + path))
        .timeout(Duration.ofSeconds(10)).build();
    return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }

  /** Runs the cluster script on this build's classpath (the launcher's classpath file comes later, at package). */
  private static void script(String command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(clusterDir.resolve("flink-cluster.out").toFile()));
    builder.environment().put("FLINK_CLUSTER_DIR", clusterDir.toAbsolutePath().toString());
    builder.environment().put("FLINK_REST_PORT", Integer.toString(restPort));
    builder.environment().put("FLINK_RPC_PORT", Integer.toString(rpcPort));
    builder.environment().put("FLINK_CLUSTER_CLASSPATH", System.getProperty("java.class.path"));
    Process process = builder.start();
    assertTrue(process.waitFor(3, TimeUnit.MINUTES), "flink-cluster " + command + " did not return");
    assertEquals(0, process.exitValue(), () -> "flink-cluster " + command + ": " + readQuietly(clusterDir.resolve("flink-cluster.out")));
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
