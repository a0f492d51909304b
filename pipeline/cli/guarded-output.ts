import { messageFor } from '../../core/messages/catalog.js';
import { fillPlaceholders } from '../../core/messages/render-text.js';
import { CliError, EXIT } from './cli-error.js';

/** The part of a writable stream the guard uses: process.stdout, or a stand-in in tests. */
export interface OutputStream {
  write(text: string): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * A line writer for stdout that ends quietly when the reader goes away
 * (`unionstat cells … | head -1`: EPIPE), dropping what is left, so the
 * command finishes with its usual exit code; any other write error (a full
 * disk, ENOSPC) becomes a CliError with one line of the catalog's words and
 * exit 1 — never Node's "Unhandled 'error' event" and its stack. Errors come
 * either thrown by write (files) or as an 'error' event (pipes): both meet the
 * same guard; one arriving as an event is reported by `onLateFailure`.
 */
export function guardedOutput(stream: OutputStream, onLateFailure: (error: CliError) => void): (line: string) => void {
  let closed = false;
  let failed = false;
  const failure = (error: NodeJS.ErrnoException): CliError | undefined => {
    if (error?.code === 'EPIPE') {
      closed = true;
      return undefined;
    }
    closed = true;
    if (failed) return undefined;
    failed = true;
    return outputError(error?.code);
  };
  stream.on('error', (error) => {
    const cliError = failure(error);
    if (cliError) onLateFailure(cliError);
  });
  return (line) => {
    if (closed) return;
    try {
      stream.write(`${line}\n`);
    } catch (error) {
      const cliError = failure(error as NodeJS.ErrnoException);
      if (cliError) throw cliError;
    }
  };
}

/** "Could not write" in the catalog's words (disk full, or the system's error code), on one line. */
export function outputError(code: string | undefined): CliError {
  const entry = messageFor(code === 'ENOSPC' ? 'cli.output-disk-full' : 'cli.output-write-failed');
  const text = (locale: 'zh' | 'en') => fillPlaceholders(`${entry.message[locale]}${locale === 'zh' ? '' : ' '}${entry.hint[locale]}`, { errno: code ?? 'EIO' });
  return new CliError(text('zh'), text('en'), EXIT.hardIssues);
}
