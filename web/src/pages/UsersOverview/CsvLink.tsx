import { DownloadOutlined } from '@ant-design/icons';

/** A link that downloads a report as a CSV file. */
export function CsvLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} download>
      <DownloadOutlined aria-hidden="true" /> {children}
    </a>
  );
}
