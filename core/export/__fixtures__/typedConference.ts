import { markdownToEditorState } from '../../markdown/convert';
import type { Conference } from '../../model/conference';
import { sessionSchema, type EditorStateJson, type Session, type SessionRecord } from '../../model/session';
import { builtinTemplate } from '../../templates/builtins';
import { instantiateTemplate } from '../../templates/instantiate';
import { walk, type JsonNode } from '../../templates/jsonTree';
import { Typist } from './typist';

/**
 * A conference whose sessions were made from every built-in template and
 * then typed into through the editor, as a person does during talks: some
 * sections filled, some left as the template laid them out, a trailing
 * empty bullet here and there. With them: a session nobody wrote in, notes
 * imported without any times, and a document from before template lines
 * were marked. The golden posts of core/export/typedPosts.test.ts and the
 * site builds of tests/export-sites are made from it.
 */
export const typedConference: Conference = {
  id: 'conf-riverside-2026',
  name: 'Riverside Python 2026',
  location: 'Riverside',
  startDate: '2026-06-10',
  endDate: '2026-06-11',
  timeZone: 'Europe/Berlin',
  url: 'https://example.org/riverside-2026',
  tags: ['python'],
  revision: 1,
  updatedAt: Date.UTC(2026, 5, 1),
};

/** Berlin wall time (CEST, UTC+2) on a day of the conference. */
export function berlin(day: string, time: string): number {
  return Date.parse(`${day}T${time}:00+02:00`);
}

const D1 = '2026-06-10';
const D2 = '2026-06-11';

type SessionFields = Partial<Session> & Pick<Session, 'id' | 'title'>;

function sessionOf(fields: SessionFields): Session {
  return sessionSchema.parse({ conferenceId: typedConference.id, revision: 1, updatedAt: Date.UTC(2026, 5, 1), ...fields });
}

function fromTemplate(session: Session, templateId: string): EditorStateJson {
  const template = builtinTemplate(templateId);
  if (!template) throw new Error(`No template ${templateId}`);
  return instantiateTemplate(template, session, typedConference, session.scheduledStart ?? Date.UTC(2026, 5, 1));
}

function record(session: Session, content: EditorStateJson): SessionRecord {
  return { session, document: { sessionId: session.id, content, revision: 2, updatedAt: session.updatedAt } };
}

/** A document as the app saved it before template lines were marked. */
function withoutMarks(content: EditorStateJson): EditorStateJson {
  const copy = structuredClone(content);
  walk(copy.root as JsonNode, (node) => {
    const state = node['$'] as Record<string, unknown> | undefined;
    if (!state) return;
    delete state['fromTemplate'];
    if (Object.keys(state).length === 0) delete node['$'];
  });
  return copy;
}

function talk(): SessionRecord {
  const session = sessionOf({
    id: 'typed-talk',
    title: "Queues that don't fall over",
    speakers: ['Mira Okafor'],
    room: 'Hall A',
    kind: 'talk',
    templateId: 'builtin-talk',
    url: 'https://example.org/riverside-2026/queues',
    tags: ['queues'],
    scheduledStart: berlin(D1, '09:30'),
    scheduledEnd: berlin(D1, '10:15'),
    actualStart: berlin(D1, '09:32'),
  });
  const typist = new Typist(fromTemplate(session, 'builtin-talk'), berlin(D1, '09:33'));
  typist.after('Key points').type('Backpressure beats bigger queues.\n').wait(4);
  typist.type('Measure the age of the oldest message, not the length of the queue.\n').wait(3);
  typist.type('Retries without jitter come back as a wave\n');
  typist.after('Quotes').type('A queue is a promise you make to the future.').wait(6);
  typist.after('Action items').type('Add queue-age metrics to the ingest service\n');
  return record(session, typist.document());
}

function panel(): SessionRecord {
  const session = sessionOf({
    id: 'typed-panel',
    title: 'Maintaining open source on a budget',
    speakers: ['Ines Duarte', 'Tom Berg', 'Yuki Tanaka'],
    room: 'Hall B',
    kind: 'panel',
    templateId: 'builtin-panel',
    scheduledStart: berlin(D1, '11:00'),
    scheduledEnd: berlin(D1, '11:45'),
  });
  const typist = new Typist(fromTemplate(session, 'builtin-panel'), berlin(D1, '11:04'));
  typist.after('Topics').type('Funding').wait(1);
  typist.after('Funding').type('Most of the money comes from three companies.\n').wait(2);
  typist.type('Foundations help with paperwork, not with reviews.').wait(10);
  typist.after('Takeaways').type('Saying no early is part of the job.');
  return record(session, typist.document());
}

function lunchTalk(): SessionRecord {
  // Planned, opened, never written in: nothing to publish.
  const session = sessionOf({
    id: 'typed-empty',
    title: 'Lunch talk: to be announced',
    room: 'Hall A',
    kind: 'talk',
    templateId: 'builtin-talk',
    scheduledStart: berlin(D1, '12:30'),
    scheduledEnd: berlin(D1, '13:00'),
  });
  return record(session, fromTemplate(session, 'builtin-talk'));
}

function workshop(): SessionRecord {
  const session = sessionOf({
    id: 'typed-workshop',
    title: 'Hands-on property testing',
    speakers: ['Lena Fischer'],
    room: 'Room 3',
    kind: 'workshop',
    templateId: 'builtin-workshop',
    scheduledStart: berlin(D1, '14:00'),
    scheduledEnd: berlin(D1, '15:30'),
    actualStart: berlin(D1, '14:05'),
    actualEnd: berlin(D1, '15:35'),
  });
  const typist = new Typist(fromTemplate(session, 'builtin-workshop'), berlin(D1, '14:06'));
  typist.at('Requirements:').type('Python 3.12 and hypothesis').wait(9);
  typist.after('Steps').type('Write a round-trip property for the parser\n').wait(12);
  typist.type('Shrink a failing case by hand, then let the library do it\n').wait(20);
  typist.at('Problem:').type('the venue Wi-Fi blocked the package index').wait(1);
  typist.at('Fix:').type('a USB stick with wheels went round the room').wait(30);
  typist.after('Action items').type('Try stateful testing on the config loader');
  return record(session, typist.document());
}

