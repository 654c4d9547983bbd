import DataLoader from 'dataloader';
import { Council } from '../council/council.type';
import { Database } from '../neo4j/database';
import { orderByKeys } from '../neo4j/node-by-id-loader';
import { Organisation } from '../organisation/organisation.type';
import { Person } from '../person/person.type';
import { Project } from '../project/project.type';
import { FundingRound } from '../funding-round/funding-round.type';
import { Theme } from '../theme/theme.type';

/** The entity folders' by-id loaders the references reuse (one cache per request for both paths). */
export interface EntityByIdLoaders {
  projectById: DataLoader<string, Project | null>;
  councilById: DataLoader<string, Council | null>;
  organisationById: DataLoader<string, Organisation | null>;
  personById: DataLoader<string, Person | null>;
  fundingRoundById: DataLoader<string, FundingRound | null>;
  themeById: DataLoader<string, Theme | null>;
}

/** Councils whose ONS GSS code is in $gssCodes; returns each code with the council's properties. */
const COUNCILS_BY_GSS_CODES = `
  UNWIND $gssCodes AS gssCode
  MATCH (c:Council {gssCode: gssCode})
  RETURN gssCode, properties(c) AS council`;

/**
 * Per-request loaders behind `__resolveReference`: N representations of one type in one
 * `_entities` request become one Cypher statement for that type (one more for Councils keyed by
 * GSS code), results in key order, `null` for unknown keys. Lookups by id go through the entity
 * folders' own loaders, so an entity fetched by `_entities` and by a field shares one cache.
 */
export function createReferenceLoaders(db: Database, entities: EntityByIdLoaders) {
  return {
    byId: {
      Project: entities.projectById,
      Council: entities.councilById,
      Organisation: entities.organisationById,
      Person: entities.personById,
      FundingRound: entities.fundingRoundById,
      Theme: entities.themeById,
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
