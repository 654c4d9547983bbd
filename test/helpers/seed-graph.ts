import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { Database } from '../../src/neo4j/database';
import { repoPath } from '../../src/shared/repo-path';
import { DEFAULT_SEED_DIR, loadSeeds } from '../../src/seed/load-seeds';

export const SMALL_SEEDS = repoPath('test/fixtures/seeds-small');
export const EXTRA_SEEDS = repoPath('test/fixtures/seeds-extra');
export const BAD_SEEDS = (name: string) => repoPath(path.join('test/fixtures/seeds-bad', name));

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/** Nodes per label. */
const NODE_COUNTS = 'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count';
/** Relationships per type. */
const RELATIONSHIP_COUNTS = 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count';

/** What the database holds, by label and by relationship type. */
export async function countGraph(db: Database): Promise<GraphCounts> {
  const nodes = Object.fromEntries((await db.read(NODE_COUNTS)).map((r) => [r.label, r.count]));
  const relationships = Object.fromEntries((await db.read(RELATIONSHIP_COUNTS)).map((r) => [r.type, r.count]));
  return { nodes: nodes as Record<string, number>, relationships: relationships as Record<string, number> };
}

/** File -> label, and list field -> relationship type, as seeds/FORMAT.md states them. */
const FORMAT: Record<string, { label: string; links: Record<string, (entry: any) => string | undefined> }> = {
  'sources.yaml': { label: 'Source', links: {} },
  'programmes.yaml': { label: 'Programme', links: { followsOn: () => 'FOLLOWS_ON' } },
  'funding-rounds.yaml': { label: 'FundingRound', links: { programme: () => 'PART_OF' } },
  'regions.yaml': { label: 'Region', links: {} },
  'councils.yaml': { label: 'Council', links: { region: () => 'IN_REGION' } },
  'organisations.yaml': { label: 'Organisation', links: { members: () => 'MEMBER_OF' } },
  'themes.yaml': { label: 'Theme', links: {} },
  'people.yaml': {
    label: 'Person',
    links: { roles: (e) => (e.organisation ? 'HELD_ROLE' : undefined), announced: () => 'ANNOUNCED' },
  },
  'projects.yaml': {
    label: 'Project',
    links: {
      leads: () => 'LEADS',
      partners: () => 'PARTNERS_IN',
      rounds: () => 'FUNDED_IN',
      themes: () => 'HAS_THEME',
      origins: (e) => (e.mode === 'scale' ? 'SCALES' : 'SPREADS'),
      adoptedBy: () => 'ADOPTS',
    },
  },
  'evaluations.yaml': { label: 'Evaluation', links: { evaluates: () => 'EVALUATES', evaluators: () => 'EVALUATED_BY' } },
  'findings.yaml': { label: 'Finding', links: { evaluation: () => 'REPORTS', themes: () => 'HAS_THEME' } },
};

/**
 * Counts computed from the seed files themselves (parsed here, independently of the loader's
 * own tables): records per label and relationship entries per type.
 */
export function countSeedFiles(directories: string[]): GraphCounts {
  const counts: GraphCounts = { nodes: {}, relationships: {} };
  const add = (map: Record<string, number>, key: string) => (map[key] = (map[key] ?? 0) + 1);
  for (const directory of directories) {
    for (const file of readdirSync(directory).filter((f) => f in FORMAT)) {
      const { label, links } = FORMAT[file];
      for (const record of (parse(readFileSync(path.join(directory, file), 'utf8')) ?? []) as any[]) {
        add(counts.nodes, label);
        for (const [field, typeOf] of Object.entries(links)) {
          const value = record[field];
          const entries = value === undefined ? [] : Array.isArray(value) ? value : [value];
          for (const entry of entries) {
            const type = typeOf(entry);
            if (type) add(counts.relationships, type);
          }
        }
      }
    }
  }
  return counts;
}

/** Empties the database (the seed tests own the whole graph while they run). */
export async function wipeGraph(db: Database): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n');
}

/** Puts back what global-setup loaded, so later test files see the seeded graph. */
export async function restoreSeededGraph(db: Database): Promise<void> {
  await loadSeeds(db, [process.env.TEST_SEED_DIR ?? DEFAULT_SEED_DIR]);
}
