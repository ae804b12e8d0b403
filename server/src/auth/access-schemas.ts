// Requests and answers of the setup, enrolment and device routes. Bodies are strict: an unknown
// field is refused, not ignored. Names are shown to staff, so they are short and plain text.
import { z } from 'zod';
import { deviceRoles } from './devices';

const nameSchema = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters');
const codeSchema = z.string().trim().min(1).max(100);
const roleSchema = z.enum(deviceRoles);

export const setupRequestSchema = z.strictObject({
  code: codeSchema,
  facilityName: nameSchema(120),
  deviceName: nameSchema(80),
});

export const enrolmentCodeRequestSchema = z.strictObject({
  role: roleSchema,
  /** Suggested name for the new device; the device may still name itself when it enrols. */
  deviceName: nameSchema(80).optional(),
});

export const enrolmentCodeResponseSchema = z.object({ code: z.string(), expiresAt: z.iso.datetime() });

export const enrolRequestSchema = z.strictObject({
  code: codeSchema,
  /** Required unless the code carries a name. */
  deviceName: nameSchema(80).optional(),
});

const deviceSchema = z.object({ id: z.uuid(), name: z.string(), role: roleSchema });
const spaceSchema = z.object({ id: z.uuid(), name: z.string() });

export const enrolledResponseSchema = z.object({ token: z.string(), device: deviceSchema, space: spaceSchema });

export const meResponseSchema = z.object({ device: deviceSchema, space: spaceSchema });

const deviceListingSchema = deviceSchema.extend({
  createdAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  lastSeenAt: z.iso.datetime().nullable(),
});

export const deviceListResponseSchema = z.object({ devices: z.array(deviceListingSchema) });

export const deviceParamsSchema = z.strictObject({ id: z.uuid() });

export const revokeResponseSchema = z.object({ device: deviceListingSchema });
