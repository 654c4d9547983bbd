import DataLoader from 'dataloader';
import { Council } from '../council/council.type';
import { Database } from '../neo4j/database';
import { createNodeByIdLoader, orderByKeys } from '../neo4j/node-by-id-loader';
import { Organisation } from '../organisation/organisation.type';
import { Person } from '../person/person.type';
import { Project } from '../project/project.type';
import { FundingRound } from '../funding-round/funding-round.type';
import { Theme } from '../theme/theme.type';

/** Councils whose ONS GSS code is in $gssCodes; returns each code with the council's properties. */
const COUNCILS_BY_GSS_CODES = `
  UNWIND $gssCodes AS gssCode
  MATCH (c:Council {gssCode: gssCode})
  RETURN gssCode, properties(c) AS council`;

/**
 * Per-request loaders behind `__resolveReference`: N representations of one type in one
 * `_entities` request become one Cypher statement for that type (one more for Councils keyed by
 * GSS code), results in key order, `null` for unknown keys.
 */
export function createReferenceLoaders(db: Database) {
  return {
    byId: {
      Project: createNodeByIdLoader<Project>(db, 'Project'),
      Council: createNodeByIdLoader<Council>(db, 'Council'),
      Organisation: createNodeByIdLoader<Organisation>(db, 'Organisation'),
      Person: createNodeByIdLoader<Person>(db, 'Person'),
      FundingRound: createNodeByIdLoader<FundingRound>(db, 'FundingRound'),
      Theme: createNodeByIdLoader<Theme>(db, 'Theme'),
    },
    councilByGssCode: new DataLoader<string, Council | null>(async (gssCodes) => {
      const rows = await db.read(COUNCILS_BY_GSS_CODES, { gssCodes: [...gssCodes] });
      return orderByKeys(gssCodes, rows, (row) => row.gssCode as string).map(
        (row) => (row?.council as Council) ?? null,
      );
    }),
  };
}

export type ReferenceLoaders = ReturnType<typeof createReferenceLoaders>;

/** The entity types this subgraph resolves by `id`. */
export type EntityName = keyof ReferenceLoaders['byId'];
