import { compare, isoDate, SeedData, SeedRecord, sorted } from './seed-data';

/**
 * The answers to the example questions, worked out from the seed YAML alone (seeds/FORMAT.md and
 * the documented meaning of each query), never from the API. test/examples-seeded.test.ts
 * compares the API's answers with these.
 */

const notesOf = (entry: { sources?: { note?: string }[] }) => sorted((entry.sources ?? []).map((s) => s.note ?? ''));

/** One row of "councils running, in round `adoption`, projects that scale or spread projects of round `origin`". */
export interface ScaledAdoptionRow {
  council: string;
  origin: string;
  derived: string;
  mode: string;
  year: number | null;
  involvement: string[];
  sourceNotes: string[];
}

/**
 * Query.scaledAdoptions: the origin was funded in round `origin`; the derived project scales or
 * spreads it; the council leads it (and it was funded in round `adoption`) or adopted it naming
 * round `adoption`. An adoption that names no round (`roundNotStated`) counts only with
 * `includeUnstated`, and only when the derived project was funded in round `adoption`.
 * By council, origin, derived name.
 */
export function expectedScaledAdoptions(seed: SeedData, origin: number, adoption: number, includeUnstated = false): ScaledAdoptionRow[] {
  const rows: (ScaledAdoptionRow & { keys: string[] })[] = [];
  for (const derived of seed.projects) {
    for (const entry of derived.origins ?? []) {
      const originProject = seed.get(entry.project);
      if (!seed.fundedIn(originProject, origin)) continue;
      const derivedInRound = seed.fundedIn(derived, adoption);
      const roles = new Map<string, Set<string>>();
      const qualify = (council: string, role: string) => roles.set(council, (roles.get(council) ?? new Set()).add(role));
      for (const lead of derived.leads ?? []) if (lead.id.startsWith('council:') && derivedInRound) qualify(lead.id, 'LEADS');
      for (const adopter of derived.adoptedBy ?? []) {
        const stated = Boolean(adopter.round);
        if (stated ? seed.roundNumber(adopter.round) === adoption : includeUnstated && derivedInRound) qualify(adopter.council, 'ADOPTS');
      }
      for (const [council, set] of roles) {
        rows.push({
          council, origin: originProject.id, derived: derived.id, mode: entry.mode, year: entry.year ?? null,
          involvement: sorted(set), sourceNotes: notesOf(entry),
          keys: [seed.get(council).name, originProject.name, derived.name, council, originProject.id, derived.id],
        });
      }
    }
  }
  rows.sort((a, b) => a.keys.reduce((order, key, i) => order || compare(key, b.keys[i]), 0));
  return rows.map(({ keys: _keys, ...row }) => row);
}

/**
 * The filter form of the signature question: councils that lead or adopt a project funded in
 * round `adoption` that scales or spreads a project funded in round `origin`; for each, those
 * projects by role, each with its origins of round `origin`. Keyed by council id.
 */
export function expectedScaledCouncilsByFilter(seed: SeedData, origin: number, adoption: number) {
  const originsInRound = (project: SeedRecord) =>
    sorted((project.origins ?? []).map((e: { project: string }) => e.project).filter((id: string) => seed.fundedIn(seed.get(id), origin)));
  const qualifies = (project: SeedRecord) => seed.fundedIn(project, adoption) && originsInRound(project).length > 0;
  const councils = new Map<string, { projectsLed: Set<string>; adopted: Set<string> }>();
  for (const { council, role, project } of seed.councilInvolvements()) {
    if (role === 'PARTNERS_IN' || !qualifies(project)) continue;
    const entry = councils.get(council) ?? { projectsLed: new Set<string>(), adopted: new Set<string>() };
    (role === 'LEADS' ? entry.projectsLed : entry.adopted).add(project.id);
    councils.set(council, entry);
  }
  const describe = (ids: Set<string>) => sorted(ids).map((id) => `${id} <- ${originsInRound(seed.get(id)).join(', ')}`);
  return new Map([...councils].map(([id, { projectsLed, adopted }]) => [id, { projectsLed: describe(projectsLed), adopted: describe(adopted) }]));
}

/** One step of a lineage, reduced to what a test compares. */
export interface LineageStepShape {
  project: string;
  parent: string | null;
  mode: string | null;
  year: number | null;
  /** "council year round" per adoption of the project, sorted. */
  adopters: string[];
  findings: string[];
  sourceNotes: string[];
}

