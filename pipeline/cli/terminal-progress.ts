import cliProgress from 'cli-progress';
import type { ProgressReporter } from '../../core/merge/progress.js';
import type { Effects } from './effects.js';

/**
 * Progress on the terminal: a bar when stderr is one and there are many
 * files; plain lines otherwise (logs, CI): every file for a small batch, every
 * 5% for a large one.
 */
export function terminalProgress(effects: Effects): ProgressReporter {
  return {
    start(total, label) {
      const text = effects.lang === 'en' ? label.en : label.zh;
      if (effects.isTTY && total >= 20) {
        const bar = new cliProgress.SingleBar(
          { format: `${text} [{bar}] {value}/{total} {name}`, hideCursor: true, clearOnComplete: true, stream: process.stderr },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { name: '' });
        return { tick: (name) => bar.increment(1, { name }), stop: () => bar.stop() };
      }
      let done = 0;
      const step = total <= 50 ? 1 : Math.ceil(total / 20);
      return {
        tick: (name) => {
          done++;
          if (done % step === 0 || done === total) effects.err(`${text} ${done}/${total} ${step === 1 ? name : ''}`.trimEnd());
        },
        stop: () => undefined,
      };
    },
  };
}
