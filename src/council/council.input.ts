import { Field, InputType, registerEnumType } from 'type-graphql';
import { createOrderInput } from '../shared/connection/order';
import { DateFilter, IdFilter, StringFilter } from '../shared/filter/filter.input';
import { createRelationFilter, RelationFilterValue } from '../shared/filter/relation-filter';
import { ProjectRelationFilter } from '../project/project.input';
import { RegionRelationFilter } from '../region/region.input';
import { PersonRelationFilter } from '../person/person.input';

/** Fields councils can be sorted on; each value is a field of COUNCIL_MODEL. */
export enum CouncilSortField {
  ID = 'id',
  NAME = 'name',
  GSS_CODE = 'gssCode',
  LA_CODE = 'laCode',
  TYPE = 'type',
  VALID_FROM = 'validFrom',
  VALID_TO = 'validTo',
}

registerEnumType(CouncilSortField, { name: 'CouncilSortField', description: 'Fields councils can be sorted on.' });

/** Any entity's filter, for relation fields (the GraphQL types are exact). */
type Where = Record<string, unknown>;

@InputType({ description: 'Conditions on councils: every condition given must hold. Compiled to Cypher by compile-where.ts.' })
export class CouncilWhere {
  @Field(() => [CouncilWhere], { nullable: true, description: 'Every one of these conditions holds.' })
  AND?: CouncilWhere[];

  @Field(() => [CouncilWhere], { nullable: true, description: 'At least one of these conditions holds.' })
  OR?: CouncilWhere[];

  @Field(() => CouncilWhere, { nullable: true, description: 'This condition does not hold.' })
  NOT?: CouncilWhere;

  @Field(() => IdFilter, { nullable: true, description: 'Conditions on `id`.' })
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `name`.' })
  name?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `gssCode`.' })
  gssCode?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `laCode`.' })
  laCode?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `type`.' })
  type?: StringFilter;

  @Field(() => DateFilter, { nullable: true, description: 'Conditions on `validFrom`.' })
  validFrom?: DateFilter;

  @Field(() => DateFilter, { nullable: true, description: 'Conditions on `validTo`.' })
  validTo?: DateFilter;

  @Field(() => ProjectRelationFilter, { nullable: true, description: 'Conditions on the projects of `projectsLed` (projects this council leads).' })
  projectsLed?: RelationFilterValue<Where>;

  @Field(() => ProjectRelationFilter, { nullable: true, description: 'Conditions on the projects of `partnerships` (projects this council is a partner in).' })
  partnerships?: RelationFilterValue<Where>;

  @Field(() => ProjectRelationFilter, { nullable: true, description: 'Conditions on the projects of `adopted` (projects whose model this council adopted).' })
  adopted?: RelationFilterValue<Where>;

  @Field(() => RegionRelationFilter, { nullable: true, description: 'Conditions on the region of `region` (the region of this council).' })
  region?: RelationFilterValue<Where>;

  @Field(() => PersonRelationFilter, { nullable: true, description: 'Conditions on the people of `people` (people who held a role in this council).' })
  people?: RelationFilterValue<Where>;
}

export const CouncilOrder = createOrderInput('Council', CouncilSortField);

export const CouncilRelationFilter = createRelationFilter('Council', () => CouncilWhere);
