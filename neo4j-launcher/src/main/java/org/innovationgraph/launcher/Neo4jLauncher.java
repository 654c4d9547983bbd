package org.innovationgraph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts a persistent Neo4j 5.26 Community DBMS with Bolt on 127.0.0.1, for machines without Docker.
 *
 * <p>Contract with the Node side (src/neo4j/embedded-launcher.ts): arguments are {@code --home DIR
 * --port N [--pagecache SIZE] [--password P] [--tx-memory-max SIZE] [--tx-timeout-ms MS]
 * [--tx-max SIZE]}; one line {@code READY bolt://127.0.0.1:N} on stdout once Bolt
 * accepts connections; one line starting {@code ERROR <CODE>} on stderr and exit code 2 when it
 * cannot start. The process stops cleanly on SIGTERM/SIGINT (shutdown hook) and also when its
 * stdin closes, so a parent that dies without signalling still leaves no orphan JVM.
 */
public final class Neo4jLauncher {
  private Neo4jLauncher() {}

  public static void main(String[] args) {
    Map<String, String> options = parseArgs(args);
    Path home = Path.of(options.getOrDefault("home", "./.neo4j-data")).toAbsolutePath();
    int port = Integer.parseInt(options.getOrDefault("port", "7687"));
    String pageCache = options.getOrDefault("pagecache", "512m");
    String password = options.get("password");
    String txMemoryMax = options.get("tx-memory-max");
    String txTimeoutMs = options.get("tx-timeout-ms");
    String txMax = options.get("tx-max");

    if (!isPortFree(port)) {
      System.err.println("ERROR PORT_IN_USE Bolt port " + port + " on 127.0.0.1 is already in use");
      System.exit(2);
    }
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      System.err.println("ERROR HOME_NOT_WRITABLE " + home + ": " + e.getMessage());
      System.exit(2);
    }

    DatabaseManagementService dbms = null;
    try {
      DatabaseManagementServiceBuilder builder =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
              .setConfig(HttpConnector.enabled, false)
              // Loopback only, so authentication is off unless a password is given (see README).
              .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
              .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
              // No anonymous usage data leaves the machine (Neo4j sends it by default).
              .setConfig(GraphDatabaseSettings.udc_enabled, false);
      if (txMemoryMax != null) {
        // Memory all transactions together may hold (0: no limit); Neo4j's default, 70% of the
        // heap, is too little for one seed load of millions of nodes.
        builder.setConfig(
            GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.parse(txMemoryMax));
      }
      if (txTimeoutMs != null) {
        // Neo4j terminates any transaction running longer than this (0: no limit), whoever
        // started it, so a runaway query cannot hold the database for minutes.
        builder.setConfig(
            GraphDatabaseSettings.transaction_timeout, Duration.ofMillis(Long.parseLong(txTimeoutMs)));
      }
      if (txMax != null) {
        // Memory one transaction may hold (0: no limit), so one query cannot exhaust the heap.
        builder.setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(txMax));
      }
      dbms = builder.build();
      Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
      if (password != null) {
        setPassword(dbms, password);
      }
      // Fail fast if the default database did not come up, rather than printing READY.
      dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    } catch (RuntimeException e) {
      // Neo4j's threads are not daemons: without an explicit exit a failed start would hang.
      System.err.println("ERROR STARTUP_FAILED " + e);
      System.exit(2);
    }
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();

    waitForStdinToClose();
    System.exit(0);
  }

  /**
   * Sets the password of user neo4j. The embedded API is not subject to authentication, so it may
   * do this; on a restart the password is usually already set, which Neo4j reports as an error.
   */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password));
    } catch (RuntimeException e) {
      if (!String.valueOf(rootCause(e).getMessage()).contains("cannot be the same")) {
        throw e;
      }
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** Blocks until the parent closes our stdin (or dies); the shutdown hook then stops Neo4j. */
  private static void waitForStdinToClose() {
    InputStream in = System.in;
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) != -1) {
        // Input is ignored; only end-of-stream matters.
      }
    } catch (IOException ignored) {
      // A broken pipe means the parent is gone: shut down as for end-of-stream.
    }
  }

  private static boolean isPortFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("127.0.0.1", port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static Map<String, String> parseArgs(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, but got: " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }
}
