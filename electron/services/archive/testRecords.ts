import type { ArchiveRecord } from '../../../core/model/archiveRecord';
import { emptyEditorState } from '../../../core/model/session';

/** Small valid records for the archive tests and the bench. */
export function conferenceRecord(id: string, revision = 1, deleted?: boolean): ArchiveRecord {
  return {
    kind: 'conference',
    conference: {
      id,
      name: `Conference ${id}`,
      location: 'Berlin',
      startDate: '2026-03-10',
      endDate: '2026-03-12',
      timeZone: 'Europe/Berlin',
      url: '',
      tags: [],
      revision,
      updatedAt: 1_700_000_000_000 + revision,
      ...(deleted === undefined ? {} : { deleted }),
    },
  };
}

export function sessionRecord(id: string, revision = 1, options: { deleted?: boolean; text?: string } = {}): ArchiveRecord {
  const content = emptyEditorState();
  if (options.text !== undefined) {
    content.root.children = [
      {
        type: 'paragraph',
        $: { stamp: 1_700_000_000_000 },
        children: [{ type: 'text', text: options.text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
        direction: null,
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        textStyle: '',
      },
    ];
  }
  return {
    kind: 'session',
    record: {
      session: {
        id,
        conferenceId: 'conf-1',
        title: `Session ${id}`,
        speakers: ['Ada Lovelace'],
        room: 'Hall A',
        track: '',
        kind: 'talk',
        url: '',
        tags: [],
        revision,
        updatedAt: 1_700_000_000_000 + revision,
        ...(options.deleted === undefined ? {} : { deleted: options.deleted }),
      },
      document: { sessionId: id, content, revision, updatedAt: 1_700_000_000_000 + revision },
    },
  };
}

export function templateRecord(id: string, revision = 1): ArchiveRecord {
  return {
    kind: 'template',
    template: { id, name: `Template ${id}`, description: '', content: emptyEditorState(), revision, updatedAt: 1_700_000_000_000 },
  };
}
