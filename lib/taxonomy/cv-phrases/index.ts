// Every trade family's CV phrasings, for the skill aliases (one file per family, France Travail
// job-seeker trades, French and British English).
import type { CvPhrase } from './cv-phrase';
import { PHRASES as accueilRelationClient } from './accueil-relation-client';
import { PHRASES as agriculture } from './agriculture';
import { PHRASES as aideADomicile } from './aide-a-domicile';
import { PHRASES as banqueAssurance } from './banque-assurance';
import { PHRASES as batimentSecondOeuvre } from './batiment-second-oeuvre';
import { PHRASES as boulangeriePatisserie } from './boulangerie-patisserie';
import { PHRASES as coiffureEsthetique } from './coiffure-esthetique';
import { PHRASES as commerceVente } from './commerce-vente';
import { PHRASES as communicationMarketing } from './communication-marketing';
import { PHRASES as comptabiliteGestion } from './comptabilite-gestion';
import { PHRASES as cuisine } from './cuisine';
import { PHRASES as educationAnimation } from './education-animation';
import { PHRASES as espacesVerts } from './espaces-verts';
import { PHRASES as hotellerie } from './hotellerie';
import { PHRASES as immobilier } from './immobilier';
import { PHRASES as industrieProduction } from './industrie-production';
import { PHRASES as informatique } from './informatique';
import { PHRASES as logistiqueEntrepot } from './logistique-entrepot';
import { PHRASES as maintenanceElectricite } from './maintenance-electricite';
import { PHRASES as mecaniqueAutomobile } from './mecanique-automobile';
import { PHRASES as metallurgieSoudureUsinage } from './metallurgie-soudure-usinage';
import { PHRASES as metiersDeBouche } from './metiers-de-bouche';
import { PHRASES as plomberieChauffage } from './plomberie-chauffage';
import { PHRASES as proprete } from './proprete';
import { PHRASES as ressourcesHumaines } from './ressources-humaines';
import { PHRASES as restaurationRapide } from './restauration-rapide';
import { PHRASES as santeSoins } from './sante-soins';
import { PHRASES as secretariatAssistanat } from './secretariat-assistanat';
import { PHRASES as securiteSurveillance } from './securite-surveillance';
import { PHRASES as serviceSalleBar } from './service-salle-bar';
import { PHRASES as softSkills } from './soft-skills';
import { PHRASES as transportLivraison } from './transport-livraison';
import { PHRASES as batimentGrosOeuvre } from './batiment-gros-oeuvre';
import { PHRASES as menuiserieAgencement } from './menuiserie-agencement';
import { PHRASES as socialEducatif } from './social-educatif';
import { PHRASES as petiteEnfance } from './petite-enfance';
import { PHRASES as sportFitness } from './sport-fitness';
import { PHRASES as coutureTextile } from './couture-textile';
import { PHRASES as triRecyclage } from './tri-recyclage';
import { PHRASES as spectacleTechnique } from './spectacle-technique';
import { PHRASES as laboratoireQualite } from './laboratoire-qualite';
import { PHRASES as energieEnvironnement } from './energie-environnement';
import { PHRASES as achatsImportExport } from './achats-import-export';
import { PHRASES as tourismeVoyage } from './tourisme-voyage';
import { PHRASES as animaux } from './animaux';
import { PHRASES as imprimerieGraphique } from './imprimerie-graphique';
import { PHRASES as fonctionPubliqueTerritoriale } from './fonction-publique-territoriale';
import { PHRASES as juridique } from './juridique';
import { PHRASES as fleuristeJardinerie } from './fleuriste-jardinerie';
import { PHRASES as gardiennageDemenagement } from './gardiennage-demenagement';
import { PHRASES as aeronautiqueCablage } from './aeronautique-cablage';
import { PHRASES as commerceAutomobile } from './commerce-automobile';
import { PHRASES as btpEncadrementEtudes } from './btp-encadrement-etudes';
import { PHRASES as bureauEtudesIndustrie } from './bureau-etudes-industrie';
import { PHRASES as pharmacieOfficine } from './pharmacie-officine';
import { PHRASES as transportSanitaire } from './transport-sanitaire';
import { PHRASES as dentaire } from './dentaire';
import { PHRASES as centreContacts } from './centre-contacts';
import { PHRASES as dataAnalyse } from './data-analyse';
import { PHRASES as optiqueLunetterie } from './optique-lunetterie';
import { PHRASES as autoEcole } from './auto-ecole';
import { PHRASES as funeraire } from './funeraire';
import { PHRASES as pecheMarine } from './peche-marine';
import { PHRASES as aerienEscalePnc } from './aerien-escale-pnc';
import { PHRASES as documentationArchives } from './documentation-archives';
import { PHRASES as traductionInterpretation } from './traduction-interpretation';
import { PHRASES as bijouterieHorlogerie } from './bijouterie-horlogerie';
import { PHRASES as travauxPublicsEngins } from './travaux-publics-engins';
import { PHRASES as reeducationParamedicale } from './reeducation-paramedicale';
import { PHRASES as reseauxCybersecurite } from './reseaux-cybersecurite';
import { PHRASES as securitePubliqueSecours } from './securite-publique-secours';
import { PHRASES as journalismeEditionMultimedia } from './journalisme-edition-multimedia';
import { PHRASES as photoVideoArtsScene } from './photo-video-arts-scene';
import { PHRASES as gestionProjetConseil } from './gestion-projet-conseil';
import { PHRASES as maintenanceEnginsAscenseursFroid } from './maintenance-engins-ascenseurs-froid';
import { PHRASES as chimiePharmaPlasturgie } from './chimie-pharma-plasturgie';
import { PHRASES as formationInsertion } from './formation-insertion';

