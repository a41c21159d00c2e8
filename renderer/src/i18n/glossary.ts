/**
 * Words the app's screens and its printed reports share: one term per idea and language, so a
 * PDF sent to a client says what the screen says. Catalogues build their strings from these;
 * glossary.test.ts checks no catalogue uses a rejected synonym.
 */
export const glossary = {
  en: {
    severity: 'Severity',
    severityLower: 'severity',
    workOrder: 'work order',
    workOrders: 'work orders',
    hoursUnit: 'h',
  },
  fr: {
    severity: 'Gravité',
    severityLower: 'gravité',
    workOrder: 'ordre de travail',
    workOrders: 'ordres de travail',
    hoursUnit: 'h',
  },
} as const;

/** Synonyms a catalogue must not use in place of the glossary's term (why, for the test's message). */
export const rejectedSynonyms = {
  en: [{ pattern: /\bpurchase orders?\b/i, use: glossary.en.workOrder }],
  fr: [
    { pattern: /s[ée]v[ée]rit[ée]/i, use: glossary.fr.severityLower },
    { pattern: /\bbons? de commande\b/i, use: glossary.fr.workOrder },
  ],
} as const;
