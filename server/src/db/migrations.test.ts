// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { migrations } from './migrations';

describe('migrations', () => {
  // migrate() applies every version it has not recorded, in list order: gaps are fine, but a
  // version out of order or twice would apply a change before the one it builds on.
  it('strictly increase in version', () => {
    const versions = migrations.map((migration) => migration.version);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
  });
});
