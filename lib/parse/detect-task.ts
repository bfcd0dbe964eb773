// Tells a task line ("Mise en rayon et encaissement", "Préparer les commandes", "Handling
// customer calls") from an employer or a job title: CVs written without bullets put the tasks on
// plain lines right under the job, where the employer could be.
import { foldText } from './fold-text';
import { EMPLOYER_WORDS, JOB_WORDS } from './job-vocabulary';

/** First words of task lines: action nouns and infinitives (folded). Words that also open a job
 *  title or an employer name ("aide", "conseil", "service") are left out on purpose. */
const TASK_WORDS = new Set([
  // French action nouns
  'mise', 'gestion', 'accueil', 'vente', 'ventes', 'suivi', 'entretien', 'preparation', 'reception', 'tenue', 'prise',
  'relation', 'relations', 'encadrement', 'animation', 'participation', 'realisation', 'redaction', 'saisie',
  'traitement', 'controle', 'creation', 'elaboration', 'livraison', 'livraisons', 'manutention', 'chargement',
  'dechargement', 'rangement', 'nettoyage', 'soins', 'toilette', 'accompagnement', 'surveillance', 'tri', 'pose',
  'montage', 'conduite', 'installation', 'maintenance', 'reparation', 'approvisionnement', 'facturation',
  'encaissement', 'encaissements', 'inventaire', 'inventaires', 'etiquetage', 'emballage', 'conditionnement',
  'plonge', 'cuisson', 'decoupe', 'dressage', 'commandes', 'missions', 'taches', 'repassage', 'lavage', 'cablage',
  'usinage', 'soudage', 'stockage', 'arrosage', 'elagage', 'menage',
  // French infinitives
  'accueillir', 'preparer', 'gerer', 'assurer', 'participer', 'realiser', 'effectuer', 'vendre', 'encaisser', 'ranger',
  'nettoyer', 'entretenir', 'accompagner', 'aider', 'organiser', 'animer', 'suivre', 'controler', 'verifier',
  'charger', 'decharger', 'livrer', 'conduire', 'installer', 'reparer', 'rediger', 'saisir', 'traiter', 'encadrer',
  'mettre', 'tenir', 'approvisionner', 'receptionner', 'trier', 'emballer', 'etiqueter', 'servir', 'cuisiner',
  'dresser', 'elaborer', 'respecter', 'veiller', 'garantir', 'informer', 'orienter', 'planifier', 'piloter',
  'coordonner', 'superviser', 'developper', 'concevoir', 'creer', 'analyser', 'renseigner',
  // English
  'responsible', 'managed', 'handled', 'prepared', 'delivered', 'assisted', 'provided', 'supported', 'ensured',
  'maintained', 'served', 'cleaned', 'processed', 'loaded', 'picked', 'operated', 'duties', 'tasks',
]);

/** Endings of action nouns and verb forms ("Préparation des entrées", "Handling customer calls"). */
const ACTION_ENDING = /(?:tion|sion|ment|ing|ed)$/;

/** Organisations named by such a noun: "Mission locale de Lille", "Station de ski". */
const ORGANISATION_HEADS = new Set([
  'mission', 'station', 'direction', 'institution', 'organisation', 'administration', 'gouvernement', 'parlement',
  'confederation', 'corporation', 'nation', 'division', 'commission', 'television', 'agglomeration', 'association',
  'federation', 'fondation', 'foundation', 'etablissement', 'groupement', 'departement', 'arrondissement', 'regiment',
  'mutuelle', 'congregation', 'delegation', 'prefecture', 'union',
]);

export function looksLikeTask(text: string): boolean {
  const words = text.trim().replace(/^[^\p{L}]+/u, '').split(/\s+/);
  const first = foldText(words[0] ?? '').replace(/[^a-z'-]/g, '');
  if (!first) return false;
  // Both counted only before a lower-case word or alone: "Accueil Services" is a company name.
  const second = words[1] ?? '';
  if (/^\p{Lu}/u.test(second)) return false;
  // "Missions pour Atlantique Intérim", "Mission chez …": the agency or client, not a task.
  if (/^missions?$/.test(first) && /^(pour|chez|for|at|aupres)$/.test(foldText(second))) return false;
  if (TASK_WORDS.has(first)) return true;
  if (JOB_WORDS.has(first) || EMPLOYER_WORDS.has(first) || ORGANISATION_HEADS.has(first)) return false;
  return ACTION_ENDING.test(first) && second !== '';
}
