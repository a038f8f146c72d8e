import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChangelog } from './Changelog';

describe('the schema changelog as the developers page reads it', () => {
  it('reads days, items and their continuation lines', () => {
    const { intro, entries } = parseChangelog(
      '# T\n\nPolicy one\nline two.\n\n## 2026-12-02\n\n- First `a`\n  continued.\n- Second\n\n## 2026-11-28\n\n- Old\n',
    );
    expect(intro).toEqual(['Policy one line two.']);
    expect(entries).toEqual([
      { heading: '2026-12-02', items: ['First `a` continued.', 'Second'] },
      { heading: '2026-11-28', items: ['Old'] },
    ]);
  });

  it('reads schema/CHANGELOG.md: days newest first, none empty', () => {
    const markdown = readFileSync(path.join(__dirname, '../../../../schema/CHANGELOG.md'), 'utf8');
    const { entries } = parseChangelog(markdown);
    const days = entries.map((entry) => entry.heading);
    expect(days.length).toBeGreaterThan(1);
    expect(days.every((day) => /^\d{4}-\d{2}-\d{2}$/.test(day))).toBe(true);
    expect([...days].sort().reverse()).toEqual(days);
    expect(entries.every((entry) => entry.items.length > 0)).toBe(true);
  });
});
