import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { exportHref, useAccessCodes } from '../../api/access-codes';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { AccessCodesFilters } from './AccessCodesFilters';
import { AccessCodesTable } from './AccessCodesTable';
import { filtersFrom, paramsFrom, queryFrom, type SearchState } from './access-codes-search';
import { GenerateAccessCodesModal } from './GenerateAccessCodesModal';
import { SelectedCodeActions } from './SelectedCodeActions';

/** The Access codes tile: filter, sort and page the codes, export them, generate more. */
export function AccessCodesPage() {
  usePageTitle('Access codes');
  const [params, setParams] = useSearchParams();
  const [generating, setGenerating] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const key = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the string form of the address is the identity of the view.
  const query = useMemo(() => queryFrom(params), [key]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: as above.
  const filters = useMemo(() => filtersFrom(params), [key]);
  const codes = useAccessCodes(query);

  const go = (state: SearchState) => setParams(paramsFrom(state));

  return (
    <>
      <PageHeading title="Access codes" />
      <AccessCodesFilters
        value={filters}
        onSearch={(next) => go({ ...next, sort: query.sort, order: query.order })}
        onReset={() => go({})}
      />
      {codes.isError && (
        <Alert type="error" showIcon title={codes.error.message} style={{ marginBottom: 16 }} />
      )}
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Space wrap align="start">
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden="true" />}
            onClick={() => setGenerating(true)}
          >
            Generate
          </Button>
          <SelectedCodeActions selected={selected} onDone={() => setSelected([])} />
        </Space>
        <a href={exportHref({ ...filters, sort: query.sort, order: query.order })} download>
          <DownloadOutlined aria-hidden="true" /> Export to CSV
        </a>
      </Flex>
      <AccessCodesTable
        query={query}
        data={codes.data}
        loading={codes.isFetching}
        onChange={(change) => go({ ...filters, ...change })}
        selected={selected}
        onSelect={setSelected}
      />
      <GenerateAccessCodesModal open={generating} onClose={() => setGenerating(false)} />
    </>
  );
}
