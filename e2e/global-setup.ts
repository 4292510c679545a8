import path from 'node:path';
import { ensureRendererBuilt } from '../src/server/renderer-build';

/** The tests drive the built screens: build them first when missing or older than their sources. */
export default function globalSetup(): void {
  ensureRendererBuilt(path.resolve(import.meta.dirname, '..', 'out', 'renderer'));
}
