import { NodeLabel } from '../../neo4j/migrations';
import { COUNCIL_MODEL } from '../../council/council.model';
import { EVALUATION_MODEL } from '../../evaluation/evaluation.model';
import { FINDING_MODEL } from '../../finding/finding.model';
import { FUNDING_ROUND_MODEL } from '../../funding-round/funding-round.model';
import { ORGANISATION_MODEL } from '../../organisation/organisation.model';
import { PERSON_MODEL } from '../../person/person.model';
import { PROGRAMME_MODEL } from '../../programme/programme.model';
import { PROJECT_MODEL } from '../../project/project.model';
import { REGION_MODEL } from '../../region/region.model';
import { SOURCE_MODEL } from '../../source/source.model';
import { THEME_MODEL } from '../../theme/theme.model';
import { EntityModel } from './entity-model';

/** Every entity model by label; relation targets are looked up here. */
const MODELS: Record<NodeLabel, EntityModel> = {
  Programme: PROGRAMME_MODEL,
  FundingRound: FUNDING_ROUND_MODEL,
  Project: PROJECT_MODEL,
  Council: COUNCIL_MODEL,
  Region: REGION_MODEL,
  Organisation: ORGANISATION_MODEL,
  Person: PERSON_MODEL,
  Evaluation: EVALUATION_MODEL,
  Finding: FINDING_MODEL,
  Theme: THEME_MODEL,
  Source: SOURCE_MODEL,
};

/** The model of the entity with this label. */
export function entityModel(label: NodeLabel): EntityModel {
  return MODELS[label];
}
