import type { Handlers } from '../../rpc/dispatch';
import { getSettings, updateSettings } from './settings.service';

export const settingsHandlers = {
  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': (ctx, input) => updateSettings(ctx, input),
} satisfies Partial<Handlers>;
