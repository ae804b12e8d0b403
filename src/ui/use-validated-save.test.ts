import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { useValidatedSave } from './use-validated-save';

const schema = z.object({ name: z.string().trim().min(1, 'validation.required') });

describe('useValidatedSave', () => {
  it('refuses invalid input with field messages and never calls the store', async () => {
    const store = vi.fn();
    const { result } = renderHook(() => useValidatedSave());
    let saved: unknown = 'unset';
    await act(async () => {
      saved = await result.current.save(schema, { name: '  ' }, store);
    });
    expect(saved).toBeUndefined();
    expect(store).not.toHaveBeenCalled();
    expect(result.current.errors.name?.key).toBe('validation.required');
  });

  it('stores the parsed value and returns what the store returned', async () => {
    const { result } = renderHook(() => useValidatedSave());
    let saved: unknown;
    await act(async () => {
      saved = await result.current.save(schema, { name: ' Anna ' }, async (valid) => ({ ...valid, id: 1 }));
    });
    expect(saved).toEqual({ name: 'Anna', id: 1 });
    expect(result.current.failed).toBe(false);
  });

  it('shows a store refusal at its field, and any other failure as "could not save"', async () => {
    const { result } = renderHook(() => useValidatedSave());
    const refusal = Object.assign(new Error('invalid'), {
      issues: [{ code: 'custom', path: ['name'], message: 'validation.invalid', input: '' }],
    });
    await act(async () => {
      await result.current.save(schema, { name: 'Bo' }, () => Promise.reject(refusal));
    });
    expect(result.current.errors.name?.key).toBe('validation.invalid');
    await act(async () => {
      await result.current.save(schema, { name: 'Bo' }, () => Promise.reject(new Error('quota')));
    });
    expect(result.current.failed).toBe(true);
    expect(result.current.saving).toBe(false);
  });

  it("takes a form's own check, whose fields are the form's, not the record's", async () => {
    const store = vi.fn();
    const { result } = renderHook(() => useValidatedSave());
    const check = (form: { date: string }) =>
      form.date
        ? { ok: true as const, value: { startsAt: `${form.date}T10:00` } }
        : {
            ok: false as const,
            errors: { date: { field: 'date', key: 'validation.invalidDate' as const, values: {} } },
          };
    await act(async () => {
      await result.current.save(check, { date: '' }, store);
    });
    expect(store).not.toHaveBeenCalled();
    expect(result.current.errors.date?.key).toBe('validation.invalidDate');
    await act(async () => {
      await result.current.save(check, { date: '2025-03-04' }, store);
    });
    expect(store).toHaveBeenCalledWith({ startsAt: '2025-03-04T10:00' });
  });

  it('says "could not save" when the store refuses a field the form does not show', async () => {
    const { result } = renderHook(() => useValidatedSave());
    const refusal = Object.assign(new Error('invalid'), {
      issues: [{ code: 'custom', path: ['endsAt'], message: 'validation.endBeforeStart', input: '' }],
    });
    await act(async () => {
      await result.current.save(schema, { name: 'Bo' }, () => Promise.reject(refusal), { fields: ['name'] });
    });
    expect(result.current.errors).toEqual({});
    expect(result.current.failed).toBe(true);
  });
});
