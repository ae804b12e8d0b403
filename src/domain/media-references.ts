// Which media files a record names. Records refer to photos, recordings and pictogram SVGs only
// by hash, always through `mediaHashSchema`; so the schema itself says where hashes are, and
// this walks a record along its table's schema collecting them. No list of "media fields" to
// keep up to date: a new field typed `mediaHashSchema` is found the day it is added.
import type { z } from 'zod';
import { mediaHashSchema } from './ids';
import { schemaOf, type SyncedTableName } from './table-registry';

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: readonly z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  valueType?: z.ZodType;
  items?: readonly z.ZodType[];
  getter?: () => z.ZodType;
}

const hashPattern = /^[0-9a-f]{64}$/;

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

function collect(schema: z.ZodType, value: unknown, found: Set<string>): void {
  if (value === undefined || value === null) return;
  if (schema === mediaHashSchema) {
    if (typeof value === 'string' && hashPattern.test(value)) found.add(value);
    return;
  }
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      if (typeof value !== 'object') return;
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        collect(field, (value as Record<string, unknown>)[key], found);
      }
      return;
    case 'array':
      if (Array.isArray(value)) for (const item of value) collect(def.element!, item, found);
      return;
    case 'tuple':
      if (Array.isArray(value)) def.items?.forEach((item, i) => collect(item, value[i], found));
      return;
    case 'record':
      if (typeof value === 'object') for (const item of Object.values(value)) collect(def.valueType!, item, found);
      return;
    // A value matches one option of a union; walking all of them finds the same hashes, and
    // the pattern check keeps a plain string in another option from counting.
    case 'union':
      for (const option of def.options ?? []) collect(option, value, found);
      return;
    case 'intersection':
      collect(def.left!, value, found);
      collect(def.right!, value, found);
      return;
    case 'pipe':
      collect(def.in!, value, found);
      return;
    case 'lazy':
      collect(def.getter!(), value, found);
      return;
    default:
      if (def.innerType) collect(def.innerType, value, found);
  }
}

/** The media hashes a record of `table` names (photos, recordings, stored pictogram SVGs). */
export function mediaHashesOf(table: SyncedTableName, record: Record<string, unknown>): string[] {
  const found = new Set<string>();
  collect(schemaOf(table), record, found);
  return [...found];
}
