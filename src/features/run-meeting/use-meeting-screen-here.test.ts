import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installFakeWebLocks } from '../../testing/fake-web-locks';
import { useMeetingScreenHere } from './use-meeting-screen-here';

let locks: ReturnType<typeof installFakeWebLocks>;
beforeEach(() => {
  locks = installFakeWebLocks();
});
afterEach(() => locks.uninstall());

const settle = () => act(async () => undefined);

describe('useMeetingScreenHere', () => {
  it('runs a meeting in the first tab only, and hands it over when that tab closes', async () => {
    const first = renderHook(() => useMeetingScreenHere('m-1'));
    await settle();
    const second = renderHook(() => useMeetingScreenHere('m-1'));
    await settle();
    expect(first.result.current).toBe('here');
    expect(second.result.current).toBe('elsewhere');

    first.unmount();
    await settle();
    expect(second.result.current).toBe('here');
  });

  it('lets different meetings run side by side', async () => {
    const first = renderHook(() => useMeetingScreenHere('m-1'));
    const other = renderHook(() => useMeetingScreenHere('m-2'));
    await settle();
    expect(first.result.current).toBe('here');
    expect(other.result.current).toBe('here');
  });
});