/**
 * The lineage as Query.lineage documents it: members at their signed shortest distance from the
 * root (descendants positive, ancestors negative, within maxDepth), one step per member and
 * derivation to a member one generation nearer the origin (or none); generations oldest first.
 */
export function expectedLineage(seed: SeedData, rootId: string, direction: 'ANCESTORS' | 'DESCENDANTS' | 'BOTH', maxDepth: number) {
  const originsOf = (id: string): { project: string; mode: string; year?: number; sources?: [] }[] => seed.get(id).origins ?? [];
  const derivedOf = (id: string) => seed.projects.filter((p) => (p.origins ?? []).some((e: { project: string }) => e.project === id)).map((p) => p.id);
  const depth = new Map<string, number>([[rootId, 0]]);
  const walk = (next: (id: string) => string[], sign: number) => {
    let frontier = [rootId];
    for (let d = 1; d <= maxDepth && frontier.length > 0; d++) {
      frontier = [...new Set(frontier.flatMap(next))].filter((id) => !depth.has(id));
      for (const id of frontier) depth.set(id, sign * d);
    }
  };
  if (direction !== 'ANCESTORS') walk(derivedOf, 1);
  if (direction !== 'DESCENDANTS') walk((id) => originsOf(id).map((e) => e.project), -1);
  const adopters = (id: string) =>
    sorted((seed.get(id).adoptedBy ?? []).map((a: { council: string; year?: number; round?: string }) => `${a.council} ${a.year ?? '-'} ${a.round ?? '-'}`));
  const generations = new Map<number, LineageStepShape[]>();
  for (const [id, d] of depth) {
    const parents = originsOf(id).filter((e) => depth.get(e.project) === d - 1);
    const common = { project: id, adopters: adopters(id), findings: seed.findingsOf(id).map((f) => f.id) };
    const steps: LineageStepShape[] = parents.length === 0
      ? [{ ...common, parent: null, mode: null, year: null, sourceNotes: [] }]
      : parents.map((e) => ({ ...common, parent: e.project, mode: e.mode, year: e.year ?? null, sourceNotes: notesOf(e) }));
    generations.set(d, [...(generations.get(d) ?? []), ...steps]);
  }
  return [...generations.keys()].sort((a, b) => a - b).map((d) => ({
    depth: d,
    steps: generations.get(d)!.sort((a, b) => compare(`${a.project} ${a.parent}`, `${b.project} ${b.parent}`)),
  }));
}

/** Query.findingsByRound: findings of evaluations of projects funded in `round`, filtered, by id. */
export function expectedFindingsByRound(
  seed: SeedData,
  { round, direction = null, outcomeArea = null, themeId = null }: { round: number; direction?: string | null; outcomeArea?: string | null; themeId?: string | null },
): SeedRecord[] {
  const evaluationsOfRound = new Set(seed.evaluations
    .filter((e) => (e.evaluates ?? []).some((entry: { project: string }) => seed.fundedIn(seed.get(entry.project), round)))
    .map((e) => e.id));
  return seed.findings
    .filter((f) => evaluationsOfRound.has(f.evaluation.evaluation))
    .filter((f) => direction === null || f.direction === direction)
    .filter((f) => outcomeArea === null || f.outcomeArea === outcomeArea)
    .filter((f) => themeId === null || (f.themes ?? []).some((t: { theme: string }) => t.theme === themeId))
    .sort((a, b) => compare(a.id, b.id));
}

/** A council's involvements as "ROLE project [round names]" strings (Council.projects), sorted. */
export function expectedCouncilProjects(seed: SeedData, councilId: string): string[] {
  const seen = new Set<string>();
  for (const { council, role, project, entry } of seed.councilInvolvements()) {
    if (council !== councilId) continue;
    const rounds = new Set(seed.roundsOf(project));
    if (role === 'ADOPTS' && entry.round && seed.byId.has(entry.round)) rounds.add(entry.round);
    seen.add(`${role} ${project.id} [${sorted([...rounds].map((id) => seed.get(id).name)).join('; ')}]`);
  }
  return sorted(seen);
}

/** Councils that lead, partner in or adopted no project. */
export function expectedCouncilsWithoutProjects(seed: SeedData): string[] {
  const involved = new Set(seed.councilInvolvements().map((i) => i.council));
  return sorted(seed.councils.filter((c) => !involved.has(c.id)).map((c) => c.id));
}

