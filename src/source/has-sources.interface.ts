import { Field, InterfaceType } from 'type-graphql';
import { Citation } from './citation.type';

/**
 * Anything that carries provenance: every entity and every relationship edge. The field is
 * resolved once for all of them in provenance.resolver.ts.
 */
@InterfaceType({ description: 'A fact with its sources: every entity and every relationship edge.' })
export abstract class HasSources {
  @Field(() => [Citation], { description: 'The sources supporting this fact, each with where in it the fact is stated.' })
  sources!: Citation[];
}
