// Job titles (see job-title.ts), sector family: artisanat-culture-sciences-agriculture (crafts and
// métiers d'art, culture and heritage, visual arts and design, photography, audiovisual, journalism and
// publishing, sciences and research, engineering, agriculture in detail: livestock, vineyards, fruit,
// vegetables and horticulture, forestry, aquaculture and fishing; animal care).
import { OCCUPATION, type JobTitlePhrase } from './job-title';

export const TITLES: JobTitlePhrase[] = [
  // — Artisanat et métiers d'art —
  // ébéniste / cabinet maker
  { id: `${OCCUPATION}e1416610-ad08-4f37-8b46-9f99632a5c0f`, fr: ['Menuisier ébéniste / Menuisière ébéniste'], en: ['Furniture maker'] },
  // tapissier d’ameublement/tapissière d’ameublement / furniture upholsterer
  { id: `${OCCUPATION}cd3f5356-a16f-4aca-9d4b-ceba2b2afec5`, fr: ['Tapissier / Tapissière', 'Tapissier décorateur / Tapissière décoratrice', 'Tapissier en siège / Tapissière en siège'] },
  // vitrailliste / glass artist
  { id: `${OCCUPATION}b2f5ed56-c83f-40d0-b861-f5253cd3d1d9`, fr: ['Maître verrier / Maîtresse verrière'] },
  // bijoutier/bijoutière / jeweller
  { id: `${OCCUPATION}618a854a-4ecd-4535-84e6-350e1fe0aa0f`, fr: ['Fabricant de bijoux / Fabricante de bijoux', 'Joaillier / Joaillière'] },
  // designer en bijouterie/designeuse en bijouterie / jewellery designer
  { id: `${OCCUPATION}34c57104-ff9b-4003-809e-56eece3cb4d5`, fr: ['Créateur de bijoux / Créatrice de bijoux'] },
  // facteur d’instruments de musique à cordes/factrice d’instruments de musique à cordes / stringed musical instrument maker
  { id: `${OCCUPATION}0a94df75-6e31-4277-a326-1b01e56b6cb3`, fr: ['Luthier / Luthière'] },
  // tailleur de pierre/tailleuse de pierre / stone planer
  { id: `${OCCUPATION}3e9c6f2a-dc20-4366-aeb9-99dffd635b4c`, fr: ['Marbrier / Marbrière'] },
  // artisan/artisane sur cuir / leather goods artisanal worker
  { id: `${OCCUPATION}72d03aad-2003-404e-ae71-a37206e3566b`, en: ['Saddler'] },
  // opérateur d’assemblage-montage des industries des cuirs, peaux et matériaux associés, hors vêtements/opératrice d’assemblage-montage des industries des cuirs, peaux et matériaux associés, hors vêtements / leather goods machine operator
  { id: `${OCCUPATION}3e0b4b9b-b624-4ceb-9bc9-9627cdfb0b81`, fr: ['Opérateur en maroquinerie / Opératrice en maroquinerie'] },
  // technicien en instruments de musique/technicienne  en instruments de musique / musical instrument technician
  { id: `${OCCUPATION}3c1b7871-87f9-427b-adcb-fe16be8f9f24`, fr: ['Accordeur de pianos / Accordeuse de pianos'] },
  // peintre décorateur/peintre décoratrice / decorative painter
  { id: `${OCCUPATION}41a51397-089d-459d-9b7e-f1cdee5ad6bb`, fr: ['Peintre en décor'] },
  // retoucheur de confection/retoucheuse de confection / clothing alteration machinist
  { id: `${OCCUPATION}db55bf08-3ad3-4bf6-bf59-7f9f426a6de5`, fr: ['Couturier retoucheur / Couturière retoucheuse'] },
  // restaurateur d'objets d’art/restauratrice d'objets d’art / art restorer
  { id: `${OCCUPATION}09a40a9a-2b60-422c-abe4-96d829bc27df`, fr: ['Restaurateur de tableaux / Restauratrice de tableaux', 'Conservateur-restaurateur / Conservatrice-restauratrice'] },
  // restaurateur de meubles/restauratrice de meubles / furniture restorer
  { id: `${OCCUPATION}5a551d36-0e14-40ab-84a2-7aa9b37dc528`, fr: ['Restaurateur de mobilier / Restauratrice de mobilier'] },
  // — Culture et patrimoine —
  // aide-bibliothécaire / library assistant
  { id: `${OCCUPATION}37b15470-3b2d-4ae0-816c-c7c06ed15c99`, fr: ['Assistant de bibliothèque / Assistante de bibliothèque', 'Agent de bibliothèque / Agente de bibliothèque', 'Agent de médiathèque / Agente de médiathèque', 'Adjoint du patrimoine / Adjointe du patrimoine'] },
  // directeur de bibliothèque/directrice de bibliothèque / library manager
  { id: `${OCCUPATION}24d39e12-e104-49d3-8224-8b7a5f9b99d1`, fr: ['Conservateur de bibliothèque / Conservatrice de bibliothèque'] },
  // archiviste / archivist
  { id: `${OCCUPATION}e3b08984-19fe-4d51-a1b0-990676fc7234`, en: ['Archive assistant', 'Archives assistant'] },
  // classeur-archiviste/classeuse-archiviste / file clerk
  { id: `${OCCUPATION}9ab0f0db-1128-4050-becd-b09db5eabdaa`, fr: ['Agent d\'archives / Agente d\'archives'] },
  // conservateur/conservatrice / conservator
  { id: `${OCCUPATION}7556c748-15b4-4e44-97d9-00d885d4cd7d`, en: ['Heritage officer'] },
  // régisseur des collections/régisseuse des collections / exhibition registrar
  { id: `${OCCUPATION}8f324afc-6ae8-48f5-af68-0fac08024fd1`, fr: ['Régisseur d\'œuvres / Régisseuse d\'œuvres'] },
  // gestionnaire de collections / collection manager
  { id: `${OCCUPATION}96be6ac3-5932-4bfc-933d-84b267d0d486`, fr: ['Chargé des collections / Chargée des collections'], en: ['Collections officer'] },
  // technicien en manipulation d'œuvres d'art/technicienne en manipulation d'œuvres d'art / art handler
  { id: `${OCCUPATION}6040c941-ab83-44b2-84e7-5cbfa1eafcdc`, en: ['Exhibition technician'] },
  // chargé de mission en développement culturel/chargée de mission en développement culturel / cultural policy officer
  { id: `${OCCUPATION}5fe1b340-9b02-4c40-bbc9-ffd4d5fb5699`, fr: ['Chargé de mission culture / Chargée de mission culture'] },
  // responsable de projets culturels / arts education officer
  { id: `${OCCUPATION}c2efadc4-6f47-4f34-997b-dd80aba609dd`, en: ['Museum learning officer', 'Visitor services assistant'] },
  // guide / guide
  { id: `${OCCUPATION}b476f45f-2c79-44d5-a4d7-fa357aa83074`, en: ['Blue badge guide'] },
  // directeur de production de spectacles/directrice de production de spectacles / performance production manager
  { id: `${OCCUPATION}03632d98-0ae3-4dd2-941c-3b48de9a0219`, fr: ['Chargé de production / Chargée de production'] },
  // technicien lumière/technicienne lumière / lighting technician
  { id: `${OCCUPATION}9ac10bde-93a0-4570-afc2-e2b6cf46d8d2`, fr: ['Régisseur lumière / Régisseuse lumière'] },
  // — Arts visuels et design —
  // artiste peintre / artistic painter
  { id: `${OCCUPATION}374d925a-107b-4c99-bc8b-75483441f062`, en: ['Fine artist'] },
  // designer industriel/designeuse industrielle / industrial designer
  { id: `${OCCUPATION}ab7bccb2-6f81-4a3d-a0c0-fca5d47d2775`, fr: ['Designer produit'], en: ['Product designer'] },
  // décorateur d'intérieur/décoratrice d'intérieur / interior designer
  { id: `${OCCUPATION}73e776fb-4d99-4031-bad4-7716f121155d`, fr: ['Designer d\'intérieur'] },
  // patronnier d'articles d'habillement/patronnière d'articles d'habillement / wearing apparel patternmaker
  { id: `${OCCUPATION}18232485-5f8b-4c53-80f2-3d9f8f9d0e20`, fr: ['Modéliste'], en: ['Pattern cutter'] },
  // animateur 2D et 3D/animatrice 2D et 3D / animator
  { id: `${OCCUPATION}48c8eccb-4bd0-487e-a187-4953cbbe956e`, fr: ['Motion designer'], en: ['Motion designer'] },
  // modélisateur 3D/modélisatrice 3D / 3D modeller
  { id: `${OCCUPATION}bab5fa79-7f96-4e21-87b6-1eba560b8d9a`, fr: ['Graphiste 3D'] },
  // marchandiseur visuel/marchandiseuse visuel / visual merchandiser
  { id: `${OCCUPATION}35eb0aa6-b40d-449d-9390-719be8912277`, fr: ['Décorateur étalagiste / Décoratrice étalagiste'] },
  // — Photographie —
  // photographe / photographer
  { id: `${OCCUPATION}66542dd6-05a6-4d9e-97ff-3f4858c31ff9`, en: ['Photographer\'s assistant'] },
  // reporter-photographe / photojournalist
  { id: `${OCCUPATION}480d2853-db07-43d4-847f-7ffdd8d368f5`, fr: ['Photographe reporter'], en: ['Press photographer'] },
  // développeur de photographies/développeuse de photographies / photographic developer
  { id: `${OCCUPATION}7180a7be-68cd-4636-8c12-706722ad8862`, fr: ['Retoucheur photo / Retoucheuse photo', 'Tireur photo / Tireuse photo'] },
  // — Audiovisuel —
  // monteur audiovisuel/monteuse audiovisuelle / video and motion picture editor
  { id: `${OCCUPATION}ac734172-ae9a-41ab-80a0-a7b33694e027`, fr: ['Assistant monteur / Assistante monteuse', 'Monteur vidéo / Monteuse vidéo', 'Monteur truquiste / Monteuse truquiste'] },
  // opérateur de prise de vues/opératrice de prise de vues / camera operator
  { id: `${OCCUPATION}6fed206a-ac4d-492b-a81a-5a3a0f2b67bc`, fr: ['Vidéaste'], en: ['Focus puller'] },
  // infographiste effets spéciaux / special effects artist
  { id: `${OCCUPATION}b1c0714d-77f1-4732-8fd8-9f0739fb9974`, fr: ['Truquiste'] },
  // technicien de production son/technicienne de production son / audio production technician
  { id: `${OCCUPATION}2cbb23b0-0bf1-4871-9e6d-18f005987310`, fr: ['Ingénieur du son / Ingénieure du son'] },
  // mixeur/mixeuse / sound editor
  { id: `${OCCUPATION}36095ccd-c62d-4f1f-8af7-1fd10618b044`, fr: ['Monteur son / Monteuse son'] },
  // producteur cinéma et vidéo/productrice cinéma et vidéo / video and motion picture producer
  { id: `${OCCUPATION}3b6bea7d-36f4-44fb-ac73-d1cc8a198dcb`, fr: ['Chargé de production audiovisuelle / Chargée de production audiovisuelle'] },
  // technicien audiovisuel/technicienne audiovisuel / audio-visual technician
  { id: `${OCCUPATION}7642cbcc-9839-47fb-b2cf-d4bb831d6c93`, en: ['AV technician'] },
  // technicien de radiodiffusion/technicienne de radiodiffusion / broadcast technician
  { id: `${OCCUPATION}fe4a72af-6206-4d86-90c1-b5fb4b5ba2b2`, en: ['Broadcast engineer'] },
  // blogueur vidéo/blogueuse vidéo / vlogger
  { id: `${OCCUPATION}51ec004e-aec8-4f89-b114-952bcc56b0b0`, fr: ['Youtubeur / Youtubeuse'] },
  // — Journalisme et édition —
  // journaliste / journalist
  { id: `${OCCUPATION}a47f82d3-4cf7-4abf-bb36-2c8cbad28234`, fr: ['Pigiste', 'Journaliste reporter d\'images'], en: ['Features writer', 'Broadcast journalist'] },
  // réviseur/réviseuse / copy editor
  { id: `${OCCUPATION}8bd74371-1818-47d5-a253-d703c51c5f26`, fr: ['Secrétaire de rédaction'], en: ['Sub-editor'] },
  // directeur de collection/directrice de collection / book editor
  { id: `${OCCUPATION}4bef1707-a251-427e-9d8b-96595ec38d45`, fr: ['Chargé d\'édition / Chargée d\'édition'] },
  // correcteur/correctrice / proofreader
  { id: `${OCCUPATION}f8f34041-3640-41a9-852e-c5a7574de780`, fr: ['Lectrice-correctrice'] },
  // secrétaire d'édition / editorial assistant
  { id: `${OCCUPATION}bcba793e-44fe-45eb-b0fb-56772529cbab`, fr: ['Assistant éditorial / Assistante éditoriale'] },
  // iconographe / picture editor
  { id: `${OCCUPATION}72add02e-ae39-4dfb-8047-ced4c1a347f5`, fr: ['Documentaliste iconographe'], en: ['Picture researcher'] },
  // — Sciences et recherche —
  // directeur de recherche/directrice de recherche / research manager
  { id: `${OCCUPATION}c02ee787-c30b-4f0d-9d7f-6eb36fc44a5d`, en: ['Research scientist'] },
  // assistant de recherche/assistante de recherche / university research assistant
  { id: `${OCCUPATION}5ac65daa-0896-4193-9f0e-8b00746b78a1`, fr: ['Post-doctorant / Post-doctorante'], en: ['Research assistant', 'Research fellow', 'Postdoctoral researcher'] },
  // assistant enseignant-chercheur/assistante enseignante-chercheuse / assistant lecturer
  { id: `${OCCUPATION}c262bb96-03bb-4c97-a45b-0cf36db5b048`, en: ['PhD student', 'Doctoral researcher'] },
  // technicien de laboratoire scientifique/technicienne de laboratoire scientifique / scientific laboratory technician
  { id: `${OCCUPATION}4fef1907-cf82-413b-841a-02ef57e299a6`, fr: ['Assistant de laboratoire / Assistante de laboratoire', 'Technicien de recherche / Technicienne de recherche', 'Laborantin / Laborantine'], en: ['Research technician', 'Laboratory analyst'] },
  // assistant d’ingénieur/assistante d’ingénieur / engineering assistant
  { id: `${OCCUPATION}9581c837-fee7-4068-9618-1116fd93d723`, fr: ['Assistante ingénieure'] },
  // technicien biologiste/technicienne biologiste / biology technician
  { id: `${OCCUPATION}31cc4199-703c-4f8a-9b46-a2070a6d35df`, fr: ['Technicien de laboratoire en biologie / Technicienne de laboratoire en biologie', 'Technicien en biologie / Technicienne en biologie', 'Animalier de laboratoire / Animalière de laboratoire'] },
  // technicien bactériologiste/technicienne bactériologiste / bacteriology technician
  { id: `${OCCUPATION}f3b99acc-b212-45cf-bb4f-7b83cc6f0d71`, fr: ['Technicien en microbiologie / Technicienne en microbiologie'], en: ['Microbiology technician'] },
  // — Ingénierie —
  // ingénieur de recherche/ingénieure de recherche / research engineer
  { id: `${OCCUPATION}3dab5c3f-84d0-4d52-901d-dd262eaea509`, fr: ['Ingénieur R&D / Ingénieure R&D', 'Ingénieur recherche et développement / Ingénieure recherche et développement'], en: ['R&D engineer'] },
  // ingénieur d’études/ingénieure d’études / design engineer
  { id: `${OCCUPATION}6fc8f605-98b9-4218-b5e2-91c4c9c55c4d`, fr: ['Ingénieur conception / Ingénieure conception'] },
  // ingénieur process/ingénieure process / process engineer
  { id: `${OCCUPATION}b5eaf231-77ad-4a86-8e54-15cc4398aad2`, fr: ['Ingénieur génie des procédés / Ingénieure génie des procédés', 'Ingénieur amélioration continue / Ingénieure amélioration continue', 'Ingénieur lean / Ingénieure lean'], en: ['Methods engineer', 'Continuous improvement engineer', 'Lean engineer', 'Process improvement engineer'] },
  // ingénieur calcul/ingénieure calcul / calculation engineer
  { id: `${OCCUPATION}fbceeac6-798b-4307-a825-626707a753ad`, fr: ['Ingénieur structure / Ingénieure structure', 'Ingénieur calcul de structures / Ingénieure calcul de structures'], en: ['Structural engineer'] },
  // ingénieur génie civil/ingénieure génie civil / civil engineer
  { id: `${OCCUPATION}d7d986e1-7333-431b-9719-0c5c6939e360`, fr: ['Ingénieur VRD / Ingénieure VRD'] },
  // ingénieur travaux/ingénieure travaux / construction engineer
  { id: `${OCCUPATION}2a914d26-42aa-46b5-acf3-097d51ba4617`, fr: ['Ingénieur bâtiment / Ingénieure bâtiment'] },
  // ingénieur en aérospatiale/ingénieure en aérospatiale / aerospace engineer
  { id: `${OCCUPATION}d7e663b2-f042-47d8-9fda-b5b8ba30ca04`, fr: ['Ingénieur aéronautique / Ingénieure aéronautique'] },
  // ingénieur en énergie/ingénieure en énergie / energy engineer
  { id: `${OCCUPATION}b2cede50-82bb-4684-9f11-1930e12ad672`, fr: ['Ingénieur énergéticien / Ingénieure énergéticienne'] },
  // ingénieur logistique/ingénieure logistique / logistics engineer
  { id: `${OCCUPATION}c4071145-a774-4cf4-aefa-ae18a385cca4`, fr: ['Ingénieur supply chain / Ingénieure supply chain'] },
  // ingénieur géologue/ingénieure géologue / geological engineer
  { id: `${OCCUPATION}1bdb7d70-1769-4338-aa90-d25a90fe8a6d`, fr: ['Ingénieur géotechnicien / Ingénieure géotechnicienne'] },
  // ingénieur électricien/ingénieure électricienne / electrical engineer
  { id: `${OCCUPATION}86ca306c-ab99-420a-9e2a-aa73c5c4de22`, fr: ['Ingénieur d\'études électricité / Ingénieure d\'études électricité'] },
  // ingénieur en génie climatique/ingénieure en génie climatique / heating, ventilation, air conditioning engineer
  { id: `${OCCUPATION}1f97f6e6-0ac7-4e77-88ab-2e3801c5a223`, fr: ['Ingénieur fluides / Ingénieure fluides', 'Ingénieur CVC / Ingénieure CVC'] },
  // concepteur de systèmes informatiques intégrés/conceptrice de systèmes informatiques intégrés / embedded system designer
  { id: `${OCCUPATION}10469d70-78a3-4650-9e29-d04de13c62c1`, fr: ['Ingénieur systèmes embarqués / Ingénieure systèmes embarqués'] },
  // développeur de logiciels pour systèmes informatiques intégrés/développeuse de logiciels pour systèmes informatiques intégrés / embedded systems software developer
  { id: `${OCCUPATION}57af9090-55b4-4911-b2d0-86db01c00b02`, fr: ['Ingénieur logiciel embarqué / Ingénieure logiciel embarqué'], en: ['Embedded software engineer'] },
  // ingénieur mécanicien/ingénieure mécanicienne / mechanical engineer
  { id: `${OCCUPATION}579254cf-6d69-4889-9000-9c79dc568644`, en: ['Mechanical design engineer'] },
  // chef de projet / project manager
  { id: `${OCCUPATION}bea99fea-0383-4c63-b944-70d4799de2c5`, fr: ['Ingénieur projet / Ingénieure projet'], en: ['Project engineer'] },
  // ingénieur en automatismes/ingénieure en automatismes / automation engineer
  { id: `${OCCUPATION}bb609566-3ab6-44dd-8f48-cf0b15b96827`, en: ['Controls engineer'] },
  // technicien SAV/technicienne SAV / after-sales service technician
  { id: `${OCCUPATION}98e58946-3227-4f6c-a5d1-5892fe76883d`, en: ['Service engineer'] },
  // ingénieur technico-commercial/ingénieure technico-commerciale / sales engineer
  { id: `${OCCUPATION}8529edc5-96ad-4cde-b34a-f86ad3753e4d`, en: ['Technical sales engineer'] },
  // — Agriculture: élevage —
  // éleveur de bovins/éleveuse de bovins / cattle breeder
  { id: `${OCCUPATION}b4ff30f8-073b-4dd8-9128-ecf9d0ff87ba`, fr: ['Éleveur laitier / Éleveuse laitière'], en: ['Dairy farmer', 'Beef farmer'] },
  // responsable d'exploitation agricole / farm manager
  { id: `${OCCUPATION}4552095e-3396-4831-86ad-4fc34ec39a19`, fr: ['Responsable d\'élevage'], en: ['Livestock farmer', 'Herd manager'] },
  // éleveur d'ovins/éleveuse d'ovins / sheep breeder
  { id: `${OCCUPATION}b2678105-9d5c-403f-b822-274aff706309`, en: ['Sheep farmer'] },
  // aviculteur/avicultrice / poultry breeder
  { id: `${OCCUPATION}d20fd82a-9d99-4335-ad83-87484e297a46`, en: ['Poultry farmer'] },
  // éleveur de porcs/éleveuse de porcs / pig breeder
  { id: `${OCCUPATION}ea3db1b3-7c03-4306-9e3d-7e20eb7f1826`, en: ['Pig farmer'] },
  // apiculteur/apicultrice / bee breeder
  { id: `${OCCUPATION}026401a9-7d56-4d7b-8052-38985ddbeafa`, en: ['Beekeeper'] },
  // aide d'élevage / livestock worker
  { id: `${OCCUPATION}65bd2342-f7de-4932-9164-eb480e35a791`, fr: ['Salarié d\'élevage / Salariée d\'élevage', 'Vacher trayeur / Vachère trayeuse'], en: ['Dairy herdsperson', 'Poultry stockperson', 'Relief milker', 'Milker'] },
  // conseiller d'élevage/conseillère d'élevage / livestock advisor
  { id: `${OCCUPATION}e1fdca51-a0e1-4bea-822f-82a090ece780`, fr: ['Technicien d\'élevage / Technicienne d\'élevage'] },
  // polyculteur éleveur/polycultrice éleveuse / mixed farmer
  { id: `${OCCUPATION}1c1e86f9-6347-42d6-aa6e-c95b138bf640`, fr: ['Agriculteur éleveur / Agricultrice éleveuse', 'Paysan / Paysanne'] },
  // fabricant de produits laitiers/fabricante de produits laitiers / dairy products maker
  { id: `${OCCUPATION}43841fa5-f8ae-43ce-834d-5482ec23ef9e`, fr: ['Fromager fermier / Fromagère fermière'] },
  // — Viticulture —
  // ouvrier viticole/ouvrière viticole / vineyard worker
  { id: `${OCCUPATION}e5e3ea36-4ed9-4c57-987c-9974385551a8`, fr: ['Ouvrier viti-vinicole / Ouvrière viti-vinicole', 'Ouvrier en viticulture / Ouvrière en viticulture', 'Ouvrier vigneron / Ouvrière vigneronne', 'Agent viticole / Agente viticole'] },
  // maître de chai/maîtresse de chai / vineyard cellar master
  { id: `${OCCUPATION}c56295bb-ef33-4ccd-a929-59e3dd73f876`, fr: ['Vinificateur / Vinificatrice'] },
  // — Arboriculture, maraîchage, horticulture —
  // chef de station fruitière / fruit production team leader
  { id: `${OCCUPATION}5aeaea2f-6585-4d3d-8f3e-1fdd9903aa32`, fr: ['Arboriculteur fruitier / Arboricultrice fruitière', 'Producteur de fruits / Productrice de fruits'], en: ['Fruit grower'] },
  // ouvrier agricole/ouvrière agricole / crop production worker
  { id: `${OCCUPATION}c9191f7f-28b5-4df8-991d-804c53009b83`, fr: ['Ouvrier en arboriculture / Ouvrière en arboriculture'] },
  // cueilleur de fruits et légumes/cueilleuse de fruits et légumes / fruit and vegetable picker
  { id: `${OCCUPATION}373db468-bd25-4b67-a6e0-4ac79d9a9e85`, en: ['Harvest worker', 'Soft fruit picker'] },
  // responsable de production horticole / horticulture production manager
  { id: `${OCCUPATION}d36b66f8-c08a-4416-953b-62c271ca7509`, fr: ['Chef de culture maraîchère / Cheffe de culture maraîchère', 'Producteur de légumes / Productrice de légumes', 'Producteur de fleurs / Productrice de fleurs'], en: ['Vegetable grower', 'Grower'] },
  // ouvrier horticole/ouvrière horticole / horticulture worker
  { id: `${OCCUPATION}1a9d99ba-4c08-4864-8f6a-1b0f2b4cf883`, fr: ['Ouvrier en serre / Ouvrière en serre', 'Serriste', 'Ouvrier en pépinière / Ouvrière en pépinière', 'Ouvrier en horticulture / Ouvrière en horticulture'], en: ['Greenhouse worker', 'Glasshouse worker', 'Polytunnel worker', 'Plant nursery worker', 'Horticultural assistant'] },
  // jardinier paysagiste/jardinière paysagiste / landscape gardener
  { id: `${OCCUPATION}e7970c7a-7769-4002-87d3-0a8ea94fdd6f`, en: ['Head gardener', 'Gardener'] },
  // — Sylviculture et bûcheronnage —
  // conducteur d'engins forestiers/conductrice d'engins forestiers / forestry equipment operator
  { id: `${OCCUPATION}699057b7-7aeb-4b5c-bb90-01d935ff32c1`, fr: ['Débardeur / Débardeuse', 'Conducteur d\'abatteuse / Conductrice d\'abatteuse'] },
  // ouvrier forestier/ouvrière forestière / forest worker
  { id: `${OCCUPATION}773cf1de-50a4-42e7-bab1-e68dcbae3f54`, en: ['Tree planter', 'Forestry operative'] },
  // agent technique forestier/agente technique forestière / countryside officer
  { id: `${OCCUPATION}e011f10f-e172-43ce-bfd9-fb56e426c0c9`, en: ['Countryside ranger'] },
  // conducteur d'engins agricoles/conductrice d'engins agricoles / land-based machinery operator
  { id: `${OCCUPATION}1b8c75a9-407b-4554-a7d6-df391672c6b1`, fr: ['Conducteur de moissonneuse-batteuse / Conductrice de moissonneuse-batteuse'] },
  // — Aquaculture et pêche —
  // responsable de production aquacole / aquaculture production manager
  { id: `${OCCUPATION}5945cba8-19a4-4632-8a8f-4186e2bad1a3`, fr: ['Aquaculteur / Aquacultrice', 'Pisciculteur / Piscicultrice', 'Ostréiculteur / Ostréicultrice', 'Conchyliculteur / Conchylicultrice', 'Mytiliculteur / Mytilicultrice'], en: ['Fish farmer', 'Shellfish farmer', 'Oyster farmer'] },
  // ouvrier d'aquaculture en milieu aquatique/ouvrière d'aquaculture en milieu aquatique / water-based aquaculture worker
  { id: `${OCCUPATION}aa0fd823-2f45-41c8-a3c6-97d97885e455`, fr: ['Ouvrier ostréicole / Ouvrière ostréicole', 'Ouvrier conchylicole / Ouvrière conchylicole', 'Ouvrier en ostréiculture / Ouvrière en ostréiculture', 'Ouvrier en conchyliculture / Ouvrière en conchyliculture'], en: ['Fish farm assistant'] },
  // ouvrier d'élevage en aquaculture/ouvrière d'élevage en aquaculture / aquaculture husbandry worker
  { id: `${OCCUPATION}c0a15ec7-10e6-45e7-b69c-b85ff6f4f87f`, fr: ['Ouvrier piscicole / Ouvrière piscicole', 'Ouvrier en pisciculture / Ouvrière en pisciculture'] },
  // marin-pêcheur / fisheries deckhand
  { id: `${OCCUPATION}18dafd4f-8c37-4276-b4b3-cfa31059b2b6`, fr: ['Pêcheur / Pêcheuse'], en: ['Fisher'] },
  // capitaine de pêche côtière / fisheries boatmaster
  { id: `${OCCUPATION}ff63fa99-c634-4e6f-a693-6a49482952e9`, fr: ['Patron pêcheur / Patronne pêcheuse'] },
  // ouvrier de collecte de ressources aquatiques/ouvrière de collecte de ressources aquatiques / on foot aquatic resources collector
  { id: `${OCCUPATION}207d5c25-46fe-401c-b32f-551684e9a8ea`, fr: ['Pêcheur à pied / Pêcheuse à pied'] },
  // — Animaux —
  // toiletteur/toiletteuse / animal groomer
  { id: `${OCCUPATION}5a940ae0-3fa4-40f9-8ca4-17bf792da243`, en: ['Pet groomer'] },
  // auxiliaire de soins aux animaux / animal care attendant
  { id: `${OCCUPATION}0b14d5d7-1bbe-4403-b9e6-7b0f37fc44fc`, fr: ['Soigneur animalier / Soigneuse animalière'] },
  // gardien de zoo/gardienne de zoo / zookeeper
  { id: `${OCCUPATION}f7066fc0-5f2f-43a9-bd35-a99e6119490d`, fr: ['Soigneur de zoo / Soigneuse de zoo', 'Gardien de parc zoologique / Gardienne de parc zoologique'] },
  // infirmier vétérinaire/infirmière vétérinaire / veterinary nurse
  { id: `${OCCUPATION}24f1eb3a-e99c-4c38-9bda-ba2ba6bf9fa4`, fr: ['Assistant vétérinaire équin / Assistante vétérinaire équine', 'Assistant vétérinaire / Assistante vétérinaire', 'Auxiliaire de santé animale'], en: ['Vet nurse', 'Veterinary care assistant'] },
  // agent d'accueil vétérinaire/agente d'accueil vétérinaire / veterinary receptionist
  { id: `${OCCUPATION}f00154a5-d27f-429e-b9a4-1d65c672cee7`, en: ['Vet receptionist'] },
  // vétérinaire / general veterinarian
  { id: `${OCCUPATION}eb6efbb9-9216-4e86-bc3b-de2223cd4667`, en: ['Vet'] },
  // palefrenier/palefrenière / groom
  { id: `${OCCUPATION}beedd3c0-d3e2-4efe-8f39-381df669ee35`, fr: ['Soigneur équin / Soigneuse équine', 'Cavalier soigneur / Cavalière soigneuse', 'Lad-jockey'], en: ['Stable hand', 'Stable lad', 'Equine groom'] },
  // employé d'écurie/employée d'écurie / equine worker
  { id: `${OCCUPATION}6630d23f-4c8e-4855-abb0-8ca1e72c74ba`, fr: ['Agent d\'écurie / Agente d\'écurie'] },
  // moniteur d'activités équestres/monitrice d'activités équestres / horse riding instructor
  { id: `${OCCUPATION}0c3672ed-450b-4fcd-a3d0-579a10004486`, fr: ['Instructeur équestre / Instructrice équestre'] },
  // gardien d'animaux de compagnie/gardienne d'animaux de compagnie / pet sitter
  { id: `${OCCUPATION}84cdc2ef-ee7c-42b1-be19-5e1c6b537f8f`, fr: ['Promeneur de chiens / Promeneuse de chiens'] },
  // employé de chenil/employée de chenil / kennel worker
  { id: `${OCCUPATION}15dfabf5-71e0-400e-af48-4c6f92ef4392`, fr: ['Agent de chenil / Agente de chenil', 'Employé de pension canine / Employée de pension canine'], en: ['Kennel assistant', 'Kennel hand', 'Cattery assistant'] },
  // vendeur en animalerie/vendeuse en animalerie / pet and pet food specialised seller
  { id: `${OCCUPATION}399afb40-d58b-4f4a-aa52-a0378fccaf65`, fr: ['Employé d\'animalerie / Employée d\'animalerie', 'Conseiller en animalerie / Conseillère en animalerie'], en: ['Pet shop assistant'] },
  // inspecteur du bien-être animal/inspectrice du bien-être animal / animal welfare inspector
  { id: `${OCCUPATION}2de007c6-3223-4cd1-9561-e8a2e16e049d`, en: ['RSPCA inspector'] },
  // garde / security guard
  { id: `${OCCUPATION}31808988-fc0a-4bc3-9e47-27216d6759f5`, fr: ['Agent cynophile / Agente cynophile'], en: ['Security dog handler'] },
];
