import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { AlternativeValue } from './alternative-value.type';
import { Citation } from './citation.type';
import { HasAlternatives } from './has-alternatives.interface';
import { HasSources } from './has-sources.interface';
import { parseAlternatives, resolveCitations, Sourced } from './provenance';

/** `sources` of every entity and edge: one batched source lookup per nesting level. */
@Resolver(() => HasSources)
export class SourcesResolver {
  @FieldResolver(() => [Citation], { description: 'The sources supporting this fact.' })
  sources(@Root() fact: Sourced, @Ctx() ctx: Context): Promise<Citation[]> {
    return resolveCitations(fact, ctx.loaders.sourceById);
  }
}

/** `alternatives` of every entity, parsed from the node itself (no statement). */
@Resolver(() => HasAlternatives)
export class AlternativesResolver {
  @FieldResolver(() => [AlternativeValue], { description: 'Values other sources give for this entity\'s fields.' })
  alternatives(@Root() node: { alternativesJson?: string | null }): AlternativeValue[] {
    return parseAlternatives(node);
  }
}
