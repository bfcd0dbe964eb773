// Communication, marketing, graphisme, audiovisuel (chargé de communication, community manager, assistant marketing,
// graphiste, monteur vidéo): CV phrasings.
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // gestion des réseaux sociaux / social media management
  { id: `${SKILL}5303169c-75d6-4751-9136-a4b88343388c`, fr: ['Community management', 'Réseaux sociaux', 'Instagram', 'TikTok'], en: ['Community management', 'Instagram', 'TikTok'] },
  // mesure de l’audience d’un site internet / web analytics
  { id: `${SKILL}1605025e-a179-421f-8f35-5b07d182a6b2`, fr: ['Google Analytics', 'Analyse d\'audience', 'Matomo', 'Analyse du trafic web'], en: ['Google Analytics', 'GA4', 'Website analytics'] },
  // coordonner des campagnes publicitaires / coordinate advertising campaigns
  { id: `${SKILL}ae6af2c6-890d-40a7-9849-326a8c21df76`, fr: ['Google Ads', 'SEA', 'Facebook Ads', 'Publicité en ligne', 'Campagnes publicitaires', 'Meta Ads'], en: ['PPC', 'Google Ads', 'Paid social', 'Facebook Ads'] },
  // faire du marketing par courrier électronique / execute email marketing
  { id: `${SKILL}36931cb7-ca3f-4be1-8428-f38eefc8e1ed`, fr: ['Emailing', 'Newsletters', 'Campagnes d\'emailing', 'Mailchimp', 'Brevo', 'Sendinblue'], en: ['Mailchimp', 'Newsletters', 'Email campaigns', 'Email newsletters'] },
  // effectuer un travail de rédaction / perform copywriting
  { id: `${SKILL}ce592b28-4467-4908-b2e6-64bbe18da631`, fr: ['Rédaction web', 'Rédaction de contenus', 'Rédaction d\'articles', 'Création de contenu', 'Copywriting'], en: ['Copywriting', 'Content writing', 'Blog writing', 'Web content'] },
  // Adobe Illustrator
  { id: `${SKILL}27b913f0-3c52-448b-ad27-fc6ef08fb326`, fr: ['Illustrator'], en: ['Illustrator'] },
  // logiciel d’édition graphique / graphics editor software
  { id: `${SKILL}a71577b2-7550-4222-88ee-dcbd2d881516`, fr: ['InDesign', 'Suite Adobe', 'Adobe Creative Suite'], en: ['InDesign', 'Adobe Creative Suite', 'Adobe Creative Cloud'] },
  // conception graphique / graphic design
  { id: `${SKILL}7fb699d9-182a-430e-b7a0-6d8ed05c284b`, fr: ['Création de visuels', 'Infographie', 'Création de supports de communication', 'Création d\'affiches', 'Création de flyers'], en: ['Creating visuals', 'Designing flyers', 'Designing posters', 'Marketing collateral'] },
  // effectuer un montage vidéo / perform video editing
  { id: `${SKILL}5ce80f97-b385-4a41-9339-a6593d0709c1`, fr: ['Premiere Pro', 'Final Cut Pro', 'DaVinci Resolve', 'Adobe Premiere'], en: ['Premiere Pro', 'Final Cut Pro', 'DaVinci Resolve', 'Adobe Premiere'] },
  // graphiques animés / motion graphics
  { id: `${SKILL}8afe68ff-b261-4fa8-ab25-bb30b0e5c292`, fr: ['After Effects', 'Motion design'], en: ['After Effects', 'Motion design'] },
  // rédiger des communiqués de presse / draft press releases
  { id: `${SKILL}7800332c-a8eb-4792-8d72-50d509616154`, fr: ['Relations presse', 'Communiqués de presse', 'Dossiers de presse'], en: ['Press releases', 'Media relations', 'Press relations'] },
  // étude de marché / market research
  { id: `${SKILL}8770350e-746f-4adb-9556-18ca68104be6`, fr: ['Veille concurrentielle', 'Veille marketing', 'Analyse de la concurrence'], en: ['Competitor analysis', 'Benchmarking'] },
  // concevoir le plan de communication en ligne d'une marque / design brand's online communication plan
  { id: `${SKILL}755a5df2-863e-44c1-b4a2-83eb33bac492`, fr: ['Plan de communication', 'Communication digitale', 'Stratégie digitale'], en: ['Communication plan', 'Digital communications', 'Digital strategy'] },
];
