import { describe, expect, it } from 'vitest';
import { conferenceSchema } from '../../../core/model/conference';
import { formError } from './formError';

function problem(input: unknown): string {
  const result = conferenceSchema.safeParse(input);
  if (result.success) throw new Error('expected a problem');
  return formError(result.error);
}

const valid = { id: 'c1', name: 'PyCon', startDate: '2026-05-13', endDate: '2026-05-14', timeZone: 'America/New_York', revision: 1, updatedAt: 0 };

describe('form errors in plain words', () => {
  it('says which field is too long and what the limit is', () => {
    expect(problem({ ...valid, name: 'x'.repeat(201) })).toBe('The name is too long: keep it to 200 characters.');
  });

  it("keeps the model's own sentences", () => {
    expect(problem({ ...valid, name: '  ' })).toBe('Give the conference a name.');
  });
});
