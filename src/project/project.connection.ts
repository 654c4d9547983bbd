import { AdoptionFacts, AnnouncementFacts, DerivationFacts, FundingFacts, PartnershipFacts } from '../relationship/relationship-facts';
import { createConnectionType } from '../shared/connection/connection.type';
import { Project } from './project.type';

/** Connection types of projects: the root list, and each relationship that reaches them (edges with that relationship's facts). */
export const ProjectConnection = createConnectionType(Project);
export const ProjectRelationConnection = createConnectionType(Project, { name: 'ProjectRelation', relationship: true });
export const ProjectAdoptionConnection = createConnectionType(Project, { name: 'ProjectAdoption', relationship: true, facts: AdoptionFacts });
export const ProjectAnnouncementConnection = createConnectionType(Project, { name: 'ProjectAnnouncement', relationship: true, facts: AnnouncementFacts });
export const ProjectDerivationConnection = createConnectionType(Project, { name: 'ProjectDerivation', relationship: true, facts: DerivationFacts });
export const ProjectFundingConnection = createConnectionType(Project, { name: 'ProjectFunding', relationship: true, facts: FundingFacts });
export const ProjectPartnershipConnection = createConnectionType(Project, { name: 'ProjectPartnership', relationship: true, facts: PartnershipFacts });
