import { z } from 'zod';

export interface TGroupTree {
  id: number;
  name: string;
  label: string;
  accessible: boolean;
  children: TGroupTree[];
}

export const ZGroupTree: z.ZodType<TGroupTree> = z.lazy(() =>
  z.object({
    id: z.number().int(),
    name: z.string(),
    label: z.string().describe('"Name (id)" as shown in tree selects'),
    accessible: z.boolean().describe('The caller can choose this group'),
    children: z.array(ZGroupTree),
  }),
);

z.globalRegistry.add(ZGroupTree, { id: 'GroupTree' });
