/**
 * A schedule that cannot be imported. The message names the file and, where
 * it can, the line or the field, and says what to do; nothing of the file is
 * imported.
 */
export class ScheduleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScheduleError';
  }
}

/** "schedule.json, line 3, column 7" from a character offset into the text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** JSON.parse with a message that names the file and the line of the first error. */
export function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const lineMatch = /line (\d+) column (\d+)/.exec(message);
    let where = '';
    if (lineMatch) where = `, line ${lineMatch[1]}, column ${lineMatch[2]}`;
    else if (position) {
      const { line, column } = lineAndColumn(text, Number(position[1]));
      where = `, line ${line}, column ${column}`;
    }
    const reason = message.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
    throw new ScheduleError(`${source} is not valid JSON${where}: ${reason}. Check that the file was saved whole.`);
  }
}