function liveBlog(): SessionRecord {
  const session = sessionOf({
    id: 'typed-live',
    title: 'Day one, as it happens',
    kind: 'liveblog',
    templateId: 'builtin-liveblog',
    scheduledStart: berlin(D1, '08:30'),
  });
  const typist = new Typist(fromTemplate(session, 'builtin-liveblog'), berlin(D1, '08:40'));
  typist.after('Entries', { onHeading: true }).type('\nRegistration is quick; the coffee queue is not.').wait(50);
  typist.type('\nThe first keynote room is full, people sit on the stairs.').wait(160);
  typist.type('\nLunch: the hallway track is better than the food.');
  return record(session, typist.document());
}

function lightning(): SessionRecord {
  const session = sessionOf({
    id: 'typed-lightning',
    title: 'Lightning talks',
    room: 'Hall A',
    kind: 'lightning',
    templateId: 'builtin-lightning',
    scheduledStart: berlin(D2, '17:00'),
    actualStart: berlin(D2, '17:02'),
  });
  const typist = new Typist(fromTemplate(session, 'builtin-lightning'), berlin(D2, '17:03'));
  typist.after('Talk 1:', { onHeading: true }).type('Dates are hard').wait(1);
  typist.type('\nWrite times with their offset, always.').wait(4);
  typist.type('\nThe second talk was a live demo of a tiny text editor that worked.');
  return record(session, typist.document());
}

function readingGroup(): SessionRecord {
  const session = sessionOf({
    id: 'typed-reading',
    title: 'Reading group: the Raft paper',
    speakers: ['Anna', 'Ben'],
    room: 'Cafe',
    kind: 'reading-group',
    templateId: 'builtin-reading-group',
    scheduledStart: berlin(D2, '12:30'),
  });
  const typist = new Typist(fromTemplate(session, 'builtin-reading-group'), berlin(D2, '12:35'));
  typist.after('What we discussed').type('Raft').wait(1);
  typist.at('Link:').type(' https://raft.github.io').wait(2);
  typist.at('What it is:').type(' consensus you can explain on a whiteboard').wait(5);
  typist.after('Opinions').type('Leader election is the easy part; log compaction is not.');
  return record(session, typist.document());
}

function hallway(): SessionRecord {
  const session = sessionOf({
    id: 'typed-hallway',
    title: 'Coffee with the packaging folks',
    speakers: ['Priya Raman'],
    kind: 'hallway',
    templateId: 'builtin-hallway',
    scheduledStart: berlin(D2, '10:30'),
  });
  const typist = new Typist(fromTemplate(session, 'builtin-hallway'), berlin(D2, '10:32'));
  typist.after('Topics').type('Lock files that every installer reads the same way').wait(6);
  typist.after('Follow-ups').type('Send Priya the resolver bug report');
  return record(session, typist.document());
}

function proposal(): SessionRecord {
  const session = sessionOf({
    id: 'typed-proposal',
    title: 'Proposal: notes that publish themselves',
    kind: 'proposal',
    templateId: 'builtin-cfp',
    scheduledStart: berlin(D2, '09:00'),
  });
  const typist = new Typist(fromTemplate(session, 'builtin-cfp'), berlin(D2, '09:05'));
  typist.after('Description', { onHeading: true }).type('\nConference notes rarely become posts. This talk shows what it takes to publish them as they are.').wait(3);
  typist.at('(4 min)').type('notes are full of half-filled sections').wait(1);
  return record(session, typist.document());
}

function imported(): SessionRecord {
  // Notes imported from a markdown file that had no times at all, and no schedule.
  const session = sessionOf({ id: 'typed-imported', title: 'Packaging BoF', kind: 'meetup', room: 'Room 2' });
  const content = markdownToEditorState(
    [
      'We compared how three installers resolve the same requirements.',
      '- the lock file formats differ in how they pin hashes',
      '- nobody agrees on where build settings belong',
      ['| installer | lock file | speed |', '| --- | --- | --- |', '| pip | none by default | steady |', '| uv | uv.lock | fast \\| very |'].join('\n'),
      'The table was on the last slide.',
    ].join('\n\n'),
  );
  return record(session, content);
}

function oldDocument(): SessionRecord {
  // Written before template lines were marked: the export finds the template's lines by matching them.
  const session = sessionOf({
    id: 'typed-old',
    title: 'Typing the untyped',
    speakers: ['Jon Park'],
    room: 'Hall B',
    kind: 'talk',
    templateId: 'builtin-talk',
    scheduledStart: berlin(D2, '11:00'),
    actualStart: berlin(D2, '11:01'),
  });
  const typist = new Typist(withoutMarks(fromTemplate(session, 'builtin-talk')), berlin(D2, '11:02'));
  typist.after('Key points').type('Start with the modules everyone imports.\n').wait(5);
  typist.type('A type checker in CI finds what review misses.\n');
  typist.after('Questions').type('How long did the migration take? A year, part time.');
  return record(session, typist.document());
}

/** Every session of the typed conference, as the archive holds them. */
export function typedSessions(): SessionRecord[] {
  return [talk(), panel(), lunchTalk(), workshop(), liveBlog(), lightning(), readingGroup(), hallway(), proposal(), imported(), oldDocument()];
}
