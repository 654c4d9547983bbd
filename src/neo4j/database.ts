import neo4j, { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { DeadlineExceededError, mapDriverError } from '../errors';
import { observeStatement } from '../observability/observe-statement';
import { toPlain } from './convert';
import { SessionSlots } from './session-slots';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Called before every Cypher statement; tests use it to count statements per request. */
export type StatementListener = (cypher: string, params: Params) => void;

/** Bounds on the statements run on behalf of one request (or of the process, by default). */
export interface StatementScope {
  /** Aborted when the request's deadline passes or its client disconnects; its reason is thrown. */
  signal?: AbortSignal;
  /** Transaction timeout sent to Neo4j with every transaction, ms; 0 leaves the server's default. */
  txTimeoutMs: number;
  /** At most this many sessions of the scope run at once; the others wait for a slot. */
  slots?: SessionSlots;
}

/**
 * Runs Cypher for the rest of the application: managed (retried) transactions, results converted
 * to plain JavaScript, driver errors mapped to coded domain errors, sessions always closed.
 * `forRequest` gives a handle bound to one request's deadline, cancellation and session bound.
 */
export class Database {
  private readonly listeners: Set<StatementListener>;

  constructor(
    readonly driver: Driver,
    readonly name: string,
    private readonly scope: StatementScope = { txTimeoutMs: 0 },
    listeners?: Set<StatementListener>,
  ) {
    this.listeners = listeners ?? new Set();
  }

  /**
   * A handle for one request: same driver and statement listeners, with the request's abort
   * signal, transaction timeout and at most `maxSessions` concurrent sessions.
   */
  forRequest(options: { signal?: AbortSignal; txTimeoutMs?: number; maxSessions?: number }): Database {
    return new Database(this.driver, this.name, {
      signal: options.signal,
      txTimeoutMs: options.txTimeoutMs ?? this.scope.txTimeoutMs,
      slots: options.maxSessions ? new SessionSlots(options.maxSessions) : undefined,
    }, this.listeners);
  }

  /** Runs one read statement and returns its rows as plain objects. */
  read(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.run('READ', (tx) => this.runIn(tx, cypher, params));
  }

  /** Runs one write statement in its own transaction. */
  write(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.run('WRITE', (tx) => this.runIn(tx, cypher, params));
  }

  /**
   * Runs `work` in one write transaction: all its statements commit together or not at all.
   * `work` may be retried on transient errors, so it must have no side effects outside Neo4j.
   */
  writeTransaction<T>(work: (run: (cypher: string, params?: Params) => Promise<Row[]>) => Promise<T>): Promise<T> {
    return this.run('WRITE', (tx) => work((cypher, params = {}) => this.runIn(tx, cypher, params)));
  }

  /**
   * Resolves when the database answers a real read (`RETURN 1` in a read transaction) within
   * `timeoutMs`; rejects with a coded error otherwise. A readiness probe, so it never waits longer.
   */
  async ping(timeoutMs: number): Promise<void> {
    const probe = this.forRequest({ signal: AbortSignal.timeout(timeoutMs), txTimeoutMs: timeoutMs });
    try {
      await probe.read('RETURN 1 AS ok');
    } catch (error) {
      const reason = (error as Error | undefined)?.name === 'TimeoutError' ? new DeadlineExceededError(timeoutMs, 'readiness probe') : error;
      throw mapDriverError(reason);
    }
  }

  onStatement(listener: StatementListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Runs `work` in a managed transaction of a new session. When the scope's signal aborts, the
   * session is closed at once (the driver resets the connection, so Neo4j stops the transaction)
   * and the signal's reason is thrown without waiting for the database.
   */
  private async run<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const { signal, slots, txTimeoutMs } = this.scope;
    await slots?.acquire(signal);
    let session: Session | undefined;
    let aborted = false;
    try {
      if (signal?.aborted) throw signal.reason;
      session = this.driver.session({
        database: this.name,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      });
      const config = txTimeoutMs > 0 ? { timeout: txTimeoutMs } : undefined;
      const running = mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config);
      if (!signal) return await running;
      running.catch(() => undefined);
      return await new Promise<T>((resolve, reject) => {
        const onAbort = () => {
          aborted = true;
          reject(signal.reason);
        };
        signal.addEventListener('abort', onAbort, { once: true });
        running.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
      });
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      slots?.release();
      // An aborted session is closed without waiting: the database may be frozen or gone.
      if (aborted) session?.close().catch(() => undefined);
      else await session?.close();
    }
  }

  private async runIn(tx: ManagedTransaction, cypher: string, params: Params): Promise<Row[]> {
    for (const listener of this.listeners) listener(cypher, params);
    const result = await observeStatement(cypher, () => tx.run(cypher, params));
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }
}
