// `npm run test:fuzz`: the seeded fuzz of every GraphQL operation against the real server and
// database (kept out of the main jest projects: it has its own budget in .ci/run).
const base = require('../../jest.config.js');
const api = base.projects.find((p) => p.displayName === 'api');
module.exports = {
  ...api,
  displayName: 'fuzz',
  rootDir: require('node:path').resolve(__dirname, '../..'),
  testMatch: ['<rootDir>/test/fuzz/**/*.fuzz.spec.ts'],
  testTimeout: 600000,
};
