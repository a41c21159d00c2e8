/**
 * Roles and responsibilities matrix, from roles-and-responsibilities.fr.txt.
 * The seed's three columns (vendor, client, optional managed services "IMS")
 * arrive flattened; the column of each duty is read from its wording.
 * `managedServices: true` marks client duties the client may contract out.
 */

export type Party = 'vendor' | 'client';
export interface Bilingual {
  fr: string;
  en: string;
}
export interface RoleArea {
  id: string;
  name: Bilingual;
  note?: Bilingual;
}
export interface RoleDuty {
  id: string;
  area: string;
  owner: Party;
  managedServices: boolean;
  text: Bilingual;
}

export const ROLE_AREAS: readonly RoleArea[] = [
  { id: 'onboarding', name: { fr: 'Accueil client', en: 'Onboarding' } },
  { id: 'provisioning', name: { fr: 'Provisionnement', en: 'Provisioning' } },
  { id: 'post-provisioning', name: { fr: 'Post-provisionnement', en: 'Post-provisioning' } },
  {
    id: 'implementation',
    name: { fr: 'Mise en œuvre', en: 'Implementation' },
    note: {
      fr: 'Infor a cette responsabilité uniquement dans la mesure définie via un bon de commande signé pour les services professionnels. Les mises en œuvre effectuées par les partenaires Infor deviennent la responsabilité des partenaires et non la responsabilité d’Infor.',
      en: 'Infor holds this responsibility only as far as defined by a signed professional-services order. Implementations by Infor partners are the partners’ responsibility, not Infor’s.',
    },
  },
  {
    id: 'infrastructure',
    name: { fr: 'Opérations liées à l’infrastructure', en: 'Infrastructure operations' },
  },
  {
    id: 'high-availability',
    name: {
      fr: 'Haute disponibilité (multi-tenant (MT) uniquement)',
      en: 'High availability (multi-tenant only)',
    },
  },
  { id: 'security', name: { fr: 'Gestion de la sécurité', en: 'Security management' } },
  {
    id: 'monitoring',
    name: {
      fr: 'Surveillance (non applicable pour les déploiements PRE-PROD)',
      en: 'Monitoring (not for PRE-PROD deployments)',
    },
  },
  { id: 'database', name: { fr: 'Gestion de la base de données', en: 'Database management' } },
  {
    id: 'extensions',
    name: {
      fr: 'Extensions (flux Infor Process Automation (IPA), interfaces, rapports, etc.)',
      en: 'Extensions (Infor Process Automation (IPA) flows, interfaces, reports, etc.)',
    },
  },
  {
    id: 'application-management',
    name: { fr: 'Gestion des applications', en: 'Application management' },
  },
  { id: 'vendor-tools', name: { fr: 'Gestion des outils Infor', en: 'Infor tools management' } },
  { id: 'printers', name: { fr: 'Imprimantes/scanners', en: 'Printers/scanners' } },
  {
    id: 'relationship',
    name: { fr: 'Gestion de la relation client', en: 'Client relationship management' },
  },
];

const duty = (
  id: string,
  owner: Party,
  managedServices: boolean,
  fr: string,
  en: string,
): RoleDuty => ({
  id,
  area: id.slice(0, id.indexOf('.')),
  owner,
  managedServices,
  text: { fr, en },
});

