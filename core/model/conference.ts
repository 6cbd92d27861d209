import { z } from 'zod';
import { revisionFields } from './revision';
import { isValidTimeZone } from '../time/zones';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-24.');

export const conferenceSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().trim().min(1, 'Give the conference a name.').max(200),
    location: z.string().max(200).default(''),
    startDate: isoDate,
    endDate: isoDate,
    timeZone: z.string().refine(isValidTimeZone, 'Use an IANA time zone such as Europe/Berlin.'),
    url: z.string().max(2000).default(''),
    tags: z.array(z.string().max(100)).max(100).default([]),
    /** The rooms and tracks of the conference's imported schedule, in its order. */
    rooms: z.array(z.string().max(200)).max(500).optional(),
    tracks: z.array(z.string().max(200)).max(500).optional(),
    /** Template chosen for new sessions in this conference, if any. */
    defaultTemplateId: z.string().max(64).optional(),
    ...revisionFields,
  })
  .refine((c) => c.endDate >= c.startDate, { message: 'The end date is before the start date.', path: ['endDate'] });

export type Conference = z.infer<typeof conferenceSchema>;
