import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { getMetadataStorage } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { createLoaders, MODULES, RESOLVERS } from '../src/modules';

const MODULES_DIR = path.resolve(__dirname, '..', 'src', 'modules');

/** Creating loaders must not touch the database: any use of this one throws. */
const UNTOUCHABLE = new Proxy(
  {},
  {
    get(_target, property) {
      throw new Error(`the database was used (${String(property)}) while loaders were created`);
    },
  },
) as EntityManager;

function duplicates<T>(items: readonly T[]): T[] {
  return items.filter((item, index) => items.indexOf(item) !== index);
}

describe('the module manifests (modules/index.ts)', () => {
  it('register every resolver class written under src/modules, each once', async () => {
    const files = readdirSync(MODULES_DIR, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.resolver.ts'),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) await import(path.join(MODULES_DIR, file));

    const declared = getMetadataStorage().resolverClasses.map((resolver) => resolver.target);
    const registered: readonly unknown[] = RESOLVERS;
    expect(declared.filter((target) => !registered.includes(target)).map((target) => target.name)).toEqual(
      [],
    );
    expect(duplicates(RESOLVERS).map((target) => target.name)).toEqual([]);
  });

  it('name each loader once, so that no module replaces another module’s loader', () => {
    const names = MODULES.flatMap((module) =>
      'loaders' in module ? Object.keys(module.loaders(UNTOUCHABLE)) : [],
    );
    expect(names).toContain('unitById');
    expect(duplicates(names)).toEqual([]);
    expect(Object.keys(createLoaders(UNTOUCHABLE)).sort()).toEqual([...names].sort());
  });

  it('give every request loaders of its own, created without SQL', () => {
    const first = createLoaders(UNTOUCHABLE);
    const second = createLoaders(UNTOUCHABLE);
    expect(second.unitById).not.toBe(first.unitById);
    expect(second.ocopProductById).not.toBe(first.ocopProductById);
  });
});
