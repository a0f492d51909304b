/// <reference types="office-js" />
import type { HighlightStore } from '../excel/index.js';

const KEY = 'unionStats.highlights';

/**
 * The highlight memory in the workbook's add-in settings (Office common API,
 * Excel 2013+), so a pane opened later, even after saving and reopening the
 * file, still knows which fills are ours to clear.
 */
export function documentSettingsStore(settings: Office.Settings): HighlightStore {
  return {
    load: () => (settings.get(KEY) as ReturnType<HighlightStore['load']>) ?? undefined,
    save: (data) => {
      if (Object.keys(data).length === 0) settings.remove(KEY);
      else settings.set(KEY, data);
      // Best effort: a failed save only means a later pane cannot clear these fills.
      settings.saveAsync(() => undefined);
    },
  };
}
