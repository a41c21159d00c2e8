import { z } from 'zod';

export interface Bounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_BOUNDS: Bounds = { width: 1280, height: 820, maximized: false };
const MIN_WIDTH = 800;
const MIN_HEIGHT = 560;

const boundsSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(MIN_WIDTH).max(20000),
  height: z.number().int().min(MIN_HEIGHT).max(20000),
  maximized: z.boolean(),
});

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Reads saved bounds; falls back to defaults when the file is missing or corrupt, and drops the
 * position when it lies on no current display (an unplugged monitor must not hide the window).
 */
export function restoreBounds(saved: string | null, displays: Area[]): Bounds {
  if (saved === null) return DEFAULT_BOUNDS;
  let json: unknown;
  try {
    json = JSON.parse(saved);
  } catch {
    return DEFAULT_BOUNDS;
  }
  const parsed = boundsSchema.safeParse(json);
  if (!parsed.success) return DEFAULT_BOUNDS;
  const bounds = parsed.data;
  const { x, y } = bounds;
  if (x === undefined || y === undefined) return bounds;
  const visible = displays.some(
    (d) => x >= d.x && y >= d.y && x + 100 <= d.x + d.width && y + 50 <= d.y + d.height,
  );
  return visible
    ? bounds
    : { width: bounds.width, height: bounds.height, maximized: bounds.maximized };
}

export function serializeBounds(bounds: Bounds): string {
  return JSON.stringify(bounds);
}

export { MIN_HEIGHT, MIN_WIDTH };
