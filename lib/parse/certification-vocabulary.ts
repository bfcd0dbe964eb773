// Certificates and clearances French (and UK) employers ask for, with the label they go by.

/** CACES recommendations (R489 forklifts, R486 platforms, R482 site machinery, …), old and new. */
export const CACES = /\bCACES\b\s*®?\s*(?:(R\s?\.?\s?\d{3})\b)?/gi;
export const CACES_RECOMMENDATION = /\bR\s?\.?\s?(\d{3})\b/g;
/** Categories of a CACES: 1A, 3, 5 (forklifts), A, B, C (platforms). Written in capitals. */
export const CACES_CATEGORY = /(?<![\w])(\d{1,2}[AB]?|[A-G]\d?)(?![\w])/g;

/** Electrical clearances (NF C 18-510): B0, H0V, B1V, B2V, BR, BC, BE, BS, BP, HC, HE… */
/** "Habilitation" says electrical by itself only when nothing else follows it but codes: other
 *  clearances go by the same word ("Habilitation travail en hauteur", "Habilitation gaz"). */
export const ELECTRICAL_CLEARANCE =
  /\bhabilitations?(?:\s*[ée]lectriques?\b|(?=\s*(?:[:–-]\s*)?(?:(?:[BH][0-2][VLNT]?){1,3}|B[RCSPE]|H[CE])(?![\p{L}\d]))|(?=\s*(?:$|[,;.()])))/iu;
/** "Électricien habilité B1V BR": the participle names a clearance only with its codes after it
 *  ("réservé au personnel habilité" names none). */
export const CLEARED_FOR = /\b[Hh]abilit[ée]e?s?(?!\p{L})(?=\s*(?:[:–-]\s*)?(?:(?:[BH][0-2][VLNT]?){1,3}|B[RCSPE]|H[CE])(?!\w))/u;
/** The codes alone, when they cannot be anything else: joined ("H0B0", "B1VB2V") or with their
 *  voltage letter ("B1V", "H0V"). "B1" or "B2" alone are language levels. */
export const CLEARANCE_CODES_ALONE = /(?<![\w])(?:(?:[BH][0-2][VLNT]?){2,3}|[BH][0-2]V)(?![\w])/;
export const ELECTRICAL_CODE = /(?<![\w])((?:[BH][0-2](?:V|L|N|T)?){2,3}|[BH][0-2](?:V|L|N|T)?|B[RCSPE]|H[CE]|BE\s?(?:essai|mesure|v[ée]rification|manoeuvre|manœuvre)|HE\s?manoeuvre)(?![\w])/g;

