import { randomUUID } from 'node:crypto';
import { Database } from './neo4j/database';
import { createCouncilLoaders } from './council/council.loaders';
import { createEvaluationLoaders } from './evaluation/evaluation.loaders';
import { createReferenceLoaders } from './federation/reference-loaders';
import { createFindingLoaders } from './finding/finding.loaders';
import { createLineageLoaders } from './graph/lineage/lineage.loaders';
import { createFundingRoundLoaders } from './funding-round/funding-round.loaders';
import { createOrganisationLoaders } from './organisation/organisation.loaders';
import { createPersonLoaders } from './person/person.loaders';
import { createProgrammeLoaders } from './programme/programme.loaders';
import { createProjectLoaders } from './project/project.loaders';
import { createRegionLoaders } from './region/region.loaders';
import { RelatedLoaders } from './shared/connection/related-loaders';
import { createSourceLoaders } from './source/source.loaders';
import { createThemeLoaders } from './theme/theme.loaders';

/** Every per-request DataLoader: by id from each entity folder, and every relationship field. */
export function createLoaders(db: Database) {
  const loaders = {
    ...createSourceLoaders(db),
    ...createProgrammeLoaders(db),
    ...createFundingRoundLoaders(db),
    ...createProjectLoaders(db),
    ...createCouncilLoaders(db),
    ...createRegionLoaders(db),
    ...createOrganisationLoaders(db),
    ...createPersonLoaders(db),
    ...createEvaluationLoaders(db),
    ...createFindingLoaders(db),
    ...createThemeLoaders(db),
    related: new RelatedLoaders(db),
    ...createLineageLoaders(db),
  };
  return { ...loaders, federation: createReferenceLoaders(db, loaders) };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** What every resolver receives; built once per request, so loaders never leak between requests. */
export interface Context {
  db: Database;
  loaders: Loaders;
  /** True when the request carries the federation router's shared secret. */
  isRouter: boolean;
  /** This request's id: in its log lines, its `x-request-id` response header (REQUEST_ID_HEADER) and its masked errors. */
  requestId: string;
}

/**
 * Builds the context of one request. `db` is normally bound to the request (Database.forRequest:
 * its deadline, cancellation and session bound), so every loader inherits them. The loaders are
 * built on first use: a request answered from one folded statement (or `{ __typename }`) needs none.
 */
export function createContext(db: Database, isRouter = false, requestId: string = randomUUID()): Context {
  let loaders: Loaders | undefined;
  return {
    db,
    isRouter,
    requestId,
    get loaders() {
      return (loaders ??= createLoaders(db));
    },
  };
}
