import { Form } from 'antd';
import { useMemo } from 'react';
import type { GroupTree } from '../../api/types';
import { GroupChecklist } from '../../components/GroupChecklist';
import { groupProblem, rootsOf } from '../../components/group-rules';

/**
 * The learner's groups as the whole trees. An administrator with partial access sees every
 * hierarchy the learner is in, but changes only the groups they can access.
 */
export function GroupsField({ trees }: { trees: readonly GroupTree[] }) {
  const roots = useMemo(() => rootsOf(trees), [trees]);
  return (
    <Form.Item
      name="groupIds"
      extra="One group in each hierarchy: ticking another group in the same hierarchy replaces the first. Greyed-out groups are outside your access and stay as they are."
      rules={[
        {
          validator: async (_, value: number[] | undefined) => {
            const problem = groupProblem(value, roots);
            if (problem) throw new Error(problem);
          },
        },
      ]}
    >
      <GroupChecklist trees={trees} legend="Groups" required />
    </Form.Item>
  );
}
