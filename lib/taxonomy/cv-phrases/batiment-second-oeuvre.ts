// Bâtiment, second œuvre (plâtrerie, peinture, carrelage, sols, isolation, menuiserie de pose):
// how French and British CVs write these skills.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // poser des plaques de plâtre / place drywall
  { id: `${SKILL}fd8a3c14-fe25-4490-a85d-0215d0a5aa6f`, fr: ['Pose de placo', 'Pose de placoplâtre', 'Pose de BA13', 'Placoplâtre', 'Cloisons sèches', 'Montage de cloisons', 'Pose de cloisons', 'Doublage des murs', 'Doublages et cloisons', 'Pose de rails et montants'], en: ['Dry lining', 'Drylining', 'Plasterboarding', 'Boarding out', 'Stud partitions'] },
  // coller des plaques de plâtre / tape drywall
  { id: `${SKILL}7adeafea-6aac-48d8-989c-5cc51a7c6f32`, fr: ['Bandes à joints', 'Pose de bandes', 'Traitement des joints de placo', 'Bandes et joints', 'Joints et bandes'], en: ['Taping and jointing', 'Ames taping'] },
  // plâtrer des surfaces / plaster surfaces
  { id: `${SKILL}20f56226-24ed-495f-8bf5-0b2aa6413ba1`, fr: ['Plâtrerie', 'Travaux de plâtrerie', 'Enduit plâtre', 'Projection de plâtre'], en: ['Plastering', 'Skimming', 'Skim coating', 'Float and set'] },
  // peindre des surfaces / paint surfaces
  { id: `${SKILL}b826a56a-811d-477c-b165-271729f644a4`, fr: ['Peinture intérieure', 'Peinture extérieure', 'Mise en peinture', 'Travaux de peinture', 'Peinture des murs et plafonds', 'Peinture en bâtiment', 'Peinture des boiseries', 'Application de sous-couche', 'Peinture'], en: ['Painting and decorating', 'Interior painting', 'Exterior painting', 'Emulsioning walls', 'Glossing woodwork'] },
  // préparer une surface pour peindre / prepare surface for painting
  { id: `${SKILL}7d2a1c45-fae0-4bd6-b570-c668c9d4eda7`, fr: ['Préparation des supports', 'Rebouchage', 'Rebouchage des fissures', 'Ratissage', 'Ponçage des murs', 'Lessivage des murs', 'Rebouchage et ponçage'], en: ['Filling and sanding', 'Surface preparation', 'Prep work before painting', 'Caulking and filling'] },
  // poser du papier peint / hang wallpaper
  { id: `${SKILL}3816bddd-0765-48d6-b972-0f9aa7296a46`, fr: ['Toile de verre'], en: ['Wallpapering', 'Paper hanging', 'Paperhanging'] },
  // retirer du papier peint / remove wallpaper
  { id: `${SKILL}cbbeffe1-35b1-4384-9431-e669153bda8c`, fr: ['Décollage de papier peint', 'Arrachage de tapisserie'], en: ['Wallpaper stripping'] },
  // poser du carrelage / lay tiles
  { id: `${SKILL}504d99c7-395b-479c-815b-2f77ef769e75`, fr: ['Pose de faïence', 'Faïence murale', 'Carrelage mural', 'Carrelage sol et mur', 'Carrelage', 'Pose de grès cérame', 'Pose de mosaïque'], en: ['Tiling', 'Wall and floor tiling', 'Wall tiling', 'Floor tiling', 'Ceramic tiling'] },
  // colmater des joints de carrelage / fill tile joints
  { id: `${SKILL}5bfdfb74-91dd-408b-a013-670d6961efc1`, fr: ['Réalisation des joints de carrelage', 'Jointoiement du carrelage'], en: ['Grouting', 'Grouting tiles'] },
  // découper du carrelage / cut tiles
  { id: `${SKILL}b9e08c07-4a52-4448-84dc-8a2df0601239`, fr: ['Coupe de carrelage', 'Découpe de faïence'] },
  // poser des revêtements de sol / install floor coverings
  { id: `${SKILL}6d5850bb-8af3-42f0-85ec-488c584bc6ad`, fr: ['Pose de lino', 'Pose de linoléum', 'Pose de sol PVC', 'Sols souples'], en: ['Floor laying', 'Vinyl flooring', 'Carpet fitting', 'Flooring installation', 'Floor fitting'] },
  // installer un sol stratifié / install laminate floor
  { id: `${SKILL}706a96f9-e824-47e9-a39b-e8558e8aa018`, fr: ['Parquet flottant', 'Pose de stratifié'], en: ['Laminate flooring', 'Laying laminate'] },
  // installer des matériaux isolants / install insulation material
  { id: `${SKILL}7eea6974-d606-4175-b95e-f66554816783`, fr: ['Isolation thermique', 'Pose d\'isolant', 'Isolation des combles', 'Laine de verre', 'Laine de roche', 'Isolation phonique'], en: ['Loft insulation', 'Insulation fitting', 'Cavity wall insulation'] },
  // installer une porte / fit doors
  { id: `${SKILL}cd70c768-aab6-46e6-8fb4-3aad7fe4b4cb`, fr: ['Pose de portes'], en: ['Door hanging'] },
  // poser des fenêtres / set window
  { id: `${SKILL}c1f78abb-c9ee-4d0c-abbd-2d3b5da35a35`, fr: ['Pose de menuiseries extérieures', 'Pose de menuiseries PVC', 'Pose de menuiseries alu', 'Pose de baies vitrées'], en: ['Window fitting', 'Window installation', 'uPVC windows'] },
  // suivre les procédures en matière de santé et de sécurité dans une construction / follow health and safety procedures in construction
  { id: `${SKILL}86df7af2-f9f3-4c06-a500-7f1fba9e78fe`, fr: ['Sécurité sur chantier', 'Règles de sécurité sur chantier', 'Prévention des risques sur chantier', 'Respect des règles de sécurité sur les chantiers'], en: ['Site safety', 'CSCS'] },
  // porter des équipements de protection appropriés / wear appropriate protective gear
  { id: `${SKILL}6122d586-5978-431f-8e7a-96e61fc1f3fc`, fr: ['Port des EPI', 'Port des équipements de protection individuelle', 'Port des protections individuelles'], en: ['PPE'] },
  // démolir des structures / demolish structures
  { id: `${SKILL}a68d4de0-99a3-4c26-b84a-040e706e4714`, fr: ['Démolition', 'Travaux de démolition', 'Dépose et démolition'], en: ['Demolition', 'Strip-out', 'Soft strip'] },
  // installer un plafond suspendu / install suspended ceiling
  { id: `${SKILL}3664c22d-ade8-4bdf-9827-95f0d2fe3131`, fr: ['Pose de faux plafonds', 'Faux plafonds suspendus', 'Plafonds suspendus', 'Montage de faux plafonds'], en: ['Suspended ceilings', 'False ceilings', 'Ceiling grids'] },
];
