import { Field, ID, InterfaceType } from 'type-graphql';
import { labelOfId } from '../seed/seed-kinds';

/**
 * The Relay Node interface. Ids are the graph's own ids ("project:no-wrong-door"): their prefix
 * names the type, so no global id encoding is needed.
 */
@InterfaceType({
  description: 'Any entity of the graph, found by its id with `node(id:)`. The id prefix names the type.',
  resolveType: (value: { id: string }) => labelOfId(value.id),
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable id with a type prefix, e.g. "project:no-wrong-door".' })
  id!: string;
}
