import type { FieldKey } from '../types';

/**
 * What a single form control can be for. Besides the profile fields: the e-mail confirmation box
 * (takes the e-mail again), the skill and soft-skill lists, the driving licences and spoken
 * languages as free text, and the civility (filled only when the plan carries one).
 */
export type RuleTarget =
  | FieldKey
  | 'fullName'
  | 'emailConfirmation'
  | 'skills'
  | 'softSkills'
  | 'certifications'
  | 'drivingLicences'
  | 'languages'
  | 'civility'
  | 'educationLevel';

/**
 * How a form control is recognised, by evidence strength: its `autocomplete` token, then its label
 * text (label, aria, legend), then its placeholder/title, then its name/id. `negative` rules out
 * look-alikes: "nom" must not match "prénom", "nom d'utilisateur" or "nom de l'entreprise".
 * Patterns run on text folded to lower case without accents (see fold-text.ts).
 */
export interface FieldRule {
  target: RuleTarget;
  autocomplete: string[];
  inputTypes?: string[];
  label: RegExp;
  negative?: RegExp;
  name?: RegExp;
  /** Targets this more specific rule wins over when both match ("Confirmez l'e-mail"). */
  over?: RuleTarget[];
}

const NOT_A_PERSON_NAME =
  /prenom|first|given|utilisateur|user|login|identifiant|pseudo|societe|entreprise|company|employeur|employer|organisme|etablissement|ecole|school|diplome|poste|metier|job|naissance|birth|jeune fille|maiden|rue|voie|street|fichier|file|referent|tuteur|contact d|domaine|domain|banque|bank|titulaire|holder|ville|city|commune|pays|country|langue|language/;

/** Where the person would like to work ("Ville souhaitée", "Lieu de travail recherché"): not where
 *  they live. */
const WISHED_PLACE = /souhait|(ville|commune|lieu|secteur|zone)s? recherche|desire|lieu de travail|work location|preferred location|would like to work/;

