import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the test suites, from the committed contract, as the portal makes its own
// (portal/codegen.ts). The output in src/gql/ is generated before every type check, build and run
// (`pnpm run codegen`), and not committed.
//
// Only `gql(…)` calls are documents: the suites also send raw strings on purpose (malformed,
// invalid or over-limit documents for the abuse tests), which no generator may validate, and the
// shared platform's untyped `graphql(…)` helper stays a plain function.
//
// documentMode 'string': a document is the string the client posts (TypedDocumentString), so the
// tests need no parsed AST at run time and no graphql-js of their own (vitest.config.mts, the
// one-copy alias).
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  pluckConfig: { globalGqlIdentifierName: ['gql'] },
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { gqlTagName: 'gql', fragmentMasking: false },
      config: {
        documentMode: 'string',
        // JSON (the audit log's before/after) is any shape: the assertions that read it check it. Vnd
        // is answered as a JSON number (a string only beyond 2^53, which no amount reaches) and
        // accepted as a number or a string.
        scalars: {
          Date: 'string',
          Vnd: { input: 'number | string', output: 'number' },
          DateTimeISO: 'string',
          JSON: 'any',
        },
        enumsAsTypes: true,
        useTypeImports: true,
        // A nullable field of an answer is there as null, never missing: `T | null`, not `T?`
        // (variables and inputs stay optional).
        avoidOptionals: { field: true },
      },
    },
  },
};

export default config;
