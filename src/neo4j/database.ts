import neo4j, { Driver, ManagedTransaction } from 'neo4j-driver';
import { mapDriverError } from '../errors';
import { observeStatement } from '../observability/observe-statement';
import { toPlain } from './convert';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Called before every Cypher statement; tests use it to count statements per request. */
export type StatementListener = (cypher: string, params: Params) => void;

/**
 * Runs Cypher for the rest of the application: managed (retried) transactions, results converted
 * to plain JavaScript, driver errors mapped to coded domain errors, sessions always closed.
 */
export class Database {
  private readonly listeners = new Set<StatementListener>();

  constructor(
    readonly driver: Driver,
    readonly name: string,
  ) {}

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
   * Resolves when Neo4j answers; rejects with a mapped error otherwise. Not retried (unlike
   * read/write), so that a readiness probe answers within the driver's connection timeout.
   */
  async ping(): Promise<void> {
    try {
      await this.driver.getServerInfo({ database: this.name });
    } catch (error) {
      throw mapDriverError(error);
    }
  }

  onStatement(listener: StatementListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async run<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  private async runIn(tx: ManagedTransaction, cypher: string, params: Params): Promise<Row[]> {
    for (const listener of this.listeners) listener(cypher, params);
    const result = await observeStatement(cypher, () => tx.run(cypher, params));
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }
}