export const FIELD_RULES: FieldRule[] = [
  {
    // One box for the whole name; the label's word order says which name comes first.
    target: 'fullName',
    autocomplete: ['name'],
    // A lone "Name" (English forms) is the whole name; "Nom" alone is the family name.
    label: /nom (et|&) prenoms?|prenoms? (et|&) nom|nom prenom|prenom nom|nom complet|full\s*name|your name|votre nom et|^name\W*$/,
    name: /full.?name|nom.?prenom|prenom.?nom|nom.?complet/,
    over: ['firstName', 'lastName'],
  },
  {
    target: 'firstName',
    autocomplete: ['given-name'],
    label: /prenom|first\s*name|given\s*name|forename/,
    negative: /nom et prenom|prenom et nom|nom prenom|prenom nom|naissance|birth|referent|contact d|tuteur|parent|enfant|child/,
    name: /first.?name|\bf.?name|prenom|given|forename/,
  },
  {
    target: 'lastName',
    autocomplete: ['family-name'],
    label: /(^|[^a-z])nom($|[^a-z])|nom de famille|nom d usage|last\s*name|family\s*name|surname/,
    negative: NOT_A_PERSON_NAME,
    name: /last.?name|\bl.?name|(^|[^a-z])nom($|[^a-z])|surname|family.?name/,
  },
  {
    target: 'emailConfirmation',
    autocomplete: [],
    label: /confirm\S* (de |of |votre |your |l )*(adresse |address )?(e ?mail|courriel|mel\b|adresse electronique)|(e ?mail|courriel|adresse electronique)\S* (\S+ )?(confirm|verif|again|a nouveau|de nouveau)|(retape|resaisi|repete|repeat|re enter|retype)\S* (\S+ ){0,3}(e ?mail|courriel)/,
    name: /(confirm|verif|repeat|again|2$)\S*.?(e.?mail|courriel)|(e.?mail|courriel).?(confirm|verif|repeat|again|2$)/,
    over: ['email'],
  },
  {
    target: 'email',
    autocomplete: ['email'],
    inputTypes: ['email'],
    label: /courriel|e ?mail|\bmel\b|adresse electronique/,
    negative: /confirm|verif|repet|again|retape|resaisi|repeat|re enter|retype|newsletter|lettre d info|parrain|referent|employeur|employer/,
    name: /e.?mail|courriel/,
  },
  {
    target: 'phone',
    autocomplete: ['tel', 'tel-national', 'mobile'],
    inputTypes: ['tel'],
    // "GSM" is the Belgian word for a mobile, "Natel" the Swiss one.
    label: /telephone|portable|mobile|phone|(^|[^a-z])(tel|gsm|natel)($|[^a-z])|numero de t/,
    // Nor which kind of phone it is ("Phone Device Type", a menu of Mobile / Home / Work).
    negative: /fax|indicatif|country code|(phone|calling|dial) code|prefix|urgence|emergency|referent|employeur|employer|entreprise|company|device type|type d appareil|type de (telephone|numero|ligne)|(phone|telephone|number|numero) type/,
    name: /phone|(^|[^a-z])tel|mobile|portable|gsm|natel/,
  },
  {
    target: 'address',
    autocomplete: ['street-address', 'address-line1'],
    // "Adr." on forms short of room: the whole label only, "ADR" being a dangerous-goods licence.
    label: /adresse|address|(^|[^a-z])rue|^adr$|street|voie/,
    // "Adresse mél" is the administration's word for the e-mail.
    negative: /e ?mail|electronique|courriel|\bmel\b|web|\bip\b|site|url|complement|line 2|ligne 2|facturation|billing|livraison|delivery|employeur|employer|entreprise|company/,
    name: /address|adresse|street|(^|[^a-z])rue($|[^a-z])/,
  },
  {
    target: 'postcode',
    autocomplete: ['postal-code'],
    // "NPA" (numéro postal d'acheminement) is the Swiss postcode.
    // "C.P." is folded to "c p".
    label: /code postal|post\s*code|postal code|zip|(^|[^a-z])(cp|npa|c p)($|[^a-z])/,
    // "Rayon de mobilité autour du code postal (km)" asks a distance.
    negative: new RegExp(`(^|[^a-z])km($|[^a-z])|rayon|radius|mobilite|distance|naissance|birth|employeur|employer|${WISHED_PLACE.source}`),
    name: /post.?code|postal|zip|(^|[^a-z])(cp|npa)($|[^a-z])|code.?postal/,
  },
  {
    target: 'city',
    autocomplete: ['address-level2'],
    label: /ville|commune|localite|city|town/,
    // "Code commune INSEE" asks the commune's code, not its name.
    negative: new RegExp(`naissance|birth|natale|employeur|employer|entreprise|company|etablissement|school|insee|(^|[^a-z])code (de la |du |de )?(commune|ville|localite)|${WISHED_PLACE.source}`),
    name: /city|ville|town|commune|localite/,
  },
  {
    target: 'jobTitle',
    autocomplete: ['organization-title'],
    // "Profession" alone, not the "professionnel(le)" of a situation, a project or a category.
    label: /metier|emploi recherch|poste (recherch|vis|souhait)|intitule du poste|job (title|sought|wanted)|desired (job|position|role)|target (job|role)|position sought|(position|post|job|role|vacancy) (applied|applying) for|(^|[^a-z])applying for|(^|[^a-z])profession($|[^a-z])|occupation|(job|work|role|position|career)s? (are |do |would )?(you )?(are )?(looking for|seeking|searching for|want|would like)|(kind|type|sort) of (job|work|role|position)/,
    // A job held is not the job sought ("Dernier poste occupé", "dernier_poste", "Previous job"),
    // nor is its ROME code, a socio-professional category or a professional project; nor where, for
    // how much or under which contract ("Desired job location", "Salaire du poste souhaité").
    negative: /secteur|sector|domaine|actuel|current|pere|mere|parent|conjoint|spouse|dernier|occupe|exerce|precedent|anterieur|previous|last|former|held|(^|[^a-z])code($|[^a-z])|(^|[^a-z])rome($|[^a-z])|socio|situation|projet|statut|categorie|location|(^|[^a-z])lieu|(^|[^a-z])ville|(^|[^a-z])city|salaire|salary|remuneration|contrat|contract/,
    name: /job.?title|metier|occupation|profession|desired.?job|poste/,
  },
  {
    target: 'softSkills',
    autocomplete: [],
    // "Qualité 1": one of a numbered series of boxes (numbered-boxes.ts).
    label: /savoir[- ]etre|qualites|qualite (n )?\d|soft\s*skills|competences (comportementales|transversales)|personal (qualities|skills)/,
    name: /soft.?skills|savoir.?etre|qualites/,
  },
  {
    // "Habilitations", "Certifications", "Certificats (CACES, SST…)", "Licences & certifications".
    // Not a box that also takes the licences or the skills ("Permis et habilitations",
    // "Compétences et certifications"): those keep their own rule. Not a document to attach, a
    // number or a date about one, nor the "certificat de travail" an employer hands out.
    target: 'certifications',
    autocomplete: [],
    label: /certifications?|habilitations?|certificats?|cartes? professionnelles?|titres? d habilitation|(^|[^a-z])(licen[cs]es|tickets) (and|&|et) (certifications|cards)|professional certifications/,
    negative: /permis|driving|competence|skill|savoir|numero|number|(^|[^a-z])n ?o($|[^a-z])|date|delivr|issued|expir|fichier|file|joindre|attach|upload|telecharg|scan|copie|copy|medic|travail|employment|naissance|birth|sejour|residence|langue|language|toeic|toefl|ielts|score|niveau|level|ssl|securite du site/,
    name: /certifications?|habilitations?|certificats/,
  },
  {
    target: 'skills',
    autocomplete: [],
    label: /competences?|savoir[- ]faire|skills?|expertise/,
    negative: /savoir[- ]etre|soft|linguist|langue|language|comportement|transversal/,
    name: /skills?|competences?/,
  },
  {
    target: 'drivingLicences',
    autocomplete: [],
    label: /permis|driving licen[cs]e|driver s licen[cs]e|licen[cs]e categor/,
    negative: /numero|number|date|delivr|issued|expir|pays|country|travail|work|sejour|residence|chasse|bateau|boat|peche/,
    name: /permis|driving.?licen[cs]e|licen[cs]es?$/,
  },
  {
    target: 'languages',
    autocomplete: [],
    label: /langues? (parlee|etrangere|pratiquee)|(^|[^a-z])langues($|[^a-z])|languages? spoken|spoken languages|(^|[^a-z])languages($|[^a-z])/,
    negative: /correspondance|interface|preferee|preferred|affichage|display|site|maternelle|native/,
    name: /langues|languages|spoken.?lang/,
  },
  {
    // The highest diploma, asked once on the form: "Niveau d'études", "Dernier diplôme obtenu".
    target: 'educationLevel',
    autocomplete: [],
    label: /niveau (d |de |du )?(etudes?|formation|diplome|qualification|scolaire|sortie)|(dernier|plus haut) diplome|diplome le plus (eleve|haut)|highest (level of )?(education|qualification|degree)|education(al)? level|level of (education|study|studies)|qualification level/,
    negative: /langue|language|anglais|english|francais|french|vise|prepare|en cours|souhait|recherch|sought/,
    name: /niveau.?(d.?)?etudes?|niveau.?formation|niveau.?diplome|education.?level|highest.?(degree|qualification)/,
  },
  {
    target: 'civility',
    autocomplete: ['honorific-prefix', 'sex'],
    label: /civilite|(^|[^a-z])titre($|[^a-z])|salutation|(^|[^a-z])title($|[^a-z])|(^|[^a-z])genre($|[^a-z])|(^|[^a-z])gender($|[^a-z])|(^|[^a-z])sexe($|[^a-z])/,
    negative: /poste|job|emploi|diplome|degree|annonce|offre|professionnel|formation|certification|projet|project|document|sejour|residence|permit|visa/,
    name: /civilit|salutation|honorific|gender|civ$/,
  },
];

