import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsPartialIsoDate, NodeRecord, SourcedRecord } from './seed-record-base';

/** The record classes of seeds/*.yaml (format: seeds/FORMAT.md). One class per file kind. */

const slugId = (prefix: string) =>
  Matches(new RegExp(`^${prefix}:[a-z0-9][a-z0-9-]*$`), {
    message: `id must look like "${prefix}:lower-case-words"`,
  });

export const SOURCE_KINDS = [
  'news-article', 'newsletter', 'report', 'evaluation-report', 'web-page', 'press-release',
  'speech', 'dataset', 'parliamentary',
] as const;
export const COUNCIL_TYPES = [
  'county', 'unitary', 'metropolitan-district', 'london-borough', 'city-of-london', 'isles-of-scilly',
] as const;
export const ORGANISATION_KINDS = [
  'government', 'charity', 'trust', 'university', 'consultancy', 'network', 'research-centre',
  'health', 'police', 'other',
] as const;
export const THEME_KINDS = ['topic', 'practice-model', 'feature-of-practice', 'outcome', 'policy-area'] as const;
export const PROJECT_STATUSES = ['completed', 'active', 'unknown'] as const;
export const FINDING_DIRECTIONS = ['positive', 'mixed', 'no-clear-effect', 'negative', 'emerging'] as const;
export const LINEAGE_MODES = ['scale', 'spread'] as const;
/** How a source states a grant: an exact figure, a ceiling ("up to"), an approximation, or a floor ("over"). */
export const GRANT_QUALIFIERS = ['exact', 'up-to', 'about', 'more-than'] as const;
/** The controlled outcome areas a finding is about (seeds/FORMAT.md describes each). */
export const OUTCOME_AREAS = [
  'children-in-care', 'child-protection', 'placement-stability', 'wellbeing-and-mental-health',
  'education-and-employment', 'family-outcomes', 'risk-and-safety', 'cost-and-value', 'workforce',
  'practice-and-service-quality', 'implementation-and-learning', 'overall-effectiveness',
] as const;

export class SourceRecord {
  @slugId('source') id!: string;
  @IsString() @IsNotEmpty() title!: string;
  @IsString() @IsNotEmpty() publisher!: string;
  @IsOptional() @IsPartialIsoDate() date?: string;
  @IsOptional() @IsUrl({ require_protocol: true }) url?: string;
  @IsIn(SOURCE_KINDS) kind!: string;
  @IsOptional() @IsArray() sources?: unknown[];
}

class ProgrammeLink extends SourcedRecord {
  @slugId('programme') programme!: string;
}

export class ProgrammeRecord extends NodeRecord {
  @slugId('programme') id!: string;
  @IsString() @IsNotEmpty() name!: string;
  @IsString() @IsNotEmpty() summary!: string;
  @IsOptional() @IsPartialIsoDate() startDate?: string;
  @IsOptional() @IsPartialIsoDate() endDate?: string;
  @IsOptional() @IsNumber() @Min(0) budgetGbp?: number;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => ProgrammeLink) followsOn?: ProgrammeLink[];
}

export class FundingRoundRecord extends NodeRecord {
  @slugId('round') id!: string;
  @IsString() @IsNotEmpty() name!: string;
  @IsOptional() @IsInt() @Min(1) number?: number;
  @IsString() @IsNotEmpty() summary!: string;
  @IsOptional() @IsPartialIsoDate() startDate?: string;
  @IsOptional() @IsPartialIsoDate() endDate?: string;
  @IsOptional() @IsNumber() @Min(0) budgetGbp?: number;
  @IsOptional() @IsInt() @Min(0) projectCount?: number;
  @IsOptional() @ValidateNested() @Type(() => ProgrammeLink) programme?: ProgrammeLink;
}

export class RegionRecord extends NodeRecord {
  @Matches(/^region:E12\d{6}$/, { message: 'id must be "region:" and an ONS region code' }) id!: string;
  @IsString() @IsNotEmpty() name!: string;
  @Matches(/^E12\d{6}$/) gssCode!: string;
}

class RegionLink extends SourcedRecord {
  @Matches(/^region:E12\d{6}$/) region!: string;
}

export class CouncilRecord extends NodeRecord {
  @Matches(/^council:E\d{8}$/, { message: 'id must be "council:" and an ONS GSS code' }) id!: string;
  @IsString() @IsNotEmpty() name!: string;
  @Matches(/^E\d{8}$/) gssCode!: string;
  @IsOptional() @IsString() laCode?: string;
  @IsIn(COUNCIL_TYPES) type!: string;
  @IsOptional() @IsPartialIsoDate() validFrom?: string;
  @IsOptional() @IsPartialIsoDate() validTo?: string;
  @IsOptional() @ValidateNested() @Type(() => RegionLink) region?: RegionLink;
}

const leaderId = Matches(/^(council:E\d{8}|org:[a-z0-9][a-z0-9-]*)$/, {
  message: 'id must be a council or organisation id',
});

/** A member of a consortium, partnership or trust: a council or another organisation. */
class MemberEntry extends SourcedRecord {
  @leaderId id!: string;
  @IsOptional() @IsString() @IsNotEmpty() role?: string;
}

