import { z } from 'zod';
import { zId } from '../../platform/api-schemas.js';

export interface TGroupTree {
  id: number;
  name: string;
  label: string;
  accessible: boolean;
  version: number;
  children: TGroupTree[];
}

export const ZGroupTree: z.ZodType<TGroupTree> = z.lazy(() =>
  z.object({
    id: z.number().int(),
    name: z.string(),
    label: z.string().describe('"Name (id)" as shown in tree selects'),
    accessible: z.boolean().describe('The caller can choose this group'),
    version: z.number().int().describe('Send it back to PATCH /groups/{id}'),
    children: z.array(ZGroupTree),
  }),
);

z.globalRegistry.add(ZGroupTree, { id: 'GroupTree' });

const ZName = z
  .string('Enter a name.')
  .trim()
  .min(1, 'Enter a name.')
  .max(100, 'A group name can be at most 100 characters long.');

export const ZCreateGroupRequest = z.object({
  name: ZName,
  parentId: zId('Choose the parent group from the list.')
    .nullish()
    .describe('The group to add it under; left out or null: a new root hierarchy'),
});
export type TCreateGroupRequest = z.infer<typeof ZCreateGroupRequest>;

export const ZUpdateGroupRequest = z.object({
  version: z.number('Send the version you read.').int().min(1).max(2_147_483_647),
  name: ZName.optional(),
  parentId: zId('Choose the parent group from the list.')
    .optional()
    .describe('Move under this group of the same hierarchy'),
});
export type TUpdateGroupRequest = z.infer<typeof ZUpdateGroupRequest>;

export const ZGroup = z
  .object({
    id: z.number().int(),
    name: z.string(),
    label: z.string().describe('"Name (id)"'),
    parentId: z.number().int().nullable(),
    rootId: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'Group' });
export type TGroup = z.infer<typeof ZGroup>;
