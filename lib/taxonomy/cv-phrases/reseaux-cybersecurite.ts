// Réseaux, télécoms et cybersécurité (administrateur systèmes et réseaux, technicien réseaux et télécoms, ingénieur
// cybersécurité, analyste SOC, pentester, administrateur cloud, technicien fibre optique / raccordement; UK network
// engineer, infrastructure engineer, cyber security analyst, SOC analyst, fibre jointer): CV phrasings not already in
// the other files (informatique.ts holds the helpdesk and desktop side).
import { SKILL, type CvPhrase } from './cv-phrase';

export const PHRASES: CvPhrase[] = [
  // cybersécurité / cyber security
  { id: `${SKILL}8088750d-8388-4170-a76f-48354c469c44`, fr: ['Sécurité informatique', 'Sécurité offensive', 'Cyberdéfense', 'CompTIA Security+'], en: ['Cybersecurity', 'Offensive security', 'CompTIA Security+', 'Red teaming', 'Blue team'] },
  // Cisco
  { id: `${SKILL}709ef32a-7435-48e2-8fa2-16e389ecab8a`, fr: ['CCNA', 'CCNP', 'Cisco IOS'], en: ['CCNA', 'CCNP', 'Cisco IOS'] },
  // administrer un système de TIC / administer ICT system
  { id: `${SKILL}0868eef3-2213-4572-9343-74931345a7d3`, fr: ['GPO', 'Stratégies de groupe', 'Red Hat Enterprise Linux', 'RHEL', 'Debian', 'Administration Windows et Linux'], en: ['Group Policy', 'GPOs', 'Red Hat Enterprise Linux', 'RHEL', 'Debian'] },
  // DevOps
  { id: `${SKILL}f0de4973-0a70-4644-8fd4-3a97080476f4`, fr: ['Terraform', 'Infrastructure as Code'], en: ['Infrastructure as Code', 'IaC'] },
  // maintenir un serveur / maintain ICT server
  { id: `${SKILL}f5ac9226-0ace-4d34-a1c3-7b3845834a98`, fr: ['Administration de serveurs', 'Gestion des serveurs', 'MCO des serveurs', 'Mises à jour des serveurs'], en: ['Server administration', 'Server maintenance', 'Server patching', 'Windows Server administration'] },
  // configurer un système de TIC / configure ICT system
  { id: `${SKILL}b3c8eada-b0a8-4b61-968b-b354fbfb6874`, fr: ['Paramétrage des équipements réseau', 'Configuration des équipements actifs', 'Mise en service des équipements réseau'], en: ['Network device configuration', 'Configuring network equipment'] },
  // routage de réseau / ICT network routing
  { id: `${SKILL}0da6cab1-0ee9-4391-a299-f71fbf21db56`, fr: ['Routage IP', 'Protocoles de routage', 'Routage dynamique', 'OSPF', 'BGP', 'Routage statique'], en: ['IP routing', 'Routing protocols', 'OSPF', 'BGP', 'EIGRP', 'Static routing'] },
  // équipement d’interconnexion réseau / ICT networking hardware
  { id: `${SKILL}f9e788df-d68a-4f92-92c7-80e135fc35ff`, fr: ['Commutateurs et routeurs', 'Équipements actifs', 'Routeurs Cisco', 'Switchs HP Aruba', 'Bornes Wi-Fi', 'Points d\'accès Wi-Fi'], en: ['Routers and switches', 'Cisco routers', 'Wireless access points', 'Meraki'] },
  // maintenir la configuration IP / maintain internet protocol configuration
  { id: `${SKILL}b9aad733-959a-4178-984f-53e4bd05b420`, fr: ['Adressage IP', 'Plan d\'adressage IP', 'Serveur DHCP', 'DNS et DHCP', 'Découpage en sous-réseaux', 'IPv4 et IPv6'], en: ['IP addressing', 'Subnetting', 'DHCP and DNS', 'IP address management', 'IPv4 and IPv6'] },
  // protocoles de communication dans le domaine des TIC / ICT communications protocols
  { id: `${SKILL}6e4f75b4-c60f-4623-a9ba-760c8245753b`, fr: ['Modèle OSI', 'VLAN', 'Spanning Tree', 'VoIP', 'Protocole SIP'], en: ['OSI model', 'VLANs', 'Spanning Tree Protocol', 'VoIP'] },
  // mettre en place un réseau privé virtuel / implement a virtual private network
  { id: `${SKILL}acf0a78c-f4e3-4bd9-a5cc-9cf4791b3b95`, fr: ['VPN', 'VPN IPsec', 'Tunnels VPN', 'VPN site à site', 'OpenVPN', 'Accès distant VPN'], en: ['VPN', 'IPsec VPN', 'Site-to-site VPN', 'Remote access VPN', 'OpenVPN'] },
  // installer un pare-feu / implement a firewall
  { id: `${SKILL}e5b5053e-0ef6-4c4e-a3f2-42f955f4322c`, fr: ['Pare-feu', 'Firewall Fortinet', 'FortiGate', 'pfSense', 'Stormshield', 'Pare-feu Palo Alto'], en: ['Firewalls', 'FortiGate', 'pfSense', 'Palo Alto firewalls', 'Check Point firewalls', 'Firewall administration'] },
  // définir des règles de pare-feu / define firewall rules
  { id: `${SKILL}054f26ab-cfdc-4077-883c-1c4c9e9b310a`, fr: ['Règles de filtrage', 'Filtrage des flux', 'Listes de contrôle d\'accès'], en: ['Firewall rules', 'Access control lists', 'Firewall rule changes', 'ACLs'] },
  // serveurs mandataires / proxy servers
  { id: `${SKILL}553e1d2d-abf1-4b37-8ac4-c5c78a8edbc0`, fr: ['Serveur proxy', 'Proxy Squid', 'Reverse proxy', 'Proxy web'], en: ['Reverse proxy', 'Web proxy', 'Squid proxy'] },
  // outils de système de gestion de réseau / network management system tools
  { id: `${SKILL}0ab03c6c-281b-48f4-83e0-10eeb27a1bae`, fr: ['Supervision réseau', 'Nagios', 'Zabbix', 'Centreon', 'PRTG', 'SNMP'], en: ['Network monitoring', 'Nagios', 'Zabbix', 'SolarWinds', 'PRTG', 'SNMP'] },
  // mettre en œuvre des outils de diagnostic du réseau / implement ICT network diagnostic tools
  { id: `${SKILL}bf7ea00f-db77-4a95-9b9f-2d12b6d9fcb4`, fr: ['Diagnostic réseau', 'Analyse de trames', 'Dépannage réseau', 'Analyse des flux réseau'], en: ['Network troubleshooting', 'Packet capture', 'Network diagnostics', 'Packet analysis'] },
  // concevoir un réseau informatique / design computer network
  { id: `${SKILL}2164e860-7f20-48bc-b98c-5d9f8a561550`, fr: ['Architecture réseau', 'Conception d\'architectures réseau', 'Conception de réseaux LAN et WAN', 'Réseaux LAN/WAN', 'Architecture LAN'], en: ['Network design', 'Network architecture', 'LAN and WAN'] },
  // gérer des machines de virtualisation des TIC / manage ICT virtualisation machines
  { id: `${SKILL}ae4f0cc6-e0b9-47f5-bdca-2fc2e6316dce`, fr: ['VMware vSphere', 'ESXi', 'Proxmox', 'Machines virtuelles', 'Virtualisation de serveurs'], en: ['VMware', 'vSphere', 'Hyper-V', 'Proxmox', 'Server virtualisation', 'Virtual machines'] },
  // technologies de dématérialisation / cloud technologies
  { id: `${SKILL}bd14968e-e409-45af-b362-3495ed7b10e0`, fr: ['Microsoft Azure', 'Amazon Web Services', 'Google Cloud Platform', 'Cloud public', 'Infrastructure cloud', 'Migration vers le cloud', 'OVHcloud'], en: ['Microsoft Azure', 'Amazon Web Services', 'Google Cloud Platform', 'Cloud infrastructure', 'Cloud migration', 'Cloud computing'] },
  // assurer la gestion de l’identité des TIC / maintain ICT identity management
  { id: `${SKILL}ab49f767-296b-47d5-af56-0b4a69515b03`, fr: ['Gestion des identités et des accès', 'IAM', 'Azure AD', 'Entra ID', 'Authentification multifacteur'], en: ['Identity and access management', 'IAM', 'Azure AD', 'Entra ID', 'Multi-factor authentication'] },
  // cryptage dans le domaine des TIC / ICT encryption
  { id: `${SKILL}d32db06e-bd06-4415-a7ab-1b0ee68caa9a`, fr: ['Chiffrement des données', 'Cryptographie', 'PKI', 'Certificats TLS', 'Infrastructure à clés publiques'], en: ['Encryption', 'Cryptography', 'PKI', 'SSL certificates', 'Public key infrastructure'] },
  // mesures de lutte contre les cyberattaques / cyber attack counter-measures
  { id: `${SKILL}5898d99a-62a4-4e10-a2e3-0d815ce44248`, fr: ['SIEM', 'Splunk', 'QRadar', 'EDR', 'Détection d\'intrusions', 'Réponse aux incidents de cybersécurité', 'Gestion des incidents de cybersécurité', 'Traitement des incidents de sécurité informatique', 'Durcissement des systèmes'], en: ['SIEM', 'Splunk', 'QRadar', 'EDR', 'Intrusion detection', 'Cyber incident response', 'System hardening', 'Threat hunting'] },
  // risques de sécurité des réseaux de TIC / ICT network security risks
  { id: `${SKILL}2ddb1226-1117-4eb4-ae65-3a2f5a5a3c80`, fr: ['Sécurité des réseaux', 'Sécurité réseau', 'Sécurisation des réseaux'], en: ['Network security', 'Securing networks'] },
  // procéder à des évaluations de la vulnérabilité en matière de sécurité / perform security vulnerability assessments
  { id: `${SKILL}f4a85869-1855-45d5-a43c-7ee8cd451996`, fr: ['Pentest', 'Scan de vulnérabilités', 'Gestion des vulnérabilités', 'Audit de vulnérabilités'], en: ['Penetration testing', 'Pen testing', 'Vulnerability scanning', 'Vulnerability management', 'Vulnerability assessments', 'Security testing'] },
  // outil de test d’intrusion / penetration testing tool
  { id: `${SKILL}de586dcf-d7e5-4340-bf5b-d59026f1b436`, fr: ['Burp Suite', 'Nmap', 'sqlmap', 'Hashcat'], en: ['Burp Suite', 'Nmap', 'sqlmap', 'Hashcat'] },
  // menaces de sécurité des applications web / web application security threats
  { id: `${SKILL}902fb91c-3113-4004-9b4f-79aa86b638b7`, fr: ['OWASP Top 10', 'Sécurité des applications web', 'Injection SQL', 'Failles XSS'], en: ['OWASP Top 10', 'Web application security', 'SQL injection', 'Cross-site scripting'] },
  // mettre en œuvre la gestion des risques des TIC / implement ICT risk management
  { id: `${SKILL}69cfc5ed-6569-4aca-a4cc-fd782ba51d9c`, fr: ['EBIOS RM', 'Analyse de risques cybersécurité', 'ISO 27005', 'Gestion des risques cyber', 'Méthode EBIOS'], en: ['Cyber risk management', 'ISO 27005', 'Information security risk assessment', 'Cyber risk assessments'] },
  // identifier les risques de sécurité des TIC / identify ICT security risks
  { id: `${SKILL}fe1c2b32-7fe9-4668-affa-07ff658a68cf`, fr: ['Modélisation des menaces', 'Veille sur les menaces', 'Renseignement sur les menaces'], en: ['Threat modelling', 'Threat intelligence', 'Cyber threat intelligence'] },
  // normes de sécurité des TIC / ICT security standards
  { id: `${SKILL}3ff589b7-68df-4ea5-ae41-b395bdb2378f`, fr: ['ISO 27001', 'PCI DSS', 'Référentiel NIST', 'Guide d\'hygiène informatique de l\'ANSSI'], en: ['ISO 27001', 'PCI DSS', 'NIST Cybersecurity Framework', 'Cyber Essentials', 'Cyber Essentials Plus'] },
  // législation sur la sécurité des TIC / ICT security legislation
  { id: `${SKILL}7814e88f-c133-4c3b-b27f-857afa145d42`, fr: ['Directive NIS 2', 'NIS2', 'Réglementation cybersécurité', 'Loi de programmation militaire'], en: ['NIS Regulations', 'NIS2 Directive', 'Computer Misuse Act'] },
  // gérer la conformité en matière de sécurité des TIC / manage IT security compliances
  { id: `${SKILL}06358891-8424-43c5-891e-d40f226bef40`, fr: ['Audits de conformité ISO 27001', 'Mise en conformité ISO 27001', 'Gouvernance de la sécurité de l\'information'], en: ['ISO 27001 compliance', 'Information security governance'] },
  // appliquer des politiques de sécurité de l’information / apply information security policies
  { id: `${SKILL}86d2e2ea-1ba2-4aa6-b465-8a1f9abc81b8`, fr: ['PSSI', 'Politique de sécurité des systèmes d\'information', 'Application de la PSSI', 'Sécurité des systèmes d\'information'], en: ['Information security policies', 'Information security', 'Infosec'] },
  // établir un plan de sécurité des TIC / establish an ICT security prevention plan
  { id: `${SKILL}114c9698-c999-4369-8498-81bf641fe871`, fr: ['Plan de sécurisation du SI', 'Sensibilisation à la cybersécurité', 'Campagnes de phishing simulé'], en: ['Security awareness training', 'Phishing simulations', 'Cyber security awareness'] },
  // informatique légale / computer forensics
  { id: `${SKILL}118a9b27-1c5a-4214-b685-1a4d9e6365ea`, fr: ['Investigation numérique', 'Analyse forensique'], en: ['DFIR', 'Forensic analysis', 'Memory forensics'] },
  // mettre en œuvre un système de reprise d’activité / implement ICT recovery system
  { id: `${SKILL}fc2f1d4f-a46f-471e-a618-cbd4d0496a53`, fr: ['Plan de reprise d\'activité', 'PRA', 'Plan de continuité informatique', 'PRA/PCA', 'Tests de PRA'], en: ['Disaster recovery', 'DR testing', 'Disaster recovery planning', 'IT continuity'] },
  // installer un logiciel anti-virus / implement anti-virus software
  { id: `${SKILL}bb2b4485-2bad-402f-8517-44bf7d9afff4`, fr: ['Antivirus', 'Déploiement de l\'antivirus', 'Console antivirus', 'Kaspersky', 'ESET', 'Sophos'], en: ['Antivirus', 'Anti-virus deployment', 'Sophos', 'ESET', 'Microsoft Defender'] },
  // supprimer un virus informatique ou un logiciel malveillant d'un ordinateur / remove computer virus or malware from a computer
  { id: `${SKILL}8359bd04-d2cb-4757-af1f-39a921df9efe`, fr: ['Suppression de virus', 'Éradication de logiciels malveillants', 'Analyse de malwares'], en: ['Malware removal', 'Virus removal', 'Malware analysis'] },
  // gérer un service d’hébergement et de messagerie électronique / manage email hosting service
  { id: `${SKILL}f8f1f725-0105-41fa-9887-4df9e7a7af1e`, fr: ['Messagerie Exchange', 'Microsoft Exchange', 'Administration de la messagerie', 'Exchange Online', 'Serveur de messagerie'], en: ['Microsoft Exchange', 'Exchange Online', 'Email administration', 'Mail server administration'] },
  // contrôler la performance du système / monitor system performance
  { id: `${SKILL}9190d87f-9792-42e0-bb7f-64294a656bcd`, fr: ['Supervision des systèmes', 'Supervision des serveurs', 'Grafana', 'Prometheus'], en: ['System monitoring', 'Server monitoring', 'Grafana', 'Prometheus'] },
  // utiliser la programmation de scripts / use scripting programming
  { id: `${SKILL}5ef0c719-5bcb-49f8-b8eb-824388225333`, fr: ['Scripts PowerShell', 'Scripts Bash', 'Scripting Shell', 'Automatisation par scripts'], en: ['PowerShell scripting', 'Bash scripting', 'Shell scripting', 'Scripting'] },
  // Ansible
  { id: `${SKILL}6f8a40d6-f9ce-43ec-a72f-d4213a53f3ed`, fr: ['Playbooks Ansible'], en: ['Ansible playbooks'] },
  // tenir des journaux système / maintain system logs
  { id: `${SKILL}6b222aac-688c-4c9d-acbc-7fe25d37565e`, fr: ['Analyse des logs', 'Centralisation des logs'], en: ['Log analysis', 'Log management', 'Syslog'] },
  // fibre optique / fiber optics
  { id: `${SKILL}fdfa3dcb-b8f0-454f-a659-64c66dc6b6a2`, fr: ['FTTH', 'Déploiement FTTH', 'Déploiement de la fibre optique', 'Raccordement FTTH', 'Raccordement fibre', 'Raccordement d\'abonnés fibre', 'Réseaux FTTx', 'Pose de PTO', 'Pose de PBO'], en: ['FTTP', 'FTTH', 'FTTP installation', 'Fibre to the premises', 'Fibre broadband installation', 'Fibre optic installation'] },
  // épisser un câble / splice cable
  { id: `${SKILL}4a30802f-827c-4706-9099-de85beee6cb5`, fr: ['Soudure de fibres optiques', 'Soudeuse à fibre', 'Raccordement de câbles optiques', 'Boîtiers d\'épissurage'], en: ['Fusion splicing', 'Fibre splicing', 'Fibre jointing', 'Cable jointing', 'Splice enclosures'] },
  // faire fonctionner des instruments de mesure électronique / operate electronic measuring instruments
  { id: `${SKILL}a9b68e58-766a-403d-b5fe-955b57bdad1b`, fr: ['Réflectomètre', 'Mesures réflectométriques', 'OTDR', 'Photomètre optique', 'Mesures de puissance optique', 'Recette optique'], en: ['OTDR', 'OTDR testing', 'Optical power meter', 'Light source and power meter', 'Fibre testing'] },
  // installer un équipement de communications électroniques / install electronic communication equipment
  { id: `${SKILL}861cc783-6d4c-442e-9081-3a6e389be454`, fr: ['Installation d\'équipements télécoms', 'Mise en service de box internet', 'Installation d\'autocommutateurs', 'Installation de standards téléphoniques'], en: ['Telecoms installation', 'Installing telecoms equipment', 'Broadband installation'] },
  // installer des câbles basse tension / install low voltage wiring
  { id: `${SKILL}fd60bbcc-c3b6-4fa5-936c-eef5ae0a2d44`, fr: ['Câblage VDI', 'Câblage structuré', 'Câblage cuivre', 'Câblage RJ45'], en: ['Structured cabling', 'Data cabling', 'Cat6 cabling', 'Cat5e cabling', 'Copper cabling'] },
  // aligner des antennes et des paraboles / align antennae with receiving dishes
  { id: `${SKILL}dd276faa-ef0a-4ad0-8744-37b883a79b64`, fr: ['Pose de paraboles', 'Installation d\'antennes', 'Pointage de paraboles'], en: ['Satellite dish installation', 'Aerial installation', 'Dish alignment'] },
  // évaluer les problèmes relatifs à l’infrastructure des télécommunications / assess telecommunication infrastructure issues
  { id: `${SKILL}3cd0ee1e-73b1-487e-b186-2e0c4fc3720f`, fr: ['Diagnostic de pannes télécoms', 'Dépannage des lignes télécoms'], en: ['Fault finding on telecoms networks', 'Telecoms fault finding'] },
  // génie des télécommunications / telecommunications engineering
  { id: `${SKILL}14764a75-3104-4875-ba1d-57c059b9b013`, fr: ['Réseaux télécoms', 'Réseaux de télécommunications', 'Réseaux mobiles 4G/5G', 'Radio 4G/5G'], en: ['Telecoms networks', 'Telecommunications networks', 'Mobile networks'] },
];
