import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { Organisation } from '../organisation/organisation.type';
import { ORGANISATION_MODEL } from '../organisation/organisation.model';
import { Edge } from '../shared/connection/connection-query';
import { MAX_PAGE_SIZE } from '../shared/connection/connection.args';
import { Announcement } from './announcement.type';
import { PERSON_MODEL } from './person.model';
import { Person } from './person.type';
import { Role } from './role.type';

/** Relationship facts of a page of edges, without the Relay parts. */
function factsOf<T>({ cursor: _cursor, node: _node, ...facts }: Edge<T>) {
  return facts as Record<string, unknown>;
}

/** Roles and announcements of a person, read from the same relationship loaders as the connections. */
@Resolver(() => Person)
export class PersonRolesResolver {
  @FieldResolver(() => [Role], { description: `Roles this person held, oldest first (up to ${MAX_PAGE_SIZE}); see organisationsConnection to page.` })
  async roles(@Root() person: Person, @Ctx() ctx: Context): Promise<Role[]> {
    const page = await ctx.loaders.related.connection<Organisation>(PERSON_MODEL.relations.organisations, person.id, {});
    return page.edges
      .map((edge) => ({ ...factsOf(edge), organisation: edge.node, person }) as Role)
      .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  }

  /** One statement per target label (rounds, programmes, projects), merged and ordered by date. */
  @FieldResolver(() => [Announcement], { description: `Announcements this person made of rounds, programmes and projects, oldest first (up to ${MAX_PAGE_SIZE} of each kind).` })
  async announcements(@Root() person: Person, @Ctx() ctx: Context): Promise<Announcement[]> {
    const { announcedRounds, announcedProgrammes, announcedProjects } = PERSON_MODEL.relations;
    const pages = await Promise.all(
      [announcedRounds, announcedProgrammes, announcedProjects].map((relation) => ctx.loaders.related.connection<{ id: string }>(relation, person.id, {})),
    );
    return pages
      .flatMap((page) => page.edges.map((edge) => ({ ...factsOf(edge), target: edge.node, person }) as Announcement))
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  }
}

/** The people who held roles in an organisation, as roles. */
@Resolver(() => Organisation)
export class OrganisationRolesResolver {
  @FieldResolver(() => [Role], { description: `Roles people held in this organisation, oldest first (up to ${MAX_PAGE_SIZE}); see peopleConnection to page.` })
  async roles(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<Role[]> {
    const page = await ctx.loaders.related.connection<Person>(ORGANISATION_MODEL.relations.people, organisation.id, {});
    return page.edges
      .map((edge) => ({ ...factsOf(edge), person: edge.node, organisation }) as Role)
      .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  }
}
