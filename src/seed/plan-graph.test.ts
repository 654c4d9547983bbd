import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { repoPath } from '../shared/repo-path';
import { countPlan, planGraph } from './plan-graph';
import { LoadedRecord, readSeedDirectories } from './read-seeds';
import { SEED_KINDS } from './seed-kinds';

function record(file: string, plain: Record<string, unknown>): LoadedRecord {
  const kind = SEED_KINDS.find((k) => k.file === file)!;
  return { kind, file, index: 0, record: plainToInstance(kind.recordClass, plain) as LoadedRecord['record'] };
}

const cite = (note: string) => [{ source: 'source:doc', note }];

describe('planGraph', () => {
  it('stores provenance as parallel lists and leaves out absent optional fields', () => {
    const plan = planGraph([
      record('themes.yaml', {
        id: 'theme:t', name: 'T', kind: 'topic',
        sources: [{ source: 'source:a', note: 'p. 1' }, { source: 'source:b', note: 'table 2' }],
      }),
    ]);
    expect(plan.nodes.get('Theme')).toEqual([
      { id: 'theme:t', props: { id: 'theme:t', name: 'T', kind: 'topic', sourceIds: ['source:a', 'source:b'], sourceNotes: ['p. 1', 'table 2'] } },
    ]);
    expect(plan.relationships).toEqual([]);
  });

  it('points each relationship the way FORMAT.md says, with its own provenance and properties', () => {
    const plan = planGraph([
      record('projects.yaml', {
        id: 'project:d', name: 'D', summary: 'S', status: 'active', sources: cite('n'),
        leads: [{ id: 'council:E06000001', sources: cite('lead') }],
        rounds: [{ round: 'round:two', amountGbp: 500, sources: cite('round') }],
        origins: [
          { project: 'project:o', mode: 'scale', year: 2017, sources: cite('scale') },
          { project: 'project:p', mode: 'spread', sources: cite('spread') },
        ],
      }),
    ]);
    expect(plan.relationships).toEqual([
      { type: 'LEADS', fromLabel: 'Council', toLabel: 'Project', rows: [{ from: 'council:E06000001', to: 'project:d', props: { sourceIds: ['source:doc'], sourceNotes: ['lead'] } }] },
      { type: 'FUNDED_IN', fromLabel: 'Project', toLabel: 'FundingRound', rows: [{ from: 'project:d', to: 'round:two', props: { sourceIds: ['source:doc'], sourceNotes: ['round'], amountGbp: 500 } }] },
      { type: 'SCALES', fromLabel: 'Project', toLabel: 'Project', rows: [{ from: 'project:d', to: 'project:o', props: { sourceIds: ['source:doc'], sourceNotes: ['scale'], mode: 'scale', year: 2017 } }] },
      { type: 'SPREADS', fromLabel: 'Project', toLabel: 'Project', rows: [{ from: 'project:d', to: 'project:p', props: { sourceIds: ['source:doc'], sourceNotes: ['spread'], mode: 'spread' } }] },
    ]);
  });

  it('keeps two roles at one organisation as two rows, roles at councils apart, and roles at no organisation as JSON', () => {
    const plan = planGraph([
      record('people.yaml', {
        id: 'person:p', name: 'P', sources: cite('n'),
        roles: [
          { organisation: 'org:uni', title: 'Professor', sources: cite('a') },
          { organisation: 'org:uni', title: 'Dean', from: '2019', sources: cite('b') },
          { organisation: 'council:E06000001', title: 'Adviser', sources: cite('c') },
          { title: 'Reviewer', sources: cite('d') },
        ],
      }),
    ]);
    expect(plan.relationships.map((g) => [g.type, g.fromLabel, g.toLabel, g.rows.map((r) => r.props.title)])).toEqual([
      ['HELD_ROLE', 'Person', 'Organisation', ['Professor', 'Dean']],
      ['HELD_ROLE', 'Person', 'Council', ['Adviser']],
    ]);
    const props = plan.nodes.get('Person')![0].props;
    expect(JSON.parse(props.otherRolesJson as string)).toEqual([{ title: 'Reviewer', sources: [{ source: 'source:doc', note: 'd' }] }]);
  });

  it('keeps disagreeing values as JSON and counts the plan by label and type', () => {
    const { records } = readSeedDirectories([repoPath('test/fixtures/seeds-small')]);
    const plan = planGraph(records);
    const origin = plan.nodes.get('Project')!.find((n) => n.id === 'project:t-small-origin')!;
    expect(JSON.parse(origin.props.alternativesJson as string)).toEqual([
      { field: 'grantGbp', value: 4860000, sources: [{ source: 'source:t-small-news', note: 'grant figure' }] },
    ]);
    expect(countPlan(plan)).toEqual({
      nodes: {
        Source: 3, Programme: 2, FundingRound: 2, Region: 2, Council: 3, Organisation: 3,
        Theme: 2, Project: 3, Person: 2, Evaluation: 2, Finding: 3,
      },
      relationships: {
        FOLLOWS_ON: 1, PART_OF: 2, IN_REGION: 3, LEADS: 2, PARTNERS_IN: 2, FUNDED_IN: 2, HAS_THEME: 4,
        SCALES: 1, SPREADS: 1, ADOPTS: 2, HELD_ROLE: 4, ANNOUNCED: 2, EVALUATES: 2, EVALUATED_BY: 2, REPORTS: 3,
      },
    });
  });
});
