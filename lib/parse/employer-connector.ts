// Job lines written as a phrase name the employer after a connector: "Agent de service à la
// mairie de Limoges", "Assistante au sein du cabinet Durand", "Serveuse au restaurant Le Zinc".
// "Au sein de" introduces the employer unless a department follows ("au sein de l'équipe…");
// "à la", "au", "à l'" only before a kind of organisation ("au service comptabilité", "à la
// chaîne" say what the job was).
import { foldText } from './fold-text';
import { CONTRACT_PART } from './job-vocabulary';

/** Kinds of organisation an employer's name opens with, folded. */
export const ORGANISATION_HEADS = new Set([
  'mairie', 'ville', 'commune', 'prefecture', 'ministere', 'hopital', 'clinique', 'ehpad', 'chu', 'creche', 'ecole',
  'college', 'lycee', 'universite', 'restaurant', 'brasserie', 'hotel', 'cafe', 'bar', 'boulangerie', 'patisserie',
  'boucherie', 'pharmacie', 'garage', 'magasin', 'boutique', 'supermarche', 'hypermarche', 'cabinet', 'agence',
  'association', 'societe', 'entreprise', 'groupe', 'usine', 'entrepot', 'banque', 'etude', 'laboratoire',
]);

/** Parts of an organisation, not its name: "au sein de l'équipe logistique", "du service RH". */
const DEPARTMENTS = new Set(['equipe', 'service', 'services', 'pole', 'departement', 'direction', 'unite', 'cellule', 'rayon', 'atelier', 'team']);

const WITHIN = /\s+au\s+sein\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])/giu;
const AT = /\s+(?:[àa]\s+la\s+|au\s+|aux\s+|[àa]\s+l['’])/giu;
/** A generic word before the name itself: "la société Bonduelle" -> "Bonduelle". */
const GENERIC = /^(?:soci[ée]t[ée]|entreprise|groupe|enseigne)\s+(?=\p{Lu})/iu;

/** "Serveuse au restaurant Le Zinc" -> ["Serveuse", "Restaurant Le Zinc"]; null without a connector. */
export function splitEmployerConnector(part: string): [string, string] | null {
  for (const [pattern, needsHead] of [[WITHIN, false], [AT, true]] as const) {
    for (const match of part.matchAll(pattern)) {
      const title = part.slice(0, match.index).trim();
      const rest = part.slice(match.index + match[0].length).trim();
      if (!title || !rest || CONTRACT_PART.test(title)) continue;
      const head = foldText(rest).split(/[\s'’-]+/)[0] ?? '';
      if (DEPARTMENTS.has(head) || (needsHead && !ORGANISATION_HEADS.has(head))) continue;
      const name = rest.replace(GENERIC, '');
      return [title, name.charAt(0).toUpperCase() + name.slice(1)];
    }
  }
  return null;
}
