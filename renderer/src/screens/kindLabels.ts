import type { SessionKind } from '../../../core/model/session';

export const kindLabels: Record<SessionKind, string> = {
  talk: 'Talk',
  panel: 'Panel',
  lightning: 'Lightning talks',
  workshop: 'Workshop / tutorial',
  meetup: 'Meetup',
  'reading-group': 'Reading group',
  hallway: 'Hallway conversation',
  liveblog: 'Live blog',
  proposal: 'Talk proposal',
};
