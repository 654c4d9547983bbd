import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { SearchHit } from './search-hit.type';
import { SearchArgs } from './search.args';
import { searchEntities } from './search.repository';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search (Neo4j index `entity_text`) over names, titles, summaries, finding statements and source ' +
      'notes, each hit with how it matches and its relevance score: an exact name first, then the phrase (in a name ' +
      'before elsewhere), then all the words, then any word; within each, by score. BAD_USER_INPUT for blank text.',
  })
  search(@Args() { text, types, first }: SearchArgs, @Ctx() ctx: Context) {
    return searchEntities(ctx.db, text, types, first);
  }
}
