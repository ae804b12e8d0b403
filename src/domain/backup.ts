import { z } from 'zod';
import { mediaHashSchema } from './ids';
import { backupTableNames, missingInOldBackups, type BackupTableName } from './table-registry';

export const backupFormat = 'raadet-backup';
export const backupVersion = 1;

export const backupMediaSchema = z.object({
  hash: mediaHashSchema,
  mime: z.string().min(1).max(100),
  /** The file's bytes, base64. A backup is a file, so text is fine here. */
  data: z.string(),
  /** Recordings: the part of the file that holds speech, in seconds (optional, added later). */
  trim: z.object({ start: z.number().min(0), end: z.number().min(0) }).optional(),
});

/** The envelope: checked first, so a foreign or newer file is told apart from a corrupt one. */
export const backupEnvelopeSchema = z.object({
  format: z.literal(backupFormat),
  version: z.number().int().positive(),
});

export const backupSchema = backupEnvelopeSchema.extend({
  version: z.literal(backupVersion),
  exportedAt: z.string(),
  tables: z.object(
    Object.fromEntries(
      backupTableNames.map((name) => {
        const rows = z.array(z.record(z.string(), z.unknown()));
        return [name, missingInOldBackups(name) ? rows.default([]) : rows];
      }),
    ) as Record<BackupTableName, z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>,
  ),
  // Files written before issue 14 also hold `plainTables`: the secret ballots and evaluation
  // answers themselves. They are never read back (see storage/backup-file.ts), so a file can
  // neither add ballots to a vote nor link voters to choices; only their number is counted.
  plainTables: z.record(z.string(), z.array(z.unknown())).optional(),
  media: z.array(backupMediaSchema),
});
export type Backup = z.infer<typeof backupSchema>;
