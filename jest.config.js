// ESM project: ts-jest in ESM mode (run with --experimental-vm-modules, see package.json).
// Tests are transpiled per file (isolatedModules): `npm test` type-checks the whole tree with tsc first.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.jest.json', diagnostics: { ignoreCodes: [151002] } }],
  },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testTimeout: 60000,
  // The add-in's production build, made once per run for the tests that share it (tests/support/built-addin.ts).
  globalSetup: '<rootDir>/tests/support/clear-shared-builds.js',
  // Both cores: much of the suite waits on LibreOffice, Chromium and the file system.
  maxWorkers: 2,
};
