/** What an editor is told when a list, a text or a number is out of its bounds (zod's own issues, in Chinese). */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { validate } from '../../src/schemas/errors.ts';

const errorsOf = (schema: z.ZodType, data: unknown) => {
  const r = validate(schema, data);
  return r.ok ? [] : r.errors;
};

describe('bounds', () => {
  it('counts a list in 项 and a text in 字, and compares a number by value', () => {
    expect(errorsOf(z.object({ steps: z.array(z.string()).min(2) }), { steps: ['a'] })).toEqual(['steps：至少 2 项']);
    expect(errorsOf(z.object({ steps: z.array(z.string()).max(1) }), { steps: ['a', 'b'] })).toEqual(['steps：最多 1 项']);
    expect(errorsOf(z.object({ title: z.string().min(2) }), { title: '案' })).toEqual(['title：至少 2 个字']);
    expect(errorsOf(z.object({ title: z.string().max(3) }), { title: '调解协议书' })).toEqual(['title：最多 3 个字']);
    expect(errorsOf(z.object({ count: z.number().min(1) }), { count: 0 })).toEqual(['count：不能小于 1']);
    expect(errorsOf(z.object({ count: z.number().max(28) }), { count: 31 })).toEqual(['count：不能大于 28']);
  });
});
