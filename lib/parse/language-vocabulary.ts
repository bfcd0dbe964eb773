// Language names (French and English, folded) -> ISO 639-1, and level words -> CEFR levels.

export const LANGUAGE_NAMES: Record<string, string> = {
  francais: 'fr', french: 'fr', anglais: 'en', english: 'en', espagnol: 'es', spanish: 'es', castillan: 'es',
  allemand: 'de', german: 'de', italien: 'it', italian: 'it', portugais: 'pt', portuguese: 'pt',
  arabe: 'ar', arabic: 'ar', chinois: 'zh', chinese: 'zh', mandarin: 'zh', cantonais: 'zh', cantonese: 'zh',
  japonais: 'ja', japanese: 'ja', russe: 'ru', russian: 'ru', neerlandais: 'nl', dutch: 'nl', hollandais: 'nl',
  flamand: 'nl', polonais: 'pl', polish: 'pl', roumain: 'ro', romanian: 'ro', turc: 'tr', turkish: 'tr',
  vietnamien: 'vi', vietnamese: 'vi', wolof: 'wo', bambara: 'bm', tamoul: 'ta', tamil: 'ta', hindi: 'hi',
  bengali: 'bn', ourdou: 'ur', urdu: 'ur', persan: 'fa', farsi: 'fa', persian: 'fa', hebreu: 'he', hebrew: 'he',
  grec: 'el', greek: 'el', suedois: 'sv', swedish: 'sv', norvegien: 'no', norwegian: 'no', danois: 'da',
  danish: 'da', finnois: 'fi', finnish: 'fi', hongrois: 'hu', hungarian: 'hu', tcheque: 'cs', czech: 'cs',
  slovaque: 'sk', slovak: 'sk', bulgare: 'bg', bulgarian: 'bg', serbe: 'sr', serbian: 'sr', croate: 'hr',
  croatian: 'hr', ukrainien: 'uk', ukrainian: 'uk', albanais: 'sq', albanian: 'sq', armenien: 'hy',
  armenian: 'hy', georgien: 'ka', georgian: 'ka', coreen: 'ko', korean: 'ko', thai: 'th', lingala: 'ln',
  swahili: 'sw', malgache: 'mg', malagasy: 'mg', tagalog: 'tl', catalan: 'ca', basque: 'eu', breton: 'br',
  corse: 'co', corsican: 'co', occitan: 'oc', creole: 'cpf', kreyol: 'cpf', kreol: 'cpf', haitian: 'ht', 'haitian creole': 'ht', morisyen: 'mfe',
  'mauritian creole': 'mfe', 'reunion creole': 'rcf', 'reunionese creole': 'rcf', 'antillean creole': 'gcf',
  'guadeloupean creole': 'gcf', 'martinican creole': 'gcf', 'guianese creole': 'gcr', 'seychellois creole': 'crs', peul: 'ff', pular: 'ff',
  alsacien: 'gsw', alsatian: 'gsw', 'langue des signes francaise': 'fsl', lsf: 'fsl', 'british sign language': 'bfi',
  fula: 'ff', soninke: 'snk', kabyle: 'kab', berbere: 'ber', tamazight: 'ber', punjabi: 'pa', pendjabi: 'pa',
  gujarati: 'gu', telugu: 'te', marathi: 'mr', kannada: 'kn', malayalam: 'ml', indonesien: 'id', indonesian: 'id',
  malais: 'ms', malay: 'ms', lituanien: 'lt', lithuanian: 'lt', letton: 'lv', latvian: 'lv', estonien: 'et',
  estonian: 'et', slovene: 'sl', slovenian: 'sl', macedonien: 'mk', macedonian: 'mk', islandais: 'is',
  icelandic: 'is', irlandais: 'ga', irish: 'ga', gallois: 'cy', welsh: 'cy', latin: 'la', amharique: 'am',
  amharic: 'am', somali: 'so', tigrinya: 'ti', pachto: 'ps', pashto: 'ps', dari: 'fa', kurde: 'ku', kurdish: 'ku',
  azeri: 'az', azerbaijani: 'az', ouzbek: 'uz', uzbek: 'uz', kazakh: 'kk', mongol: 'mn', mongolian: 'mn',
  nepalais: 'ne', nepali: 'ne', cinghalais: 'si', sinhala: 'si', birman: 'my', burmese: 'my', khmer: 'km',
  lao: 'lo', yoruba: 'yo', igbo: 'ig', haoussa: 'ha', hausa: 'ha', zoulou: 'zu', zulu: 'zu', afrikaans: 'af',
  // More languages of people who settle in France and the UK (Philippines, Balkans, Caucasus, Central
  // Asia, West and Central Africa, Indian Ocean). Words that are also common English or French
  // words or surnames (Ewe, Fon, Mooré/Moore) are left out: a line "Moore B2" is no language.
  cebuano: 'ceb', filipino: 'fil', bosniaque: 'bs', bosnian: 'bs', montenegrin: 'cnr', monténégrin: 'cnr',
  maltais: 'mt', maltese: 'mt', luxembourgeois: 'lb', luxembourgish: 'lb', yiddish: 'yi', romani: 'rom',
  tibetain: 'bo', tibetan: 'bo', ouighour: 'ug', uyghur: 'ug', tchetchene: 'ce', chechen: 'ce',
  turkmene: 'tk', turkmen: 'tk', kirghiz: 'ky', kyrgyz: 'ky', tadjik: 'tg', tajik: 'tg', oromo: 'om',
  shona: 'sn', xhosa: 'xh', kinyarwanda: 'rw', kirundi: 'rn', twi: 'tw', akan: 'ak', sango: 'sg',
  kikongo: 'kg', tshiluba: 'lua', dioula: 'dyu', dyula: 'dyu', serere: 'srr', malinke: 'man', mandinka: 'mnk',
  comorien: 'swb', shikomori: 'swb', tahitien: 'ty', tahitian: 'ty', hmong: 'hmn', hakka: 'hak',
  javanais: 'jv', javanese: 'jv', sindhi: 'sd', cachemiri: 'ks', kashmiri: 'ks', galicien: 'gl',
  galician: 'gl', 'scottish gaelic': 'gd', gaelique: 'gd', esperanto: 'eo', 'american sign language': 'ase',
};

