import { z } from 'zod';
import { idSchema } from './ids';
import { nameMax, optionalText, requiredText } from './text';

export const facilityKinds = ['residential', 'day'] as const;

export const facilitySchema = z.object({
  id: idSchema,
  name: requiredText(nameMax),
  kind: z.enum(facilityKinds),
  website: z.union([z.url({ message: 'validation.invalid' }), z.literal('')]).optional(),
  address: optionalText(200),
});
export type Facility = z.infer<typeof facilitySchema>;
