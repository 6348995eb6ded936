import { Alert, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import type { BulkActionFilter, BulkActionName } from '../../api/bulk-actions';
import { BulkActionDialog } from '../../components/BulkAction/BulkActionDialog';
import {
  BULK_ACTION_NAMES,
  bulkActionLabels,
  usersCount,
} from '../../components/BulkAction/bulk-action-labels';
import type { RowChoice } from '../../components/BulkAction/use-row-choice';

interface Props {
  choice: RowChoice;
  /** Every user the filters match, when the whole result is chosen instead of ticked rows. */
  allMatching: BulkActionFilter | null;
  onChooseAll: (all: boolean) => void;
  /** How many users the filters match. */
  total: number;
  filterGroupIds: number[];
}

/** Above the Users grid: choose users, then one action for all of them. */
export function UsersBulkBar({ choice, allMatching, onChooseAll, total, filterGroupIds }: Props) {
  const [action, setAction] = useState<BulkActionName | null>(null);
  const clear = () => {
    onChooseAll(false);
    choice.clear();
  };
  if (choice.ids.length === 0 && !allMatching)
    return (
      <div style={{ marginBottom: 8 }}>
        <Button type="link" onClick={choice.choosePage} disabled={total === 0}>
          Choose every user on this page
        </Button>
      </div>
    );
  const count = allMatching ? total : choice.ids.length;
  return (
    <Alert
      type="info"
      style={{ marginBottom: 16 }}
      data-testid="users-bulk-bar"
      title={
        <Space wrap>
          <Typography.Text strong>{usersCount(count)} chosen</Typography.Text>
          {!allMatching && choice.pageChosen && total > choice.ids.length && (
            <Button type="link" onClick={() => onChooseAll(true)}>
              Choose all {usersCount(total)} that match the filters
            </Button>
          )}
          {!allMatching && !choice.pageChosen && (
            <Button type="link" onClick={choice.choosePage}>
              Choose every user on this page
            </Button>
          )}
          <Button type="link" onClick={clear}>
            Clear the choice
          </Button>
        </Space>
      }
      description={
        <Space wrap role="group" aria-label="Actions for the chosen users">
          {BULK_ACTION_NAMES.map((name) => (
            <Button key={name} danger={name === 'archive'} onClick={() => setAction(name)}>
              {bulkActionLabels[name].button}
            </Button>
          ))}
          {action && (
            <BulkActionDialog
              action={action}
              target={allMatching ? { filter: allMatching } : { userIds: choice.ids }}
              count={count}
              groupIds={allMatching ? filterGroupIds : choice.groupIds}
              onClose={() => {
                setAction(null);
                clear();
              }}
            />
          )}
        </Space>
      }
    />
  );
}
