// Achats, approvisionnement, commerce international, transit et douane (acheteur, approvisionneur, assistant
// import-export, déclarant en douane, agent de transit): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
];
