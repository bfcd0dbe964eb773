// Many French forms ask the département in a box of its own ("Département", "Dépt", "N° de
// département") beside the postcode. The plan holds no département, but a French postcode says it;
// left empty, the box blocks the form. Lists are chosen in departement-of-postcode.ts.

import { departementOf, NOT_THE_ADDRESS } from './departement-of-postcode';
import { describeControl } from './describe-control';
import { controlKind, controlType, readValue, type Control } from './find-controls';
import { writeValue, type FillRun } from './fill-journal';
import { fold } from './fold-text';

const DEPARTEMENT_BOX = /(^|\s)(departements?|dept|dpt)($|\s)/;
/** The label or the example asks the number. */
const ASKS_CODE = /(^|\s)(n|no|num|numero|code|ex \d)($|\s)|(^|\s)\d{2,3}($|\s)|(^|\s)2[ab]($|\s)/;
/** A 5-digit postcode with any of these beside it is not French (Berlin's 10115 is no Aube). */
const ABROAD = /allemagne|germany|deutschland|espagne|spain|espana|italie|italy|italia|suisse|switzerland|schweiz|belgique|belgium|luxembourg|portugal|maroc|morocco|algerie|algeria|tunisie|tunisia|etats unis|usa|turquie|turkey|pologne|poland|roumanie|romania|finlande|finland|monaco/;
/** A phone with a calling code of another country than France and its overseas départements. */
const FOREIGN_PHONE = /^(\+|00)(?!33|262|269|590|594|596)\d/;

const NAMES: Record<string, string> = {
  '01': 'Ain', '02': 'Aisne', '03': 'Allier', '04': 'Alpes-de-Haute-Provence', '05': 'Hautes-Alpes', '06': 'Alpes-Maritimes',
  '07': 'Ardèche', '08': 'Ardennes', '09': 'Ariège', '10': 'Aube', '11': 'Aude', '12': 'Aveyron', '13': 'Bouches-du-Rhône',
  '14': 'Calvados', '15': 'Cantal', '16': 'Charente', '17': 'Charente-Maritime', '18': 'Cher', '19': 'Corrèze',
  '2A': 'Corse-du-Sud', '2B': 'Haute-Corse', '21': "Côte-d'Or", '22': "Côtes-d'Armor", '23': 'Creuse', '24': 'Dordogne',
  '25': 'Doubs', '26': 'Drôme', '27': 'Eure', '28': 'Eure-et-Loir', '29': 'Finistère', '30': 'Gard', '31': 'Haute-Garonne',
  '32': 'Gers', '33': 'Gironde', '34': 'Hérault', '35': 'Ille-et-Vilaine', '36': 'Indre', '37': 'Indre-et-Loire',
  '38': 'Isère', '39': 'Jura', '40': 'Landes', '41': 'Loir-et-Cher', '42': 'Loire', '43': 'Haute-Loire',
  '44': 'Loire-Atlantique', '45': 'Loiret', '46': 'Lot', '47': 'Lot-et-Garonne', '48': 'Lozère', '49': 'Maine-et-Loire',
  '50': 'Manche', '51': 'Marne', '52': 'Haute-Marne', '53': 'Mayenne', '54': 'Meurthe-et-Moselle', '55': 'Meuse',
  '56': 'Morbihan', '57': 'Moselle', '58': 'Nièvre', '59': 'Nord', '60': 'Oise', '61': 'Orne', '62': 'Pas-de-Calais',
  '63': 'Puy-de-Dôme', '64': 'Pyrénées-Atlantiques', '65': 'Hautes-Pyrénées', '66': 'Pyrénées-Orientales', '67': 'Bas-Rhin',
  '68': 'Haut-Rhin', '69': 'Rhône', '70': 'Haute-Saône', '71': 'Saône-et-Loire', '72': 'Sarthe', '73': 'Savoie',
  '74': 'Haute-Savoie', '75': 'Paris', '76': 'Seine-Maritime', '77': 'Seine-et-Marne', '78': 'Yvelines', '79': 'Deux-Sèvres',
  '80': 'Somme', '81': 'Tarn', '82': 'Tarn-et-Garonne', '83': 'Var', '84': 'Vaucluse', '85': 'Vendée', '86': 'Vienne',
  '87': 'Haute-Vienne', '88': 'Vosges', '89': 'Yonne', '90': 'Territoire de Belfort', '91': 'Essonne', '92': 'Hauts-de-Seine',
  '93': 'Seine-Saint-Denis', '94': 'Val-de-Marne', '95': "Val-d'Oise",
  '971': 'Guadeloupe', '972': 'Martinique', '973': 'Guyane', '974': 'La Réunion', '976': 'Mayotte',
};

/** The département of the plan's postcode, when the address is French: its code and name. */
function frenchDepartement(run: FillRun): { code: string; name: string } | null {
  const { postcode = '', address = '', city = '', phone = '' } = run.plan.fields;
  if (ABROAD.test(fold(`${address} ${city}`)) || FOREIGN_PHONE.test(phone.replace(/[\s.()-]/g, ''))) return null;
  const code = departementOf(postcode);
  // Monaco's 98000 and codes no département has ("00", "96") are not guessed.
  const name = code ? NAMES[code] : undefined;
  return code && name ? { code, name } : null;
}

/**
 * Writes the postcode's département into the blank "Département" text box of the form of `near`
 * (the postcode's or the town's control): the code ("59", "2A", "974"), or its name ("Nord") when
 * the box's label or example asks a name. Undone with the fill. True when it wrote.
 */
export function writeDepartementBox(run: FillRun, near: Control): boolean {
  const departement = frenchDepartement(run);
  if (!departement) return false;
  const form = near.closest('form, [role="form"]');
  const box = run.scan().find((control) => {
    if (controlKind(control) !== 'input' || !['text', 'search', ''].includes(controlType(control))) return false;
    if (control === near || control.closest('form, [role="form"]') !== form) return false;
    const description = describeControl(control);
    const words = fold(`${description.label} ${description.name}`);
    return DEPARTEMENT_BOX.test(words) && !NOT_THE_ADDRESS.test(fold(`${words} ${description.group} ${description.section}`));
  });
  if (!box || readValue(box).trim() !== '') return false;
  writeValue(run, box, asksName(box, departement.name) ? departement.name : departement.code, 'postcode');
  return true;
}

/** A box for a name: its example is a département's name, or its label says "nom" and no number;
 *  a box of three characters or fewer takes the code. */
function asksName(box: Control, name: string): boolean {
  const size = Math.min(...['maxlength', 'size'].map((attribute) => Number(box.getAttribute(attribute) ?? 'NaN')).filter((n) => n > 0), Infinity);
  if (size < name.length) return false;
  const description = describeControl(box);
  const placeholder = fold(box.getAttribute('placeholder') ?? '');
  const words = fold(`${description.label} ${description.hint} ${placeholder}`);
  if (ASKS_CODE.test(words)) return false;
  if (/(^|\s)(nom|libelle|name)($|\s)/.test(words)) return true;
  // "Ex : Gironde": an example made of letters, other than the word "département" itself.
  const example = placeholder.replace(/(^|\s)(ex|exemple|par exemple|departement|dept)(\s|$)/g, ' ').trim();
  return /^[a-z][a-z -]{2,}$/.test(example);
}
