import { forgetChosenSpec, loadChosenSpec, saveChosenSpec, SPEC_STORE_KEYS } from '../../../addin/page/spec-choice/spec-store.js';
import { standardSpec } from '../../../core/templates/index.js';
import { changedSpec } from '../../support/changed-spec.js';

/** A browser's localStorage, as far as the store uses it; `full` makes setItem throw as a full store does. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const key = SPEC_STORE_KEYS.summary;
let store: MemoryStorage;
const globals = globalThis as { localStorage?: unknown };

beforeEach(() => {
  store = new MemoryStorage();
  globals.localStorage = store;
});
afterAll(() => {
  delete globals.localStorage;
});

describe('the chosen spec kept in this browser', () => {
  it('is nothing until a spec is chosen, then that spec and its file, validated again on load', () => {
    expect(loadChosenSpec(key)).toEqual({ kind: 'none' });
    expect(saveChosenSpec(key, changedSpec, '本会指标体系.xlsx')).toBe(true);
    expect(loadChosenSpec(key)).toEqual({ kind: 'spec', spec: changedSpec, file: '本会指标体系.xlsx' });
    // Each page keeps its own.
    expect(loadChosenSpec(SPEC_STORE_KEYS.check)).toEqual({ kind: 'none' });
    forgetChosenSpec(key);
    expect(loadChosenSpec(key)).toEqual({ kind: 'none' });
  });

  it('a kept spec that no longer parses (changed by hand, or by an older page) is reported unusable, never used', () => {
    store.setItem(key, JSON.stringify({ file: '旧.xlsx', spec: { ...standardSpec, indicators: [] } }));
    expect(loadChosenSpec(key)).toEqual({ kind: 'unusable', file: '旧.xlsx' });
    store.setItem(key, '{not json');
    expect(loadChosenSpec(key)).toEqual({ kind: 'unusable', file: '' });
  });

  it('a full store, or none at all (IE on file://), keeps nothing and breaks nothing', () => {
    store.full = true;
    expect(saveChosenSpec(key, changedSpec, 'a.xlsx')).toBe(false);
    delete globals.localStorage;
    expect(saveChosenSpec(key, changedSpec, 'a.xlsx')).toBe(false);
    expect(loadChosenSpec(key)).toEqual({ kind: 'none' });
    expect(() => forgetChosenSpec(key)).not.toThrow();
  });
});
