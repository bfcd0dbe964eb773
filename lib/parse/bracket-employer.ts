// "Manutentionnaire (Lidl)", "Caissière (Auchan) 2018-2020": a single capitalised word in
// brackets after a job title names the employer (so do several opening with a kind of
// organisation: "(Boulangerie Pradeau)"), unless it names a tool, a licence or a skill
// ("Cariste (CACES)", "Préparateur (WMS)", "Chauffeur (SPL)"), a sector ("Serveur (Restauration)"),
// a way of working ("Serveur (Extra)", "Agent (Nuit)"), a job word ("Assistante (Comptable)") or a town.
import { ORGANISATION_HEADS } from './employer-connector';
import { knownCertificates } from './extract-certifications';
import { foldText } from './fold-text';
import { CONTRACT_PART, JOB_WORDS } from './job-vocabulary';
import { LARGE_TOWNS } from './town-vocabulary';

export type BracketReading = { title: string; employer: string } | { title: string; location: string };

const BRACKETED_ORGANISATION = /^(.*\S)\s*\(\s*(\p{Lu}[^()]*\s[^()]*?)\s*\)$/u;
const BRACKETED_WORD = /^(.*\S)\s*\(\s*(\p{Lu}[\p{L}\d&'’.+-]*)\s*\)$/u;

/** Software, systems and know-how a job seeker writes in brackets after a job. Folded. */
const TOOL_WORDS = new Set([
  'excel', 'word', 'office', 'outlook', 'powerpoint', 'access', 'sap', 'wms', 'erp', 'crm', 'sage', 'cegid', 'ciel',
  'ebp', 'quadra', 'oracle', 'salesforce', 'autocad', 'revit', 'solidworks', 'catia', 'photoshop', 'illustrator',
  'indesign', 'canva', 'wordpress', 'python', 'java', 'javascript', 'sql', 'php', 'html', 'css', 'linux', 'windows',
  'caces', 'sst', 'haccp', 'fimo', 'fco', 'adr', 'bafa', 'bafd', 'ssiap', 'prap', 'afgsu', 'psc1', 'cnaps', 'permis',
  'habilitation', 'habilite', 'habilitee', 'forklift', 'flt', 'cscs', 'nvq', 'hgv', 'lgv', 'dbs',
  'rfid', 'tpe', 'pda', 'scanner', 'gps', 'tms', 'gpao', 'gmao',
  // Licence categories and vehicles: "Chauffeur (SPL)", "Conducteur (CE)".
  'spl', 'pl', 'vl', 'vul', 'ce', 'be', 'de', 'tc', 'vtc', 'taxi', 'frigo', 'benne', 'citerne', 'plateau', 'grumier',
]);

/** Trades and sectors a job is placed in: "Serveur (Restauration)", "Agent (Logistique)". Folded. */
const SECTOR_WORDS = new Set([
  'restauration', 'hotellerie', 'logistique', 'transport', 'transports', 'btp', 'batiment', 'industrie', 'commerce',
  'vente', 'caisse', 'gestion', 'sante', 'medical', 'social', 'nettoyage', 'proprete', 'securite', 'surete', 'entrepot',
  'magasin', 'rayon', 'drive', 'cuisine', 'salle', 'bar', 'accueil', 'livraison', 'manutention', 'maintenance',
  'production', 'agroalimentaire', 'automobile', 'aeronautique', 'informatique', 'comptabilite', 'administratif',
  'hospitality', 'retail', 'logistics', 'warehouse', 'construction', 'healthcare', 'catering', 'cleaning', 'security',
]);

/** Words that qualify the job rather than name who gave it. Folded. */
const QUALIFIER_WORDS = new Set([
  'nuit', 'jour', 'matin', 'soir', 'week-end', 'weekend', 'extra', 'extras', 'renfort', 'remplacement', 'polyvalent',
  'polyvalente', 'junior', 'senior', 'confirme', 'confirmee', 'debutant', 'debutante', 'titulaire', 'vacataire',
  'contractuel', 'contractuelle', 'ete', 'hiver', 'vacances', 'noel', 'mission', 'missions', 'benevole', 'temporaire',
  'night', 'nights', 'days', 'weekends', 'seasonal', 'relief', 'cover', 'locum', 'agency', 'casual', 'bank',
  'france', 'europe', 'international', 'remote', 'teletravail', 'domicile', 'export', 'import',
]);

/** Reads the bracket of a title without employer: the employer, or the town, or nothing.
 *  `knownTowns`: folded town names the CV gives elsewhere (its address, its jobs' places). */
export function readBracketEmployer(title: string, knownTowns: ReadonlySet<string>): BracketReading | null {
  // A name of several words that opens with a kind of organisation and goes on with a name:
  // "(Boulangerie Pradeau)", "(Mairie de Lyon)", not "(Hôtel 4 étoiles)".
  const named = BRACKETED_ORGANISATION.exec(title.trim());
  if (named && named[1]!.length >= 2 && /\s\p{Lu}/u.test(named[2]!) && ORGANISATION_HEADS.has(foldText(named[2]!).split(/[\s'’-]+/)[0] ?? '')) {
    return { title: named[1]!, employer: named[2]!.trim() };
  }
  const match = BRACKETED_WORD.exec(title.trim());
  if (!match) return null;
  const before = match[1]!.trim();
  const word = match[2]!;
  const folded = foldText(word);
  if (!/\p{L}{2}/u.test(word) || before.length < 2) return null;
  if (knownTowns.has(folded) || LARGE_TOWNS.has(folded)) return { title: before, location: word };
  // A digit is a reference ("R489", "H0B0", "Windows10"), never an employer's name.
  if (/\d/.test(word) || TOOL_WORDS.has(folded) || SECTOR_WORDS.has(folded) || QUALIFIER_WORDS.has(folded) || JOB_WORDS.has(folded)) return null;
  if (CONTRACT_PART.test(word) || knownCertificates(word).length > 0) return null;
  return { title: before, employer: word };
}