/** Savoir-être (rigueur, autonomie, sens du relationnel): kept apart, off by default (AliasOptions). */
export const SOFT_SKILL_PHRASES: CvPhrase[] = softSkills;

export const TRADE_PHRASES: CvPhrase[] = [
  ...accueilRelationClient,
  ...agriculture,
  ...aideADomicile,
  ...banqueAssurance,
  ...batimentSecondOeuvre,
  ...boulangeriePatisserie,
  ...coiffureEsthetique,
  ...commerceVente,
  ...communicationMarketing,
  ...comptabiliteGestion,
  ...cuisine,
  ...educationAnimation,
  ...espacesVerts,
  ...hotellerie,
  ...immobilier,
  ...industrieProduction,
  ...informatique,
  ...logistiqueEntrepot,
  ...maintenanceElectricite,
  ...mecaniqueAutomobile,
  ...metallurgieSoudureUsinage,
  ...metiersDeBouche,
  ...plomberieChauffage,
  ...proprete,
  ...ressourcesHumaines,
  ...restaurationRapide,
  ...santeSoins,
  ...secretariatAssistanat,
  ...securiteSurveillance,
  ...serviceSalleBar,
  ...transportLivraison,
  ...batimentGrosOeuvre,
  ...menuiserieAgencement,
  ...socialEducatif,
  ...petiteEnfance,
  ...sportFitness,
  ...coutureTextile,
  ...triRecyclage,
  ...spectacleTechnique,
  ...laboratoireQualite,
  ...energieEnvironnement,
  ...achatsImportExport,
  ...tourismeVoyage,
  ...animaux,
  ...imprimerieGraphique,
  ...fonctionPubliqueTerritoriale,
  ...juridique,
  ...fleuristeJardinerie,
  ...gardiennageDemenagement,
  ...aeronautiqueCablage,
  ...commerceAutomobile,
  ...btpEncadrementEtudes,
  ...bureauEtudesIndustrie,
  ...pharmacieOfficine,
  ...transportSanitaire,
  ...dentaire,
  ...centreContacts,
  ...dataAnalyse,
  ...optiqueLunetterie,
  ...autoEcole,
  ...funeraire,
  ...pecheMarine,
  ...aerienEscalePnc,
  ...documentationArchives,
  ...traductionInterpretation,
  ...bijouterieHorlogerie,
  ...travauxPublicsEngins,
  ...reeducationParamedicale,
  ...reseauxCybersecurite,
  ...securitePubliqueSecours,
  ...journalismeEditionMultimedia,
  ...photoVideoArtsScene,
  ...gestionProjetConseil,
  ...maintenanceEnginsAscenseursFroid,
  ...chimiePharmaPlasturgie,
  ...formationInsertion,
];
