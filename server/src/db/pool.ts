// Pools that survive the database going away under them.
import pg from "pg";

/**
 * pg-pool's end() resolves before its idle sockets have closed; when the
 * embedded PostgreSQL is stopped right after (or a test database is dropped
 * with force, or the server restarts), those sockets receive "terminating
 * connection due to administrator command" (57P01), and a pool error with no
 * listener crashes the process. pg-pool drops the dead client by itself, so
 * the error only needs reporting — and 57P01 not even that.
 */
export function tolerateShutdown<P extends pg.Pool>(pool: P, report: (message: string) => void = console.error): P {
  pool.on("error", (error: Error & { code?: string }) => {
    if (error.code !== "57P01") report(`idle database connection failed: ${error.message}`);
  });
  // A client that is checked out (a LISTEN connection, a query in flight) gets the error on itself, not on the
  // pool: without a listener that would crash the process. Its query rejects anyway; only report the surprise.
  pool.on("connect", (client) => {
    client.on("error", (error: Error & { code?: string }) => {
      if (error.code !== "57P01") report(`database connection in use failed: ${error.message}`);
    });
  });
  return pool;
}
