import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, parse, print, visit, type ObjectTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';

// The deprecation policy (schema/CHANGELOG.md): a change that breaks a partner's operation — a
// field, argument, type or enum value removed, a type changed, an argument made required — fails
// CI unless the changelog acknowledges it by its path ("- Breaking: `OcopProduct.name` …"). The
// baseline (schema.baseline.graphql) is the contract partners were last promised; it moves to the
// committed schema when a release is announced.

const schemaDir = path.resolve(__dirname, '..', '..', 'schema');
const read = (file: string) => readFileSync(path.join(schemaDir, file), 'utf8');

/** The breaking changes from `previous` to `next` that `changelog` does not acknowledge. */
export async function unacknowledgedBreaks(
  previous: string,
  next: string,
  changelog: string,
): Promise<string[]> {
  const acknowledged = new Set([...changelog.matchAll(/^\s*- Breaking: `([^`]+)`/gm)].map((m) => m[1]!));
  const changes = await diff(buildSchema(previous), buildSchema(next));
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .filter((change) => !acknowledged.has(change.path ?? change.message))
    .map((change) => `${change.path ?? '(schema)'}: ${change.message}`);
}

describe('schema compatibility (deprecate, never remove without notice)', () => {
  it('the committed schema breaks nothing of the baseline that the changelog does not acknowledge', async () => {
    expect(
      await unacknowledgedBreaks(
        read('schema.baseline.graphql'),
        read('schema.graphql'),
        read('CHANGELOG.md'),
      ),
    ).toEqual([]);
  });

  it('catches a removed field, a removed enum value and a new required argument, until acknowledged', async () => {
    const baseline = read('schema.baseline.graphql');
    const probe = parse('type X { f(strict: Boolean!): Int }').definitions[0] as ObjectTypeDefinitionNode;
    const requiredArgument = probe.fields![0]!.arguments![0]!;
    // The baseline with three breaking edits, made on its syntax tree.
    const broken = print(
      visit(parse(baseline), {
        ObjectTypeDefinition(node) {
          if (node.name.value === 'OcopCertificate')
            return { ...node, fields: node.fields?.filter((f) => f.name.value !== 'certificateNumber') };
          if (node.name.value !== 'Query') return undefined;
          const fields = node.fields?.map((field) =>
            field.name.value !== 'verifyOcopCertificate'
              ? field
              : {
                  ...field,
                  arguments: [...(field.arguments ?? []), requiredArgument],
                },
          );
          return { ...node, fields };
        },
        EnumTypeDefinition(node) {
          if (node.name.value !== 'CertificateStatus') return undefined;
          return { ...node, values: node.values?.filter((v) => v.name.value !== 'REVOKED') };
        },
      }),
    );
    const breaks = await unacknowledgedBreaks(baseline, broken, read('CHANGELOG.md'));
    const paths = breaks.map((line) => line.slice(0, line.indexOf(':')));
    expect(paths).toEqual(
      expect.arrayContaining([
        'OcopCertificate.certificateNumber',
        'CertificateStatus.REVOKED',
        'Query.verifyOcopCertificate.strict',
      ]),
    );
    // Adding things is never breaking.
    const added = baseline.replace(/^type Query \{\n/m, 'type Query {\n  """New."""\n  somethingNew: Int\n');
    expect(await unacknowledgedBreaks(baseline, added, '')).toEqual([]);
    // Acknowledged by path in the changelog: accepted.
    const changelog = paths.map((p) => `- Breaking: \`${p}\` announced 6 months ago.`).join('\n');
    expect(await unacknowledgedBreaks(baseline, broken, changelog)).toEqual([]);
  });
});
