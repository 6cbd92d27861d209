import type { Session } from '../model/session';

/** One room's row in "now and next": the talk on now there, and the one after it. */
export interface RoomNowNext {
  room: string;
  now: Session | null;
  next: Session | null;
  /** A starred talk is in this row: the row comes first. */
  starred: boolean;
}

export interface NowNext {
  rows: RoomNowNext[];
  /** The talk the one key starts: the starred one on now, else the earliest on now, else one about to start. */
  current: Session | null;
}

/** A talk this close to its start counts as the one to start: people sit down a few minutes early. */
export const STARTING_SOON_MS = 10 * 60_000;
/** "Next" looks this far ahead: later talks are for the timeline, not the corridor. */
export const NEXT_WINDOW_MS = 12 * 3_600_000;

function isPlanned(session: Session): session is Session & { scheduledStart: number; scheduledEnd: number } {
  return !session.deleted && !session.cancelled && session.scheduledStart !== undefined && session.scheduledEnd !== undefined;
}

/**
 * What is on now and next, room by room, at `now`: the user's picks first
 * (a room with a starred talk now or next), then rooms in the schedule's
 * order. A talk is on from its start until its end; the next one in a room
 * is the first to start after now, within half a day.
 */
export function nowAndNext(sessions: readonly Session[], now: number, roomOrder: readonly string[] = []): NowNext {
  const byRoom = new Map<string, { now: Session | null; next: Session | null }>();
  for (const session of sessions) {
    if (!isPlanned(session)) continue;
    const { scheduledStart: start, scheduledEnd: end } = session;
    const room = session.room;
    let entry = byRoom.get(room);
    if (start <= now && now < end) {
      entry ??= { now: null, next: null };
      // Two talks on at once in a room: the starred one, else the later start (the earlier has overrun).
      const current = entry.now;
      if (!current || (session.starred && !current.starred) || (Boolean(session.starred) === Boolean(current.starred) && start > (current.scheduledStart ?? 0))) entry.now = session;
      byRoom.set(room, entry);
    } else if (start > now && start - now <= NEXT_WINDOW_MS) {
      entry ??= { now: null, next: null };
      const next = entry.next;
      if (!next || start < (next.scheduledStart ?? Infinity) || (start === next.scheduledStart && session.starred && !next.starred)) entry.next = session;
      byRoom.set(room, entry);
    }
  }
  const order = new Map(roomOrder.map((room, index) => [room, index]));
  const rows: RoomNowNext[] = [...byRoom.entries()].map(([room, entry]) => ({ room, ...entry, starred: Boolean(entry.now?.starred || entry.next?.starred) }));
  rows.sort((a, b) => Number(b.starred) - Number(a.starred) || (order.get(a.room) ?? Infinity) - (order.get(b.room) ?? Infinity) || a.room.localeCompare(b.room));

  const onNow = rows.map((row) => row.now).filter((session): session is Session => session !== null);
  const soon = rows
    .map((row) => row.next)
    .filter((session): session is Session => session !== null && (session.scheduledStart ?? Infinity) - now <= STARTING_SOON_MS);
  const pick = (candidates: Session[]) =>
    [...candidates].sort((a, b) => Number(Boolean(b.starred)) - Number(Boolean(a.starred)) || (a.scheduledStart ?? 0) - (b.scheduledStart ?? 0))[0] ?? null;
  return { rows, current: pick(onNow) ?? pick(soon) };
}
