/**
 * Collects the parameters of one generated statement: every value a client sends goes in here and
 * only its generated name (`$p0`, `$p1`, ...) goes into the Cypher text.
 */
export class CypherParams {
  readonly values: Record<string, unknown> = {};
  private count = 0;
  private variables = 0;

  /** Stores `value` and returns its placeholder, e.g. `$p3`. */
  add(value: unknown): string {
    const name = `p${this.count++}`;
    this.values[name] = value;
    return `$${name}`;
  }

  /** A fresh node variable for a nested pattern (`m0`, `m1`, ...), unique within the statement. */
  variable(): string {
    return `m${this.variables++}`;
  }
}
