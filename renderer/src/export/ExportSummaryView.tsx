import type { FileOutcome } from '../../../core/export/outcomes';
import type { ExportWriteResult } from '../../../core/ipc/channels/export';

function outcomeText(file: FileOutcome): string {
  switch (file.outcome) {
    case 'written':
      return file.writtenPath ? `written beside it as ${file.writtenPath}` : 'written';
    case 'unchanged':
      return file.writtenPath ? `unchanged (beside it as ${file.writtenPath})` : 'unchanged';
    case 'skipped':
      return `skipped: ${file.reason ?? 'refused'}`;
    case 'conflict':
      return 'left alone: changed outside Plenary';
  }
}

/** What an export did: the counts, then each file, then archive files that could not be read. */
export function ExportSummaryView({ result }: { result: ExportWriteResult }) {
  const { summary } = result;
  return (
    <>
      <p className="export-summary" role="status">
        {summary.written} written · {summary.unchanged} unchanged · {summary.skipped + summary.conflict} skipped
      </p>
      <ul className="export-files" aria-label="Files">
        {result.files.map((file) => (
          <li key={file.path} className={`export-file export-file-${file.outcome}`}>
            <code>{file.path}</code> {outcomeText(file)}
          </li>
        ))}
      </ul>
      {result.problems.length > 0 && (
        <div className="export-problems" role="alert">
          <p>
            These archive files could not be read, so their sessions are not in the posts. Open Plenary&apos;s archive folder and repair or
            remove them:
          </p>
          <ul>
            {result.problems.map((problem) => (
              <li key={problem.file}>
                <code>{problem.file}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
