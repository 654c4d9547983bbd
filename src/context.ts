import { Database } from './neo4j/database';
import { createReferenceLoaders } from './federation/reference-loaders';
import { createFundingRoundLoaders } from './funding-round/funding-round.loaders';
import { createProgrammeLoaders } from './programme/programme.loaders';
import { createSourceLoaders } from './source/source.loaders';

/** Every per-request DataLoader, from each entity folder. */
export function createLoaders(db: Database) {
  return {
    ...createSourceLoaders(db),
    ...createProgrammeLoaders(db),
    ...createFundingRoundLoaders(db),
    federation: createReferenceLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** What every resolver receives; built once per request, so loaders never leak between requests. */
export interface Context {
  db: Database;
  loaders: Loaders;
  /** True when the request carries the federation router's shared secret. */
  isRouter: boolean;
}

/** Builds the context of one request. */
export function createContext(db: Database, isRouter = false): Context {
  return { db, loaders: createLoaders(db), isRouter };
}
