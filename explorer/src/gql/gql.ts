/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query EntityDetails($id: ID!) {\n  neighbourhood(id: $id, depth: 1, limit: 1) {\n    nodes {\n      id\n      type\n      label\n      properties\n    }\n  }\n  node(id: $id) {\n    id\n    ... on HasSources {\n      sources {\n        ...CitationFields\n      }\n    }\n    ... on HasAlternatives {\n      alternatives {\n        field\n        value\n        sources {\n          ...CitationFields\n        }\n      }\n    }\n  }\n}\n\nfragment CitationFields on Citation {\n  note\n  source {\n    ...SourceFields\n  }\n}\n\nfragment SourceFields on Source {\n  id\n  title\n  publisher\n  date\n  url\n  kind\n}": typeof types.EntityDetailsDocument,
    "query Lineage($projectId: ID!, $direction: LineageDirection!, $maxDepth: Int!) {\n  project(id: $projectId) {\n    id\n    name\n  }\n  lineage(projectId: $projectId, direction: $direction, maxDepth: $maxDepth) {\n    depth\n    steps {\n      depth\n      mode\n      year\n      project {\n        id\n        name\n        startDate\n      }\n      parent {\n        id\n        name\n      }\n      adoptingCouncils {\n        year\n        council {\n          id\n          name\n        }\n        round {\n          id\n          name\n          number\n        }\n      }\n    }\n  }\n}": typeof types.LineageDocument,
    "query Neighbourhood($id: ID!, $depth: Int!, $limit: Int!) {\n  neighbourhood(id: $id, depth: $depth, limit: $limit) {\n    truncated\n    nodes {\n      id\n      type\n      label\n      properties\n    }\n    edges {\n      id\n      source\n      target\n      type\n      properties\n    }\n  }\n}": typeof types.NeighbourhoodDocument,
    "query ScaledAdoptions($originRound: Int!, $adoptionRound: Int!) {\n  scaledAdoptions(originRound: $originRound, adoptionRound: $adoptionRound) {\n    mode\n    year\n    involvement {\n      relationship\n    }\n    council {\n      id\n      name\n    }\n    originProject {\n      id\n      name\n    }\n    derivedProject {\n      id\n      name\n    }\n  }\n}\n\nquery FundingRoundNumbers {\n  fundingRounds(first: 100) {\n    edges {\n      node {\n        id\n        name\n        number\n      }\n    }\n  }\n}": typeof types.ScaledAdoptionsDocument,
    "query Search($text: String!, $first: Int!) {\n  search(text: $text, first: $first) {\n    score\n    type\n    entity {\n      __typename\n      ... on Programme {\n        id\n        name\n      }\n      ... on FundingRound {\n        id\n        name\n      }\n      ... on Project {\n        id\n        name\n      }\n      ... on Council {\n        id\n        name\n      }\n      ... on Region {\n        id\n        name\n      }\n      ... on Organisation {\n        id\n        name\n      }\n      ... on Person {\n        id\n        name\n      }\n      ... on Evaluation {\n        id\n        title\n      }\n      ... on Finding {\n        id\n        statement\n      }\n      ... on Theme {\n        id\n        name\n      }\n      ... on Source {\n        id\n        title\n      }\n    }\n  }\n}": typeof types.SearchDocument,
    "query SourcesById($ids: [ID!]!) {\n  sources(where: {id: {in: $ids}}, first: 100) {\n    edges {\n      node {\n        ...SourceFields\n      }\n    }\n  }\n}": typeof types.SourcesByIdDocument,
    "query Stats {\n  stats {\n    projectsByRound {\n      ...BucketFields\n    }\n    projectsByTheme(orderBy: COUNT_DESC, first: 15) {\n      ...BucketFields\n    }\n    projectsByRegion(orderBy: COUNT_DESC) {\n      ...BucketFields\n    }\n    findingsByDirection(orderBy: COUNT_DESC) {\n      ...BucketFields\n    }\n  }\n}\n\nfragment BucketFields on StatBucket {\n  key\n  label\n  count\n  grantGbpSum\n}": typeof types.StatsDocument,
};
const documents: Documents = {
    "query EntityDetails($id: ID!) {\n  neighbourhood(id: $id, depth: 1, limit: 1) {\n    nodes {\n      id\n      type\n      label\n      properties\n    }\n  }\n  node(id: $id) {\n    id\n    ... on HasSources {\n      sources {\n        ...CitationFields\n      }\n    }\n    ... on HasAlternatives {\n      alternatives {\n        field\n        value\n        sources {\n          ...CitationFields\n        }\n      }\n    }\n  }\n}\n\nfragment CitationFields on Citation {\n  note\n  source {\n    ...SourceFields\n  }\n}\n\nfragment SourceFields on Source {\n  id\n  title\n  publisher\n  date\n  url\n  kind\n}": types.EntityDetailsDocument,
    "query Lineage($projectId: ID!, $direction: LineageDirection!, $maxDepth: Int!) {\n  project(id: $projectId) {\n    id\n    name\n  }\n  lineage(projectId: $projectId, direction: $direction, maxDepth: $maxDepth) {\n    depth\n    steps {\n      depth\n      mode\n      year\n      project {\n        id\n        name\n        startDate\n      }\n      parent {\n        id\n        name\n      }\n      adoptingCouncils {\n        year\n        council {\n          id\n          name\n        }\n        round {\n          id\n          name\n          number\n        }\n      }\n    }\n  }\n}": types.LineageDocument,
    "query Neighbourhood($id: ID!, $depth: Int!, $limit: Int!) {\n  neighbourhood(id: $id, depth: $depth, limit: $limit) {\n    truncated\n    nodes {\n      id\n      type\n      label\n      properties\n    }\n    edges {\n      id\n      source\n      target\n      type\n      properties\n    }\n  }\n}": types.NeighbourhoodDocument,
    "query ScaledAdoptions($originRound: Int!, $adoptionRound: Int!) {\n  scaledAdoptions(originRound: $originRound, adoptionRound: $adoptionRound) {\n    mode\n    year\n    involvement {\n      relationship\n    }\n    council {\n      id\n      name\n    }\n    originProject {\n      id\n      name\n    }\n    derivedProject {\n      id\n      name\n    }\n  }\n}\n\nquery FundingRoundNumbers {\n  fundingRounds(first: 100) {\n    edges {\n      node {\n        id\n        name\n        number\n      }\n    }\n  }\n}": types.ScaledAdoptionsDocument,
    "query Search($text: String!, $first: Int!) {\n  search(text: $text, first: $first) {\n    score\n    type\n    entity {\n      __typename\n      ... on Programme {\n        id\n        name\n      }\n      ... on FundingRound {\n        id\n        name\n      }\n      ... on Project {\n        id\n        name\n      }\n      ... on Council {\n        id\n        name\n      }\n      ... on Region {\n        id\n        name\n      }\n      ... on Organisation {\n        id\n        name\n      }\n      ... on Person {\n        id\n        name\n      }\n      ... on Evaluation {\n        id\n        title\n      }\n      ... on Finding {\n        id\n        statement\n      }\n      ... on Theme {\n        id\n        name\n      }\n      ... on Source {\n        id\n        title\n      }\n    }\n  }\n}": types.SearchDocument,
    "query SourcesById($ids: [ID!]!) {\n  sources(where: {id: {in: $ids}}, first: 100) {\n    edges {\n      node {\n        ...SourceFields\n      }\n    }\n  }\n}": types.SourcesByIdDocument,
    "query Stats {\n  stats {\n    projectsByRound {\n      ...BucketFields\n    }\n    projectsByTheme(orderBy: COUNT_DESC, first: 15) {\n      ...BucketFields\n    }\n    projectsByRegion(orderBy: COUNT_DESC) {\n      ...BucketFields\n    }\n    findingsByDirection(orderBy: COUNT_DESC) {\n      ...BucketFields\n    }\n  }\n}\n\nfragment BucketFields on StatBucket {\n  key\n  label\n  count\n  grantGbpSum\n}": types.StatsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityDetails($id: ID!) {\n  neighbourhood(id: $id, depth: 1, limit: 1) {\n    nodes {\n      id\n      type\n      label\n      properties\n    }\n  }\n  node(id: $id) {\n    id\n    ... on HasSources {\n      sources {\n        ...CitationFields\n      }\n    }\n    ... on HasAlternatives {\n      alternatives {\n        field\n        value\n        sources {\n          ...CitationFields\n        }\n      }\n    }\n  }\n}\n\nfragment CitationFields on Citation {\n  note\n  source {\n    ...SourceFields\n  }\n}\n\nfragment SourceFields on Source {\n  id\n  title\n  publisher\n  date\n  url\n  kind\n}"): typeof import('./graphql').EntityDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Lineage($projectId: ID!, $direction: LineageDirection!, $maxDepth: Int!) {\n  project(id: $projectId) {\n    id\n    name\n  }\n  lineage(projectId: $projectId, direction: $direction, maxDepth: $maxDepth) {\n    depth\n    steps {\n      depth\n      mode\n      year\n      project {\n        id\n        name\n        startDate\n      }\n      parent {\n        id\n        name\n      }\n      adoptingCouncils {\n        year\n        council {\n          id\n          name\n        }\n        round {\n          id\n          name\n          number\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').LineageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Neighbourhood($id: ID!, $depth: Int!, $limit: Int!) {\n  neighbourhood(id: $id, depth: $depth, limit: $limit) {\n    truncated\n    nodes {\n      id\n      type\n      label\n      properties\n    }\n    edges {\n      id\n      source\n      target\n      type\n      properties\n    }\n  }\n}"): typeof import('./graphql').NeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScaledAdoptions($originRound: Int!, $adoptionRound: Int!) {\n  scaledAdoptions(originRound: $originRound, adoptionRound: $adoptionRound) {\n    mode\n    year\n    involvement {\n      relationship\n    }\n    council {\n      id\n      name\n    }\n    originProject {\n      id\n      name\n    }\n    derivedProject {\n      id\n      name\n    }\n  }\n}\n\nquery FundingRoundNumbers {\n  fundingRounds(first: 100) {\n    edges {\n      node {\n        id\n        name\n        number\n      }\n    }\n  }\n}"): typeof import('./graphql').ScaledAdoptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($text: String!, $first: Int!) {\n  search(text: $text, first: $first) {\n    score\n    type\n    entity {\n      __typename\n      ... on Programme {\n        id\n        name\n      }\n      ... on FundingRound {\n        id\n        name\n      }\n      ... on Project {\n        id\n        name\n      }\n      ... on Council {\n        id\n        name\n      }\n      ... on Region {\n        id\n        name\n      }\n      ... on Organisation {\n        id\n        name\n      }\n      ... on Person {\n        id\n        name\n      }\n      ... on Evaluation {\n        id\n        title\n      }\n      ... on Finding {\n        id\n        statement\n      }\n      ... on Theme {\n        id\n        name\n      }\n      ... on Source {\n        id\n        title\n      }\n    }\n  }\n}"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SourcesById($ids: [ID!]!) {\n  sources(where: {id: {in: $ids}}, first: 100) {\n    edges {\n      node {\n        ...SourceFields\n      }\n    }\n  }\n}"): typeof import('./graphql').SourcesByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Stats {\n  stats {\n    projectsByRound {\n      ...BucketFields\n    }\n    projectsByTheme(orderBy: COUNT_DESC, first: 15) {\n      ...BucketFields\n    }\n    projectsByRegion(orderBy: COUNT_DESC) {\n      ...BucketFields\n    }\n    findingsByDirection(orderBy: COUNT_DESC) {\n      ...BucketFields\n    }\n  }\n}\n\nfragment BucketFields on StatBucket {\n  key\n  label\n  count\n  grantGbpSum\n}"): typeof import('./graphql').StatsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
