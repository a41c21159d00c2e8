import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const SCREENS = [
  { path: '#/today', en: 'Today', fr: 'Aujourd’hui' },
  { path: '#/accounts', en: 'Accounts', fr: 'Comptes' },
  { path: '#/queue', en: 'Queue', fr: 'File' },
  { path: '#/meetings', en: 'Meetings', fr: 'Réunions' },
  { path: '#/releases', en: 'Releases', fr: 'Versions' },
  { path: '#/quotas', en: 'Quotas', fr: 'Quotas' },
  { path: '#/reports', en: 'Reports', fr: 'Rapports' },
  { path: '#/settings', en: 'Settings', fr: 'Paramètres' },
] as const;

/** Records console errors and uncaught exceptions; call the returned function to read them. */
export function watchErrors(page: Page): () => string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning')
      errors.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return () => errors;
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules, plus axe's best practices when asked) on the
 * current page. The source is evaluated through the DevTools protocol, which the app's CSP does
 * not apply to.
 */
export async function axeViolations(
  page: Page,
  { bestPractice = false }: { bestPractice?: boolean } = {},
): Promise<string[]> {
  await page.evaluate(axeSource);
  const tags = [
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    ...(bestPractice ? ['best-practice'] : []),
  ];
  const violations = await page.evaluate(async (values) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: { id: string; help: string; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
    );
  }, tags);
  return violations;
}

export async function gotoScreen(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}
