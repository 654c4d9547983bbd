/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A kind of entity in the graph (each is one Neo4j label). */
export type EntityType =
  | 'COUNCIL'
  | 'EVALUATION'
  | 'FINDING'
  | 'FUNDING_ROUND'
  | 'ORGANISATION'
  | 'PERSON'
  | 'PROGRAMME'
  | 'PROJECT'
  | 'REGION'
  | 'SOURCE'
  | 'THEME';

/** Which way to follow scale-and-spread relationships from a project. */
export type LineageDirection =
  /** The projects it derives from (its origins, their origins, ...). */
  | 'ANCESTORS'
  /** Ancestors and descendants. */
  | 'BOTH'
  /** The projects that scale or spread it (and those that scale or spread them, ...). */
  | 'DESCENDANTS';

export type EntityDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityDetailsQuery = { neighbourhood: { nodes: Array<{ id: string, type: string, label: string, properties: Record<string, unknown> }> }, node:
    | { id: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }>, alternatives: Array<{ field: string, value: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }> }> }
    | { id: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }>, alternatives: Array<{ field: string, value: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }> }> }
    | { id: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }>, alternatives: Array<{ field: string, value: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }> }> }
    | { id: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }>, alternatives: Array<{ field: string, value: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }> }> }
    | { id: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }>, alternatives: Array<{ field: string, value: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }> }> }
    | { id: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }>, alternatives: Array<{ field: string, value: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }> }> }
    | { id: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }>, alternatives: Array<{ field: string, value: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }> }> }
    | { id: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }>, alternatives: Array<{ field: string, value: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }> }> }
    | { id: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }>, alternatives: Array<{ field: string, value: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }> }> }
    | { id: string }
    | { id: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }>, alternatives: Array<{ field: string, value: string, sources: Array<{ note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }> }> }
   | null };

export type CitationFieldsFragment = { note: string, source: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } };

export type SourceFieldsFragment = { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string };

export type LineageQueryVariables = Exact<{
  projectId: string | number;
  direction: LineageDirection;
  maxDepth: number;
}>;


export type LineageQuery = { project: { id: string, name: string } | null, lineage: Array<{ depth: number, steps: Array<{ depth: number, mode: string | null, year: number | null, project: { id: string, name: string, startDate: string | null }, parent: { id: string, name: string } | null, adoptingCouncils: Array<{ year: number | null, council: { id: string, name: string }, round: { id: string, name: string, number: number | null } | null }> }> }> };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth: number;
  limit: number;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ id: string, type: string, label: string, properties: Record<string, unknown> }>, edges: Array<{ id: string, source: string, target: string, type: string, properties: Record<string, unknown> }> } };

export type ScaledAdoptionsQueryVariables = Exact<{
  originRound: number;
  adoptionRound: number;
}>;


export type ScaledAdoptionsQuery = { scaledAdoptions: Array<{ mode: string, year: number | null, involvement: Array<{ relationship: string }>, council: { id: string, name: string }, originProject: { id: string, name: string }, derivedProject: { id: string, name: string } }> };

export type FundingRoundNumbersQueryVariables = Exact<{ [key: string]: never; }>;


export type FundingRoundNumbersQuery = { fundingRounds: { edges: Array<{ node: { id: string, name: string, number: number | null } }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  first: number;
}>;


export type SearchQuery = { search: Array<{ score: number, type: EntityType, entity:
      | { __typename: 'Council', id: string, name: string }
      | { __typename: 'Evaluation', id: string, title: string }
      | { __typename: 'Finding', id: string, statement: string }
      | { __typename: 'FundingRound', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Programme', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Source', id: string, title: string }
      | { __typename: 'Theme', id: string, name: string }
     }> };

export type SourcesByIdQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type SourcesByIdQuery = { sources: { edges: Array<{ node: { id: string, title: string, publisher: string, date: string | null, url: string | null, kind: string } }> } };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { projectsByRound: Array<{ key: string, label: string, count: number, grantGbpSum: number | null }>, projectsByTheme: Array<{ key: string, label: string, count: number, grantGbpSum: number | null }>, projectsByRegion: Array<{ key: string, label: string, count: number, grantGbpSum: number | null }>, findingsByDirection: Array<{ key: string, label: string, count: number, grantGbpSum: number | null }> } };

