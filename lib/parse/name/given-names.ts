// Given names common among job seekers in France (French, Maghrebi, West and Central African,
// Portuguese, Spanish, Italian, Turkish, Eastern European, Vietnamese…), folded: no accents, lower
// case. They tell which word of a name written in one case ("DUPONT MARIE", "Dupont Marie") is the
// first name. Names that are also common surnames ("Martin", "Thomas", "Bernard") are in
// SURNAME_TOO: they tell less.
import { foldText } from '../fold-text';

const NAMES = `
aaron abdel abdelaziz abdelkader abdelkrim abdellah abdelmalek abdou abdoul abdoulaye abdourahmane abdul abel
abigail aboubacar aboubakar achille adam adama adel adele adeline adem adil adolphe adrian adriana adrien agathe
agnes ahmad ahmed aicha aida aime aimee ainhoa aissa aissata aissatou akim alain alan alassane albane albert
alberto alex alexandra alexandre alexandrine alexia alexis alfred ali alia alice alicia alida aline alison alix
allan alma aloise alpha alphonse amadou amandine amani amar amara amaury ambre amel amelia amelie amina aminata
amine amir amira amos anael anais anastasia andrea andreas andree andy ange angela angele angelina angelique
anis anissa anna annabelle anne annette annick annie anouk anthony antoine antoinette antonin antonio apolline
arielle arlette armand armelle arnaud arthur assa assia astrid audrey augustin aurelie aurelien aurore awa axel
axelle aya ayoub aziz aziza baba babacar bakary baptiste barbara basile bastien batiste beatrice benedicte
benjamin benoit berangere bernadette bertrand bilal binta blaise blanche boris boubacar brahim brandon brigitte
bruno bryan camille candice carine carla carlos carmen carole caroline cassandra catherine cecile cedric celia
celine chantal charlene charles charlie charline charlotte chloe christelle christian christiane christine
christophe claire clara clarisse claude claudia claudine clemence clement clementine cloe clotilde coline colette
colin come constance coralie corentin corinne cyril cyrille dalila damien dania daniel daniela daniele danielle
dany david deborah delphine denis denise diane didier dimitri djamel djibril dominique dorian doriane dorothee
driss dylan edgar edith edouard elena eleonore elia elias elie elisa elisabeth elise eliott ella elodie eloise
elsa emeline emilie emilien emma emmanuel emmanuelle enzo eric erwan estelle esther ethan etienne eugenie eva
evan eve evelyne fabien fabienne fabrice fadila fanny farah farid farida fatim fatima fatimata fatou fatouma
fatoumata felix ferdinand fernand fernande fernando florence florent florian france francine francis francisco
franck francoise frederic frederique gabin gabriel gabrielle gael gaelle gaetan gaspard genevieve geoffrey
georges georgette geraldine germain germaine ghislaine gilles ginette gisele gregoire gregory guillaume gustave
guy gwenael gwenaelle habib hadja hafsa hakim halima hamid hamza hanane hassan hassane hawa helene henri
henriette herve hichem hind hocine hortense hugo hugues ibrahim ibrahima idriss ilan ilyes imane imen ines
ingrid irene iris isabelle ismael ismail issa ivan jacqueline jacques jade jamal jasmine jean jeanne jeannine
jennifer jeremie jeremy jerome jessica joao joel joelle johan johanna john jonathan jordan jose josee joseph
josephine josiane josue juan jules julia julie julien juliette justine kader kadiatou kamel karim karima karine
kathleen kelly kenza kevin khadija khaled lahcen laetitia lamine lara laura laure laurence laurent lea leila
lena leo leon leonie lilian liliane lina lionel lisa loic lola lorenzo louis louisa louise luc luca lucas lucie
lucien lucienne ludivine ludovic luis lydia lydie maelle magali mahamadou mahmoud maimouna malika malik mamadou
manon manuel manuela marc marceau marcel marcelle marguerite maria mariam mariama marianne marie marine mario
marion marius marjorie marlene marthe martine maryam maryse mathias mathieu mathilde matteo matthieu maud maurice
maxence maxime maximilien mehdi melanie melissa michael michel michele micheline mickael mireille mohamed
mohammed monique morgane mounir moussa mustapha myriam nabil nadege nadia nadine nadir nafissatou naima najat
natacha nathalie nathan nicolas nicole nina noah noel noemie nora nordine oceane odette odile olga olivia
olivier omar oumar oumou ousmane pablo pascal pascale patrice patricia patrick paul paula pauline pedro perrine
philippe pierre pierrick quentin rabah rachel rachid rania raphael raphaelle raymond rebecca regine remi remy
renaud rene richard rita robert robin rodolphe rodrigue roger romain romane romuald rose rosine sabine sabrina
safia sahra said salah salif salima salimata salma salome sami samia samir samira samuel sandra sandrine santiago
sara sarah seydou sebastien selim serge severine sidi simon simone siham slimane sofia sofiane solene sonia
sophie stella stephane stephanie steve steven suzanne sylvain sylvie tanguy tatiana theo theophile therese thibault
thibaut thierry thomas tiphaine timothee titouan tom tony valentin valentine valerie vanessa veronique victor
victoria vincent violette virginie vivien walid william xavier yacine yanis yann yannick yasmina yassine yohan
youcef youssef youssouf yves yvette yvonne zahra zakaria zineb zohra zoe
`;

/** Given names that are common surnames too ("MARTIN", "THOMAS", "BERNARD", "ALI", "AHMED"): a name
 *  ending with one may well be written first name first ("Sarfaraz Ahmad"). */
const SURNAME_TOO = `
andre antoine benoit bernard charles clement colin daniel david denis etienne francis francois george georges
gerard gilbert gilles guillaume henri henry jacques james jean joseph jules julien lambert laurent leon lewis louis
lucas marc martin mathieu michel noel olivier paul philippe pierre remy richard robert robin roger roland samuel
simon thomas vincent
abdallah ahmad ahmed ali amar aziz brahim hamid hassan hussein ibrahim idriss issa karim mohamed mohammed moussa
omar rachid said salah saleh salem youssef
`;

const GIVEN = new Set(NAMES.split(/\s+/).filter(Boolean));
const BOTH = new Set(SURNAME_TOO.split(/\s+/).filter(Boolean));
for (const name of BOTH) GIVEN.add(name);

/** How surely a word is a given name: 2 a common first name, 1 one that is a common surname too,
 *  0 unknown. A compound ("JEAN-PIERRE", "Marie-Claire") counts when each of its parts does. */
export function givenNameWeight(word: string): number {
  const parts = foldText(word).replace(/[^a-z'’-]/g, '').split(/-/).filter(Boolean);
  if (parts.length === 0 || !parts.every((part) => GIVEN.has(part))) return 0;
  return parts.length === 1 && BOTH.has(parts[0]!) ? 1 : 2;
}
