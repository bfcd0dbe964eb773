// Heading words of CV sections, French and English, folded (no accents, lower case).
// A heading is matched whole or as its first words ("experiences professionnelles recentes").
import type { SectionKind } from '../types';

export const SECTION_HEADINGS: Record<Exclude<SectionKind, 'other'>, string[]> = {
  header: [
    'contact', 'contacts', 'coordonnees', 'mes coordonnees', 'informations personnelles', 'infos personnelles',
    'etat civil', 'personal details', 'personal information', 'contact details', 'contact information', 'contact info',
    // Plain words a job seeker writes.
    'me contacter', 'contactez-moi', 'contact me', 'personal info',
  ],
  profile: [
    'profil', 'profil professionnel', 'mon profil', 'a propos', 'a propos de moi', 'presentation', 'resume',
    'resume professionnel', 'objectif', 'objectif professionnel', 'objectifs', 'projet professionnel', 'qui suis-je',
    'about', 'about me', 'summary', 'professional summary', 'profile', 'professional profile', 'personal profile',
    'objective', 'career objective', 'personal statement', 'career summary', 'executive summary', 'accroche',
    'en quelques mots', 'moi en quelques mots', 'qui je suis', 'who am i', 'about myself',
  ],
  experience: [
    'experience', 'experiences', 'experience professionnelle', 'experiences professionnelles', 'parcours',
    'parcours professionnel', 'emplois', 'emplois occupes', 'historique professionnel', 'experiences significatives',
    'stages', 'work experience', 'professional experience', 'employment',
    'employment history', 'work history', 'career history', 'internships', 'relevant experience', 'experience pro',
    'experiences pro', 'mes experiences', 'postes occupes', 'carriere', 'career',
    // Plain words a job seeker writes ("Où j'ai travaillé"), and the student or seasonal jobs kept apart.
    "ou j'ai travaille", "ce que j'ai fait", 'experiences de travail', 'emplois precedents', 'derniers emplois',
    'dernier emploi', 'jobs', 'jobs etudiants', 'job etudiant', "jobs d'ete", 'emplois saisonniers', 'travaux saisonniers',
    'missions interim', "missions d'interim", 'missions en interim', 'experiences en interim',
    'relevant work experience', 'previous employment', 'employment record', 'work placements', 'placements',
    'work experience and placements',
    // Secondary jobs kept apart are jobs too ("autres" alone is a section to skip).
    'autres experiences', 'autres experiences professionnelles', 'experiences complementaires', 'other experience',
    'other work experience', 'additional experience',
    // Volunteering is experience to a counsellor (France Travail's profile lists it with the jobs);
    // volunteering.ts tells these sections apart.
    'benevolat', 'volunteering', 'volunteer work', 'volunteer experience', 'volunteering experience', 'voluntary work',
    'voluntary experience', 'community involvement', 'experiences benevoles', 'experience benevole',
    'activites benevoles', 'missions benevoles', 'engagement benevole', 'engagements benevoles', 'engagement associatif',
    'engagements associatifs', 'activites associatives', 'experiences associatives', 'vie associative', 'volontariat',
  ],
  education: [
    'formation', 'formations', 'diplome', 'diplomes', 'diplomes et formations', 'formations et diplomes',
    'formation et diplomes', 'cursus', 'etudes', 'scolarite', 'parcours scolaire', 'parcours academique',
    'formation initiale', 'formation continue', 'formation professionnelle', 'education', 'qualifications',
    'academic background', 'education and training', 'academic qualifications', 'education & training',
    'formation & diplomes', 'diplomes & formations', 'cursus scolaire', 'education background', 'educational background',
    'formations complementaires', 'autres formations', 'formations suivies', 'formation suivie', 'stages et formations courtes',
    // UK CVs join the diplomas and the qualifications under one heading.
    'education & qualifications', 'education and qualifications', 'qualifications & education',
    'qualifications and education', 'qualifications & training', 'qualifications and training',
    'education qualifications', 'education training',
    'niveau d\'etudes', 'niveau scolaire', 'training and education', 'training & education', 'schooling',
    "ou j'ai etudie", "ou j'ai appris",
    // Online courses are training taken, not certificates held.
    'cours en ligne', 'formations en ligne', 'mooc', 'moocs', 'e-learning', 'online courses', 'online learning',
  ],
  skills: [
    'competences', 'competences techniques', 'competences professionnelles', 'competences cles', 'savoir-faire',
    'savoir faire', 'aptitudes', 'domaines de competences', 'domaines de competence', 'outils', 'informatique',
    'logiciels', 'connaissances', 'connaissances informatiques', 'competences informatiques', 'skills',
    'technical skills', 'key skills', 'core competencies', 'core skills', 'it skills', 'expertise', 'hard skills',
    'skills & abilities', 'skills and abilities', 'professional skills', 'technical expertise', 'savoir-faire techniques',
    'mes competences', 'competences metier', 'competences et savoir-faire', 'outils maitrises', 'areas of expertise',
    // Plain words a job seeker writes.
    'ce que je sais faire', 'competences acquises', 'capacites', 'capacites professionnelles',
    'connaissances techniques', 'technical knowledge', 'abilities', 'key competencies', 'competencies',
    'computer skills', 'bureautique', 'tools', 'domaines d\'intervention',
    // Job sites' own headings: LinkedIn's "Top Skills" / "Principales compétences", Europass's
    // "Digital skills" / "Compétences numériques".
    'top skills', 'principales competences', 'digital skills', 'competences numeriques', 'competences digitales',
    // A developer's: the technologies they work with.
    'stack', 'stack technique', 'tech stack', 'technical stack', 'langages et outils', 'langages de programmation',
    'programming languages',
    // The 2013 Europass template's: "Compétences liées à l'emploi" / "Job-related skills".
    'competences liees a l\'emploi', 'job-related skills', 'job related skills',
  ],
  softSkills: [
    'savoir-etre', 'savoir etre', 'qualites', 'qualites personnelles', 'atouts', 'mes atouts', 'points forts',
    'soft skills', 'personal qualities', 'strengths', 'qualites professionnelles', 'competences comportementales',
    'savoir-etre professionnels', 'personal skills', 'interpersonal skills', 'competences transversales',
    'qualites humaines', 'personnalite', 'personal attributes', 'key strengths', 'competences relationnelles',
    // The 2013 Europass template's ("Communication skills" alone is as often an item of a list).
    'competences en communication', 'competences organisationnelles', 'competences organisationnelles / manageriales',
    'organisational / managerial skills',
    'competences humaines', 'ce qui me caracterise', 'qui me caracterise',
  ],
  languages: [
    'langues', 'langue', 'langues etrangeres', 'langues vivantes', 'competences linguistiques', 'languages',
    'language skills', 'language', 'linguistic skills', 'je parle', 'les langues que je parle', 'langues parlees',
    // Europass's label over the foreign languages and their grids, "Other language(s):" /
    // "Autre(s) langue(s) :", is no heading of an "other" section.
    'other languages', 'other language s', 'autres langues', 'autre s langue s',
  ],
  licences: [
    'permis', 'permis de conduire', 'mobilite', 'permis et mobilite', 'driving licence', 'driving license',
    'driving licences', 'driving licenses',
  ],
  certifications: [
    'certifications', 'certification', 'habilitations', 'habilitation', 'certificats', 'caces', 'attestations',
    'licenses & certifications', 'licences & certifications', 'licenses and certifications', 'certificates',
    'certifications et habilitations', 'habilitations et certifications', 'caces et habilitations',
    'certifications & habilitations', 'habilitations & certifications', 'accreditations', 'training', 'courses',
    'training courses', 'licences and qualifications', 'licences & qualifications', 'licences & tickets',
    'licences and tickets', 'tickets', 'cartes professionnelles', 'carte professionnelle', 'carte pro', 'cartes pro',
    'short courses', 'professional development', 'cpd',
    // Other names: the French "titres" and "agréments", job sites' own headings
    // (LinkedIn "Licences et certifications", Indeed "Certifications et licences").
    'titres et attestations', 'attestations et titres', 'agrements', 'agrements et habilitations',
    'licences et certifications', 'certifications et licences', 'certifications & licences',
    // The licence and the certificates under one heading (extract-driving-licences reads both).
    'permis et caces', 'permis & caces', 'caces et permis', 'permis et habilitations', 'permis & habilitations',
    'permis et certifications', 'licences and tickets', 'licences & tickets', 'licences and certificates',
    'licenses et certifications', 'certifications et licenses',
    // A UK CV's "Licences": the driving licence and the tickets (forklift, CSCS) under one heading.
    'licences', 'licenses', 'licences held', 'licenses held',
    // A driver's qualifications of transport, often a heading of their own.
    'fimo', 'fco', 'fimo / fco', 'fimo/fco', 'fimo - fco', 'fimo et fco', 'fimo-fco', 'caces et fimo', 'fimo et caces',
  ],
  interests: [
    "centres d'interet", "centres d'interets", "centre d'interet", "centre d'interets", 'loisirs', 'passions',
    'activites extra-professionnelles', 'activites', 'hobbies', 'interests', 'hobbies and interests',
    'hobbies & interests', 'interets', 'loisirs et centres d\'interet', 'activites et loisirs',
    'engagements', 'sports', 'passe-temps', 'ce que j\'aime',
    'interests and activities', 'leisure', 'extra-curricular activities', 'extracurricular activities',
    // Hobbies and volunteering under one heading: the hobbies' volunteering lines are read as such.
    'loisirs et engagement associatif', 'loisirs et engagements associatifs', 'loisirs et benevolat', 'benevolat et loisirs',
    "centres d'interet et engagement associatif", "centres d'interet et benevolat", 'engagement associatif et loisirs',
    'interests and volunteering', 'interests & volunteering', 'hobbies and volunteering', 'volunteering and interests',
  ],
};

/** Headings of sections the profile does not use; recognised so they end the previous section. */
export const OTHER_HEADINGS = [
  'references', 'informations complementaires', 'additional information', 'projets', 'projects', 'publications',
  'realisations', 'achievements', 'awards', 'prix', 'distinctions', 'divers', 'autres', 'other', 'misc',
  'informations diverses', 'complements', 'personal projects', 'projets personnels', 'recommandations',
  'selected projects', 'key projects', 'side projects', 'open source', 'talks', 'talks & community', 'community',
  'conferences', 'portfolio', 'realisations professionnelles', 'projets realises',
];
