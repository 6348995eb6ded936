import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../domain/password-policy.js';

export const ZPasswordResetRequest = z.object({
  tenant: z.string().trim().min(1, 'Enter your organisation.').max(100),
  username: z.string().trim().min(1, 'Enter your username or email.').max(320),
});

export const ZPasswordResetConfirm = z.object({
  token: z.string().trim().min(20, 'The reset link is incomplete.').max(200),
  password: z.string().min(1, 'Enter a new password.').max(PASSWORD_MAX_LENGTH),
});
