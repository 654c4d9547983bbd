import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';

/**
 * Writes a synthetic seed directory of `scale` times the size of the real seeds, valid per
 * seeds/FORMAT.md (ids, GSS codes, enums, dates, sources on every record and relationship).
 * Each copy of the unit is a self-contained graph whose ids end in the copy number; copies are
 * grouped into shard subdirectories (`shard-0000`, ...) of `copiesPerShard` copies so that no
 * single YAML file grows beyond a few megabytes. Load all shards together: `shardDirectories()`.
 */

/**
 * One copy: the record and relationship counts of the real seeds/ as counted on 2026-11-23 (960 nodes,
 * about 1,270 relationships: 163 councils, 95 projects, 319 sources, ...).
 */
export const UNIT = {
  sources: 319, programmes: 4, rounds: 6, regions: 9, councils: 163, organisations: 93,
  people: 72, themes: 60, projects: 95, evaluations: 72, findings: 67,
  // relationship entries per field
  followsOn: 3, roles: 82, announced: 13, leads: 100, partners: 66, fundedIn: 86, projectThemes: 261,
  origins: 24, adoptedBy: 181, evaluates: 67, evaluators: 94, findingThemes: 55,
} as const;

const COUNCIL_TYPES = ['county', 'unitary', 'metropolitan-district', 'london-borough'];
const ORG_KINDS = ['charity', 'trust', 'university', 'consultancy', 'network'];
const THEME_KINDS = ['topic', 'practice-model', 'feature-of-practice', 'outcome'];
const DIRECTIONS = ['positive', 'mixed', 'no-clear-effect', 'negative', 'emerging'];

/** Spreads `count` entries over `owners` records: owner i gets its share, in order. */
function share(count: number, owners: number, owner: number): number {
  return Math.floor((count * (owner + 1)) / owners) - Math.floor((count * owner) / owners);
}

