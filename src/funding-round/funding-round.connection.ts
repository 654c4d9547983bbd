import { AnnouncementFacts, FundingFacts } from '../relationship/relationship-facts';
import { createConnectionType } from '../shared/connection/connection.type';
import { FundingRound } from './funding-round.type';

/** Connection types of funding rounds: the root list, and each relationship that reaches them (edges with that relationship's facts). */
export const FundingRoundConnection = createConnectionType(FundingRound);
export const FundingRoundRelationConnection = createConnectionType(FundingRound, { name: 'FundingRoundRelation', relationship: true });
export const FundingRoundAnnouncementConnection = createConnectionType(FundingRound, { name: 'FundingRoundAnnouncement', relationship: true, facts: AnnouncementFacts });
export const FundingRoundFundingConnection = createConnectionType(FundingRound, { name: 'FundingRoundFunding', relationship: true, facts: FundingFacts });
