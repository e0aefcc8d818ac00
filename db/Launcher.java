import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community embedded with a Bolt connector on loopback, for db/embedded-neo4j.ts.
 *
 * <p>Arguments: {@code <home dir> <bolt port>}. Environment: RGE_NEO4J_PASSWORD (required; kept out of argv so that it
 * never shows in `ps`), RGE_NEO4J_PAGECACHE_MB, RGE_NEO4J_TX_MEMORY_MB, RGE_NEO4J_TX_TIMEOUT_S.
 *
 * <p>Protocol with the parent: one line "RGE_NEO4J_READY bolt://127.0.0.1:<port> <version>" on stdout once `RETURN 1`
 * answers; exits when stdin closes (so it never outlives the Node process) or on SIGTERM, always through shutdown().
 */
public final class Launcher {
  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable failure) {
      // Neo4j's own threads are not daemons: without an explicit exit a failed start would hang instead of failing.
      failure.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String[] args) {
    if (args.length != 2) {
      System.err.println("Launcher: usage: Launcher <home dir> <bolt port>");
      System.exit(64);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String password = System.getenv("RGE_NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      System.err.println("Launcher: RGE_NEO4J_PASSWORD must be set (8+ characters)");
      System.exit(64);
    }
    SocketAddress bolt = new SocketAddress("127.0.0.1", port);
    DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, bolt)
        .setConfig(BoltConnector.advertised_address, bolt)
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        .setConfig(GraphDatabaseSettings.routing_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, megabytes("RGE_NEO4J_PAGECACHE_MB", 1024))
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, megabytes("RGE_NEO4J_TX_MEMORY_MB", 1024))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(intEnv("RGE_NEO4J_TX_TIMEOUT_S", 300)))
        .build();

    // Synchronized, not just once: stdin's end and SIGTERM usually arrive together, and the shutdown hook must wait
    // for the shutdown already under way. Returning at once let the JVM halt mid-shutdown, leaving an unclean store
    // that `neo4j-admin database dump` refuses ("Active logical log detected").
    AtomicBoolean stopped = new AtomicBoolean(false);
    Runnable stop = () -> {
      synchronized (stopped) {
        if (!stopped.get()) {
          service.shutdown();
          stopped.set(true);
          System.err.println("Launcher: Neo4j stopped");
        }
      }
    };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));

    // The system database holds users: set the password on every start so the file in the data dir is the truth.
    setPassword(service, password);
    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    db.executeTransactionally("RETURN 1");
    String version = org.neo4j.kernel.internal.Version.getNeo4jVersion();
    System.out.println("RGE_NEO4J_READY bolt://127.0.0.1:" + port + " " + version);
    System.out.flush();

    waitForStdinToClose();
    stop.run();
    System.exit(0);
  }

  private static void setPassword(DatabaseManagementService service, String password) {
    try {
      service.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to itself: that is the normal case on every start after the first.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }

  private static void waitForStdinToClose() {
    InputStream in = System.in;
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) != -1) {
        // Input is ignored: only its end matters.
      }
    } catch (IOException ignored) {
      // A broken pipe means the parent is gone: shut down as for EOF.
    }
  }

  private static long megabytes(String name, int fallback) {
    return intEnv(name, fallback) * 1024L * 1024L;
  }

  private static int intEnv(String name, int fallback) {
    String raw = System.getenv(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      System.err.println("Launcher: " + name + " must be an integer, got '" + raw + "'");
      System.exit(64);
      return fallback;
    }
  }
}
