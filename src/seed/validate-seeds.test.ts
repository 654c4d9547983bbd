import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { repoPath } from '../shared/repo-path';
import { LoadedRecord, readSeedDirectories } from './read-seeds';
import { isPartialIsoDate } from './seed-record-base';
import { SEED_KINDS } from './seed-kinds';
import { validateSeeds } from './validate-seeds';

/** A record as read-seeds would hand it over, from an in-memory file. */
function record(file: string, plain: Record<string, unknown>, index = 0): LoadedRecord {
  const kind = SEED_KINDS.find((k) => k.file === file)!;
  return { kind, file, index, record: plainToInstance(kind.recordClass, plain) as LoadedRecord['record'] };
}

const cite = [{ source: 'source:doc', note: 'p. 1' }];
const SOURCE = record('sources.yaml', { id: 'source:doc', title: 'Doc', publisher: 'DfE', kind: 'report' });
const ORG = record('organisations.yaml', { id: 'org:uni', name: 'Uni', kind: 'university', sources: cite });
const COUNCIL = record('councils.yaml', { id: 'council:E06000001', name: 'Hartlepool', gssCode: 'E06000001', type: 'unitary', sources: cite });
const project = (extra: Record<string, unknown>) =>
  record('projects.yaml', { id: 'project:a', name: 'A', summary: 'S', status: 'active', sources: cite, ...extra });
const person = (roles: unknown[]) => record('people.yaml', { id: 'person:p', name: 'P', sources: cite, roles });

describe('validateSeeds', () => {
  it('finds nothing wrong in the small fixture', () => {
    const { records, issues } = readSeedDirectories([repoPath('test/fixtures/seeds-small')]);
    expect(issues).toEqual([]);
    expect(records).toHaveLength(27);
    expect(validateSeeds(records)).toEqual([]);
  });

  it('accepts two roles at one organisation when they differ, and rejects an exact repeat', () => {
    const role = { organisation: 'org:uni', title: 'Professor', sources: cite };
    expect(validateSeeds([SOURCE, ORG, person([role, { ...role, title: 'Dean' }])])).toEqual([]);
    expect(validateSeeds([SOURCE, ORG, person([role, role])])).toEqual([
      { file: 'people.yaml', id: 'person:p', field: 'roles[1].organisation', reason: '"org:uni" is listed twice with the same values' },
    ]);
  });

  it('accepts a role at a council or at no organisation, not at a project', () => {
    expect(validateSeeds([SOURCE, COUNCIL, person([{ organisation: 'council:E06000001', title: 'Adviser', sources: cite }])])).toEqual([]);
    expect(validateSeeds([SOURCE, person([{ title: 'Reviewer', sources: cite }])])).toEqual([]);
    expect(validateSeeds([SOURCE, project({}), person([{ organisation: 'project:a', title: 'Lead', sources: cite }])])).toEqual([
      { file: 'people.yaml', id: 'person:p', field: 'roles[0].organisation', reason: 'organisation must be an organisation or council id' },
    ]);
  });

  it('rejects a project that names itself as its origin', () => {
    const issues = validateSeeds([SOURCE, project({ origins: [{ project: 'project:a', mode: 'scale', sources: cite }] })]);
    expect(issues).toEqual([{ file: 'projects.yaml', id: 'project:a', field: 'origins[0].project', reason: 'a record cannot name itself' }]);
  });

  it('rejects a lineage mode other than scale or spread, and a relationship without sources', () => {
    const issues = validateSeeds([SOURCE, project({ origins: [{ project: 'project:a', mode: 'copy' }] })]);
    expect(issues).toEqual(
      expect.arrayContaining([
        { file: 'projects.yaml', id: 'project:a', field: 'origins[0].mode', reason: 'mode must be one of the following values: scale, spread' },
        { file: 'projects.yaml', id: 'project:a', field: 'origins[0].sources', reason: 'sources must list at least one source' },
      ]),
    );
  });

  it('rejects an adoption in a round that does not exist', () => {
    const issues = validateSeeds([SOURCE, COUNCIL, project({ adoptedBy: [{ council: 'council:E06000001', round: 'round:nine', sources: cite }] })]);
    expect(issues).toEqual([{ file: 'projects.yaml', id: 'project:a', field: 'adoptedBy[0].round', reason: 'unknown id "round:nine"' }]);
  });

  it('rejects a GSS code that differs from the code in the id', () => {
    const council = record('councils.yaml', { id: 'council:E06000001', name: 'H', gssCode: 'E06000002', type: 'unitary', sources: cite });
    expect(validateSeeds([SOURCE, council])).toEqual([
      { file: 'councils.yaml', id: 'council:E06000001', field: 'gssCode', reason: 'gssCode "E06000002" differs from the code in the id' },
    ]);
  });

  it('checks the sources of alternatives and of a note-less citation', () => {
    const issues = validateSeeds([
      SOURCE,
      project({ alternatives: [{ field: 'grantGbp', value: 1, sources: [{ source: 'source:other', note: 'x' }] }] }),
      record('themes.yaml', { id: 'theme:t', name: 'T', kind: 'topic', sources: [{ source: 'source:doc', note: '' }] }),
    ]);
    expect(issues).toEqual([
      { file: 'themes.yaml', id: 'theme:t', field: 'sources[0].note', reason: 'note must say where in the source the fact is stated' },
      { file: 'projects.yaml', id: 'project:a', field: 'alternatives[0].sources[0].source', reason: 'unknown source "source:other"' },
    ]);
  });

  it('names a record without an id by its position', () => {
    const issues = validateSeeds([SOURCE, record('themes.yaml', { name: 'T', kind: 'topic', sources: cite }, 4)]);
    expect(issues).toContainEqual({ file: 'themes.yaml', id: '#5', field: 'id', reason: 'id must look like "theme:lower-case-words"' });
  });

  it('reports a bad date inside a relationship entry with its path', () => {
    const issues = validateSeeds([SOURCE, ORG, person([{ organisation: 'org:uni', title: 'X', from: '2019-13', sources: cite }])]);
    expect(issues).toEqual([
      { file: 'people.yaml', id: 'person:p', field: 'roles[0].from', reason: 'from must be YYYY, YYYY-MM or YYYY-MM-DD and a real date' },
    ]);
  });
});

describe('isPartialIsoDate', () => {
  it.each([
    ['2014', true], ['2014-12', true], ['2016-02-29', true], ['2017-02-29', false], ['2017-02-30', false],
    ['2014-13', false], ['2014-00', false], ['14-01-01', false], ['2014-1-1', false], [2014, false],
  ])('%p -> %p', (value, expected) => {
    expect(isPartialIsoDate(value)).toBe(expected);
  });
});
