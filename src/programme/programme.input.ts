import { Field, InputType, registerEnumType } from 'type-graphql';
import { createOrderInput } from '../shared/connection/order';
import { DateFilter, IdFilter, NumberFilter, StringFilter } from '../shared/filter/filter.input';
import { createRelationFilter, RelationFilterValue } from '../shared/filter/relation-filter';
import { FundingRoundRelationFilter } from '../funding-round/funding-round.input';
import { PersonRelationFilter } from '../person/person.input';

/** Fields programmes can be sorted on; each value is a field of PROGRAMME_MODEL. */
export enum ProgrammeSortField {
  ID = 'id',
  NAME = 'name',
  SUMMARY = 'summary',
  START_DATE = 'startDate',
  END_DATE = 'endDate',
  BUDGET_GBP = 'budgetGbp',
}

registerEnumType(ProgrammeSortField, { name: 'ProgrammeSortField', description: 'Fields programmes can be sorted on.' });

/** Any entity's filter, for relation fields (the GraphQL types are exact). */
type Where = Record<string, unknown>;

@InputType({ description: 'Conditions on programmes: every condition given must hold. Compiled to Cypher by compile-where.ts.' })
export class ProgrammeWhere {
  @Field(() => [ProgrammeWhere], { nullable: true, description: 'Every one of these conditions holds.' })
  AND?: ProgrammeWhere[];

  @Field(() => [ProgrammeWhere], { nullable: true, description: 'At least one of these conditions holds.' })
  OR?: ProgrammeWhere[];

  @Field(() => ProgrammeWhere, { nullable: true, description: 'This condition does not hold.' })
  NOT?: ProgrammeWhere;

  @Field(() => IdFilter, { nullable: true, description: 'Conditions on `id`.' })
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `name`.' })
  name?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `summary`.' })
  summary?: StringFilter;

  @Field(() => DateFilter, { nullable: true, description: 'Conditions on `startDate`.' })
  startDate?: DateFilter;

  @Field(() => DateFilter, { nullable: true, description: 'Conditions on `endDate`.' })
  endDate?: DateFilter;

  @Field(() => NumberFilter, { nullable: true, description: 'Conditions on `budgetGbp`.' })
  budgetGbp?: NumberFilter;

  @Field(() => FundingRoundRelationFilter, { nullable: true, description: 'Conditions on the funding rounds of `fundingRounds` (the funding rounds of this programme).' })
  fundingRounds?: RelationFilterValue<Where>;

  @Field(() => ProgrammeRelationFilter, { nullable: true, description: 'Conditions on the programmes of `followsOn` (earlier programmes this programme carries on from).' })
  followsOn?: RelationFilterValue<Where>;

  @Field(() => ProgrammeRelationFilter, { nullable: true, description: 'Conditions on the programmes of `followedBy` (later programmes that carry this programme on).' })
  followedBy?: RelationFilterValue<Where>;

  @Field(() => PersonRelationFilter, { nullable: true, description: 'Conditions on the people of `announcedBy` (people who announced this programme).' })
  announcedBy?: RelationFilterValue<Where>;
}

export const ProgrammeOrder = createOrderInput('Programme', ProgrammeSortField);

export const ProgrammeRelationFilter = createRelationFilter('Programme', () => ProgrammeWhere);