export class OrganisationRecord extends NodeRecord {
  @slugId('org') id!: string;
  @IsString() @IsNotEmpty() name!: string;
  @IsIn(ORGANISATION_KINDS) kind!: string;
  @IsOptional() @IsString() summary?: string;
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => MemberEntry) members?: MemberEntry[];
}

class RoleEntry extends SourcedRecord {
  @IsOptional()
  @Matches(/^(org:[a-z0-9][a-z0-9-]*|council:E\d{8})$/, { message: 'organisation must be an organisation or council id' })
  organisation?: string;
  @IsString() @IsNotEmpty() title!: string;
  @IsOptional() @IsPartialIsoDate() from?: string;
  @IsOptional() @IsPartialIsoDate() to?: string;
}

class AnnouncementEntry extends SourcedRecord {
  @Matches(/^(round|programme|project):[a-z0-9][a-z0-9-]*$/, {
    message: 'target must be a round, programme or project id',
  })
  target!: string;
  @IsOptional() @IsPartialIsoDate() date?: string;
  @IsOptional() @IsNumber() @Min(0) amountGbp?: number;
}

export class PersonRecord extends NodeRecord {
  @slugId('person') id!: string;
  @IsString() @IsNotEmpty() name!: string;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => RoleEntry) roles?: RoleEntry[];
  @IsOptional() @ValidateNested({ each: true }) @Type(() => AnnouncementEntry) announced?: AnnouncementEntry[];
}

export class ThemeRecord extends NodeRecord {
  @slugId('theme') id!: string;
  @IsString() @IsNotEmpty() name!: string;
  @IsIn(THEME_KINDS) kind!: string;
  @IsOptional() @IsString() summary?: string;
}


class LeadEntry extends SourcedRecord {
  @leaderId id!: string;
}

class PartnerEntry extends SourcedRecord {
  @leaderId id!: string;
  @IsOptional() @IsString() role?: string;
}

class RoundEntry extends SourcedRecord {
  @slugId('round') round!: string;
  @IsOptional() @IsNumber() @Min(0) amountGbp?: number;
}

class ThemeEntry extends SourcedRecord {
  @slugId('theme') theme!: string;
}

class OriginEntry extends SourcedRecord {
  @slugId('project') project!: string;
  @IsIn(LINEAGE_MODES) mode!: string;
  @IsOptional() @IsInt() @Min(2000) year?: number;
}

class AdoptionEntry extends SourcedRecord {
  @Matches(/^council:E\d{8}$/) council!: string;
  @IsOptional() @IsInt() @Min(2000) year?: number;
  @IsOptional() @slugId('round') round?: string;
  /** True when the source names the adoption but not the funding under which it happened. */
  @IsOptional() @IsBoolean() roundNotStated?: boolean;
}

export class ProjectRecord extends NodeRecord {
  @slugId('project') id!: string;
  @IsString() @IsNotEmpty() name!: string;
  @IsString() @IsNotEmpty() summary!: string;
  @IsOptional() @IsPartialIsoDate() startDate?: string;
  @IsOptional() @IsPartialIsoDate() endDate?: string;
  @IsOptional() @IsNumber() @Min(0) grantGbp?: number;
  @IsOptional() @IsIn(GRANT_QUALIFIERS) grantQualifier?: string;
  @IsOptional() @IsNumber() @Min(0) grantPeriodYears?: number;
  @IsIn(PROJECT_STATUSES) status!: string;
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => LeadEntry) leads?: LeadEntry[];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => PartnerEntry) partners?: PartnerEntry[];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => RoundEntry) rounds?: RoundEntry[];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => ThemeEntry) themes?: ThemeEntry[];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => OriginEntry) origins?: OriginEntry[];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => AdoptionEntry) adoptedBy?: AdoptionEntry[];
}

class EvaluatesEntry extends SourcedRecord {
  @slugId('project') project!: string;
}

class EvaluatorEntry extends SourcedRecord {
  @Matches(/^(org|person):[a-z0-9][a-z0-9-]*$/, { message: 'id must be an organisation or person id' })
  id!: string;
  /** True for the lead evaluator where the report names one. */
  @IsOptional() @IsBoolean() lead?: boolean;
}

export class EvaluationRecord extends NodeRecord {
  @slugId('evaluation') id!: string;
  @IsString() @IsNotEmpty() title!: string;
  @IsOptional() @IsPartialIsoDate() date?: string;
  @IsOptional() @IsUrl({ require_protocol: true }) url?: string;
  @IsOptional() @IsInt() @Min(1) reportNumber?: number;
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => EvaluatesEntry) evaluates?: EvaluatesEntry[];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => EvaluatorEntry) evaluators?: EvaluatorEntry[];
}

class EvaluationLink extends SourcedRecord {
  @slugId('evaluation') evaluation!: string;
}

export class FindingRecord extends NodeRecord {
  @slugId('finding') id!: string;
  @IsString() @IsNotEmpty() statement!: string;
  @IsIn(FINDING_DIRECTIONS) direction!: string;
  @IsString() @IsNotEmpty() outcomeArea!: string;
  @IsOptional() @IsArray() @ArrayNotEmpty() @IsIn(OUTCOME_AREAS, { each: true }) outcomeAreas?: string[];
  @IsOptional() @ValidateNested() @Type(() => EvaluationLink) evaluation?: EvaluationLink;
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => ThemeEntry) themes?: ThemeEntry[];
}
