/**
 * Repeatable groups of a form ("Ajouter une expérience"): how to recognise the section, its add
 * button, and each field of one entry. Patterns run on folded text (see fold-text.ts). Inside an
 * entry the labels are short and precise ("Début", "Employeur"), so the first field rule that
 * matches wins: the more specific rules come first ("Fin (vide si poste actuel)" is an end date, not
 * a job title; "Description du poste" is neither).
 */
export type GroupKind = 'experience' | 'education' | 'language';

/** Fields the plan can fill, and look-alikes recognised only so they are left alone. */
export type EntryField =
  | 'title'
  | 'employer'
  | 'start'
  | 'end'
  | 'period'
  | 'current'
  | 'degree'
  | 'school'
  | 'year'
  | 'language'
  | 'level'
  | 'ignored';

export interface EntryFieldRule {
  field: EntryField;
  label: RegExp;
  /** Only these control kinds (input types, 'select', 'textarea'); any when absent. */
  controls?: string[];
}

export interface GroupRule {
  kind: GroupKind;
  /** A section heading or legend that holds such entries. */
  heading: RegExp;
  /** A heading that looks like one but is about something else ("Emploi recherché"). */
  notHeading?: RegExp;
  /** An add button that names what it adds ("Ajouter une expérience"). */
  addLabel: RegExp;
  /** The field without which a row is not such an entry. */
  primary: EntryField;
  fields: EntryFieldRule[];
}

const TEXT_CONTROLS = ['text', '', 'search', 'textarea', 'select', 'editable', 'menu'];

/** Words that describe an entry but are not in the plan: never taken for a title or a degree. */
const DESCRIPTION = /description|missions?\b|taches|activites|responsabilit|realisations|achievements|details|commentaire|comment|summary|resume\b/;
const PLACE = /(^|\s)lieu|ville|localisation|location|city|pays|country|region|departement|adresse|address/;

export const GROUP_RULES: GroupRule[] = [
  {
    kind: 'experience',
    heading: /experience|(^|\s)emplois?($|\s)|parcours pro|carriere|postes? occupe|dernier poste|work|employment|career|job history|professional background|(recent|previous|current|last|latest|former|past) (jobs?|employers?|roles?|positions?)/,
    notHeading: /recherch|souhait|(^|\s)vise|projet|sought|wanted|desired|looking for|target/,
    addLabel: /experience|emploi|(^|\s)poste|(^|\s)job|(^|\s)work|employment|position|employeur|employer/,
    primary: 'title',
    fields: [
      { field: 'current', controls: ['checkbox'], label: /actuel|en cours|actuellement|a ce jour|aujourd hui|a present|jusqu a maintenant|current|present|still|ongoing|(^|\s)now($|\s)/ },
      { field: 'ignored', label: DESCRIPTION },
      { field: 'ignored', label: /recherch|souhait|(^|\s)vise|sought|wanted|desired|disponib|availab/ },
      { field: 'ignored', label: /contrat|contract|type d emploi|employment type|temps (plein|partiel)|full time|part time|salaire|salary|secteur|sector|industry|domaine|motif|reason|reference/ },
      { field: 'ignored', label: PLACE },
      // Both dates in one box ("Période", "Du … au …"), before "du" is read as the start.
      { field: 'period', controls: ['text', '', 'textarea'], label: /^(periode|periode d emploi|dates|date|period|dates of employment|employment dates|du au)$/ },
      // "Période du [__] au [__]": the label that ends on "du" opens the period.
      { field: 'start', label: /debut|depuis|commence|start|(^|\s)from|begin|^du(\s|$)|(^|\s)du$|^de$|entree|embauche|since/ },
      { field: 'end', label: /(^|\s)fin($|\s)|jusqu|(^|\s)end|until|^(au|to|till)(\s|$)|^a$|sortie|depart|left/ },
      { field: 'employer', label: /employeur|entreprise|societe|organisme|structure|etablissement|company|employer|organi[sz]ation|raison sociale|enseigne|firm/ },
      { field: 'title', controls: TEXT_CONTROLS, label: /intitule|poste|fonction|metier|emploi|job|position|title|role|occupation|titre/ },
    ],
  },
  {
    kind: 'education',
    heading: /formation|diplome|etudes|scolarite|cursus|education|training|qualification|degree|school|academic|certificat/,
    addLabel: /formation|diplome|etude|cursus|education|training|degree|qualification|ecole|school|certificat/,
    primary: 'degree',
    fields: [
      { field: 'ignored', label: DESCRIPTION },
      { field: 'ignored', label: PLACE },
      // "Niveau : [Bac +2]": a list of levels takes the diploma's level; a box to type in is left.
      { field: 'level', controls: ['select', 'menu'], label: /^niveau($|\s(de )?(diplome|formation|etudes?|qualification|sortie))|^level($|\s)/ },
      { field: 'ignored', label: /(^|\s)niveau|(^|\s)level|mention|grade|(^|\s)note($|\s)|statut|status|en cours|ongoing|current/ },
      { field: 'ignored', label: /debut|start|from|entree|since/ },
      { field: 'year', label: /annee|obtention|(^|\s)date|(^|\s)fin($|\s)|year|graduat|(^|\s)end|promotion|session|^(au|a|to)$|until/ },
      { field: 'school', label: /etablissement|ecole|organisme|universite|lycee|institut|centre|college|school|institution|university|provider|academy|faculte/ },
      { field: 'degree', controls: TEXT_CONTROLS, label: /diplome|titre|formation|intitule|qualification|degree|diploma|certificat|cursus|specialite|filiere|course|programme|subject|field of study|name|nom/ },
    ],
  },
  {
    kind: 'language',
    heading: /(^|\s)langues?($|\s)|(^|\s)languages?($|\s)|linguisti/,
    addLabel: /(^|\s)langues?($|\s)|(^|\s)languages?($|\s)/,
    primary: 'language',
    fields: [
      { field: 'ignored', label: /certificat|test|score|toeic|toefl|ielts|diplome|commentaire|comment/ },
      { field: 'level', label: /niveau|level|maitrise|proficiency|cecrl|cefr|competence|aisance|fluency/ },
      // Europass's self-assessment grid (and ATS language steps) ask a level per use of the
      // language: each takes the language's level, the one the CV gives.
      { field: 'level', controls: ['select', 'menu', 'radio'], label: /^(comprendre|ecouter|lire|parler|prendre part|s exprimer|ecrire|expression|comprehension|lecture|ecriture|oral|ecrit|listening|reading|speaking|spoken|writing|overall)(\s|$)/ },
      // A radio or checkbox under a "Langues" legend is a level or a language's own box, never the
      // field that says which language a row is (a CEFR grid's radios would each become one).
      { field: 'language', controls: TEXT_CONTROLS, label: /langue|language|idiome/ },
    ],
  },
];
