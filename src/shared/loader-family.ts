import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders of one field that takes arguments: one DataLoader per distinct argument
 * set, keyed by parent id. All parents of one nesting level that ask for the field with the same
 * arguments are answered by one batch (one statement); different arguments never share a cache.
 * `batch` must return one value per id, in the order of the ids (the DataLoader contract).
 */
export class LoaderFamily<TArgs, TValue> {
  private readonly loaders = new Map<string, DataLoader<string, TValue>>();

  constructor(private readonly batch: (ids: readonly string[], args: TArgs) => Promise<TValue[]>) {}

  /** The value for `id` under `args`; args are compared by their JSON, so build them the same way each time. */
  load(id: string, args: TArgs): Promise<TValue> {
    const key = JSON.stringify(args);
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => this.batch(ids, args));
      this.loaders.set(key, loader);
    }
    return loader.load(id);
  }
}