/** The records of copy `c`, by file name. */
export function generateCopy(c: number): Record<string, object[]> {
  const s = (kind: string, i: number) => `${kind}:syn-${c}-${i}`;
  const cite = (i: number) => [{ source: s('source', i % UNIT.sources), note: `synthetic, section ${i % 17}` }];
  // Codes no real area has (E129....., E99......), so synthetic data loads beside the real seeds.
  const region = (i: number) => `E129${String(c * UNIT.regions + i).padStart(5, '0')}`;
  const council = (i: number) => `E99${String(c * UNIT.councils + i).padStart(6, '0')}`;
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  let cursor = 0;
  /** Entries of one relationship field for owner `i`, targets chosen round-robin. */
  const entries = <T>(count: number, owners: number, i: number, make: (k: number) => T): T[] =>
    range(share(count, owners, i)).map(() => make(cursor++));

  return {
    'sources.yaml': range(UNIT.sources).map((i) => ({
      id: s('source', i), title: `Synthetic source ${c}-${i}`, publisher: 'Synthetic publisher',
      date: `${2014 + (i % 7)}-0${1 + (i % 9)}`, url: `https://example.org/syn/${c}/${i}`, kind: 'report',
    })),
    'programmes.yaml': range(UNIT.programmes).map((i) => ({
      id: s('programme', i), name: `Synthetic programme ${c}-${i}`, summary: 'Synthetic.', startDate: '2014',
      sources: cite(i),
      ...(i > 0 && i <= UNIT.followsOn ? { followsOn: [{ programme: s('programme', i - 1), sources: cite(i) }] } : {}),
    })),
    'funding-rounds.yaml': range(UNIT.rounds).map((i) => ({
      id: s('round', i), name: `Synthetic round ${c}-${i}`, number: i + 1, summary: 'Synthetic.', budgetGbp: 1000000 * (i + 1),
      sources: cite(i), programme: { programme: s('programme', 0), sources: cite(i) },
    })),
    'regions.yaml': range(UNIT.regions).map((i) => ({
      id: `region:${region(i)}`, name: `Synthetic region ${c}-${i}`, gssCode: region(i), sources: cite(i),
    })),
    'councils.yaml': range(UNIT.councils).map((i) => ({
      id: `council:${council(i)}`, name: `Synthetic council ${c}-${i}`, gssCode: council(i),
      type: COUNCIL_TYPES[i % COUNCIL_TYPES.length], sources: cite(i),
      region: { region: `region:${region(i % UNIT.regions)}`, sources: cite(i) },
    })),
    'organisations.yaml': range(UNIT.organisations).map((i) => ({
      id: s('org', i), name: `Synthetic organisation ${c}-${i}`, kind: ORG_KINDS[i % ORG_KINDS.length], sources: cite(i),
    })),
    'themes.yaml': range(UNIT.themes).map((i) => ({
      id: s('theme', i), name: `Synthetic theme ${c}-${i}`, kind: THEME_KINDS[i % THEME_KINDS.length], sources: cite(i),
    })),
    'people.yaml': range(UNIT.people).map((i) => ({
      id: s('person', i), name: `Synthetic person ${c}-${i}`, sources: cite(i),
      roles: entries(UNIT.roles, UNIT.people, i, (k) => ({ organisation: s('org', k % UNIT.organisations), title: `Role ${k}`, from: '2015', sources: cite(k) })),
      announced: entries(UNIT.announced, UNIT.people, i, (k) => ({ target: s('round', k % UNIT.rounds), date: '2016-03-01', amountGbp: 100000, sources: cite(k) })),
    })),
    'projects.yaml': range(UNIT.projects).map((i) => ({
      id: s('project', i), name: `Synthetic project ${c}-${i}`, summary: 'Synthetic.', status: 'completed', grantGbp: 250000,
      sources: cite(i),
      leads: entries(UNIT.leads, UNIT.projects, i, (k) => ({ id: k % 2 ? s('org', k % UNIT.organisations) : `council:${council(k % UNIT.councils)}`, sources: cite(k) })),
      partners: entries(UNIT.partners, UNIT.projects, i, (k) => ({ id: s('org', (k * 7) % UNIT.organisations), role: 'partner', sources: cite(k) })),
      rounds: entries(UNIT.fundedIn, UNIT.projects, i, (k) => ({ round: s('round', k % UNIT.rounds), amountGbp: 250000, sources: cite(k) })),
      themes: uniqueBy(entries(UNIT.projectThemes, UNIT.projects, i, (k) => ({ theme: s('theme', k % UNIT.themes), sources: cite(k) })), 'theme'),
      // Lineage points from later projects to earlier ones, so it never names the project itself.
      origins: i === 0 ? [] : entries(UNIT.origins, UNIT.projects - 1, i - 1, (k) => ({ project: s('project', k % i), mode: k % 2 ? 'spread' : 'scale', year: 2017, sources: cite(k) })),
      adoptedBy: uniqueBy(entries(UNIT.adoptedBy, UNIT.projects, i, (k) => ({ council: `council:${council((k * 13) % UNIT.councils)}`, year: 2018, sources: cite(k) })), 'council'),
    })),
    'evaluations.yaml': range(UNIT.evaluations).map((i) => ({
      id: s('evaluation', i), title: `Synthetic evaluation ${c}-${i}`, date: '2018-06', sources: cite(i),
      evaluates: entries(UNIT.evaluates, UNIT.evaluations, i, (k) => ({ project: s('project', k % UNIT.projects), sources: cite(k) })),
      evaluators: uniqueBy(entries(UNIT.evaluators, UNIT.evaluations, i, (k) => ({ id: k % 3 ? s('org', k % UNIT.organisations) : s('person', k % UNIT.people), sources: cite(k) })), 'id'),
    })),
    'findings.yaml': range(UNIT.findings).map((i) => ({
      id: s('finding', i), statement: `Synthetic finding ${c}-${i}.`, direction: DIRECTIONS[i % DIRECTIONS.length], outcomeArea: 'synthetic',
      sources: cite(i), evaluation: { evaluation: s('evaluation', i % UNIT.evaluations), sources: cite(i) },
      themes: entries(UNIT.findingThemes, UNIT.findings, i, (k) => ({ theme: s('theme', k % UNIT.themes), sources: cite(k) })),
    })),
  };
}

function uniqueBy<T extends Record<string, unknown>>(list: T[], key: string): T[] {
  const seen = new Set<unknown>();
  return list.filter((entry) => !seen.has(entry[key]) && seen.add(entry[key]));
}

/** The shard directories a generated directory of `scale` copies holds. */
export function shardDirectories(directory: string, scale: number, copiesPerShard = 10): string[] {
  return Array.from({ length: Math.ceil(scale / copiesPerShard) }, (_, i) => path.join(directory, `shard-${String(i).padStart(4, '0')}`));
}

/** Writes `scale` copies into shard subdirectories of `directory`; returns the shard directories. */
export function generateSyntheticSeeds(directory: string, scale: number, copiesPerShard = 10): string[] {
  const shards = shardDirectories(directory, scale, copiesPerShard);
  shards.forEach((shard, index) => {
    mkdirSync(shard, { recursive: true });
    const files: Record<string, object[]> = {};
    for (let c = index * copiesPerShard; c < Math.min(scale, (index + 1) * copiesPerShard); c++) {
      for (const [file, records] of Object.entries(generateCopy(c))) (files[file] ??= []).push(...records);
    }
    for (const [file, records] of Object.entries(files)) {
      writeFileSync(path.join(shard, file), stringify(records, { lineWidth: 0 }));
    }
  });
  return shards;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const scale = Number(args[args.indexOf('--scale') + 1] ?? 1);
  const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : path.join(os.tmpdir(), `synthetic-seeds-x${scale}`);
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a positive integer, but got: ${scale}`);
  const started = Date.now();
  const shards = generateSyntheticSeeds(out, scale);
  console.log(`wrote ${scale}x the real seeds to ${out} (${shards.length} shards) in ${Date.now() - started} ms`);
}
