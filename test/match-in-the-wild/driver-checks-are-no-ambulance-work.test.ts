// A delivery driver's lines read as ambulance work or as a skill the certificate does not say: the
// ambulance phrasings held every driver's words ("Tail lift operation" was transferring patients,
// "Contrôle du véhicule avant départ" the ambulance's roadworthiness), and "Driver CPC", the UK
// driver's qualification, was the skill of complying with shipment regulations. So did they hold a
// ward nurse's "Patient assessment" (the physical examination in an emergency) and a care
// assistant's capillary glucose and ECG (the specialised equipment of emergencies).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentialFromPath } from '../../lib/taxonomy/load-referential-node';
import type { Referential } from '../../lib/taxonomy/referential';
import { ESCO_DIR } from '../taxonomy/esco-path';
import { linkCv, SKILL, suggestionOf } from './cv-text';

const TRANSFER_PATIENTS_TO_AMBULANCE = `${SKILL}64cb2785-974b-4aa3-818a-0310602185cb`;
const AMBULANCE_ROADWORTHINESS = `${SKILL}fadca1ff-c4a9-46ed-9740-a42bd3991618`;
const MAINTAIN_VEHICLE_SERVICE = `${SKILL}9b57ce6d-97ba-487b-9b66-41cfb15db739`;
const SHIPMENT_REGULATIONS = `${SKILL}81c49164-318c-4e95-945a-06ecf64ad111`;
const EMERGENCY_EQUIPMENT = `${SKILL}03500955-88a6-4c3d-a8c0-7594409dcff0`;
const EMERGENCY_PHYSICAL_EXAMINATION = `${SKILL}852e6830-f87c-4f35-b6d3-6aee31dc518c`;

let esco: Referential;
beforeAll(async () => {
  esco = await loadReferentialFromPath(ESCO_DIR);
}, 120_000);

describe("a driver's everyday checks and licences", () => {
  it('a British multi-drop driver\'s tail lift and Driver CPC are no patient transfer, no regulation skill', () => {
    const cv = ['Gary Wilson', 'Multi-drop delivery driver', '07700 900456', 'gary.wilson@example.co.uk', 'WORK EXPERIENCE', '2019 – 2024 Multi-drop delivery driver – Palletways, Wakefield', '• Delivering pallets to shops and building sites', '• Tail lift operation for pallet deliveries', 'LICENCES', '• Driver CPC, Class 2 licence'].join('\n');
    const { skills } = linkCv(cv, esco);
    expect(suggestionOf(skills, TRANSFER_PATIENTS_TO_AMBULANCE)).toBeUndefined();
    expect(suggestionOf(skills, SHIPMENT_REGULATIONS)).toBeUndefined();
  });

  it('a French delivery driver\'s check before leaving is vehicle upkeep, not an ambulance\'s', () => {
    const cv = ['Karim Benali', 'Chauffeur livreur', '06 12 34 56 78', 'karim.benali@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2020 – 2024 Chauffeur livreur – Geodis, Lyon', '• Livraison de colis chez les particuliers', '• Contrôle du véhicule avant départ'].join('\n');
    const { skills } = linkCv(cv, esco);
    expect(suggestionOf(skills, AMBULANCE_ROADWORTHINESS)).toBeUndefined();
    expect(suggestionOf(skills, MAINTAIN_VEHICLE_SERVICE)?.evidence.text).toBe('Contrôle du véhicule avant départ');
  });

  it('an ambulance driver\'s own wording still says the ambulance', () => {
    const cv = ['Marc Petit', 'Ambulancier', '06 22 33 44 55', 'marc.petit@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2018 – 2024 Ambulancier DEA – Ambulances du Rhône, Lyon', '• Transport de patients', '• Entretien de l\'ambulance', '• Manutention du brancard'].join('\n');
    const { skills } = linkCv(cv, esco);
    expect(suggestionOf(skills, AMBULANCE_ROADWORTHINESS)).toBeDefined();
    expect(suggestionOf(skills, TRANSFER_PATIENTS_TO_AMBULANCE)).toBeDefined();
  });

  it('a ward nurse\'s patient assessment is no emergency examination', () => {
    const cv = ['Emma Wood', 'Staff nurse', '07700 900707', 'emma.wood@example.co.uk', 'WORK EXPERIENCE', '2018 – 2024 Staff nurse – Leeds General Infirmary, Leeds', '• Patient assessment and care planning on a 28-bed medical ward', '• Wound care and dressings'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, EMERGENCY_PHYSICAL_EXAMINATION)).toBeUndefined();
  });

  it('a care assistant\'s bedside measures are no emergency equipment', () => {
    const cv = ['Nadia Benali', 'Aide-soignante', '06 44 55 66 77', 'nadia.benali@gmail.com', 'EXPÉRIENCE PROFESSIONNELLE', '2019 – 2024 Aide-soignante – Clinique du Parc, Lyon', '• Mesure des paramètres vitaux (tension, température, saturation, glycémie capillaire)', '• Réalisation d\'ECG sur prescription', '• Soins d\'hygiène et de confort'].join('\n');
    expect(suggestionOf(linkCv(cv, esco).skills, EMERGENCY_EQUIPMENT)).toBeUndefined();
  });
});
