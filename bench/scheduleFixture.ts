// A generated conference schedule for benchmarks: `talks` talks over `days`
// days and `rooms` rooms, 45-minute slots from 09:00 in Europe/Berlin, in
// the three shapes Plenary reads (pretalx/frab JSON, frab XML, iCalendar).

export interface GeneratedTalk {
  guid: string;
  day: string;
  start: string;
  duration: string;
  iso: string;
  room: string;
  title: string;
  abstract: string;
  speakers: string[];
}

const words = ['caching', 'queues', 'typing', 'latency', 'search', 'sync', 'offline', 'schedulers', 'parsers', 'editors', 'archives', 'kernels'];

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function generateTalks(talks: number, days = 5, rooms = 20, firstDay = '2026-06-08'): GeneratedTalk[] {
  const out: GeneratedTalk[] = [];
  const perDay = Math.ceil(talks / days);
  for (let index = 0; index < talks; index++) {
    const dayIndex = Math.floor(index / perDay);
    const inDay = index % perDay;
    const slot = Math.floor(inDay / rooms);
    const room = inDay % rooms;
    const date = new Date(Date.parse(`${firstDay}T00:00:00Z`) + dayIndex * 86_400_000).toISOString().slice(0, 10);
    const minutes = 9 * 60 + slot * 50;
    const start = `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
    out.push({
      guid: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      day: date,
      start,
      duration: '00:45',
      iso: `${date}T${start}:00+02:00`,
      room: `Room ${room + 1}`,
      title: `${words[index % words.length]} and ${words[(index * 7) % words.length]}, part ${index}`,
      abstract: `What we learnt about ${words[index % words.length]} in production. `.repeat(4),
      speakers: [`Speaker ${index % 300}`, ...(index % 3 === 0 ? [`Speaker ${(index + 1) % 300}`] : [])],
    });
  }
  return out;
}

export function frabJson(talks: readonly GeneratedTalk[]): string {
  const days = [...new Set(talks.map((talk) => talk.day))];
  const rooms = [...new Set(talks.map((talk) => talk.room))];
  return JSON.stringify({
    schedule: {
      version: '1',
      conference: {
        acronym: 'benchcon',
        title: 'BenchCon',
        start: days[0],
        end: days[days.length - 1],
        time_zone_name: 'Europe/Berlin',
        rooms: rooms.map((name) => ({ name })),
        days: days.map((date, index) => ({
          index: index + 1,
          date,
          day_start: `${date}T04:00:00+02:00`,
          day_end: `${date}T03:59:00+02:00`,
          rooms: Object.fromEntries(
            rooms.map((room) => [
              room,
              talks
                .filter((talk) => talk.day === date && talk.room === room)
                .map((talk) => ({ guid: talk.guid, date: talk.iso, start: talk.start, duration: talk.duration, room, title: talk.title, track: 'Main', type: 'Talk', abstract: talk.abstract, persons: talk.speakers.map((name) => ({ public_name: name })), url: '' })),
            ]),
          ),
        })),
      },
    },
  });
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function frabXml(talks: readonly GeneratedTalk[]): string {
  const days = [...new Set(talks.map((talk) => talk.day))];
  const rooms = [...new Set(talks.map((talk) => talk.room))];
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<schedule>', '<conference><title>BenchCon</title><time_zone_name>Europe/Berlin</time_zone_name></conference>'];
  days.forEach((date, index) => {
    lines.push(`<day index="${index + 1}" date="${date}" start="${date}T04:00:00+02:00">`);
    for (const room of rooms) {
      lines.push(`<room name="${room}">`);
      for (const talk of talks.filter((candidate) => candidate.day === date && candidate.room === room)) {
        lines.push(`<event guid="${talk.guid}"><date>${talk.iso}</date><start>${talk.start}</start><duration>${talk.duration}</duration><room>${room}</room><title>${escapeXml(talk.title)}</title><type>lecture</type><abstract>${escapeXml(talk.abstract)}</abstract><persons>${talk.speakers.map((name) => `<person>${name}</person>`).join('')}</persons></event>`);
      }
      lines.push('</room>');
    }
    lines.push('</day>');
  });
  lines.push('</schedule>');
  return lines.join('\n');
}

export function ics(talks: readonly GeneratedTalk[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:bench', 'X-WR-CALNAME:BenchCon', 'X-WR-TIMEZONE:Europe/Berlin'];
  for (const talk of talks) {
    const start = `${talk.day.replace(/-/g, '')}T${talk.start.replace(':', '')}00`;
    const endMinutes = Number(talk.start.slice(0, 2)) * 60 + Number(talk.start.slice(3)) + 45;
    const end = `${talk.day.replace(/-/g, '')}T${pad(Math.floor(endMinutes / 60))}${pad(endMinutes % 60)}00`;
    lines.push('BEGIN:VEVENT', `UID:${talk.guid}`, `DTSTART;TZID=Europe/Berlin:${start}`, `DTEND;TZID=Europe/Berlin:${end}`, `SUMMARY:${talk.title.replace(/,/g, '\\,')}`, `LOCATION:${talk.room}`, `DESCRIPTION:${talk.abstract.replace(/,/g, '\\,')}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n');
}
