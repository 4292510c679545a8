import type { z } from 'zod';

/** One channel of the contract: its input schema (validated in main) and its output type. */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** Phantom: carries the output type only. */
  output: O;
}

/** `channel<Output>()(inputSchema)`: the output type is named, the input type is inferred. */
export const channel =
  <O>() =>
  <I extends z.ZodType>(input: I): ChannelDef<I, O> => ({ input, output: undefined as O });
