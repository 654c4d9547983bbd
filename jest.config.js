/** Jest runs the TypeScript sources through ts-jest; one real Neo4j is started for the whole run. */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  // Integration tests share one Neo4j and some own global state (seeds, graph-wide stats): one file at a time,
  // for `npx jest` as for `npm test` (--runInBand).
  maxWorkers: 1,
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: { warnOnly: false } }] },
};
