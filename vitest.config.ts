import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const alias = { '@shared': resolve(import.meta.dirname, 'shared') };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          // scrypt at 2^12 instead of 2^17 (server/auth/passwords.ts): tests hash in milliseconds.
          env: { STEWARD_SCRYPT_N: '4096' },
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'server/**/*.test.ts',
            'test/unit/**/*.test.ts',
          ],
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx', 'test/unit/**/*.test.tsx'],
          setupFiles: ['test/unit/setup-dom.ts'],
        },
      },
    ],
  },
});
