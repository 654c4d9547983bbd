import { readFileSync } from 'node:fs';
import { repoPath } from '../../src/shared/repo-path';
import { OUTCOME_AREAS } from '../../src/seed/seed-records';
import { SeedData, SeedRecord } from '../helpers/seed-data';
import { expectedScaledAdoptions } from '../helpers/seed-expectations';

/**
 * The numbers the documentation quotes, recomputed from the seed files: the reconciliation table of
 * seeds/README.md and the headline counts of README.md. No database is needed.
 */
const seeds = new SeedData();

const inRound = (project: SeedRecord, round: string) => seeds.roundsOf(project).includes(round);
const announcedOn = (person: string, date: string) =>
  seeds.edges.filter((e) => e.type === 'ANNOUNCED' && e.source === person && e.props.date === date && e.target.startsWith('project:'));

/** How each `key` of the reconciliation table is computed from the seeds. */
const GRAPH_SIDE: Record<string, () => number> = {
  'rounds-1-2-3': () => seeds.projects.filter((p) => ['round:1', 'round:2', 'round:3'].some((r) => inRound(p, r))).length,
  'round-1': () => seeds.projects.filter((p) => inRound(p, 'round:1')).length,
  'rounds-2-3': () => seeds.projects.filter((p) => inRound(p, 'round:2') || inRound(p, 'round:3')).length,
  'round-3': () => seeds.projects.filter((p) => inRound(p, 'round:3')).length,
  'july-2017-round-2': () => announcedOn('person:robert-goodwill', '2017-07-06').filter((e) => inRound(seeds.get(e.target), 'round:2')).length,
  'staying-close': () =>
    seeds.projects.filter((p) => inRound(p, 'round:3') && (p.themes ?? []).some((t: { theme: string }) => t.theme === 'theme:staying-close')).length,
  'march-2017-tranche': () => announcedOn('person:edward-timpson', '2017-03-20').length,
  'january-2017': () => announcedOn('person:edward-timpson', '2017-01-24').length,
};

/** Rows of the reconciliation table: key, published count and the graph-side number it states. */
function reconciliationRows(): { key: string; published: string; stated: number }[] {
  const text = readFileSync(repoPath('seeds/README.md'), 'utf8');
  const section = text.split('## Reconciliation: published project counts against the graph')[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => /^\| `[a-z0-9-]+` \|/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map((cells) => ({ key: cells[1].replace(/`/g, ''), published: cells[2], stated: Number(cells[5]) }));
}

describe('seeds/README.md reconciliation table', () => {
  const rows = reconciliationRows();

  it('lists every published count: 95, 98, 94, 53, 57, 56, 50, 5, 19, 8, 11 and 3', () => {
    expect(rows.map((r) => r.published)).toEqual(['95', '98', '94', '53', '57', '56', '50', '5', '19', '8', '11', '3']);
  });

  it.each(reconciliationRows().map((r) => [r.key, r.published, r.stated]))(
    'row %s (published %s): the graph holds the %d projects the table states',
    (key, _published, stated) => {
      expect(GRAPH_SIDE[key as string]).toBeDefined();
      expect(GRAPH_SIDE[key as string]()).toBe(stated);
    },
  );
});

describe('README.md headline numbers match the seed files', () => {
  const readme = readFileSync(repoPath('README.md'), 'utf8').replace(/\s+/g, ' ');
  const relationshipCount = seeds.edges.length;

  it('states the numbers of projects, councils, regions, organisations, people, evaluations, findings, themes and sources', () => {
    const expected = [
      `${seeds.projects.length} projects, ${seeds.councils.length} English`,
      `${seeds.regions.length} regions, ${seeds.rounds.length} funding rounds of ${seeds.programmes.length} programmes`,
      `${seeds.organisations.length} organisations, ${seeds.people.length} people, ${seeds.evaluations.length} evaluations`,
      `${seeds.findings.length} findings, ${seeds.themes.length} themes and ${seeds.sources.length} source documents`,
    ];
    for (const phrase of expected) expect(readme).toContain(phrase);
  });

  it('states the number of relationships, lineage links and adoptions', () => {
    const lineage = seeds.edges.filter((e) => e.type === 'SCALES' || e.type === 'SPREADS').length;
    const adoptions = seeds.edges.filter((e) => e.type === 'ADOPTS').length;
    expect(readme).toContain(`joined by ${relationshipCount.toLocaleString('en-GB')} relationships (${lineage} scale-and-spread links, ${adoptions} adoptions)`);
  });
});

describe('seed data rules the format leaves to the data', () => {
  it('every adoption names its round or says the round is not stated', () => {
    const unstated = seeds.projects.flatMap((p) =>
      (p.adoptedBy ?? []).filter((a: { round?: string; roundNotStated?: boolean }) => !a.round && a.roundNotStated !== true).map(() => p.id));
    expect(unstated).toEqual([]);
  });

  it('every finding has at least one outcome area from the controlled list', () => {
    const wrong = seeds.findings.filter(
      (f) => !Array.isArray(f.outcomeAreas) || f.outcomeAreas.length === 0
        || f.outcomeAreas.some((area: string) => !(OUTCOME_AREAS as readonly string[]).includes(area)),
    );
    expect(wrong.map((f) => f.id)).toEqual([]);
  });
});

describe('README.md cookbook headline, from the seed files', () => {
  const readme = readFileSync(repoPath('README.md'), 'utf8').replace(/\s+/g, ' ');

  it('the scaled-adoptions answer states its councils, rows and Round One origin projects', () => {
    const rows = expectedScaledAdoptions(seeds, 1, 2);
    const councils = new Set(rows.map((r) => r.council)).size;
    const origins = new Set(rows.map((r) => r.origin)).size;
    expect(readme).toContain(`Answer: ${councils} councils, in ${rows.length} (council, origin, derived project) rows**, across ${origins} Round One projects`);
  });
});
