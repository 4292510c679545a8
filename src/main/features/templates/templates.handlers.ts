import type { Handlers } from '../../rpc/dispatch';
import { listTemplates, previewTemplate, resetTemplate, saveTemplate } from './templates.service';

export const templatesHandlers = {
  'templates.list': (ctx) => listTemplates(ctx),
  'templates.save': (ctx, input) => saveTemplate(ctx, input),
  'templates.reset': (ctx, input) => resetTemplate(ctx, input.key),
  'templates.preview': (ctx, input) => previewTemplate(ctx, input),
} satisfies Partial<Handlers>;
