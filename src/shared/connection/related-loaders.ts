import DataLoader from 'dataloader';
import { Database } from '../../neo4j/database';
import { RelationSpec } from '../model/entity-model';
import { MAX_PAGE_SIZE } from './connection.args';
import { Connection, ConnectionRequest, findRelatedConnections } from './connection-query';

/**
 * Per-request loaders of every relationship field. One DataLoader per (relation, arguments,
 * totalCount wanted): all parents that ask for the same field with the same arguments at one
 * nesting level are answered by one statement.
 */
export class RelatedLoaders {
  private readonly loaders = new Map<string, DataLoader<string, Connection<unknown>>>();

  constructor(private readonly db: Database) {}

  /** The page of nodes related to `parentId` along `relation`, as a connection with edge facts. */
  connection<TNode>(relation: RelationSpec, parentId: string, request: ConnectionRequest, withTotal = false): Promise<Connection<TNode>> {
    const key = JSON.stringify([relation.from, relation.name, request, withTotal]);
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => findRelatedConnections(this.db, relation, ids, request, withTotal));
      this.loaders.set(key, loader);
    }
    return loader.load(parentId) as Promise<Connection<TNode>>;
  }

  /** The related nodes only (plain list fields); up to the page cap unless `first` says otherwise. */
  async nodes<TNode>(relation: RelationSpec, parentId: string, request: ConnectionRequest): Promise<TNode[]> {
    const page = await this.connection<TNode>(relation, parentId, { ...request, first: request.first ?? (request.last == null ? MAX_PAGE_SIZE : null) });
    return page.edges.map((edge) => edge.node);
  }

  /** The one related node of a single-valued relation (e.g. a council's region), or null. */
  async node<TNode>(relation: RelationSpec, parentId: string): Promise<TNode | null> {
    const [node] = await this.nodes<TNode>(relation, parentId, { first: 1 });
    return node ?? null;
  }
}
