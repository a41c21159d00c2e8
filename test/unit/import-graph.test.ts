import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, folderGraph, importGraph, type ImportGraph } from './import-graph';

const renderer = resolve(import.meta.dirname, '../../renderer/src');

/** i18n gathers every feature's catalogue and features read i18n: left out until catalogues
 * live per language under i18n/ (issue 19, catalogues). */
function withoutI18n(graph: ImportGraph): ImportGraph {
  return new Map(
    [...graph]
      .filter(([folder]) => folder !== 'i18n')
      .map(([folder, targets]) => [folder, targets.filter((t) => t !== 'i18n')]),
  );
}

describe('the renderer import graph', () => {
  const graph = importGraph(renderer);

  it('reads the modules and their imports', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('app/router.tsx')).toContain('accounts/index.ts');
    expect(graph.get('accounts/index.ts')).toContain('accounts/AccountsPage.tsx');
  });

  it('has no import cycle between modules', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('has no cycle between folders: layers and features form a hierarchy', () => {
    const folders = withoutI18n(folderGraph(graph));
    // Every folder of renderer/src takes part (a new feature is checked without a list to grow).
    expect([...folders.keys()]).toEqual(
      expect.arrayContaining(['app', 'db', 'ui', 'queue', 'today']),
    );
    expect(cycles(folders)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const cyclic: ImportGraph = new Map([
      ['a/x.ts', ['b/y.ts']],
      ['b/y.ts', ['c/z.ts']],
      ['c/z.ts', ['a/x.ts']],
      ['d/w.ts', ['a/x.ts']],
    ]);
    expect(cycles(cyclic)).toEqual([['a/x.ts', 'b/y.ts', 'c/z.ts']]);
    expect(cycles(folderGraph(cyclic))).toEqual([['a', 'b', 'c']]);
  });
});
