// Words that tell a job title from an employer in an experience header ("Cariste – Leroy Merlin",
// "LEROY MERLIN — Cariste"). Folded (no accents, lower case); matched as whole words.

/** Head words of job titles, French (both genders) and English. */
export const JOB_WORDS = new Set([
  'agent', 'agente', 'assistant', 'assistante', 'aide', 'chef', 'cheffe', 'responsable', 'directeur', 'directrice',
  'technicien', 'technicienne', 'ingenieur', 'ingenieure', 'developpeur', 'developpeuse', 'vendeur', 'vendeuse',
  'conseiller', 'conseillere', 'caissier', 'caissiere', 'hote', 'hotesse', 'employe', 'employee', 'ouvrier',
  'ouvriere', 'operateur', 'operatrice', 'preparateur', 'preparatrice', 'cariste', 'manutentionnaire', 'magasinier',
  'magasiniere', 'chauffeur', 'chauffeuse', 'conducteur', 'conductrice', 'livreur', 'livreuse', 'cuisinier',
  'cuisiniere', 'serveur', 'serveuse', 'commis', 'plongeur', 'plongeuse', 'secretaire', 'comptable', 'infirmier',
  'infirmiere', 'aide-soignant', 'aide-soignante', 'auxiliaire', 'educateur', 'educatrice', 'animateur', 'animatrice',
  'enseignant', 'enseignante', 'professeur', 'professeure', 'formateur', 'formatrice', 'consultant', 'consultante',
  'charge', 'chargee', 'gestionnaire', 'coordinateur', 'coordinatrice', 'coordonnateur', 'stagiaire', 'apprenti',
  'apprentie', 'alternant', 'alternante', 'electricien', 'electricienne', 'aide-electricien', 'plombier', 'macon',
  'peintre', 'menuisier', 'mecanicien', 'mecanicienne', 'soudeur', 'soudeuse', 'carreleur', 'couvreur', 'plaquiste',
  'chaudronnier', 'tourneur', 'fraiseur', 'monteur', 'monteuse', 'cableur', 'cableuse', 'controleur', 'controleuse',
  'inspecteur', 'inspectrice', 'superviseur', 'superviseuse', 'manager', 'adjoint', 'adjointe', 'attache', 'attachee',
  'analyste', 'architecte', 'designer', 'graphiste', 'redacteur', 'redactrice', 'journaliste', 'juriste', 'avocat',
  'avocate', 'pharmacien', 'pharmacienne', 'medecin', 'sage-femme', 'kinesitherapeute', 'psychologue', 'ambulancier',
  'ambulanciere', 'brancardier', 'ash', 'asv', 'atsem', 'aesh', 'avs', 'accompagnant', 'accompagnante', 'moniteur',
  'monitrice', 'surveillant', 'surveillante', 'gardien', 'gardienne', 'concierge', 'jardinier', 'paysagiste',
  'boulanger', 'boulangere', 'patissier', 'patissiere', 'boucher', 'bouchere', 'poissonnier', 'fromager', 'barman',
  'barmaid', 'receptionniste', 'standardiste', 'teleconseiller', 'teleconseillere', 'commercial', 'commerciale',
  'acheteur', 'acheteuse', 'approvisionneur', 'logisticien', 'logisticienne', 'agent de quai', 'equipier', 'equipiere',
  'facteur', 'factrice', 'guichetier', 'guichetiere', 'coursier', 'nettoyeur', 'laveur', 'femme de chambre', 'valet', 'gouvernante', 'lingere',
  'coiffeur', 'coiffeuse', 'estheticienne', 'estheticien', 'fleuriste', 'opticien', 'opticienne', 'mediateur',
  'mediatrice', 'intervenant', 'intervenante', 'benevole', 'volontaire', 'interimaire', 'saisonnier', 'saisonniere',
  'directeur adjoint', 'president', 'presidente', 'fondateur', 'fondatrice', 'gerant', 'gerante', 'associe', 'associee',
  'artisan', 'auto-entrepreneur', 'freelance', 'independant', 'independante', 'pilote', 'officier', 'militaire',
  'soldat', 'sapeur-pompier', 'pompier', 'policier', 'agent de securite', 'vigile', 'chef de projet', 'product owner',
  'scrum master', 'devops', 'administrateur', 'administratrice', 'webmaster', 'integrateur', 'integratrice',
  'testeur', 'testeuse', 'data', 'full-stack', 'fullstack', 'front-end', 'back-end', 'frontend', 'backend',
  // English
  'engineer', 'developer', 'worker', 'operative', 'officer', 'associate', 'analyst', 'executive', 'coordinator',
  'specialist', 'lead', 'intern', 'trainee', 'administrator', 'clerk', 'driver', 'nurse', 'carer', 'teacher',
  'technician', 'supervisor', 'director', 'head', 'representative', 'advisor', 'adviser', 'receptionist', 'cashier',
  'waiter', 'waitress', 'chef', 'cook', 'porter', 'cleaner', 'operator', 'picker', 'packer', 'warehouse', 'labourer',
  'laborer', 'electrician', 'plumber', 'carpenter', 'mechanic', 'welder', 'accountant', 'bookkeeper', 'secretary',
  'programmer', 'architect', 'tester', 'scientist', 'researcher', 'lecturer', 'tutor', 'instructor', 'trainer',
  'president', 'founder', 'owner', 'partner', 'principal', 'senior', 'junior', 'apprentice', 'volunteer', 'helper',
  'attendant', 'steward', 'stewardess', 'guard', 'caretaker', 'housekeeper', 'nanny', 'babysitter', 'therapist',
  'pharmacist', 'paramedic', 'midwife', 'doctor', 'physician', 'surgeon', 'dentist', 'salesperson', 'salesman',
  'saleswoman', 'buyer', 'merchandiser', 'controller', 'auditor', 'inspector', 'planner', 'scheduler', 'estimator',
  'surveyor', 'draughtsman', 'drafter', 'foreman', 'storekeeper', 'storeman', 'courier', 'postman', 'handler',
  'fitter', 'installer', 'assembler', 'machinist', 'crew', 'barista', 'bartender', 'host', 'hostess', 'agent',
  'assistant', 'manager', 'consultant', 'designer', 'sales', 'care', 'support', 'customer', 'service', 'deputy',
  'practitioner', 'educator', 'leader', 'worker', 'associate', 'partie', 'commis', 'sous', 'apprentice',
]);

