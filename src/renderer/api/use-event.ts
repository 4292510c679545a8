import { useEffect, useRef } from 'react';
import { api } from './client';

/** Listens to an event from main (job progress, menu actions) while the component is shown. */
export function useEvent<T>(name: string, handler: (payload: T) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => api.on(name, (payload) => latest.current(payload as T)), [name]);
}