/**
 * Query.timeline: dated announcements, programme, round and project starts and evaluation
 * publications whose dates lie in [from, to] (every day the date may mean; with `includeImprecise`,
 * any of them), by date, kind, subject id; at most `first`. As "date KIND subject" strings.
 */
export function expectedTimeline(seed: SeedData, from: string | null, to: string | null, first: number, includeImprecise = false): string[] {
  const firstDay = (date: string) => date + '-01-01'.slice(date.length - 4);
  const lastDay = (date: string) => date + '-12-31'.slice(date.length - 4);
  const events: [string, string, string][] = [];
  const add = (date: unknown, kind: string, subject: string) => {
    const iso = isoDate(date);
    if (iso !== null) events.push([iso, kind, subject]);
  };
  for (const person of seed.people) for (const a of person.announced ?? []) add(a.date, 'ANNOUNCEMENT', a.target);
  for (const p of seed.programmes) add(p.startDate, 'PROGRAMME_START', p.id);
  for (const r of seed.rounds) add(r.startDate, 'ROUND_START', r.id);
  for (const p of seed.projects) add(p.startDate, 'PROJECT_START', p.id);
  for (const e of seed.evaluations) add(e.date, 'EVALUATION_PUBLISHED', e.id);
  return events
    .filter(([date]) => (from === null || (includeImprecise ? lastDay(date) : firstDay(date)) >= firstDay(from))
      && (to === null || (includeImprecise ? firstDay(date) : lastDay(date)) <= lastDay(to)))
    .sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]) || compare(a[2], b[2]))
    .slice(0, first)
    .map((event) => event.join(' '));
}

/** Undirected adjacency of the seed graph: node id -> [neighbour id] (one entry per relationship). */
function adjacency(seed: SeedData): Map<string, string[]> {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
  for (const edge of seed.edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  return neighbours;
}

/** Hop distances from `start` over relationships in either direction, up to `maxDepth`. */
function distances(seed: SeedData, start: string, maxDepth: number): Map<string, number> {
  const neighbours = adjacency(seed);
  const distance = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= maxDepth && frontier.length > 0; d++) {
    frontier = [...new Set(frontier.flatMap((id) => neighbours.get(id) ?? []))].filter((id) => !distance.has(id));
    for (const id of frontier) distance.set(id, d);
  }
  return distance;
}

const edgeId = (edge: { source: string; type: string; target: string }) => `${edge.source}-${edge.type}-${edge.target}`;

/** Query.neighbourhood without truncation: node ids within `depth` hops and the ids of every edge between them. */
export function expectedNeighbourhood(seed: SeedData, start: string, depth: number) {
  const nodes = new Set(distances(seed, start, depth).keys());
  const edges = new Set(seed.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target)).map(edgeId));
  return { nodes: sorted(nodes), edges: sorted(edges) };
}

/**
 * Query.paths: every shortest path (at most maxLength hops) between two nodes, as the ids of the
 * nodes and edges on any of them, and how many such paths there are (one per relationship used).
 */
export function expectedShortestPaths(seed: SeedData, from: string, to: string, maxLength: number) {
  const fromA = distances(seed, from, maxLength);
  const fromB = distances(seed, to, maxLength);
  const length = fromA.get(to);
  if (length === undefined) return { length: null, nodes: sorted([from, to]), edges: [], count: 0 };
  const onPath = (id: string) => (fromA.get(id) ?? Infinity) + (fromB.get(id) ?? Infinity) === length;
  const nodes = sorted([...fromA.keys()].filter(onPath));
  const steps = seed.edges.filter((e) =>
    (fromA.get(e.source) ?? Infinity) + 1 + (fromB.get(e.target) ?? Infinity) === length ||
    (fromA.get(e.target) ?? Infinity) + 1 + (fromB.get(e.source) ?? Infinity) === length);
  // count paths: ways to reach each node at its distance, one per relationship taken
  const ways = new Map([[from, 1]]);
  for (let d = 1; d <= length; d++) {
    for (const id of nodes.filter((n) => fromA.get(n) === d)) {
      const total = steps
        .filter((e) => (e.source === id && fromA.get(e.target) === d - 1) || (e.target === id && fromA.get(e.source) === d - 1))
        .reduce((sum, e) => sum + (ways.get(e.source === id ? e.target : e.source) ?? 0), 0);
      ways.set(id, total);
    }
  }
  return { length, nodes, edges: sorted(new Set(steps.map(edgeId))), count: ways.get(to) ?? 0 };
}

