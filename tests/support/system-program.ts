import { execFileSync } from 'node:child_process';

/**
 * Tests that drive a system program (Chromium, LibreOffice) call this first.
 * Without the program: outside CI the test is named as skipped with the Debian
 * package that would run it; under CI=true a skip is a failure.
 */
export function findSystemProgram(command: string, debianPackage: string, testName: string): string | undefined {
  let path: string | undefined;
  try {
    path = execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    path = undefined;
  }
  if (path) return path;
  const message = `SKIPPED: "${testName}" needs ${command} (apt-get install ${debianPackage})`;
  if (process.env.CI === 'true') throw new Error(`${message}; under CI=true a skip is a failure`);
  process.stderr.write(`${message}\n`);
  return undefined;
}
