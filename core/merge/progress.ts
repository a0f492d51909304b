import type { LocalizedText } from '../spec/template-spec.js';

/** Counts one stage of work (a file read); `stop` ends the stage. */
export interface ProgressTicker {
  tick(name: string): void;
  stop(): void;
}

/**
 * How a shell shows progress, passed in to what reads: the CLI draws a bar or
 * prints lines, the page moves its progress bar.
 */
export interface ProgressReporter {
  start(total: number, label: LocalizedText): ProgressTicker;
}

/** Progress nobody watches (tests, the add-in's first cut). */
export const silentProgress: ProgressReporter = { start: () => ({ tick: () => undefined, stop: () => undefined }) };
