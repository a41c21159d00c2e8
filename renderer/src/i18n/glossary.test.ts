import { describe, expect, it } from 'vitest';
import { glossary, rejectedSynonyms } from './glossary';
import { resources } from './index';

/** Every string of a catalogue, with its key path. */
function strings(node: unknown, path = ''): Array<[string, string]> {
  if (typeof node === 'string') return [[path, node]];
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
}

describe('one glossary for the app and its reports', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`the ${lang} catalogue never uses a rejected synonym`, () => {
      const found = strings(resources[lang].translation).flatMap(([key, text]) =>
        rejectedSynonyms[lang]
          .filter((r) => r.pattern.test(text))
          .map((r) => `${key}: "${text}" (say "${r.use}")`),
      );
      expect(found).toEqual([]);
    });
  }

  it('the reports speak of severity and work orders in the glossary’s words', () => {
    const fr = resources.fr.translation.reports;
    expect(fr.table.severity).toBe(glossary.fr.severity);
    expect(fr.charts.severity).toBe(`${glossary.fr.severity} {{n}}`);
    expect(fr.sections.workOrders.toLowerCase()).toContain(glossary.fr.workOrders);
    expect(resources.en.translation.reports.table.severity).toBe(glossary.en.severity);
  });
});
