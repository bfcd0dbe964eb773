// Every sector's job titles (one file per sector family, France Travail job-seeker titles in French,
// British titles in English), for the occupation aliases.
import type { JobTitlePhrase } from './job-title';
import { TITLES as artisanatCultureSciencesAgriculture } from './artisanat-culture-sciences-agriculture';
import { TITLES as automobileTitresCourants } from './automobile-titres-courants';
import { TITLES as commerceServicesBureau } from './commerce-services-bureau';
import { TITLES as fonctionPubliqueDefenseTransport } from './fonction-publique-defense-transport';
import { TITLES as industrieBtpLogistique } from './industrie-btp-logistique';
import { TITLES as santeSocialServices } from './sante-social-services';

export { WRONG_ESCO_TITLES } from './wrong-esco-titles';

export const JOB_TITLES: JobTitlePhrase[] = [
  ...santeSocialServices,
  ...industrieBtpLogistique,
  ...commerceServicesBureau,
  ...fonctionPubliqueDefenseTransport,
  ...artisanatCultureSciencesAgriculture,
  ...automobileTitresCourants,
];
