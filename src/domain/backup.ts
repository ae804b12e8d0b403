import { z } from 'zod';
import { mediaHashSchema } from './ids';

export const backupFormat = 'raadet-backup';
export const backupVersion = 1;

export const backupTableNames = [
  'facilities',
  'councils',
  'members',
  'meetings',
  'agendaItems',
  'decisions',
  'attendance',
  'votes',
  'ballots',
  'pictogramUsage',
  'evaluations',
  'hasVoted',
  'elections',
  'candidates',
] as const;
export type BackupTableName = (typeof backupTableNames)[number];

/** Tables added after the first backups were written: older files simply lack them. */
const laterTables: readonly BackupTableName[] = [
  'pictogramUsage',
  'evaluations',
  'hasVoted',
  'elections',
  'candidates',
];

/**
 * Rows kept without sync stamps on purpose (secret ballots, anonymous evaluation answers):
 * they are immutable, so a restore only adds the ones that are missing.
 */
export const backupPlainTableNames = ['secretBallots', 'evaluationAnswers'] as const;
export type BackupPlainTableName = (typeof backupPlainTableNames)[number];

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
        return [name, laterTables.includes(name) ? rows.default([]) : rows];
      }),
    ) as Record<BackupTableName, z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>,
  ),
  plainTables: z
    .object(
      Object.fromEntries(
        backupPlainTableNames.map((name) => [name, z.array(z.record(z.string(), z.unknown())).default([])]),
      ) as Record<BackupPlainTableName, z.ZodDefault<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>>,
    )
    .default({ secretBallots: [], evaluationAnswers: [] }),
  media: z.array(backupMediaSchema),
});
export type Backup = z.infer<typeof backupSchema>;
