// `npm run test:faults`: faults injected into real processes (a worker killed mid-job, PostgreSQL
// stopped under writes, SIGTERM under load, an api and a worker on separate folders sharing an
// S3 bucket). Kept out of the main jest projects: it has its own
// budget in .ci/run, and its suites run one at a time so their processes do not share the cores.
const base = require('../../jest.config.js');
const api = base.projects.find((p) => p.displayName === 'api');
module.exports = {
  ...api,
  displayName: 'faults',
  rootDir: require('node:path').resolve(__dirname, '../..'),
  testMatch: ['<rootDir>/test/faults/**/*.spec.ts'],
  testTimeout: 180000,
  maxWorkers: 1,
};
