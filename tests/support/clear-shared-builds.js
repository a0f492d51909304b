import { rmSync } from 'node:fs';
import { join } from 'node:path';

/** Jest's globalSetup: each test run builds the add-in afresh, once, for every test that needs it (see built-addin.ts). */
export default function clearSharedBuilds() {
  rmSync(join(process.cwd(), 'tests/.tmp/shared-addin-build'), { recursive: true, force: true });
}
