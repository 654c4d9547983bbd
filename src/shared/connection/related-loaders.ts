import { Database } from '../../neo4j/database';
import { LoaderFamily } from '../loader-family';
import { RelationSpec } from '../model/entity-model';
import { MAX_PAGE_SIZE } from './connection.args';
import { Connection, ConnectionRequest, findRelatedConnections, RelatedShape } from './connection-query';

/** What makes two relationship-field requests share a batch. */
interface RelatedPageArgs {
  relation: RelationSpec;
  request: ConnectionRequest;
  withTotal: boolean;
  shape: RelatedShape;
}

/**
 * Per-request loaders of every relationship field. One DataLoader per (relation, arguments,
 * totalCount wanted): all parents that ask for the same field with the same arguments at one
 * nesting level are answered by one statement.
 */
export class RelatedLoaders {
  private readonly family: LoaderFamily<RelatedPageArgs, Connection<unknown>>;

  constructor(db: Database) {
    this.family = new LoaderFamily((ids, { relation, request, withTotal, shape }) =>
      findRelatedConnections(db, relation, ids, request, withTotal, shape),
    );
  }

  /** The page of nodes related to `parentId` along `relation`, as a connection with edge facts. */
  connection<TNode>(relation: RelationSpec, parentId: string, request: ConnectionRequest, withTotal = false): Promise<Connection<TNode>> {
    return this.family.load(parentId, { relation, request, withTotal, shape: 'edges' }) as Promise<Connection<TNode>>;
  }

  /**
   * The related nodes only (plain list fields), each node once however many relationships reach it;
   * up to the page cap unless `first` says otherwise.
   */
  async nodes<TNode>(relation: RelationSpec, parentId: string, request: ConnectionRequest): Promise<TNode[]> {
    const sized = { ...request, first: request.first ?? (request.last == null ? MAX_PAGE_SIZE : null) };
    const page = await this.family.load(parentId, { relation, request: sized, withTotal: false, shape: 'nodes' }) as Connection<TNode>;
    return page.edges.map((edge) => edge.node);
  }

  /** The one related node of a single-valued relation (e.g. a council's region), or null. */
  async node<TNode>(relation: RelationSpec, parentId: string): Promise<TNode | null> {
    const [node] = await this.nodes<TNode>(relation, parentId, { first: 1 });
    return node ?? null;
  }
}
