import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the api's committed schema. `documentMode: 'string'` emits each document
// as a typed string, so the browser needs no GraphQL parser at run time.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { MinorUnits: 'string' },
      },
    },
  },
};

export default config;
