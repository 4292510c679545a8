import type { Handlers } from '../../rpc/dispatch';
import { calibrationPageFile } from './calibration.pdf';
import { clearLogo, getLogo, setLogo } from './logo.service';
import { getSettings, updateSettings } from './settings.service';

export const settingsHandlers = {
  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': (ctx, input) => updateSettings(ctx, input),
  'settings.logo': (ctx) => getLogo(ctx),
  'settings.logoSet': (ctx, input) => setLogo(ctx, input),
  'settings.logoClear': (ctx) => clearLogo(ctx),
  'settings.calibrationPage': (ctx, input) => calibrationPageFile(ctx, input),
} satisfies Partial<Handlers>;
