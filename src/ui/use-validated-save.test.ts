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
});