// Languages without an ISO 639-1 code keep their ISO 639-2/3 code (Soninké "snk", Alsatian "gsw",
// the creoles of creole-variety.ts).

/** Words that state a level outright: a native or bilingual speaker is at the top of the scale. */
export const STATED_LEVEL_WORDS: [RegExp, string][] = [
  [/\b(?:langues? maternelles?|maternelles?|maternels?|natifs?|natives?|native speakers?|native languages?|mother tongues?|first languages?|langues? natales?)\b/, 'C2'],
  [/\b(?:bilingues?|bilingual)\b/, 'C2'],
];

/** Vaguer words and their usual CEFR equivalent; the words themselves stay in `levelText` so the
 *  counsellor sees what the CV says. */
export const APPROXIMATE_LEVEL_WORDS: [RegExp, string][] = [
  // LinkedIn's own scale, read before its words alone ("limited" elsewhere is A2).
  [/\b(?:full professional|(?:competence|capacite) professionnelle complete)\b/, 'C1'],
  [/\b(?:limited working|(?:competence|capacite) professionnelle limitee)\b/, 'B1'],
  [/\b(?:professional working|(?:competence|capacite) professionnelle)\b/, 'B2'],
  [/\b(?:courante?s?|couramment|fluent|fluently|fluency|full professional|excellent|tres bon niveau|tres bonne maitrise|tres bien|tres bon|tres bonne|proficient|advanced|avancee?s?|confirmee?s?|expert|parfaitement)\b/, 'C1'],
  [/\b(?:bon niveau|bonne maitrise|good|professional working|professionnel|operationnel|upper[- ]intermediate|independant|independent)\b/, 'B2'],
  [/\b(?:intermediaires?|intermediate|conversational|moyens?|correcte?s?|assez bon|working knowledge)\b/, 'B1'],
  [/\b(?:scolaires?|elementaires?|elementary|basiques?|basic|pre[- ]intermediate|notions? de base|limited|bonnes notions|(?:me|se)\s+debrouill\w*|get by)\b/, 'A2'],
  [/\b(?:notions?|debutante?|beginner|rudiments|bases|a little)\b/, 'A1'],
  // "Lu, écrit, parlé", "read, written and spoken": every skill in use, a working level; read
  // only when no word above says more ("lu, écrit, parlé couramment").
  [/\b(?:lu|ecrit|parle)\b(?:\s*(?:,|et|\/|-|&)\s*(?:lu|ecrit|parle)\b){2}|\b(?:read|written|spoken)\b(?:\s*(?:,|and|\/|-|&|,\s*and)\s*(?:read|written|spoken)\b){2}/, 'B2'],
  [/\b(?:ecrit\s*(?:,|et|\/|-|&)\s*parle|parle\s*(?:,|et|\/|-|&)\s*ecrit|spoken\s*(?:,|and|\/|&)\s*written|written\s*(?:,|and|\/|&)\s*spoken)\b/, 'B2'],
  [/\b(?:lu\s*(?:,|et|\/|-|&)\s*parle|parle\s*(?:,|et|\/|-|&)\s*lu)\b/, 'B1'],
];

/** Tests of English that name the language by themselves ("TOEIC 850", "Cambridge FCE"), folded. */
export const ENGLISH_TESTS = [
  'toeic', 'toefl', 'ielts', 'bulats', 'linguaskill', 'cambridge english', 'cambridge fce', 'cambridge cae',
  'cambridge cpe', 'fce', 'cae', 'first certificate in english', 'certificate in advanced english',
  'certificate of proficiency in english',
];

/** Tests and diplomas of French as a foreign language, which name French by themselves ("DELF B1",
 *  "TCF B2", "FLE niveau A2"), folded. */
export const FRENCH_TESTS = ['delf', 'dalf', 'dilf', 'tcf', 'tcf canada', 'tef', 'tef canada', 'fle', 'francais langue etrangere'];

/** Official TOEIC (listening + reading) score bands per CEFR level. */
export const TOEIC_BANDS: [number, string][] = [[945, 'C1'], [785, 'B2'], [550, 'B1'], [225, 'A2'], [120, 'A1']];
/** The test makers' own CEFR tables: IELTS bands (0-9), TOEFL iBT (0-120) and TOEFL ITP (310-677). */
export const IELTS_BANDS: [number, string][] = [[8.5, 'C2'], [7, 'C1'], [5.5, 'B2'], [4, 'B1']];
export const TOEFL_IBT_BANDS: [number, string][] = [[95, 'C1'], [72, 'B2'], [42, 'B1']];
export const TOEFL_ITP_BANDS: [number, string][] = [[627, 'C1'], [543, 'B2'], [460, 'B1'], [337, 'A2']];
