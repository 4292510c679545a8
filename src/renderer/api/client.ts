import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import type { ErrorCode, ErrorData, Problem } from '../../shared/errors';
import { pickTransport, type Transport } from './transport';

/** A failed call: carries the ErrorData main sent, so a form can put the message next to its field. */
export class DulyRequestError extends Error {
  /** Exactly what main sent. */
  readonly data: ErrorData;
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly problems: Problem[];
  readonly channel: Channel;

  constructor(channel: Channel, data: ErrorData) {
    super(data.message);
    this.name = 'DulyRequestError';
    this.channel = channel;
    this.data = data;
    this.code = data.code;
    this.field = data.field;
    this.problems = data.problems ?? [];
  }
}

/** What to tell the owner about a failed call: main's message (written for people), or that main
 * could not be reached at all. */
export function problemMessage(error: unknown): string {
  return error instanceof DulyRequestError
    ? error.message
    : 'Duly could not reach its books. Please try again.';
}

export interface Client {
  readonly transport: Transport['kind'];
  /** Calls a channel of the contract: the input and output types follow the channel's name. */
  invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  on(event: string, callback: (payload: unknown) => void): () => void;
}

export function createClient(transport: Transport): Client {
  return {
    transport: transport.kind,
    async invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
      const result = await transport.invoke(channel, input);
      if (!result.ok) throw new DulyRequestError(channel, result.error);
      return result.data as OutputOf<C>;
    },
    on: (event, callback) => transport.on(event, callback),
  };
}

/** The one client the screens use. */
export const api: Client = createClient(pickTransport());

export const invoke: Client['invoke'] = (channel, input) => api.invoke(channel, input);
