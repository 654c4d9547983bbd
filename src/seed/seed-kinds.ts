import { NodeLabel } from '../neo4j/migrations';
import {
  CouncilRecord,
  EvaluationRecord,
  FindingRecord,
  FundingRoundRecord,
  OrganisationRecord,
  PersonRecord,
  ProgrammeRecord,
  ProjectRecord,
  RegionRecord,
  SourceRecord,
  ThemeRecord,
} from './seed-records';

/**
 * How one list field of a seed record becomes relationships, and back (export reads it in
 * reverse). `direction: 'out'` means (record)-[:TYPE]->(target); 'in' means (target)-[:TYPE]->(record).
 */
export interface RelationSpec {
  field: string;
  /** The field holds one object rather than a list. */
  single?: boolean;
  /** Key of the entry that holds the other node's id. */
  targetKey: string;
  direction: 'out' | 'in';
  /** Relationship types this field can produce; `typeOf` picks one per entry when there are several. */
  types: string[];
  typeOf?: (entry: Record<string, unknown>) => string;
  /** Entry fields stored as relationship properties (besides provenance). */
  properties: string[];
  /**
   * Node property that keeps, as JSON, the entries that name no target (a role with no known
   * organisation): the fact and its sources stay in the graph although no relationship can.
   */
  untargetedJson?: string;
}

export interface SeedKind {
  file: string;
  label: NodeLabel;
  recordClass: new () => object;
  /** Scalar fields stored as node properties, in the order export writes them. */
  properties: string[];
  relations: RelationSpec[];
}

/** Every seed file, in load order. Labels and types here are the allow-list for generated Cypher. */
export const SEED_KINDS: SeedKind[] = [
  { file: 'sources.yaml', label: 'Source', recordClass: SourceRecord, properties: ['title', 'publisher', 'date', 'url', 'kind'], relations: [] },
  {
    file: 'programmes.yaml', label: 'Programme', recordClass: ProgrammeRecord,
    properties: ['name', 'summary', 'startDate', 'endDate', 'budgetGbp'],
    relations: [{ field: 'followsOn', targetKey: 'programme', direction: 'out', types: ['FOLLOWS_ON'], properties: [] }],
  },
  {
    file: 'funding-rounds.yaml', label: 'FundingRound', recordClass: FundingRoundRecord,
    properties: ['name', 'number', 'summary', 'startDate', 'endDate', 'budgetGbp', 'projectCount'],
    relations: [{ field: 'programme', single: true, targetKey: 'programme', direction: 'out', types: ['PART_OF'], properties: [] }],
  },
  { file: 'regions.yaml', label: 'Region', recordClass: RegionRecord, properties: ['name', 'gssCode'], relations: [] },
  {
    file: 'councils.yaml', label: 'Council', recordClass: CouncilRecord,
    properties: ['name', 'gssCode', 'laCode', 'type', 'validFrom', 'validTo'],
    relations: [{ field: 'region', single: true, targetKey: 'region', direction: 'out', types: ['IN_REGION'], properties: [] }],
  },
  {
    file: 'organisations.yaml', label: 'Organisation', recordClass: OrganisationRecord, properties: ['name', 'kind', 'summary'],
    relations: [{ field: 'members', targetKey: 'id', direction: 'in', types: ['MEMBER_OF'], properties: ['role'] }],
  },
  { file: 'themes.yaml', label: 'Theme', recordClass: ThemeRecord, properties: ['name', 'kind', 'summary'], relations: [] },
  {
    file: 'projects.yaml', label: 'Project', recordClass: ProjectRecord,
    properties: ['name', 'summary', 'startDate', 'endDate', 'grantGbp', 'grantQualifier', 'grantPeriodYears', 'status'],
    relations: [
      { field: 'leads', targetKey: 'id', direction: 'in', types: ['LEADS'], properties: [] },
      { field: 'partners', targetKey: 'id', direction: 'in', types: ['PARTNERS_IN'], properties: ['role'] },
      { field: 'rounds', targetKey: 'round', direction: 'out', types: ['FUNDED_IN'], properties: ['amountGbp'] },
      { field: 'themes', targetKey: 'theme', direction: 'out', types: ['HAS_THEME'], properties: [] },
      {
        field: 'origins', targetKey: 'project', direction: 'out', types: ['SCALES', 'SPREADS'],
        typeOf: (entry) => (entry.mode === 'scale' ? 'SCALES' : 'SPREADS'), properties: ['mode', 'year'],
      },
      { field: 'adoptedBy', targetKey: 'council', direction: 'in', types: ['ADOPTS'], properties: ['year', 'round', 'roundNotStated'] },
    ],
  },
  {
    file: 'people.yaml', label: 'Person', recordClass: PersonRecord, properties: ['name'],
    relations: [
      {
        field: 'roles', targetKey: 'organisation', direction: 'out', types: ['HELD_ROLE'],
        properties: ['title', 'from', 'to'], untargetedJson: 'otherRolesJson',
      },
      { field: 'announced', targetKey: 'target', direction: 'out', types: ['ANNOUNCED'], properties: ['date', 'amountGbp'] },
    ],
  },
  {
    file: 'evaluations.yaml', label: 'Evaluation', recordClass: EvaluationRecord,
    properties: ['title', 'date', 'url', 'reportNumber'],
    relations: [
      { field: 'evaluates', targetKey: 'project', direction: 'out', types: ['EVALUATES'], properties: [] },
      { field: 'evaluators', targetKey: 'id', direction: 'out', types: ['EVALUATED_BY'], properties: ['lead'] },
    ],
  },
  {
    file: 'findings.yaml', label: 'Finding', recordClass: FindingRecord,
    properties: ['statement', 'direction', 'outcomeArea', 'outcomeAreas'],
    relations: [
      { field: 'evaluation', single: true, targetKey: 'evaluation', direction: 'in', types: ['REPORTS'], properties: [] },
      { field: 'themes', targetKey: 'theme', direction: 'out', types: ['HAS_THEME'], properties: [] },
    ],
  },
];

/** Id prefix -> node label; relationship endpoints are labelled by their id's prefix. */
export const LABEL_BY_PREFIX: Record<string, NodeLabel> = {
  source: 'Source', programme: 'Programme', round: 'FundingRound', region: 'Region',
  council: 'Council', org: 'Organisation', person: 'Person', theme: 'Theme',
  project: 'Project', evaluation: 'Evaluation', finding: 'Finding',
};

/** The label of a node id, or undefined for an unknown prefix. */
export function labelOfId(id: string): NodeLabel | undefined {
  return LABEL_BY_PREFIX[id.split(':', 1)[0]];
}

/** Every relationship type any seed file can produce (the allow-list for Cypher). */
export const RELATIONSHIP_TYPES = [...new Set(SEED_KINDS.flatMap((k) => k.relations.flatMap((r) => r.types)))];
