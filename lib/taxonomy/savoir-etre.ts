// The savoir-être concepts and how job seekers write them ("Rigueur", "Autonomie", "Gestion du
// stress"): the CV phrasings of qualities (cv-phrases/soft-skills.ts), kept apart from the trade
// lexicon so that the review screen and the fill can know a quality without loading it. Each ESCO
// quality that ROME 4.0 names among its sixteen "savoir-être professionnels" (the list France
// Travail's profile offers) is paired with it, by hand, on the meaning of both.
import type { Language } from '../types';
import { PHRASES } from './cv-phrases/soft-skills';

const SKILL = 'http://data.europa.eu/esco/skill/';

/** ESCO URIs of the savoir-être concepts. */
export const SAVOIR_ETRE_IDS: ReadonlySet<string> = new Set(PHRASES.map((phrase) => phrase.id));

/** ESCO quality -> the ROME 4.0 savoir-être professionnel of the same meaning (code_ogr, label). */
export const ROME_SAVOIR_ETRE: ReadonlyMap<string, { code: string; label: string }> = new Map(
  (
    [
      ['83e6510b-ffeb-4aec-959c-4265fd0ff7b7', '300490', 'Faire preuve de rigueur et de précision'], // veiller aux détails
      ['c29aa9d2-4da8-4bdd-831c-8d4a2fb51730', '300460', "Faire preuve d'autonomie"], // travailler de manière autonome
      ['25e16679-a7d0-464d-916c-63210001bbab', '300461', 'Faire preuve de sens des responsabilités'], // agir de manière fiable
      ['7a147904-22b3-498a-b4d9-7bceeb86b45d', '300478', 'Faire preuve de contrôle de soi'], // supporter la pression
      ['a17286c5-238d-4f0b-bc24-29e9121345de', '300412', "Etre à l'écoute, faire preuve d'empathie"], // écouter activement
      ['77b636e8-fab3-41a8-8022-1e0a354059dc', '300412', "Etre à l'écoute, faire preuve d'empathie"], // faire preuve d'empathie
      ['ece25f2f-e91a-4186-a221-caa715195fd7', '300412', "Etre à l'écoute, faire preuve d'empathie"], // faire preuve de diplomatie
      ['5c59dac1-0547-4068-b43c-ac59f1344448', '399999', 'Avoir le sens du service'], // faire preuve de bonnes manières
      ['429062f1-a958-43ea-83dd-4e1af078c156', '300493', "Faire preuve de curiosité, d'ouverture d'esprit"], // faire preuve de curiosité
      ['9bf266a6-188b-4d17-a22f-2f266d76832b', '300493', "Faire preuve de curiosité, d'ouverture d'esprit"], // volonté d'apprendre
      ['c624c6a3-b0ba-4a31-a296-0d433fe47e41', '300497', "Faire preuve de créativité, d'inventivité"], // avoir un esprit créatif
      ['75d8e5d9-bef3-418b-9011-01bff9f27207', '300489', 'Faire preuve de leadership'], // diriger d'autres personnes
      ['49de9958-2aa4-4eef-a89d-fe5d5bcd28c4', '300479', 'Etre ouvert aux changements'], // s'adapter au changement
      ['d9013e0e-e937-43d5-ab71-0e917ee882b8', '300483', 'Organiser son travail selon les priorités et les objectifs'], // gérer le temps
      ['95a41cf5-4037-4c96-91a8-c34b41637224', '300465', "Avoir l'esprit d'équipe"], // soutenir ses collègues
      ['60c78287-22eb-4103-9c8c-28deaa460da0', '300465', "Avoir l'esprit d'équipe"], // travailler en équipe
      ['f60b0a50-2e7b-46f8-9b9c-2809b10991f9', '300485', 'Faire preuve de persévérance'], // persister
    ] as const
  ).map(([esco, code, label]) => [`${SKILL}${esco}`, { code, label }]),
);

/** How job seekers write a savoir-être concept, French and English, and ROME's name for it
 *  (its language left unknown: it is a label of either scheme's own words). */
export function savoirEtrePhrasings(id: string): { text: string; language: Language | null }[] {
  const rome = ROME_SAVOIR_ETRE.get(id);
  return [
    ...PHRASES.filter((phrase) => phrase.id === id).flatMap((phrase) => [
      ...(phrase.fr ?? []).map((text) => ({ text, language: 'fr' as const })),
      ...(phrase.en ?? []).map((text) => ({ text, language: 'en' as const })),
    ]),
    ...(rome ? [{ text: rome.label, language: null }] : []),
  ];
}

/** The same, as plain text. */
export function savoirEtreWordings(id: string): string[] {
  return savoirEtrePhrasings(id).map((phrasing) => phrasing.text);
}