/** Words and forms that mark an employer: legal forms, kinds of organisation, temp agencies. */
export const EMPLOYER_WORDS = new Set([
  'sas', 'sarl', 'sa', 'sasu', 'eurl', 'sci', 'scop', 'gie', 'ltd', 'limited', 'inc', 'llc', 'gmbh', 'plc', 'llp',
  'corp', 'corporation', 'company', 'co', 'group', 'groupe', 'holding', 'mairie', 'ville', 'commune', 'hopital',
  'chu', 'ch', 'ehpad', 'clinique', 'association', 'asso', 'agence', 'societe', 'entreprise', 'etablissement',
  'interim', 'adecco', 'manpower', 'randstad', 'synergie', 'crit', 'start people', 'proman', 'supplay', 'samsic',
  'restaurant', 'hotel', 'magasin', 'boutique', 'supermarche', 'hypermarche', 'cabinet', 'conseil', 'conseils',
  'services', 'service', 'solutions', 'industries', 'industrie', 'logistique', 'logistics', 'transports', 'transport',
  'consulting', 'technologies', 'systems', 'systemes', 'ministere', 'prefecture', 'departement', 'region',
  'communaute', 'metropole', 'academie', 'rectorat', 'caf', 'cpam', 'urssaf', 'pole emploi', 'france travail',
  'sncf', 'ratp', 'la poste', 'nhs', 'trust', 'council', 'foundation', 'fondation', 'federation', 'union', 'club',
  'centre', 'center', 'institut', 'laboratoire', 'lab', 'labs', 'studio', 'atelier', 'ferme', 'usine', 'plant',
  'factory', 'home', 'homes', 'care home', 'school', 'college', 'university', 'universite', 'lycee', 'ecole',
]);

/** Gender marks of job ads, never part of a title: "Cariste H/F", "Vendeur (F/H)". */
export const GENDER_MARK = /\s*[(\[]?\b(?:H\s*\/\s*F|F\s*\/\s*H|M\s*\/\s*F|F\s*\/\s*M)(?:\s*\/\s*X)?\b[)\]]?/gi;

/** Contract words of a headline ("Cariste en CDI", "Vendeuse – CDD", "Apprenti vendeur en
 *  alternance"), not part of the title. Alternance only with "en" or in brackets: "Contrat
 *  d'apprentissage" and "Recherche alternance" are read elsewhere. */
export const CONTRACT_NOISE = /\s*(?:[-–—,|:(]\s*)?\b(?:en\s+)?(?:CDI|CDD|int[ée]rim|temps (?:plein|partiel)|full[- ]time|part[- ]time|permanent contract)\b\)?|\s+en\s+(?:alternance|apprentissage)\b|\s*\((?:en\s+)?(?:alternance|apprentissage)\)/gi;

/** A part of an experience header that only states the contract: "Cariste – CDI", "Stage – …",
 *  "Service civique – Animatrice", "Job d'été – Cueilleur", or how a self-employed person worked
 *  ("Auto-entrepreneur – ménage chez particuliers"). */
export const CONTRACT_PART = /^(?:cdi|cdd|int[ée]rim|stage|alternance|apprentissage|contrat\s+pro(?:fessionnalisation)?|freelance|ind[ée]pendante?|(?:auto|micro)[- ]?entrepreneu(?:r|se|re)|(?:en\s+)?(?:micro[- ]?entreprise|auto[- ]?entreprise)|[àa]\s+mon\s+compte|temps\s+(?:plein|partiel)|saisonnier|saisonni[èe]re|extras?|vacataire|vacations?|renfort|remplacement|mi[- ]temps|b[ée]n[ée]volat|service\s+civique|volontariat|job\s+(?:d['’][ée]t[ée]|[ée]tudiant|saisonnier)|emploi\s+saisonnier|summer\s+job|internship|part[- ]time|full[- ]time|contract|temporary|temp|permanent|volunteer|(?:cdi|cdd|contrat)\b.*)$/i;

/** Conscription, which says how one served, not the trade: "Service militaire", "National Service". */
export const MILITARY_SERVICE = /^(?:service\s+(?:militaire|national)|(?:military|national)\s+service)$/i;

/** A job word, in the masculine or feminine ("poissonnière", "fromagère", "coiffeuse" for the
 *  list's "poissonnier", "fromager", "coiffeur"). `word` is folded: no accents, lower case. */
export function isJobWord(word: string): boolean {
  if (JOB_WORDS.has(word)) return true;
  const masculine = [
    word.replace(/iere$/, 'ier'),
    word.replace(/ere$/, 'er'),
    word.replace(/euse$/, 'eur'),
    word.replace(/trice$/, 'teur'),
    word.replace(/(i?)enne$/, '$1en'),
    word.replace(/e$/, ''),
  ];
  return masculine.some((form) => form !== word && JOB_WORDS.has(form));
}