export type BucketFieldsFragment = { key: string, label: string, count: number, grantGbpSum: number | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  id
  title
  publisher
  date
  url
  kind
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const CitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment CitationFields on Citation {
  note
  source {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  date
  url
  kind
}`, {"fragmentName":"CitationFields"}) as unknown as TypedDocumentString<CitationFieldsFragment, unknown>;
export const BucketFieldsFragmentDoc = new TypedDocumentString(`
    fragment BucketFields on StatBucket {
  key
  label
  count
  grantGbpSum
}
    `, {"fragmentName":"BucketFields"}) as unknown as TypedDocumentString<BucketFieldsFragment, unknown>;
export const EntityDetailsDocument = new TypedDocumentString(`
    query EntityDetails($id: ID!) {
  neighbourhood(id: $id, depth: 1, limit: 1) {
    nodes {
      id
      type
      label
      properties
    }
  }
  node(id: $id) {
    id
    ... on HasSources {
      sources {
        ...CitationFields
      }
    }
    ... on HasAlternatives {
      alternatives {
        field
        value
        sources {
          ...CitationFields
        }
      }
    }
  }
}
    fragment CitationFields on Citation {
  note
  source {
    ...SourceFields
  }
}
fragment SourceFields on Source {
  id
  title
  publisher
  date
  url
  kind
}`) as unknown as TypedDocumentString<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const LineageDocument = new TypedDocumentString(`
    query Lineage($projectId: ID!, $direction: LineageDirection!, $maxDepth: Int!) {
  project(id: $projectId) {
    id
    name
  }
  lineage(projectId: $projectId, direction: $direction, maxDepth: $maxDepth) {
    depth
    steps {
      depth
      mode
      year
      project {
        id
        name
        startDate
      }
      parent {
        id
        name
      }
      adoptingCouncils {
        year
        council {
          id
          name
        }
        round {
          id
          name
          number
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LineageQuery, LineageQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!, $depth: Int!, $limit: Int!) {
  neighbourhood(id: $id, depth: $depth, limit: $limit) {
    truncated
    nodes {
      id
      type
      label
      properties
    }
    edges {
      id
      source
      target
      type
      properties
    }
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const ScaledAdoptionsDocument = new TypedDocumentString(`
    query ScaledAdoptions($originRound: Int!, $adoptionRound: Int!) {
  scaledAdoptions(originRound: $originRound, adoptionRound: $adoptionRound) {
    mode
    year
    involvement {
      relationship
    }
    council {
      id
      name
    }
    originProject {
      id
      name
    }
    derivedProject {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ScaledAdoptionsQuery, ScaledAdoptionsQueryVariables>;
export const FundingRoundNumbersDocument = new TypedDocumentString(`
    query FundingRoundNumbers {
  fundingRounds(first: 100) {
    edges {
      node {
        id
        name
        number
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FundingRoundNumbersQuery, FundingRoundNumbersQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int!) {
  search(text: $text, first: $first) {
    score
    type
    entity {
      __typename
      ... on Programme {
        id
        name
      }
      ... on FundingRound {
        id
        name
      }
      ... on Project {
        id
        name
      }
      ... on Council {
        id
        name
      }
      ... on Region {
        id
        name
      }
      ... on Organisation {
        id
        name
      }
      ... on Person {
        id
        name
      }
      ... on Evaluation {
        id
        title
      }
      ... on Finding {
        id
        statement
      }
      ... on Theme {
        id
        name
      }
      ... on Source {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SourcesByIdDocument = new TypedDocumentString(`
    query SourcesById($ids: [ID!]!) {
  sources(where: {id: {in: $ids}}, first: 100) {
    edges {
      node {
        ...SourceFields
      }
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  date
  url
  kind
}`) as unknown as TypedDocumentString<SourcesByIdQuery, SourcesByIdQueryVariables>;
export const StatsDocument = new TypedDocumentString(`
    query Stats {
  stats {
    projectsByRound {
      ...BucketFields
    }
    projectsByTheme(orderBy: COUNT_DESC, first: 15) {
      ...BucketFields
    }
    projectsByRegion(orderBy: COUNT_DESC) {
      ...BucketFields
    }
    findingsByDirection(orderBy: COUNT_DESC) {
      ...BucketFields
    }
  }
}
    fragment BucketFields on StatBucket {
  key
  label
  count
  grantGbpSum
}`) as unknown as TypedDocumentString<StatsQuery, StatsQueryVariables>;