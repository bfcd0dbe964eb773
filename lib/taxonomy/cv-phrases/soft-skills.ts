// Savoir-être written on CVs of every trade (qualités, soft skills): how job seekers phrase them, mapped to ESCO transversal
// skills. Only phrasings ESCO does not already say.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // veiller aux détails / attend to detail
  { id: `${SKILL}83e6510b-ffeb-4aec-959c-4265fd0ff7b7`, fr: ['Rigueur', 'Rigoureux', 'Rigoureuse', 'Minutie', 'Minutieux', 'Minutieuse', 'Sens du détail', 'Méticuleux'], en: ['Detail-oriented', 'Eye for detail', 'Meticulous', 'Thorough', 'Attention to detail', 'Attentive to detail'] },
  // travailler de manière autonome / work independently
  { id: `${SKILL}c29aa9d2-4da8-4bdd-831c-8d4a2fb51730`, fr: ['Autonomie', 'Autonome', 'Capacité à travailler seul', 'Esprit d\'initiative', 'Prise d\'initiative', 'Sens de l\'initiative'], en: ['Self-motivated', 'Self-starter', 'Independent worker', 'Using own initiative'] },
  // agir de manière fiable / act reliably
  { id: `${SKILL}25e16679-a7d0-464d-916c-63210001bbab`, fr: ['Fiabilité', 'Sérieux', 'Sérieuse', 'Assiduité', 'Sens des responsabilités', 'Responsable et fiable', 'Ponctualité', 'Ponctuel', 'Ponctuelle'], en: ['Reliable', 'Reliability', 'Dependable', 'Trustworthy', 'Punctual and reliable', 'Punctual', 'Punctuality', 'Good timekeeping'] },
  // supporter la pression / cope with pressure
  { id: `${SKILL}7a147904-22b3-498a-b4d9-7bceeb86b45d`, fr: ['Résistance au stress', 'Gestion du stress', 'Sang-froid', 'Calme', 'Travail sous pression'], en: ['Working under pressure', 'Calm under pressure', 'Stress management', 'Resilience', 'Thriving under pressure'] },
  // écouter activement / listen actively
  { id: `${SKILL}a17286c5-238d-4f0b-bc24-29e9121345de`, fr: ['Écoute', 'Sens de l\'écoute', 'Qualités d\'écoute', 'Capacité d\'écoute', 'Écoute active'], en: ['Good listener', 'Listening skills', 'Active listening'] },
  // faire preuve d'empathie / show empathy
  { id: `${SKILL}77b636e8-fab3-41a8-8022-1e0a354059dc`, fr: ['Empathie', 'Bienveillance', 'Empathique', 'Sens humain', 'Qualités humaines'], en: ['Empathy', 'Empathetic', 'Compassionate', 'Caring nature', 'Kindness'] },
  // faire preuve d'enthousiasme / demonstrate enthusiasm
  { id: `${SKILL}22b7d99d-252f-4572-8e3c-438ea87607eb`, fr: ['Dynamisme', 'Motivation', 'Motivé', 'Enthousiasme', 'Bonne humeur'], en: ['Enthusiastic', 'Motivated', 'Positive attitude', 'Hard-working', 'Energetic', 'Can-do attitude'] },
  // faire preuve de diplomatie / show diplomacy
  { id: `${SKILL}ece25f2f-e91a-4186-a221-caa715195fd7`, fr: ['Diplomatie', 'Tact', 'Courtoisie', 'Diplomate'], en: ['Tactful', 'Tact and diplomacy', 'Courteous'] },
  // faire preuve de bonnes manières / demonstrate good manners
  { id: `${SKILL}5c59dac1-0547-4068-b43c-ac59f1344448`, fr: ['Politesse', 'Savoir-vivre', 'Bonne présentation', 'Présentation soignée', 'Amabilité', 'Sourire'], en: ['Polite', 'Well presented', 'Friendly manner', 'Professional appearance', 'Friendly and approachable'] },
  // interagir avec autrui / interact with others
  { id: `${SKILL}09e28145-e205-4b7a-8b3b-5c4876396069`, fr: ['Sens du relationnel', 'Aisance relationnelle', 'Relationnel', 'Sens du contact', 'Bon relationnel', 'Qualités relationnelles', 'Aisance à l\'oral', 'Sociable', 'Sens de la communication'], en: ['People skills', 'Interpersonal skills', 'Communication skills', 'Approachable', 'Good communicator'] },
  // faire preuve de curiosité / demonstrate curiosity
  { id: `${SKILL}429062f1-a958-43ea-83dd-4e1af078c156`, fr: ['Curiosité', 'Curieux', 'Curieuse', 'Soif d\'apprendre', 'Envie d\'apprendre'], en: ['Curious', 'Inquisitive', 'Eager to learn'] },
  // démontrer une volonté d'apprendre / demonstrate willingness to learn
  { id: `${SKILL}9bf266a6-188b-4d17-a22f-2f266d76832b`, fr: ['Volonté d\'apprendre', 'Capacité d\'apprentissage', 'Apprentissage rapide', 'Facilité d\'apprentissage'], en: ['Quick learner', 'Fast learner', 'Willing to learn', 'Keen to learn'] },
  // avoir un esprit créatif / think creatively
  { id: `${SKILL}c624c6a3-b0ba-4a31-a296-0d433fe47e41`, fr: ['Créativité', 'Créatif', 'Imagination', 'Force de proposition'], en: ['Creative', 'Creativity', 'Imaginative'] },
  // réfléchir de manière raisonnée / think analytically
  { id: `${SKILL}4707da90-9cfc-46ca-8de0-38a0b7bfb137`, fr: ['Esprit d\'analyse', 'Capacité d\'analyse', 'Esprit analytique', 'Esprit de synthèse'], en: ['Analytical skills', 'Analytical mind', 'Analytical thinking'] },
  // élaborer une stratégie pour résoudre les problèmes / develop strategy to solve problems
  { id: `${SKILL}7a8fb784-67fa-41e9-a75c-6b491d91f800`, fr: ['Résolution de problèmes', 'Réactivité face aux imprévus', 'Débrouillard'], en: ['Problem solving', 'Problem solver', 'Resourceful'] },
  // diriger d'autres personnes / lead others
  { id: `${SKILL}75d8e5d9-bef3-418b-9011-01bff9f27207`, fr: ['Leadership', 'Leader', 'Esprit d\'entreprise', 'Capacité à fédérer', 'Charisme'], en: ['Leadership', 'Leadership skills', 'Natural leader'] },
  // s'adapter au changement / adapt to change
  { id: `${SKILL}49de9958-2aa4-4eef-a89d-fe5d5bcd28c4`, fr: ['Faculté d\'adaptation', 'Capacité d\'adaptation', 'Adaptabilité', 'Réactivité', 'Souplesse'], en: ['Adaptable', 'Adaptability', 'Flexible', 'Flexibility', 'Versatile'] },
  // travailler de manière efficace / work efficiently
  { id: `${SKILL}7a93e22f-54d8-4bf0-9213-d711f6601b49`, fr: ['Efficacité', 'Rapidité d\'exécution', 'Rapidité', 'Sens de l\'efficacité'], en: ['Efficient', 'Efficiency', 'Fast-paced environment', 'Working at pace'] },
  // gérer le temps / manage time
  { id: `${SKILL}d9013e0e-e937-43d5-ab71-0e917ee882b8`, fr: ['Sens de l\'organisation', 'Bonne organisation', 'Gestion des priorités', 'Capacité d\'organisation'], en: ['Organised', 'Well organised', 'Organisational skills', 'Prioritising', 'Multitasking'] },
  // respecter un code de conduite éthique / follow ethical code of conduct
  { id: `${SKILL}b2f925ed-3ebd-4f78-b98e-d5d4678e83b5`, fr: ['Honnêteté', 'Honnête', 'Intégrité', 'Loyauté', 'Probité'], en: ['Honest', 'Honesty', 'Integrity'] },
  // soutenir ses collègues / support colleagues
  { id: `${SKILL}95a41cf5-4037-4c96-91a8-c34b41637224`, fr: ['Entraide', 'Solidarité', 'Sens de l\'entraide', 'Esprit de camaraderie'], en: ['Supportive', 'Helping colleagues'] },
  // persister / persist
  { id: `${SKILL}f60b0a50-2e7b-46f8-9b9c-2809b10991f9`, fr: ['Ténacité', 'Détermination', 'Persévérance', 'Persévérant', 'Persévérante'], en: ['Determined', 'Tenacious', 'Resilient'] },
  // travailler en équipe / work in teams
  { id: `${SKILL}60c78287-22eb-4103-9c8c-28deaa460da0`, fr: ['Travail en équipe', 'Esprit d\'équipe'], en: ['Teamwork skills', 'Collaborative'] },
  // prendre des décisions / make decisions
  { id: `${SKILL}d62d2b4c-a6f8-439e-8a1b-4f29ab5f2c47`, fr: ['Capacité de décision', 'Prise de décision', 'Sens de la décision'], en: ['Decision-making', 'Decisive'] },
  // faire preuve de patience / show patience (care, childcare, customer jobs)
  { id: `${SKILL}1bb3a4b7-c0e4-434a-850d-0d2874a9c251`, fr: ['Patience', 'Grande patience'], en: ['Patience', 'Patient and calm'] },
  // respecter la confidentialité / observe confidentiality ("Discrétion": home help, admin, security)
  { id: `${SKILL}8d202e22-85e9-47b1-a1e0-3296d17244cd`, fr: ['Discrétion', 'Discret', 'Discrète', 'Sens de la confidentialité'], en: ['Discreet', 'Discretion'] },
];
