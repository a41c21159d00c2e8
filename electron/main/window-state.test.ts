import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, restoreBounds, serializeBounds } from './window-state';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('window state', () => {
  it('round-trips saved bounds', () => {
    const bounds = { x: 100, y: 80, width: 1000, height: 700, maximized: true };
    expect(restoreBounds(serializeBounds(bounds), screen)).toEqual(bounds);
  });

  it('falls back to defaults for missing, corrupt or absurd files', () => {
    expect(restoreBounds(null, screen)).toEqual(DEFAULT_BOUNDS);
    expect(restoreBounds('{not json', screen)).toEqual(DEFAULT_BOUNDS);
    expect(
      restoreBounds(JSON.stringify({ width: 10, height: 10, maximized: false }), screen),
    ).toEqual(DEFAULT_BOUNDS);
  });

  it('drops a position that is on no current display', () => {
    const saved = serializeBounds({ x: 3000, y: 100, width: 1000, height: 700, maximized: false });
    expect(restoreBounds(saved, screen)).toEqual({ width: 1000, height: 700, maximized: false });
  });
});
