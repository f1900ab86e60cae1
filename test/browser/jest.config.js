// Browser tests: the built server started once (support/global-setup.ts), Debian's Chromium driven
// by playwright-core. Run with `npm run test:browser`, which builds first.
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
module.exports = {
  rootDir: root,
  displayName: 'browser',
  testMatch: ['<rootDir>/test/browser/**/*.browser.spec.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  moduleNameMapper: { '^@frameledger/analytics$': '<rootDir>/analytics/src/index.ts' },
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/browser/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/browser/support/global-teardown.ts',
  // One server, one Chromium at a time: the machine has two cores and others test on it too.
  maxWorkers: 1,
  testTimeout: 120000,
};
