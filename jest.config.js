// One jest run, four projects: unit (pure, no database: *.spec.ts), web (the dashboard's pure
// modules, no DOM: web/src/**/*.spec.ts), api (integration against real PostgreSQL: *.int.spec.ts),
// e2e (the built server over HTTP). Browser tests have their own config.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
// openid-client and its two dependencies ship ESM only; the built api loads them with Node's
// require(esm), which jest's module loader lacks, so jest compiles them to CommonJS instead.
const ESM_ONLY = 'openid-client|oauth4webapi|jose';
const swcJs = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } },
];
const common = {
  transform: { '^.+\\.ts$': swc, [`/node_modules/(${ESM_ONLY})/.+\\.js$`]: swcJs },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY})/)`],
  moduleNameMapper: { '^@frameledger/analytics$': '<rootDir>/analytics/src/index.ts' },
  rootDir: __dirname,
  testEnvironment: 'node',
};
module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{analytics,api,seeds}/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '\\.int\\.spec\\.ts$'],
    },
    {
      ...common,
      displayName: 'web',
      testMatch: ['<rootDir>/web/src/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'api',
      testMatch: ['<rootDir>/{api,seeds}/**/*.int.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
  testTimeout: 60000,
};
