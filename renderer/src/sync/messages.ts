import type { Widen } from '../i18n/widen';

/** Strings of the sync feature (t('sync.…')); fr must have the same keys: the type checks it. */
export const en = {
  title: 'Sync',
  intro:
    'Sign in to your team’s sync server to share this workspace across your devices and with your team. Everything keeps working offline; changes are sent when the server is reachable.',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  signInAgain: 'Your session has ended. Sign in again to keep syncing.',
  tokenNotSaved: {
    'insecure-backend':
      'This computer has no keyring to protect your sign-in (on Linux, install or unlock GNOME Keyring or KWallet), so it is not saved: sync works until you close Steward, and will ask for your password at each launch.',
    unavailable:
      'This computer offers no secure storage for your sign-in, so it is not saved: sync works until you close Steward, and will ask for your password at each launch.',
  },
  serverUrl: 'Server address',
  serverUrlHint: 'For example https://sync.example.com',
  workspace: 'Workspace',
  email: 'Email',
  password: 'Password',
  fixErrors: 'Check the highlighted fields.',
  invalid: {
    serverUrl: 'Enter an address starting with https:// (or http:// on this computer).',
    workspace: 'Enter the workspace name.',
    email: 'Enter an email address such as name@example.com.',
    password: 'Enter your password.',
  },
  errors: {
    unreachable:
      'The sync server cannot be reached. Check the address and your connection; changes stay on this device meanwhile.',
    'bad-credentials': 'Wrong workspace, email or password.',
    'update-required': 'This version of Steward is too old for the server: update the app.',
    'server-outdated':
      'The sync server is older than this app: ask your administrator to update it.',
    'session-expired': 'Your session has ended: sign in again.',
    'rate-limited': 'Too many attempts. Wait a minute, then try again.',
    clock: 'This computer’s clock is wrong: fix its date and time, then sync again.',
    refused: 'The server refused the changes: {{detail}}',
    server: 'The sync server had a problem: {{detail}}',
    storage: 'This device is out of storage space.',
  },
  signedInAs: 'Signed in as {{email}}',
  workspaceLine: 'Workspace “{{name}}” on {{server}}',
  role: 'Role: {{role}}',
  syncNow: 'Sync now',
  signOut: 'Sign out',
  status: {
    label: 'Sync status',
    signedOut: 'Not syncing',
    online: 'Online',
    offline: 'Offline',
    checking: 'Connecting…',
    syncing: 'Syncing…',
    pending_one: '{{count}} change to send',
    pending_other: '{{count}} changes to send',
    upToDate: 'All changes sent',
    lastSync: 'Last sync {{time}}',
    never: 'Not synced yet',
    lastError: 'Last error: {{message}}',
    retry: 'Retrying at {{time}}',
    bootstrap: 'Downloading the workspace: {{done}} of {{total}} records',
  },
  signOutDialog: {
    title: 'Sign out with unsent changes?',
    body_one:
      '{{count}} change made on this device has not reached the server yet. Keep it to send it at your next sign-in, or discard it: it would then never reach your team.',
    body_other:
      '{{count}} changes made on this device have not reached the server yet. Keep them to send them at your next sign-in, or discard them: they would then never reach your team.',
    keep: 'Sign out, keep changes',
    discard_one: 'Discard {{count}} change and sign out',
    discard_other: 'Discard {{count}} changes and sign out',
  },
  signedOut: 'Signed out. Your data stays on this device.',
  conflict: {
    title: 'Changed by someone else',
    titleFor: 'Changed by someone else: {{label}}',
    listTitle: 'Changes that lost to someone else’s',
    record: 'In {{label}}',
    line: '{{field}}: your “{{mine}}” was replaced by “{{theirs}}” ({{when}}).',
    lineFrom: '{{field}}: your “{{mine}}” was replaced by “{{theirs}}” from {{member}}, {{when}}.',
    unseen:
      '{{field}}: you replaced “{{theirs}}” ({{when}}) with “{{mine}}” without having seen it.',
    unseenFrom:
      '{{field}}: you replaced “{{theirs}}” from {{member}} ({{when}}) with “{{mine}}” without having seen it.',
    trashed:
      'Deleted by {{deleter}} on {{deletedDay}} ({{deletedWhen}}); the changes {{editor}} made on {{editedDay}} ({{editedWhen}}) without seeing the deletion ({{fields}}) are kept in the Trash: restore it to get them back.',
    someone: 'another device',
    dismiss: 'Dismiss note',
  },
  attention: {
    title: 'Needs your attention',
    refusedTitle: 'Changes the server refused',
    refusedIntro:
      'These changes stay on this device but were not sent, so the rest could sync. Other devices keep their version until you send them again.',
    refusedFields: 'Not sent: {{fields}}',
    refusedAt: 'Refused {{time}}',
    refusedFix: 'Correct these fields on the record and save it to send them again.',
    roleFix:
      'Only an admin can make this change: ask one to make it, or dismiss it to keep it on this device only.',
    reasons: {
      'settings-admin-only': 'Your role cannot change the workspace settings.',
      'targets-only':
        'Your role can change only the workspace targets (response and resolution targets, at-risk threshold), not the other settings.',
    },
    dismiss: 'Dismiss',
    dismissLabel: 'Dismiss the refused change to {{label}}',
    dismissed: 'Refused change to “{{label}}” dismissed. The record on this device is unchanged.',
    warningsTitle: 'Changes from other devices not applied',
    warningsIntro:
      'Another device saved these records in a way this version of Steward does not accept. This device keeps its earlier version; updating Steward may fix it.',
    warningAt: 'Received {{time}}',
    issue: '{{field}}: {{message}}',
  },
  /** Names of stored fields that no form shows with a label of its own. */
  fieldNames: {
    minutes: 'Time spent (minutes)',
    id: 'Identifier',
    updatedAt: 'Last changed',
    deletedAt: 'In the Trash',
    businessCalendar: 'Business hours and holidays',
    severityHistory: 'Severity history',
    statusHistory: 'Status history',
    respondedAt: 'Responded',
    resolvedAt: 'Resolved',
    workaroundAt: 'Workaround given',
    rankKey: 'Position in the client’s ranking',
    doneAt: 'Done on',
    start: 'Start',
    end: 'End',
    workDate: 'Date of the work',
    incident: 'Incident',
    healthScoreWeights: 'Health score weights',
  },
} as const;

