import DataLoader from 'dataloader';
import { Citation } from './citation.type';
import { Source } from './source.type';

/**
 * How provenance is stored: every node and relationship carries two parallel lists,
 * `sourceIds` (ids of Source nodes) and `sourceNotes` (where in that source the fact is stated).
 */
export interface Sourced {
  sourceIds: string[];
  sourceNotes: string[];
}

/** Turns an entity's or relationship's provenance lists into citations, batching the sources. */
export async function resolveCitations(
  sourced: Sourced,
  sourceById: DataLoader<string, Source | null>,
): Promise<Citation[]> {
  const sources = await sourceById.loadMany(sourced.sourceIds ?? []);
  return sources.flatMap((source, index) => {
    if (source instanceof Error) throw source;
    return source ? [{ source, note: sourced.sourceNotes?.[index] ?? '' }] : [];
  });
}
