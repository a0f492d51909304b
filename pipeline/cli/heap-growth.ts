import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets a heap grow past what its last full collection kept, in
 * percent. By default V8 picks up to 4× when collections are fast, and a
 * national merge's main thread, whose live data is ~40-60 MiB, sat on ~155 MiB
 * of heap, mostly garbage from building the outputs, while the workbook thread
 * did the same. At 1.5× the merge's peak RSS fell from ~365 to ~290 MiB at
 * 3,000 files (bench), with no measurable cost in time; a city's heaps are too
 * small for it to matter.
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Sets the growth for this process's heaps (the main thread's and every worker
 * thread's: V8 flags are per process). Called first thing by the CLI's entry,
 * before the heaps have grown. A V8 without the flag would say so on stderr at
 * every run: the process tests fail on any such line, so a Node upgrade that
 * drops it is caught there.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
