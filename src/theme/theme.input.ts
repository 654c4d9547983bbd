import { Field, InputType, registerEnumType } from 'type-graphql';
import { createOrderInput } from '../shared/connection/order';
import { IdFilter, StringFilter } from '../shared/filter/filter.input';
import { createRelationFilter, RelationFilterValue } from '../shared/filter/relation-filter';
import { FindingRelationFilter } from '../finding/finding.input';
import { ProjectRelationFilter } from '../project/project.input';

/** Fields themes can be sorted on; each value is a field of THEME_MODEL. */
export enum ThemeSortField {
  ID = 'id',
  NAME = 'name',
  KIND = 'kind',
  SUMMARY = 'summary',
}

registerEnumType(ThemeSortField, { name: 'ThemeSortField', description: 'Fields themes can be sorted on.' });

/** Any entity's filter, for relation fields (the GraphQL types are exact). */
type Where = Record<string, unknown>;

@InputType({ description: 'Conditions on themes: every condition given must hold. Compiled to Cypher by compile-where.ts.' })
export class ThemeWhere {
  @Field(() => [ThemeWhere], { nullable: true, description: 'Every one of these conditions holds.' })
  AND?: ThemeWhere[];

  @Field(() => [ThemeWhere], { nullable: true, description: 'At least one of these conditions holds.' })
  OR?: ThemeWhere[];

  @Field(() => ThemeWhere, { nullable: true, description: 'This condition does not hold.' })
  NOT?: ThemeWhere;

  @Field(() => IdFilter, { nullable: true, description: 'Conditions on `id`.' })
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `name`.' })
  name?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `kind`.' })
  kind?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `summary`.' })
  summary?: StringFilter;

  @Field(() => ProjectRelationFilter, { nullable: true, description: 'Conditions on the projects of `projects` (projects with this theme).' })
  projects?: RelationFilterValue<Where>;

  @Field(() => FindingRelationFilter, { nullable: true, description: 'Conditions on the findings of `findings` (findings with this theme).' })
  findings?: RelationFilterValue<Where>;
}

export const ThemeOrder = createOrderInput('Theme', ThemeSortField);

export const ThemeRelationFilter = createRelationFilter('Theme', () => ThemeWhere);
