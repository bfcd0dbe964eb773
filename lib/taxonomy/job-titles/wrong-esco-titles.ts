// Labels ESCO gives an occupation that are the name of another trade, which has its own concept
// ("plumber" among the pipe welder's labels, "osteopath" among the physiotherapist's). Read
// exactly, such a title offered the wrong trade beside the right one at almost full confidence.
// Dropped from the referential together with the job-title lexicon (never from the ESCO-only one).
import { OCCUPATION, type JobTitlePhrase } from './job-title';

export const WRONG_ESCO_TITLES: JobTitlePhrase[] = [
  // soudeur de tuyaux/soudeuse de tuyaux / pipe welder: the plumber is ESCO's plumber
  { id: `${OCCUPATION}2ff73126-7aff-4233-9d9c-d8725e1c6822`, en: ['plumber'] },
  // physiotherapist: osteopaths, chiropractors and occupational therapists are their own professions
  { id: `${OCCUPATION}006cc1f9-2841-41c3-991a-dc3f2f3bd533`, en: ['osteopath', 'chiropractor', 'occupational therapist'] },
];
