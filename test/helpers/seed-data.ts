import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoPath } from '../../src/shared/repo-path';

/**
 * The shipped seed files read straight from YAML, for tests that check answers against the data
 * itself. Deliberately independent of src/seed: it follows seeds/FORMAT.md, not the loader.
 */

/** A reference to a source, as every record and relationship entry carries. */
export interface SourceRef {
  source: string;
  note?: string;
}

/** One seed record: `id`, its fields, its relationship entries. */
export type SeedRecord = { id: string; sources?: SourceRef[] } & Record<string, any>;

/** A relationship as seeds/FORMAT.md says the files create it: (source)-[:type]->(target). */
export interface SeedEdge {
  source: string;
  type: string;
  target: string;
  props: Record<string, unknown>;
}

const SEED_DIR = repoPath('seeds');

/** Dates are ISO strings of any precision; YAML reads an unquoted year as a number. */
export const isoDate = (value: unknown): string | null => (value == null ? null : String(value));

export class SeedData {
  readonly projects: SeedRecord[];
  readonly councils: SeedRecord[];
  readonly rounds: SeedRecord[];
  readonly programmes: SeedRecord[];
  readonly regions: SeedRecord[];
  readonly organisations: SeedRecord[];
  readonly people: SeedRecord[];
  readonly themes: SeedRecord[];
  readonly evaluations: SeedRecord[];
  readonly findings: SeedRecord[];
  readonly sources: SeedRecord[];
  readonly byId = new Map<string, SeedRecord>();
  readonly edges: SeedEdge[];

  constructor(dir = SEED_DIR) {
    const read = (file: string) => parse(readFileSync(path.join(dir, file), 'utf8'), { maxAliasCount: -1 }) as SeedRecord[];
    this.projects = read('projects.yaml');
    this.councils = read('councils.yaml');
    this.rounds = read('funding-rounds.yaml');
    this.programmes = read('programmes.yaml');
    this.regions = read('regions.yaml');
    this.organisations = read('organisations.yaml');
    this.people = read('people.yaml');
    this.themes = read('themes.yaml');
    this.evaluations = read('evaluations.yaml');
    this.findings = read('findings.yaml');
    this.sources = read('sources.yaml');
    for (const list of [this.projects, this.councils, this.rounds, this.programmes, this.regions, this.organisations,
      this.people, this.themes, this.evaluations, this.findings, this.sources]) {
      for (const record of list) this.byId.set(record.id, record);
    }
    this.edges = this.readEdges();
  }

  /** The record with this id; throws for an unknown id (a test using a missing id is wrong). */
  get(id: string): SeedRecord {
    const record = this.byId.get(id);
    if (!record) throw new Error(`no seed record with id ${id}`);
    return record;
  }

  /** The number of a funding round (`null` for unnumbered rounds and unknown ids). */
  roundNumber(roundId: string | null | undefined): number | null {
    return (roundId && this.byId.get(roundId)?.number) ?? null;
  }

  /** Round ids that funded a project (its `rounds` entries). */
  roundsOf(project: SeedRecord): string[] {
    return (project.rounds ?? []).map((entry: { round: string }) => entry.round);
  }

  /** True when the project was funded in the round with this number. */
  fundedIn(project: SeedRecord, number: number): boolean {
    return this.roundsOf(project).some((id) => this.roundNumber(id) === number);
  }

  /** Findings reported by the evaluations of a project, by id. */
  findingsOf(projectId: string): SeedRecord[] {
    const evaluations = new Set(this.evaluations
      .filter((e) => (e.evaluates ?? []).some((entry: { project: string }) => entry.project === projectId))
      .map((e) => e.id));
    return this.findings.filter((f) => evaluations.has(f.evaluation.evaluation)).sort((a, b) => compare(a.id, b.id));
  }

