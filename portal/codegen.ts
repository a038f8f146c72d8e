import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the portal, from the committed contract (the portal never imports server
// code). The output in src/gql/ is generated on every build and test, and not committed.
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        scalars: { Date: 'string', Vnd: 'number | string', DateTimeISO: 'string', JSON: 'unknown' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
