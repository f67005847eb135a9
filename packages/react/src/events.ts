import type { EventName } from '@lit/react';

/** A `bdw-*` event name typed with its event, so a wrapper's `onBdw…` prop gets the right `detail`. */
export function bdwEventName<E extends Event>(name: `bdw-${string}`): EventName<E> {
  return name as EventName<E>;
}
