import { Database } from './database';

/**
 * Every constraint and index the graph relies on, in one list. Each statement is idempotent
 * (IF NOT EXISTS), so they all run at every start. README lists them.
 */
export const NODE_LABELS = [
  'Programme',
  'FundingRound',
  'Project',
  'Council',
  'Region',
  'Organisation',
  'Person',
  'Evaluation',
  'Finding',
  'Theme',
  'Source',
] as const;

export type NodeLabel = (typeof NODE_LABELS)[number];

export const MIGRATIONS: string[] = [
  ...NODE_LABELS.map(
    (label) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  'CREATE CONSTRAINT council_gss_unique IF NOT EXISTS FOR (n:Council) REQUIRE n.gssCode IS UNIQUE',
  'CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name)',
  'CREATE INDEX council_name IF NOT EXISTS FOR (n:Council) ON (n.name)',
  'CREATE INDEX finding_direction IF NOT EXISTS FOR (n:Finding) ON (n.direction)',
  'CREATE INDEX funding_round_number IF NOT EXISTS FOR (n:FundingRound) ON (n.number)',
  `CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
     FOR (n:Project|Council|Organisation|Person|Evaluation|Finding|Theme|Source|FundingRound|Programme)
     ON EACH [n.name, n.title, n.summary, n.statement, n.sourceNotes]`,
];

/** Applies every migration; safe to run at each start. */
export async function applyMigrations(db: Database): Promise<void> {
  for (const statement of MIGRATIONS) {
    await db.write(statement);
  }
  await db.write('CALL db.awaitIndexes(60)');
}
