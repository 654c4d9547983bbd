import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { Council } from '../council/council.type';
import { COUNCIL_MODEL } from '../council/council.model';
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

/** A role read from an edge to an organisation or a council: `heldAt` and the matching typed end. */
function roleAt(edge: Edge<Organisation | Council>, person: Person, kind: 'organisation' | 'council'): Role {
  const at = edge.node;
  return { ...factsOf(edge), person, heldAt: at, organisation: kind === 'organisation' ? at : null, council: kind === 'council' ? at : null } as Role;
}

/** Oldest first; roles with no start date first, as before (empty string sorts first). */
const byStart = (a: Role, b: Role) => (a.from ?? '').localeCompare(b.from ?? '');

/** Roles and announcements of a person, read from the same relationship loaders as the connections. */
@Resolver(() => Person)
export class PersonRolesResolver {
  /** HELD_ROLE reaches organisations and councils: one statement for each target label, merged. */
  @FieldResolver(() => [Role], {
    description: `Roles this person held, at organisations and at councils, oldest first (up to ${MAX_PAGE_SIZE} of each); see organisationsConnection and councilsConnection to page.`,
  })
  async roles(@Root() person: Person, @Ctx() ctx: Context): Promise<Role[]> {
    const [atOrganisations, atCouncils] = await Promise.all([
      ctx.loaders.related.connection<Organisation>(PERSON_MODEL.relations.organisations, person.id, {}),
      ctx.loaders.related.connection<Council>(PERSON_MODEL.relations.councils, person.id, {}),
    ]);
    return [
      ...atOrganisations.edges.map((edge) => roleAt(edge, person, 'organisation')),
      ...atCouncils.edges.map((edge) => roleAt(edge, person, 'council')),
    ].sort(byStart);
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
    return page.edges.map((edge) => roleAt({ ...edge, node: organisation }, edge.node, 'organisation')).sort(byStart);
  }
}

/** The people who held roles in a council (directors of children's services, cabinet members), as roles. */
@Resolver(() => Council)
export class CouncilRolesResolver {
  @FieldResolver(() => [Role], { description: `Roles people held in this council, oldest first (up to ${MAX_PAGE_SIZE}); see peopleConnection to page.` })
  async roles(@Root() council: Council, @Ctx() ctx: Context): Promise<Role[]> {
    const page = await ctx.loaders.related.connection<Person>(COUNCIL_MODEL.relations.people, council.id, {});
    return page.edges.map((edge) => roleAt({ ...edge, node: council }, edge.node, 'council')).sort(byStart);
  }
}
