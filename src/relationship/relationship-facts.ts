import { Field, Float, ID, Int, InterfaceType } from 'type-graphql';

/**
 * The properties relationships carry besides provenance (seeds/FORMAT.md). Each is an interface
 * that the edge types of the relationship implement, so the facts keep their names in every
 * direction the relationship is read.
 */
@InterfaceType({ description: 'A partner\'s part in a project (PARTNERS_IN).' })
export abstract class PartnershipFacts {
  @Field(() => String, { nullable: true, description: 'The partner\'s role, as a source states it.' })
  role!: string | null;
}

@InterfaceType({ description: 'Funding of a project in a round (FUNDED_IN).' })
export abstract class FundingFacts {
  @Field(() => Float, { nullable: true, description: 'Amount in pounds sterling for this project in this round, where a source states it.' })
  amountGbp!: number | null;
}

@InterfaceType({ description: 'A project scaling or spreading an earlier one (SCALES or SPREADS).' })
export abstract class DerivationFacts {
  @Field({ description: '"scale" (the same model in more places) or "spread" (taken up by others).' })
  mode!: string;

  @Field(() => Int, { nullable: true, description: 'Year the derived project began, where known.' })
  year!: number | null;
}

@InterfaceType({ description: 'A council adopting a project\'s model (ADOPTS).' })
export abstract class AdoptionFacts {
  @Field(() => Int, { nullable: true, description: 'Year of adoption, where known.' })
  year!: number | null;

  @Field(() => ID, { nullable: true, description: 'Id of the funding round in which the council adopted it, e.g. "round:2" (look it up with `fundingRound(id:)` or `node(id:)`).' })
  round!: string | null;
}

@InterfaceType({ description: 'A role a person held in an organisation (HELD_ROLE).' })
export abstract class RoleFacts {
  @Field({ description: 'Title of the role, e.g. "Minister of State for Children and Families".' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Start of the role (ISO date to the precision known).' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'End of the role (ISO date to the precision known).' })
  to!: string | null;
}

@InterfaceType({ description: 'A person announcing a round, programme or project (ANNOUNCED).' })
export abstract class AnnouncementFacts {
  @Field(() => String, { nullable: true, description: 'Date of the announcement (ISO date to the precision known).' })
  date!: string | null;

  @Field(() => Float, { nullable: true, description: 'Amount announced in pounds sterling, where stated.' })
  amountGbp!: number | null;
}