export const fr: Widen<typeof en> = {
  title: 'Synchronisation',
  intro:
    'Connectez-vous au serveur de synchronisation de votre équipe pour partager cet espace entre vos appareils et avec votre équipe. Tout continue de fonctionner hors ligne ; les modifications partent dès que le serveur est joignable.',
  signIn: 'Se connecter',
  signingIn: 'Connexion…',
  signInAgain: 'Votre session a expiré. Reconnectez-vous pour continuer à synchroniser.',
  tokenNotSaved: {
    'insecure-backend':
      'Cet ordinateur n’a pas de trousseau pour protéger votre connexion (sous Linux, installez ou déverrouillez GNOME Keyring ou KWallet) : elle n’est donc pas enregistrée. La synchronisation fonctionne jusqu’à la fermeture de Steward, puis votre mot de passe sera demandé à chaque lancement.',
    unavailable:
      'Cet ordinateur n’offre aucun stockage sécurisé pour votre connexion : elle n’est donc pas enregistrée. La synchronisation fonctionne jusqu’à la fermeture de Steward, puis votre mot de passe sera demandé à chaque lancement.',
  },
  serverUrl: 'Adresse du serveur',
  serverUrlHint: 'Par exemple https://sync.example.com',
  workspace: 'Espace de travail',
  email: 'E-mail',
  password: 'Mot de passe',
  fixErrors: 'Vérifiez les champs signalés.',
  invalid: {
    serverUrl: 'Saisissez une adresse commençant par https:// (ou http:// sur cet ordinateur).',
    workspace: 'Saisissez le nom de l’espace de travail.',
    email: 'Saisissez une adresse e-mail comme nom@example.com.',
    password: 'Saisissez votre mot de passe.',
  },
  errors: {
    unreachable:
      'Le serveur de synchronisation est injoignable. Vérifiez l’adresse et votre connexion ; vos modifications restent sur cet appareil en attendant.',
    'bad-credentials': 'Espace de travail, e-mail ou mot de passe incorrect.',
    'update-required':
      'Cette version de Steward est trop ancienne pour le serveur : mettez l’application à jour.',
    'server-outdated':
      'Le serveur de synchronisation est plus ancien que l’application : demandez à votre administrateur de le mettre à jour.',
    'session-expired': 'Votre session a expiré : reconnectez-vous.',
    'rate-limited': 'Trop de tentatives. Patientez une minute puis réessayez.',
    clock:
      'L’horloge de cet ordinateur est fausse : corrigez la date et l’heure, puis relancez la synchronisation.',
    refused: 'Le serveur a refusé les modifications : {{detail}}',
    server: 'Le serveur de synchronisation a rencontré un problème : {{detail}}',
    storage: 'L’espace de stockage de cet appareil est plein.',
  },
  signedInAs: 'Connecté en tant que {{email}}',
  workspaceLine: 'Espace « {{name}} » sur {{server}}',
  role: 'Rôle : {{role}}',
  syncNow: 'Synchroniser',
  signOut: 'Se déconnecter',
  status: {
    label: 'État de la synchronisation',
    signedOut: 'Pas de synchronisation',
    online: 'En ligne',
    offline: 'Hors ligne',
    checking: 'Connexion…',
    syncing: 'Synchronisation…',
    pending_one: '{{count}} modification à envoyer',
    pending_other: '{{count}} modifications à envoyer',
    upToDate: 'Toutes les modifications sont envoyées',
    lastSync: 'Dernière synchro {{time}}',
    never: 'Jamais synchronisé',
    lastError: 'Dernière erreur : {{message}}',
    retry: 'Nouvel essai à {{time}}',
    bootstrap: 'Téléchargement de l’espace : {{done}} sur {{total}} éléments',
  },
  signOutDialog: {
    title: 'Se déconnecter avec des modifications non envoyées ?',
    body_one:
      '{{count}} modification faite sur cet appareil n’a pas encore atteint le serveur. Conservez-la pour l’envoyer à votre prochaine connexion, ou abandonnez-la : elle n’atteindrait alors jamais votre équipe.',
    body_other:
      '{{count}} modifications faites sur cet appareil n’ont pas encore atteint le serveur. Conservez-les pour les envoyer à votre prochaine connexion, ou abandonnez-les : elles n’atteindraient alors jamais votre équipe.',
    keep: 'Se déconnecter et conserver',
    discard_one: 'Abandonner {{count}} modification et se déconnecter',
    discard_other: 'Abandonner {{count}} modifications et se déconnecter',
  },
  signedOut: 'Déconnecté. Vos données restent sur cet appareil.',
  conflict: {
    title: 'Modifié par quelqu’un d’autre',
    titleFor: 'Modifié par quelqu’un d’autre : {{label}}',
    listTitle: 'Modifications remplacées par celles d’un autre',
    record: 'Dans {{label}}',
    line: '{{field}} : votre « {{mine}} » a été remplacé par « {{theirs}} » ({{when}}).',
    lineFrom:
      '{{field}} : votre « {{mine}} » a été remplacé par « {{theirs}} » de {{member}}, {{when}}.',
    unseen:
      '{{field}} : vous avez remplacé « {{theirs}} » ({{when}}) par « {{mine}} » sans l’avoir vu.',
    unseenFrom:
      '{{field}} : vous avez remplacé « {{theirs}} » de {{member}} ({{when}}) par « {{mine}} » sans l’avoir vu.',
    trashed:
      'Supprimé par {{deleter}} le {{deletedDay}} ({{deletedWhen}}) ; les modifications faites par {{editor}} le {{editedDay}} ({{editedWhen}}) sans voir la suppression ({{fields}}) sont conservées dans la corbeille : restaurez-le pour les retrouver.',
    someone: 'un autre appareil',
    dismiss: 'Masquer la note',
  },
  attention: {
    title: 'À vérifier',
    refusedTitle: 'Modifications refusées par le serveur',
    refusedIntro:
      'Ces modifications restent sur cet appareil mais n’ont pas été envoyées, pour que le reste puisse se synchroniser. Les autres appareils gardent leur version tant que vous ne les renvoyez pas.',
    refusedFields: 'Non envoyé : {{fields}}',
    refusedAt: 'Refusée {{time}}',
    refusedFix: 'Corrigez ces champs dans l’élément et enregistrez-le pour les renvoyer.',
    roleFix:
      'Seul un administrateur peut faire cette modification : demandez-la à l’un d’eux, ou masquez-la pour la garder sur cet appareil seulement.',
    reasons: {
      'settings-admin-only':
        'Votre rôle ne permet pas de modifier les paramètres de l’espace de travail.',
      'targets-only':
        'Votre rôle ne permet de modifier que les objectifs de l’espace de travail (délais de réponse et de résolution, seuil de risque), pas les autres paramètres.',
    },
    dismiss: 'Masquer',
    dismissLabel: 'Masquer la modification refusée de {{label}}',
    dismissed:
      'Modification refusée de « {{label}} » masquée. L’élément sur cet appareil reste inchangé.',
    warningsTitle: 'Modifications d’autres appareils non appliquées',
    warningsIntro:
      'Un autre appareil a enregistré ces éléments d’une façon que cette version de Steward n’accepte pas. Cet appareil garde sa version précédente ; mettre Steward à jour peut corriger cela.',
    warningAt: 'Reçue {{time}}',
    issue: '{{field}} : {{message}}',
  },
  fieldNames: {
    minutes: 'Temps passé (minutes)',
    id: 'Identifiant',
    updatedAt: 'Dernière modification',
    deletedAt: 'Dans la corbeille',
    businessCalendar: 'Heures ouvrables et jours fériés',
    severityHistory: 'Historique de la gravité',
    statusHistory: 'Historique des statuts',
    respondedAt: 'Réponse apportée le',
    resolvedAt: 'Résolu le',
    workaroundAt: 'Contournement fourni le',
    rankKey: 'Position dans le classement du client',
    doneAt: 'Terminée le',
    start: 'Début',
    end: 'Fin',
    workDate: 'Date du travail',
    incident: 'Incident',
    healthScoreWeights: 'Pondération du score de santé',
  },
};
