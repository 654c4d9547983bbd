import { Field, InputType, registerEnumType } from 'type-graphql';
import { createOrderInput } from '../shared/connection/order';
import { DateFilter, IdFilter, NumberFilter, StringFilter } from '../shared/filter/filter.input';
import { createRelationFilter, RelationFilterValue } from '../shared/filter/relation-filter';
import { PersonRelationFilter } from '../person/person.input';
import { ProgrammeRelationFilter } from '../programme/programme.input';
import { ProjectRelationFilter } from '../project/project.input';

/** Fields funding rounds can be sorted on; each value is a field of FUNDING_ROUND_MODEL. */
export enum FundingRoundSortField {
  ID = 'id',
  NAME = 'name',
  NUMBER = 'number',
  SUMMARY = 'summary',
  START_DATE = 'startDate',
  END_DATE = 'endDate',
  BUDGET_GBP = 'budgetGbp',
  PROJECT_COUNT = 'projectCount',
}

registerEnumType(FundingRoundSortField, { name: 'FundingRoundSortField', description: 'Fields funding rounds can be sorted on.' });

/** Any entity's filter, for relation fields (the GraphQL types are exact). */
type Where = Record<string, unknown>;

@InputType({ description: 'Conditions on funding rounds: every condition given must hold. Compiled to Cypher by compile-where.ts.' })
export class FundingRoundWhere {
  @Field(() => [FundingRoundWhere], { nullable: true, description: 'Every one of these conditions holds.' })
  AND?: FundingRoundWhere[];

  @Field(() => [FundingRoundWhere], { nullable: true, description: 'At least one of these conditions holds.' })
  OR?: FundingRoundWhere[];

  @Field(() => FundingRoundWhere, { nullable: true, description: 'This condition does not hold.' })
  NOT?: FundingRoundWhere;

  @Field(() => IdFilter, { nullable: true, description: 'Conditions on `id`.' })
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `name`.' })
  name?: StringFilter;

  @Field(() => NumberFilter, { nullable: true, description: 'Conditions on `number`.' })
  number?: NumberFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `summary`.' })
  summary?: StringFilter;

  @Field(() => DateFilter, { nullable: true, description: 'Conditions on `startDate`.' })
  startDate?: DateFilter;

  @Field(() => DateFilter, { nullable: true, description: 'Conditions on `endDate`.' })
  endDate?: DateFilter;

  @Field(() => NumberFilter, { nullable: true, description: 'Conditions on `budgetGbp`.' })
  budgetGbp?: NumberFilter;

  @Field(() => NumberFilter, { nullable: true, description: 'Conditions on `projectCount`.' })
  projectCount?: NumberFilter;

  @Field(() => ProjectRelationFilter, { nullable: true, description: 'Conditions on the projects of `projects` (projects funded in this round).' })
  projects?: RelationFilterValue<Where>;

  @Field(() => ProgrammeRelationFilter, { nullable: true, description: 'Conditions on the programme of `programme` (the programme this round belongs to).' })
  programme?: RelationFilterValue<Where>;

  @Field(() => PersonRelationFilter, { nullable: true, description: 'Conditions on the people of `announcedBy` (people who announced this round).' })
  announcedBy?: RelationFilterValue<Where>;
}

export const FundingRoundOrder = createOrderInput('FundingRound', FundingRoundSortField);

export const FundingRoundRelationFilter = createRelationFilter('FundingRound', () => FundingRoundWhere);
