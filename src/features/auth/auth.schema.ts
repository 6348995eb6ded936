import { z } from 'zod';
import { ZAdminRole, ZUserType } from '../../platform/api-enums.js';

export const ZSignInRequest = z.object({
  tenant: z.string().trim().min(1, 'Enter your organisation.').max(100),
  username: z.string().trim().min(1, 'Enter your username or email.').max(320),
  password: z.string().min(1, 'Enter your password.').max(1000),
});
export type TSignInRequest = z.infer<typeof ZSignInRequest>;

export const ZSessionResponse = z.object({
  user: z.object({
    id: z.number().int(),
    type: ZUserType,
    adminRole: ZAdminRole.nullable(),
    firstName: z.string(),
    surname: z.string(),
    email: z.string().nullable(),
  }),
  tenant: z.object({ slug: z.string(), name: z.string() }),
  csrfToken: z.string().nullable(),
});
