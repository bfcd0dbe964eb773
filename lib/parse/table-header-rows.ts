// A CV typed as a table (Word, LibreOffice) often keeps the table's header row: "Période | Poste |
// Employeur", "Année | Diplôme | Établissement". It names columns and holds no entry: read as one,
// it became an employer ("Période | Poste | Employeur") or a diploma ("Diplôme").
import { foldText } from './fold-text';
import { matchHeading } from './sections/heading-words';

/** Folded names CVs give to table columns. */
const COLUMN_NAMES = new Set([
  'periode', 'periodes', 'date', 'dates', 'annee', 'annees', 'duree', 'de', 'a', 'du', 'au', 'debut', 'fin',
  'poste', 'postes', 'poste occupe', 'fonction', 'fonctions', 'emploi', 'emploi occupe', 'metier', 'intitule',
  'intitule du poste', 'employeur', 'employeurs', 'entreprise', 'entreprises', 'societe', 'structure',
  'etablissement', 'etablissements', 'organisme', 'organisme de formation', 'ecole', 'lieu', 'lieux', 'ville',
  'missions', 'missions principales', 'taches', 'activites', 'contrat', 'type de contrat', 'diplome', 'diplomes',
  'diplome obtenu', 'formation', 'formations', 'specialite', 'niveau', 'langue', 'langues', 'mention',
  'period', 'year', 'years', 'from', 'to', 'position', 'role', 'job title', 'job', 'employer', 'company',
  'location', 'duties', 'responsibilities', 'qualification', 'institution', 'school', 'subject', 'grade', 'level',
  // A skills table ("Domaine | Compétences | Niveau", "Area | Skills | Level").
  'domaine', 'domaines', 'competence', 'competences', 'savoir-faire', 'outils', 'exemples', 'area', 'areas', 'skill',
  'skills', 'tools', 'examples',
  // A certificates table ("Intitulé | Détail | Validité", "Ticket | Details | Expiry").
  'detail', 'details', 'validite', 'validity', 'valable jusqu\'au', 'expiry', 'expiration', 'statut', 'status', 'ticket', 'tickets',
]);

/** Cells are set apart by a rule, a tab, a semicolon or a wide gap. */
const CELL_BREAK = /\s*[|│¦\t;]\s*|\s{2,}/;

/** A header row: two cells or more, each a column name, and no digit. Two section names side by
 *  side ("Formation      Langues") are the headings of two page columns, not a table's header. */
export function isColumnHeaderRow(text: string): boolean {
  if (/\d/.test(text)) return false;
  const cells = text.split(CELL_BREAK).map((cell) => cell.replace(/[:.]$/, '').trim()).filter(Boolean);
  if (cells.length < 2 || !cells.every(namesColumns)) return false;
  return cells.filter((cell) => matchHeading(cell)?.whole).length < 2;
}

/** A column name, or several sharing a column: "Entreprise / Poste", "Role and duties". */
function namesColumns(cell: string): boolean {
  const folded = foldText(cell);
  if (COLUMN_NAMES.has(folded)) return true;
  const names = folded.split(/\s*(?:\/|&|\+|,|\bet\b|\band\b)\s*/).filter(Boolean);
  return names.length > 1 && names.every((name) => COLUMN_NAMES.has(name));
}