  /** Every (council, role, project) from projects.yaml: LEADS and PARTNERS_IN by council ids, and ADOPTS. */
  councilInvolvements(): { council: string; role: 'LEADS' | 'PARTNERS_IN' | 'ADOPTS'; project: SeedRecord; entry: Record<string, any> }[] {
    return this.projects.flatMap((project) => [
      ...(project.leads ?? []).filter((e: { id: string }) => e.id.startsWith('council:')).map((entry: any) => ({ council: entry.id, role: 'LEADS' as const, project, entry })),
      ...(project.partners ?? []).filter((e: { id: string }) => e.id.startsWith('council:')).map((entry: any) => ({ council: entry.id, role: 'PARTNERS_IN' as const, project, entry })),
      ...(project.adoptedBy ?? []).map((entry: any) => ({ council: entry.council, role: 'ADOPTS' as const, project, entry })),
    ]);
  }

  /** Every relationship the files create (seeds/FORMAT.md), one per (source, type, target) and role title. */
  private readEdges(): SeedEdge[] {
    const edges = new Map<string, SeedEdge>();
    const add = (source: string, type: string, target: string, props: Record<string, unknown> = {}) => {
      const key = `${source}|${type}|${target}|${type === 'HELD_ROLE' ? props.title : ''}`;
      if (!edges.has(key)) edges.set(key, { source, type, target, props });
    };
    const list = (value: unknown) => (Array.isArray(value) ? value : value ? [value] : []) as Record<string, any>[];
    for (const p of this.programmes) for (const e of list(p.followsOn)) add(p.id, 'FOLLOWS_ON', e.programme);
    for (const r of this.rounds) for (const e of list(r.programme)) add(r.id, 'PART_OF', e.programme);
    for (const c of this.councils) for (const e of list(c.region)) add(c.id, 'IN_REGION', e.region);
    for (const o of this.organisations) for (const e of list(o.members)) add(e.id, 'MEMBER_OF', o.id, { role: e.role });
    for (const p of this.projects) {
      for (const e of list(p.leads)) add(e.id, 'LEADS', p.id);
      for (const e of list(p.partners)) add(e.id, 'PARTNERS_IN', p.id, { role: e.role });
      for (const e of list(p.rounds)) add(p.id, 'FUNDED_IN', e.round, { amountGbp: e.amountGbp });
      for (const e of list(p.themes)) add(p.id, 'HAS_THEME', e.theme);
      for (const e of list(p.origins)) add(p.id, e.mode === 'scale' ? 'SCALES' : 'SPREADS', e.project, { mode: e.mode, year: e.year });
      for (const e of list(p.adoptedBy)) add(e.council, 'ADOPTS', p.id, { year: e.year, round: e.round, roundNotStated: e.roundNotStated });
    }
    for (const person of this.people) {
      for (const e of list(person.roles)) add(person.id, 'HELD_ROLE', e.organisation, { title: e.title });
      for (const e of list(person.announced)) add(person.id, 'ANNOUNCED', e.target, { date: isoDate(e.date), amountGbp: e.amountGbp });
    }
    for (const ev of this.evaluations) {
      for (const e of list(ev.evaluates)) add(ev.id, 'EVALUATES', e.project);
      for (const e of list(ev.evaluators)) add(ev.id, 'EVALUATED_BY', e.id);
    }
    for (const f of this.findings) {
      for (const e of list(f.evaluation)) add(e.evaluation, 'REPORTS', f.id);
      for (const e of list(f.themes)) add(f.id, 'HAS_THEME', e.theme);
    }
    return [...edges.values()];
  }
}

/** Orders strings by UTF-16 code units, as Cypher's ORDER BY does for the text in the seeds. */
export function compare(a: string | null | undefined, b: string | null | undefined): number {
  if (a === b) return 0;
  if (a == null) return 1;
  if (b == null) return -1;
  return a < b ? -1 : 1;
}

/** Sorted copy of `values` (code-unit order). */
export const sorted = (values: Iterable<string>): string[] => [...values].sort(compare);