/** A statistic bucket as Query.stats returns it. */
export interface Bucket {
  key: string;
  label: string;
  count: number;
  grantGbpSum?: number | null;
}

const sumOrNull = (values: (number | null | undefined)[]) => {
  const known = values.filter((v): v is number => v != null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
};

/** Every bucket of every statistic Query.stats documents, unordered. */
export function expectedStats(seed: SeedData): Record<string, Bucket[]> {
  const projectsOf = (test: (p: SeedRecord) => boolean) => seed.projects.filter(test);
  const grants = (projects: SeedRecord[]) => sumOrNull(projects.map((p) => p.grantGbp));
  const councilsIn = (region: string) => seed.councils.filter((c) => c.region?.region === region);
  const ledBy = (councils: SeedRecord[]) => {
    const ids = new Set(councils.map((c) => c.id));
    return projectsOf((p) => (p.leads ?? []).some((l: { id: string }) => ids.has(l.id)));
  };
  const countBy = (records: SeedRecord[], field: string): Bucket[] => {
    const counts = new Map<string, number>();
    for (const r of records) counts.set(r[field], (counts.get(r[field]) ?? 0) + 1);
    return [...counts].map(([key, count]) => ({ key, label: key, count }));
  };
  return {
    projectsByRound: seed.rounds.map((round) => {
      const funded = seed.projects.flatMap((p) => (p.rounds ?? []).filter((e: { round: string }) => e.round === round.id).map((e: { amountGbp?: number }) => ({ p, e })));
      return { key: round.id, label: round.name, count: new Set(funded.map(({ p }) => p.id)).size, grantGbpSum: sumOrNull(funded.map(({ p, e }) => e.amountGbp ?? p.grantGbp)) };
    }),
    projectsByTheme: seed.themes.map((theme) => {
      const projects = projectsOf((p) => (p.themes ?? []).some((t: { theme: string }) => t.theme === theme.id));
      return { key: theme.id, label: theme.name, count: projects.length, grantGbpSum: grants(projects) };
    }),
    projectsByRegion: seed.regions.map((region) => {
      const projects = ledBy(councilsIn(region.id));
      return { key: region.id, label: region.name, count: projects.length, grantGbpSum: grants(projects) };
    }),
    councilsByType: countBy(seed.councils, 'type'),
    councilsByRegion: seed.regions.map((region) => {
      const councils = councilsIn(region.id);
      return { key: region.id, label: region.name, count: councils.length, grantGbpSum: grants(ledBy(councils)) };
    }),
    findingsByDirection: countBy(seed.findings, 'direction'),
    findingsByOutcomeArea: countBy(seed.findings, 'outcomeArea'),
  };
}

/** Orders buckets as a StatsOrder does (ties by key). */
export function orderBuckets(buckets: Bucket[], order: 'KEY_ASC' | 'LABEL_ASC' | 'COUNT_DESC' | 'SUM_DESC'): Bucket[] {
  const by: Record<typeof order, (a: Bucket, b: Bucket) => number> = {
    KEY_ASC: (a, b) => compare(a.key, b.key),
    LABEL_ASC: (a, b) => compare(a.label, b.label) || compare(a.key, b.key),
    COUNT_DESC: (a, b) => b.count - a.count || compare(a.key, b.key),
    SUM_DESC: (a, b) => (b.grantGbpSum ?? -1) - (a.grantGbpSum ?? -1) || compare(a.key, b.key),
  };
  return [...buckets].sort(by[order]);
}

/**
 * Query.search for one plain word: the ids of the entities of the full-text index (every label but
 * Region) whose name, title, summary, statement or source notes contain the word as a token
 * (Lucene's standard analyzer: case-insensitive, whole words).
 */
export function expectedSearchHits(seed: SeedData, word: string): string[] {
  const token = new RegExp(`(^|[^\\p{L}\\p{N}_])${word}(?=$|[^\\p{L}\\p{N}_'’]|['’](?![\\p{L}\\p{N}]))`, 'iu');
  const indexed = [seed.projects, seed.councils, seed.organisations, seed.people, seed.evaluations, seed.findings,
    seed.themes, seed.sources, seed.rounds, seed.programmes].flat();
  return sorted(indexed
    .filter((r) => [r.name, r.title, r.summary, r.statement, ...(r.sources ?? []).map((s: { note?: string }) => s.note)]
      .some((text) => typeof text === 'string' && token.test(text)))
    .map((r) => r.id));
}
