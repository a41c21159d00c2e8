/**
 * The sync token: in the bridge's secret storage, or, where this computer cannot store it
 * safely, only in memory until the app closes (the next launch asks for the password).
 */
import { bridge } from '../bridge';

export const TOKEN_SECRET = 'sync-token';

let inMemory: string | null = null;

export function keepTokenInMemory(token: string): void {
  inMemory = token;
}

export function forgetTokenInMemory(): void {
  inMemory = null;
}

export async function readToken(): Promise<string | null> {
  return inMemory ?? bridge().readSecret(TOKEN_SECRET);
}