export const ROLE_DUTIES: readonly RoleDuty[] = [
  duty(
    'onboarding.welcome',
    'vendor',
    false,
    'Souhaiter la bienvenue au client sur Infor et lui fournir des informations clés concernant l’abonnement Cloud. Présenter le Responsable Customer Success (CSM), le cas échéant, et fournir une formation sur certains outils client Infor afin de permettre au client de contacter Infor lorsque cela est nécessaire.',
    'Welcome the client to Infor and give key information about the Cloud subscription. Introduce the Customer Success Manager (CSM) where applicable, and train the client on selected Infor tools so it can contact Infor when needed.',
  ),
  duty(
    'onboarding.webinar',
    'client',
    false,
    'S’inscrire au webinaire Introduction au Customer Success et aux prochaines étapes liées au Cloud pour comprendre et apprendre le processus de provisionnement d’Infor, les outils Infor et les ressources disponibles.',
    'Register for the Introduction to Customer Success and Cloud Next Steps webinar to learn Infor’s provisioning process, Infor tools and the resources available.',
  ),
  duty(
    'provisioning.initial-deployment',
    'vendor',
    false,
    'Fournir le déploiement initial de la/des solution(s), permettant au client de naviguer vers les applications auxquelles il s’est inscrit.',
    'Provide the initial deployment of the solution(s), so the client can reach the applications it subscribed to.',
  ),
  duty(
    'provisioning.verify-access',
    'client',
    false,
    'Après avoir reçu le système fourni, vérifier l’accès et confirmer que le système fourni est opérationnel ; créer des rôles d’administrateur hôte pour le client et les équipes de mise en œuvre partenaires/Infor, le cas échéant.',
    'Once the system is delivered, check access and confirm it is operational; create host administrator roles for the client and for partner/Infor implementation teams where applicable.',
  ),
  duty(
    'post-provisioning.identity-users-security',
    'client',
    true,
    'Configuration de l’identité et gestion de l’accès (authentification unique (SSO)) ; création et configuration des utilisateurs ; configuration de la sécurité au niveau de l’application.',
    'Identity and access management set-up (single sign-on (SSO)); creating and configuring users; application-level security set-up.',
  ),
  duty(
    'implementation.project-management',
    'vendor',
    false,
    'En partenariat avec le client et conformément à un contrat signé de services professionnels, planifier le lancement du projet et gérer la mise en œuvre : surveillance et direction du projet, statut, accélérateurs de mise en œuvre, incidents et problèmes liés au projet.',
    'With the client and under a signed professional-services contract, plan the project kick-off and manage the implementation: oversight and direction, status reporting, implementation accelerators, project incidents and issues.',
  ),
  duty(
    'implementation.data-migration',
    'vendor',
    false,
    'Pour les clients qui migrent vers le Cloud, l’Infor Data Migration Factory (DMF) peut aider à migrer les données historiques depuis les anciens systèmes Infor avec les programmes de migration d’Infor.',
    'For clients moving to the Cloud, the Infor Data Migration Factory (DMF) can help migrate historical data from legacy Infor systems with Infor’s migration programs.',
  ),
  duty(
    'implementation.client-project-team',
    'client',
    false,
    'Établir une équipe de projet client et engager des ressources chargées de tester et de vérifier la solution tout au long du projet et, à terme, fournir l’approbation de mise en production.',
    'Set up a client project team and commit people to test and verify the solution throughout the project, and finally sign off the go-live.',
  ),
  duty(
    'infrastructure.operations',
    'vendor',
    false,
    'Fournir la surveillance et la maintenance des composants de l’infrastructure (systèmes d’exploitation, base de données, etc.) et la gestion du réseau Cloud virtuel privé (VPC). Gérer les problèmes des interruptions de service d’infrastructure.',
    'Monitor and maintain infrastructure components (operating systems, databases, etc.) and manage the virtual private cloud (VPC). Own problem management for infrastructure service interruptions.',
  ),
  duty(
    'infrastructure.vpn',
    'vendor',
    false,
    'Configurer et maintenir le réseau privé virtuel (VPN), comme requis.',
    'Configure and maintain the virtual private network (VPN), as required.',
  ),
  duty(
    'high-availability.backups-dr',
    'vendor',
    false,
    'Garantir les instantanés et sauvegardes de l’application, de la base de données et des extensions ; initier la restauration au besoin. Mettre en œuvre et vérifier le plan de reprise après sinistre (DR) ; l’initier au besoin.',
    'Ensure application, database and extension snapshots and backups; start restores as needed. Implement and test the disaster-recovery (DR) plan; start it as needed.',
  ),
  duty(
    'high-availability.verify-after-restore',
    'client',
    true,
    'Vérifier les systèmes en cas de restauration de système.',
    'Check the systems after a system restore.',
  ),
  duty(
    'security.protection',
    'vendor',
    false,
    'Protéger les systèmes contre les logiciels malveillants, les intrusions et les attaques web, applicatives et hôte, les détecter et les atténuer. Remédier aux vulnérabilités des applications et du système d’exploitation.',
    'Protect systems against malware, intrusions and web, application and host attacks, detect them and mitigate. Remediate application and operating-system vulnerabilities.',
  ),
  duty(
    'monitoring.infrastructure',
    'vendor',
    false,
    'Surveiller l’infrastructure (processeur, disque, mémoire), les composants de la base de données, la disponibilité et l’authentification des URL et les transactions de connexion synthétiques.',
    'Monitor infrastructure (CPU, disk, memory), database components, URL availability and authentication, and synthetic log-in transactions.',
  ),
  duty(
    'monitoring.application-jobs',
    'client',
    true,
    'Surveiller la réussite ou l’échec des tâches au niveau de l’application (administratif), les erreurs dans les fichiers journaux, et traiter les alertes actionnables par le client reçues depuis le portail CloudSuite (CSSP).',
    'Monitor application-level (administrative) job success or failure and errors in log files, and handle client-actionable alerts from the CloudSuite self-service portal (CSSP).',
  ),
  duty(
    'database.management',
    'vendor',
    false,
    'Maintenir les bases de données et appliquer les mises à jour ; surveiller capacité et performance, préparer le basculement ; analyser les causes racines des pannes ; actualiser les bases sur demande écrite du client et corriger les données de production selon la gestion des changements.',
    'Maintain databases and apply updates; monitor capacity and performance and keep fail-over ready; root-cause analysis of database outages; refresh databases on the client’s written request and fix production data under change management.',
  ),
  duty(
    'extensions.platform',
    'vendor',
    false,
    'Surveiller les technologies sous-jacentes (Infor ION, IDM, IPA, etc.) pour qu’elles soient opérationnelles et aider au dépannage et au triage.',
    'Monitor the underlying technologies (Infor ION, IDM, IPA, etc.) so they are up and available, and help with troubleshooting and triage.',
  ),
  duty(
    'extensions.setup-maintenance',
    'client',
    true,
    'Mettre en place, maintenir et dépanner les extensions, comme défini par contrat.',
    'Set up, maintain and troubleshoot extensions, as defined by contract.',
  ),
  duty(
    'extensions.monitoring-testing',
    'client',
    true,
    'Surveiller les extensions au besoin, et les tester et vérifier après toute activité de maintenance.',
    'Monitor extensions as required, and test and verify them after any maintenance.',
  ),
  duty(
    'application-management.monitoring',
    'vendor',
    false,
    'Surveiller les applications essentielles, analyser les causes racines de leurs interruptions, et surveiller la capacité pour la stabilité et la croissance du système.',
    'Monitor business-critical applications, find root causes of their outages, and monitor capacity for system stability and growth.',
  ),
  duty(
    'application-management.updates',
    'vendor',
    false,
    'Déployer les mises à jour généralement disponibles en suivant un cycle de version contrôlé.',
    'Deploy generally available application updates through a controlled release cycle.',
  ),
  duty(
    'application-management.contact-support',
    'client',
    false,
    'Contacter le support Infor en cas de résultats imprévus (par ex. commande en suspens de crédit, liste de sélection qui ne s’imprime pas).',
    'Contact Infor support on unexpected results (e.g. an order on credit hold, a pick list that does not print).',
  ),
  duty(
    'application-management.troubleshooting',
    'client',
    true,
    'Régler les problèmes de dépannage avec les services à abonnement lorsque des résultats imprévus surviennent.',
    'Work through troubleshooting with the subscription services when results are unexpected.',
  ),
  duty(
    'vendor-tools.accounts',
    'client',
    true,
    'Créer et maintenir les comptes utilisateur via Concierge et s’abonner aux notifications du portail de support, du CSSP et de Concierge.',
    'Create and maintain user accounts in Concierge and subscribe to support-portal, CSSP and Concierge notifications.',
  ),
  duty(
    'vendor-tools.readiness',
    'vendor',
    false,
    'En partenariat avec le client, préparer les outils Infor avant la mise en production (Concierge, portail de support, CSSP, page de statut, etc.).',
    'With the client, get the Infor tools ready before go-live (Concierge, support portal, CSSP, status page, etc.).',
  ),
  duty(
    'printers.setup',
    'client',
    true,
    'Configurer les imprimantes et scanners avec CSSP si disponible, avec IDM Enterprise ou des outils tiers.',
    'Set up printers and scanners with CSSP where available, IDM Enterprise or third-party tools.',
  ),
  duty(
    'relationship.adoption',
    'vendor',
    false,
    'Suivre l’adoption, la compréhension et l’utilisation de toute la solution d’abonnement par le client.',
    'Track the client’s adoption, understanding and use of the whole subscription.',
  ),
  duty(
    'relationship.partnership',
    'vendor',
    false,
    'Établir et maintenir une relation productive entre Infor et le client.',
    'Build and keep a productive relationship between Infor and the client.',
  ),
];