/** Certificates known by a short name: [pattern, label]. The label may use the captured level. */
export const NAMED_CERTIFICATES: [RegExp, (match: RegExpExecArray) => string][] = [
  [/\bSST\b|sauveteur[- ]secouriste du travail/i, () => 'SST'],
  [/\bPSC\s?1\b|pr[ée]vention et secours civiques/i, () => 'PSC1'],
  [/\bAFGSU\b(?:\s*(?:de\s+)?(?:niveau|niv\.?)?\s*([12]))?/i, (match) => (match[1] ? `AFGSU niveau ${match[1]}` : 'AFGSU')],
  [/\bcarte\s+pro(?:fessionnelle)?\b[^,;·]*\bCNAPS\b|\bCNAPS\b[^,;·]*\bcarte\s+pro/i, () => 'Carte professionnelle CNAPS'],
  [/\bpermis d['’]exploitation\b(?:\s*\((licence\s+(?:IV|III|[1-4]))\))?/i, (match) => (match[1] ? `Permis d'exploitation (${match[1]})` : "Permis d'exploitation")],
  [/\bR\s?408\b/, () => 'R408 échafaudage'],
  [/\bHACCP\b/i, () => 'HACCP'],
  [/\bADR\b((?:\s*(?:\+|,|et|and|&)?\s*(?:citernes?|base|colis|classe\s*\d|explosifs?|packages|tanks))*)/i, (match) => (match[1]?.trim() ? `ADR ${match[1].trim().replace(/\s+/g, ' ')}` : 'ADR')],
  [/\bFIMO\b(?:\s+(marchandises?|voyageurs?))?/i, (match) => (match[1] ? `FIMO ${match[1].toLowerCase()}` : 'FIMO')],
  [/\bFCO\b(?:\s+(marchandises?|voyageurs?))?/i, (match) => (match[1] ? `FCO ${match[1].toLowerCase()}` : 'FCO')],
  [/\b(?:driver\s+)?CPC\b/i, (match) => (/driver/i.test(match[0]) ? 'Driver CPC' : 'CPC')],
  [/\bSSIAP\s*([123])\b/i, (match) => `SSIAP ${match[1]}`],
  [/\bBAFA\b/, () => 'BAFA'],
  [/\bBAFD\b/, () => 'BAFD'],
  [/\bCQP\s+APS\b|\bcarte professionnelle\s+(?:d['’]agent\s+de\s+)?s[ée]curit[ée]/i, () => 'CQP APS'],
  [/\bPRAP\s*(?:2S|IBC)?\b/, (match) => match[0].trim()],
  // The driver card a lorry or coach driver must hold for the digital tachograph.
  [/\bcartes?\s+(?:de\s+)?(?:conducteurs?|chrono(?:tachygraphe)?|tachygraphe)\b/i, () => 'Carte conducteur'],
  // Lifeguards and first aid teams.
  [/\bBNSSA\b|brevet national de s[ée]curit[ée] et de sauvetage aquatique/i, () => 'BNSSA'],
  [/\bPSE\s?1\b|premiers secours en [ée]quipe de niveau 1/i, () => 'PSE1'],
  [/\bPSE\s?2\b|premiers secours en [ée]quipe de niveau 2/i, () => 'PSE2'],
  // The UK's first aid certificates: at work (three days, or one for the emergency one) and the
  // paediatric one early years settings require, which CVs give with its length ("12 hours").
  [/\b(?:paediatric|pediatric)\s+first\s+aid\b/i, () => 'Paediatric First Aid'],
  [/\b(emergency\s+)?first\s+aid\s+at\s+work\b/i, (match) => (match[1] ? 'Emergency First Aid at Work' : 'First Aid at Work')],
  // The card a UK building site asks for at the gate, and the electricians' own (JIB / ECS).
  [/\bCSCS\b/, () => 'CSCS card'],
  [/\b(?:JIB|ECS)\b(?:\s+(gold|blue|white|green))?\s+card\b/i, (match) => (match[1] ? `JIB ${match[1].toLowerCase()} card` : 'JIB card')],
  // UK site and access tickets: powered platforms (with their categories), mobile towers, site
  // management and supervision.
  [/\bIPAF\b(?:\s+((?:\d[ab]?)(?:\s*[/,&+]\s*\d[ab]?)*))?/, (match) => (match[1] ? `IPAF ${match[1].replace(/\s+/g, '')}` : 'IPAF')],
  [/\bPASMA\b/, () => 'PASMA'],
  [/\bSMSTS\b/, () => 'SMSTS'],
  [/\bSSSTS\b/, () => 'SSSTS'],
  // The UK wiring regulations qualification every electrician is asked for.
  [/\b(?:18th|17th)\s+edition\b|\bBS\s?7671\b/i, (match) => (/17th/i.test(match[0]) ? '17th Edition (BS 7671)' : '18th Edition (BS 7671)')],
  // French: work near buried networks (public works).
  [/\bAIPR\b/, () => 'AIPR'],
  [/\bTOEIC\b/, () => 'TOEIC'],
  [/\bTOEFL\b/, () => 'TOEFL'],
  [/\bIELTS\b/, () => 'IELTS'],
];

/** Names that are also skills ("normes HACCP", "transport ADR"): certificates only where the CV
 *  lists certificates or calls them one. */
export const SKILL_LIKE_CERTIFICATES = new Set(['HACCP']);
export const CERTIFICATE_CONTEXT = /\b(?:certifi|attestation|formation|habilitation|dipl[oô]m|titulaire|obtenu|certificate|trained|training|award)/i;
