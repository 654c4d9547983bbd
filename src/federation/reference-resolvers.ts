import { Context } from '../context';
import { BadUserInputError } from '../errors';
import { EntityName } from './reference-loaders';

/** A representation as the router sends it: `__typename` and the fields of one `@key`. */
export type Representation = { __typename: string } & Record<string, unknown>;

type ReferenceResolver = (reference: Representation, ctx: Context) => Promise<unknown>;

/**
 * Resolves entities keyed by `id` through the request's loader for that type. Async so that a
 * bad representation fails only its own slot of `_entities`; the load itself is issued before
 * the first await, so all representations of a request land in one batch.
 */
function byId(type: EntityName): ReferenceResolver {
  return async (reference, ctx) => ctx.loaders.federation.byId[type].load(requireKey(reference, 'id'));
}

/** A Council may be referenced by its id or, for services that only know ONS codes, its GSS code. */
const resolveCouncil: ReferenceResolver = async (reference, ctx) => {
  if (reference.id !== undefined) return ctx.loaders.federation.byId.Council.load(requireKey(reference, 'id'));
  if (reference.gssCode !== undefined) return ctx.loaders.federation.councilByGssCode.load(requireKey(reference, 'gssCode'));
  throw new BadUserInputError('A Council representation needs a string "id" or "gssCode".', {
    typename: 'Council',
    fields: ['id', 'gssCode'],
  });
};

/** `__resolveReference` of every entity of this subgraph (the types carrying `@key`). */
export const REFERENCE_RESOLVERS: Record<EntityName, { __resolveReference: ReferenceResolver }> = {
  Project: { __resolveReference: byId('Project') },
  Council: { __resolveReference: resolveCouncil },
  Organisation: { __resolveReference: byId('Organisation') },
  Person: { __resolveReference: byId('Person') },
  FundingRound: { __resolveReference: byId('FundingRound') },
  Theme: { __resolveReference: byId('Theme') },
};

function requireKey(reference: Representation, field: string): string {
  const value = reference[field];
  if (typeof value !== 'string') {
    throw new BadUserInputError(`A ${reference.__typename} representation needs a string "${field}".`, {
      typename: reference.__typename,
      field,
    });
  }
  return value;
}
