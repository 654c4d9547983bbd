import { Field, InputType, registerEnumType } from 'type-graphql';
import { createOrderInput } from '../shared/connection/order';
import { IdFilter, StringFilter } from '../shared/filter/filter.input';
import { createRelationFilter, RelationFilterValue } from '../shared/filter/relation-filter';
import { CouncilRelationFilter } from '../council/council.input';

/** Fields regions can be sorted on; each value is a field of REGION_MODEL. */
export enum RegionSortField {
  ID = 'id',
  NAME = 'name',
  GSS_CODE = 'gssCode',
}

registerEnumType(RegionSortField, { name: 'RegionSortField', description: 'Fields regions can be sorted on.' });

/** Any entity's filter, for relation fields (the GraphQL types are exact). */
type Where = Record<string, unknown>;

@InputType({ description: 'Conditions on regions: every condition given must hold. Compiled to Cypher by compile-where.ts.' })
export class RegionWhere {
  @Field(() => [RegionWhere], { nullable: true, description: 'Every one of these conditions holds.' })
  AND?: RegionWhere[];

  @Field(() => [RegionWhere], { nullable: true, description: 'At least one of these conditions holds.' })
  OR?: RegionWhere[];

  @Field(() => RegionWhere, { nullable: true, description: 'This condition does not hold.' })
  NOT?: RegionWhere;

  @Field(() => IdFilter, { nullable: true, description: 'Conditions on `id`.' })
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `name`.' })
  name?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `gssCode`.' })
  gssCode?: StringFilter;

  @Field(() => CouncilRelationFilter, { nullable: true, description: 'Conditions on the councils of `councils` (councils in this region).' })
  councils?: RelationFilterValue<Where>;
}

export const RegionOrder = createOrderInput('Region', RegionSortField);

export const RegionRelationFilter = createRelationFilter('Region', () => RegionWhere);