/** Whose details a section or a label asks for, when they are not the job seeker's own. Not "le
 *  bénéficiaire": on a counsellor's forms (prescription, RSA, CEJ) that is the job seeker. */
export const SOMEONE_ELSE = /urgence|emergency|a prevenir|referent|tuteur|tutrice|(^|\s)parents?($|\s)|conjoint|spouse|partner|parrain|marraine|sponsor|employeur|employer|entreprise|company|societe|references?($|\s)|recommand|mandataire|representant|guardian|next of kin|etablissement|facturation|billing|livraison|delivery|conseill(er|ere)|prescript(eur|rice)|maitre d apprentissage|counsell?or|advis[eo]r|agence|agency|referee/;

/** A former or another one of the person's names, numbers or addresses ("Previous surname(s)",
 *  "Ancienne adresse", "Autres prénoms", "Other phone"): the CV gives the current one only. */
export const NOT_THE_CURRENT_ONE = /(^|\s)(previous|former|prior|ancien|ancienne|anciens|anciennes|precedent|precedente|precedents|precedentes|anterieur|anterieure|aliases|alias)(\s|$)|^(other|others|autres?|additional|alternative|alternate|secondary) /;

/** Parts of a page that are not the application form: a newsletter box, a login box. */
export const OTHER_PURPOSE = /newsletter|lettre d information|abonnez vous|subscribe|connexion|se connecter|login|log in|sign in|identifiez vous|moteur de recherche|mot de passe oublie|forgot/;

/** Controls that must never be written, whatever they look like. */
export const SENSITIVE = /password|passwd|(^|\s)pwd($|\s)|mot de passe|passe|otp|one time code|code (de )?verification|verification code|cvv|cvc|cryptogramme|carte bancaire|card number|credit card|numero de carte|iban|\bbic\b|swift|securite sociale|social security|\bnir\b|captcha|honeypot|\bhp\b/;
export const SENSITIVE_AUTOCOMPLETE = /^(cc-|current-password|new-password|one-time-code|transaction-)/;
