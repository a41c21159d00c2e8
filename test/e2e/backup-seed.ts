import { expect, type Page } from '@playwright/test';
import { generateDemoWorkspace, type DemoWorkspace } from '../../shared/demo/index';

/** The seeded demo workspace as a Steward backup file (v1), built from the shared generator. */
export function demoBackup(now: Date, options: { accounts?: number; incidents?: number } = {}) {
  const demo = generateDemoWorkspace({ seed: 42, now, ...options });
  const { settings, ...rest } = demo;
  const text = JSON.stringify({
    format: 'steward-backup',
    version: 1,
    exportedAt: now.toISOString(),
    tables: { ...rest, settings: [settings] },
  });
  return { demo, text };
}

/** Seeds through the app's own restore screen (so every seeded test also exercises restore). */
export async function restoreThroughUi(
  page: Page,
  text: string,
  mode: 'Replace' | 'Merge' = 'Replace',
): Promise<void> {
  await page.goto('#/import-export');
  await expect(page.getByRole('heading', { level: 1, name: 'Import and export' })).toBeVisible();
  await page.getByLabel('Backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
  await page.getByRole('radio', { name: new RegExp(`^${mode}:`) }).check();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText(/^Backup (restored|merged):/)).toBeVisible();
}

export type { DemoWorkspace };
