import DataLoader from 'dataloader';
import { AlternativeValue } from './alternative-value.type';
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

/** How a disputed value is stored in a node's `alternativesJson` (see seeds/FORMAT.md). */
interface StoredAlternative {
  field: string;
  value: unknown;
  sources?: { source: string; note?: string }[];
}

/** Parses a node's `alternativesJson` into alternative values carrying provenance lists. */
export function parseAlternatives(node: { alternativesJson?: string | null }): AlternativeValue[] {
  if (!node.alternativesJson) return [];
  const stored = JSON.parse(node.alternativesJson) as StoredAlternative[];
  return stored.map((alternative) => ({
    field: alternative.field,
    value: typeof alternative.value === 'string' ? alternative.value : JSON.stringify(alternative.value),
    sourceIds: (alternative.sources ?? []).map((ref) => ref.source),
    sourceNotes: (alternative.sources ?? []).map((ref) => ref.note ?? ''),
  }));
}
