import type { FieldKey } from '../types';

export type RuleTarget = FieldKey | 'skills' | 'softSkills';

/**
 * How a form control is recognised, by evidence strength: its `autocomplete` token, then its label
 * text (label, aria, legend), then its name/id/placeholder. `negative` rules out look-alikes:
 * "nom" must not match "prénom", "nom d'utilisateur" or "nom de l'entreprise".
 */
export interface FieldRule {
  target: RuleTarget;
  autocomplete: string[];
  inputTypes?: string[];
  label: RegExp;
  negative?: RegExp;
  name?: RegExp;
}

const NOT_A_PERSON_NAME = /pr[ée]nom|first|given|utilisateur|user|login|identifiant|soci[ée]t[ée]|entreprise|company|employeur|employer|[ée]tablissement|[ée]cole|school|dipl[ôo]me|poste|m[ée]tier|job|naissance|birth|jeune fille|maiden|rue|voie|street|fichier|file|r[ée]f[ée]rent|contact d/i;

export const FIELD_RULES: FieldRule[] = [
  {
    target: 'firstName',
    autocomplete: ['given-name'],
    label: /pr[ée]nom|first\s*name|given\s*name|forename/i,
    name: /first.?name|\bf.?name|prenom|given|forename/i,
  },
  {
    target: 'lastName',
    autocomplete: ['family-name'],
    label: /(^|[^\p{L}])nom($|[^\p{L}])|nom de famille|nom d['’]usage|last\s*name|family\s*name|surname/iu,
    negative: NOT_A_PERSON_NAME,
    name: /last.?name|\bl.?name|(^|[^a-z])nom($|[^a-z])|surname|family.?name/i,
  },
  {
    target: 'email',
    autocomplete: ['email'],
    inputTypes: ['email'],
    label: /courriel|e-?mail|m[ée]l\b|adresse [ée]lectronique/i,
    negative: /confirm|v[ée]rif|r[ée]p[ée]t|again/i,
    name: /e.?mail|courriel/i,
  },
  {
    target: 'phone',
    autocomplete: ['tel', 'tel-national', 'mobile'],
    inputTypes: ['tel'],
    label: /t[ée]l[ée]phone|portable|mobile|phone|(^|[^\p{L}])t[ée]l\.?($|[^\p{L}])|num[ée]ro de t/iu,
    negative: /fax|indicatif|country code/i,
    name: /phone|tel|mobile|portable/i,
  },
  {
    target: 'address',
    autocomplete: ['street-address', 'address-line1'],
    label: /adresse|address|(^|[^\p{L}])rue|street|voie/iu,
    negative: /e-?mail|[ée]lectronique|courriel|web|\bip\b|site|compl[ée]ment|line 2|ligne 2/i,
    name: /address|adresse|street|rue/i,
  },
  {
    target: 'postcode',
    autocomplete: ['postal-code'],
    label: /code postal|post\s*code|postal code|zip|(^|[^\p{L}])cp($|[^\p{L}])/iu,
    name: /post.?code|postal|zip|(^|[^a-z])cp($|[^a-z])|code.?postal/i,
  },
  {
    target: 'city',
    autocomplete: ['address-level2'],
    label: /ville|commune|localit[ée]|city|town/i,
    negative: /naissance|birth|natale/i,
    name: /city|ville|town|commune/i,
  },
  {
    target: 'jobTitle',
    autocomplete: ['organization-title'],
    label: /m[ée]tier|emploi recherch|poste (recherch|vis|souhait)|intitul[ée] du poste|job (title|sought|wanted)|desired (job|position|role)|target (job|role)|profession|occupation/i,
    negative: /secteur|sector|domaine|actuel/i,
    name: /job.?title|metier|occupation|profession|desired.?job|poste/i,
  },
  {
    target: 'softSkills',
    autocomplete: [],
    label: /savoir[- ][êe]tre|qualit[ée]s|soft\s*skills/i,
    name: /soft.?skills|savoir.?etre|qualites/i,
  },
  {
    target: 'skills',
    autocomplete: [],
    label: /comp[ée]tences?|savoir[- ]faire|skills?|expertise/i,
    negative: /savoir[- ][êe]tre|soft|linguist|langue|language/i,
    name: /skills?|competences?/i,
  },
];
