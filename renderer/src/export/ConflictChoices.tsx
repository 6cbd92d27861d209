import type { ConflictResolution, PlannedFile } from '../../../core/export/outcomes';

const resolutionLabels: Record<ConflictResolution, string> = {
  overwrite: "Overwrite with Plenary's version",
  keep: 'Keep theirs',
  beside: 'Write beside it',
};

interface ConflictChoicesProps {
  conflicts: readonly PlannedFile[];
  resolutions: Record<string, ConflictResolution>;
  onChange: (path: string, resolution: ConflictResolution) => void;
}

/** One choice per post that was changed outside Plenary since Plenary last wrote it. */
export function ConflictChoices({ conflicts, resolutions, onChange }: ConflictChoicesProps) {
  return (
    <ul className="export-conflicts">
      {conflicts.map((file, index) => (
        <li key={file.path}>
          <fieldset className="export-fieldset">
            <legend>
              <code>{file.path}</code> <span className="export-conflict-title">({file.title})</span>
            </legend>
            <div className="export-resolutions">
              {(Object.keys(resolutionLabels) as ConflictResolution[]).map((resolution) => (
                <label key={resolution} className="field-checkbox">
                  <input
                    type="radio"
                    name={`conflict-${index}`}
                    value={resolution}
                    checked={resolutions[file.path] === resolution}
                    onChange={() => onChange(file.path, resolution)}
                  />
                  {resolutionLabels[resolution]}
                </label>
              ))}
            </div>
          </fieldset>
        </li>
      ))}
    </ul>
  );
}
