export function findChromium(): string | null;
export function findPgBin(): string | null;
export function ensureSystemTools(): void;
