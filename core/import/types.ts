import type { SessionKind, EditorStateJson } from '../model/session';

/** Where a file came from and how it was read. */
export interface ImportSource {
  /** The file name as the user knows it ("pycon-2013-notes.txt"). */
  name: string;
  /** 'markdown' for .md/.markdown files, 'text' for everything else. */
  format: 'markdown' | 'text';
}

/** What the caller knows before reading: given by the user in the preview or on the command line. */
export interface ImportOptions {
  /** Conference name; wins over anything found in the file. */
  conferenceName?: string;
  /** Conference day (YYYY-MM-DD) that hand-written times without a date fall on. */
  date?: string;
  /** IANA time zone that hand-written times are read in. */
  timeZone?: string;
  /** A day to use only when neither `date` nor the file gives one (the start of a chosen conference). */
  defaultDate?: string;
  /**
   * The asset an `![alt](src)` line of a markdown file stands for, found by
   * the caller before planning (main reads local files beside the notes), or
   * null to keep the line as text. Without it every image line stays text.
   */
  imageAsset?: (src: string, altText: string) => string | null;
}

/** The conference the imported sessions belong to, as far as the file and the caller say. */
export interface PlannedConference {
  name: string;
  /** Where the name came from, so a preview can say "from the file name". */
  nameFrom: 'caller' | 'front matter' | 'text' | 'file name';
  startDate: string | null;
  endDate: string | null;
  timeZone: string;
  /** True when no zone was given or found and `timeZone` is a fallback. */
  timeZoneAssumed: boolean;
  tags: string[];
}

/** One session the import would create. Nothing is written until the caller stores it. */
export interface PlannedSession {
  title: string;
  speakers: string[];
  tags: string[];
  kind: SessionKind;
  /** Conference day of the session (YYYY-MM-DD), when known. */
  date: string | null;
  /** The first stamp of the session (epoch ms), when the notes carry times. */
  actualStart: number | null;
  /** The document, with a stamp on each block whose time was written by hand. */
  document: EditorStateJson;
  /** The section as markdown (stamps removed), as it went into the document. */
  markdown: string;
  /** SHA-256 (hex) of the normalised source section: the same text imported twice has the same hash. */
  sourceHash: string;
  /** 1-based line range of the section in the source file. */
  fromLine: number;
  toLine: number;
  /** Every stamp placed in the document, in document order. */
  stamps: number[];
}

export type LeftOutReason =
  | 'share buttons'
  | 'comment form'
  | 'blog chrome'
  | 'sign-off';

/** Text the importer left out as page debris; listed so the user can keep it. */
export interface LeftOutPiece {
  text: string;
  reason: LeftOutReason;
  fromLine: number;
  toLine: number;
  /** Index into `sessions` that the piece would be appended to if kept. */
  sessionIndex: number;
}

export interface ImportPlan {
  source: ImportSource;
  conference: PlannedConference;
  sessions: PlannedSession[];
  leftOut: LeftOutPiece[];
  /** Things the user should know before importing: assumed zone, times that could not be placed. */
  warnings: string[];
}

export { type SessionKind };
