import { z } from 'zod';

export const ZUnlockLinkRequest = z.object({
  tenant: z.string().trim().min(1, 'Enter your organisation.').max(100),
  username: z.string().trim().min(1, 'Enter your username or email.').max(320),
});

export const ZUnlockWithLink = z.object({
  token: z.string().trim().min(20, 'The unlock link is incomplete.').max(200),
});

export const ZSupportUnlockRequest = ZUnlockLinkRequest.describe(
  'The organisation (slug) and the username or email of the account to unlock',
);
