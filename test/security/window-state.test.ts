import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isReachable, parseWindowState, type Rect } from '../../electron/main/window-state';
import { readWindowState, windowStateFile, writeWindowState } from '../../electron/main/window-state-file';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1080 };
const monitorOnRight: Rect = { x: 1920, y: 0, width: 2560, height: 1440 };
const saved = { bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: false };

describe('window state validation', () => {
  it('restores a state that fits a display', () => {
    expect(parseWindowState(saved, [laptop])).toEqual(saved);
    expect(parseWindowState({ ...saved, maximized: true }, [laptop])?.maximized).toBe(true);
  });

  it('ignores a window left on a display that is no longer attached', () => {
    const onMonitor = { bounds: { x: 2500, y: 100, width: 1200, height: 800 }, maximized: false };
    expect(parseWindowState(onMonitor, [laptop, monitorOnRight])).toEqual(onMonitor);
    expect(parseWindowState(onMonitor, [laptop])).toBeNull();
  });

  it('needs the title bar, not just a corner, on screen', () => {
    expect(isReachable({ x: 1850, y: 100, width: 1200, height: 800 }, [laptop])).toBe(false);
    expect(isReachable({ x: 100, y: -790, width: 1200, height: 800 }, [laptop])).toBe(false);
    expect(isReachable({ x: -1000, y: 100, width: 1200, height: 800 }, [laptop])).toBe(true);
  });

  it('refuses damaged or implausible values', () => {
    const bad: unknown[] = [
      null,
      'window',
      [],
      {},
      { bounds: saved.bounds },
      { bounds: saved.bounds, maximized: 'yes' },
      { bounds: { ...saved.bounds, width: '1200' }, maximized: false },
      { bounds: { ...saved.bounds, x: 10.5 }, maximized: false },
      { bounds: { ...saved.bounds, width: Number.NaN }, maximized: false },
      { bounds: { ...saved.bounds, width: 100 }, maximized: false },
      { bounds: { ...saved.bounds, height: 1e9 }, maximized: false },
      { bounds: { ...saved.bounds, x: -1e9 }, maximized: false },
    ];
    for (const value of bad) expect(parseWindowState(value, [laptop]), JSON.stringify(value)).toBeNull();
  });
});

describe('window state file', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips through the user-data folder and leaves no temporary file', () => {
    dir = mkdtempSync(join(tmpdir(), 'cairn-window-'));
    const file = windowStateFile(join(dir, 'Cairn'));
    writeWindowState(file, saved);
    expect(readWindowState(file, [laptop])).toEqual(saved);
    expect(readdirSync(join(dir, 'Cairn'))).toEqual(['window-state.json']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(saved);
  });

  it('treats a missing or corrupt file as no state', () => {
    dir = mkdtempSync(join(tmpdir(), 'cairn-window-'));
    const file = windowStateFile(dir);
    expect(readWindowState(file, [laptop])).toBeNull();
    writeFileSync(file, '{"bounds": {"x": 1');
    expect(readWindowState(file, [laptop])).toBeNull();
  });
});
