import type { CustomerDto } from '../../../shared/contract/customers';
import { nameKey } from '../customers/customer-names';
import {
  ANIMALS,
  BUSINESS_PATTERNS,
  COUNCIL_PATTERNS,
  FIRST_NAMES,
  PERSONAL_PATTERNS,
  type SpecialCustomer,
  SURNAMES,
  TRADE_PATTERNS,
} from './name-pools';
import { firmEmail, makeAddress, makePhone, personalEmail, pickTownName, VILLAGES } from './places';
import type { Prng } from './prng';
import type { Segment } from './shop-profile';

/** Who a customer is, as the customers table holds it. */
export type CustomerIdentity = Pick<
  CustomerDto,
  | 'name'
  | 'contactName'
  | 'email'
  | 'phone'
  | 'addressLine1'
  | 'addressLine2'
  | 'postcode'
  | 'city'
  | 'country'
>;

const PATTERNS: Record<Exclude<Segment, 'personal'>, readonly string[]> = {
  trade: TRADE_PATTERNS,
  business: BUSINESS_PATTERNS,
  council: COUNCIL_PATTERNS,
};

const PERSONAL_TABLE = PERSONAL_PATTERNS.map(([p, w]) => [p as string, w] as const);

function fill(pattern: string, rng: Prng, first: string, surname: string): string {
  return pattern
    .replace('{F2}', rng.pick(FIRST_NAMES))
    .replace('{F}', first)
    .replace('{S2}', rng.pick(SURNAMES))
    .replace('{S}', surname)
    .replace('{T}', pickTownName(rng))
    .replace('{V}', rng.pick(VILLAGES))
    .replace('{A2}', rng.pick(ANIMALS))
    .replace('{A}', rng.pick(ANIMALS));
}

/**
 * Customer names are unique by their matching key (as an import would match them), so a demo never
 * shows two "Penrose Builders". Small pools (councils) fall back to a person trading in their own
 * name rather than looping.
 */
export class IdentityMaker {
  private readonly taken = new Set<string>();

  constructor(private readonly rng: Prng) {}

  reserve(name: string): void {
    this.taken.add(nameKey(name));
  }

  special(s: SpecialCustomer): CustomerIdentity {
    const rng = this.rng;
    this.reserve(s.name);
    const local = makeAddress(rng, s.segment !== 'personal');
    const address = s.address ?? local;
    return {
      name: s.name,
      contactName: s.contactName,
      email: s.email,
      phone: makePhone(rng, local.phonePrefix),
      addressLine1: address.line1,
      addressLine2: address.line2,
      postcode: address.postcode,
      city: address.city,
      country: address.country,
    };
  }

  make(segment: Segment): CustomerIdentity {
    const rng = this.rng;
    let first = '';
    let surname = '';
    let name = '';
    let personal = segment === 'personal';
    for (let attempt = 0; ; attempt++) {
      if (attempt === 30) personal = true;
      first = rng.pick(FIRST_NAMES);
      surname = rng.pick(SURNAMES);
      const pattern = personal
        ? rng.weighted(PERSONAL_TABLE)
        : rng.pick(PATTERNS[segment as Exclude<Segment, 'personal'>]);
      name = fill(pattern, rng, first, surname);
      if (!this.taken.has(nameKey(name))) break;
    }
    this.reserve(name);
    const firm = !personal;
    const address = makeAddress(rng, firm);
    // The person to ask for at a firm; a householder is their own contact.
    const contactName = firm
      ? segment === 'council' && rng.chance(0.5)
        ? rng.pick(['Finance Office', 'Accounts Payable', 'The Clerk'])
        : `${first} ${name.includes(surname) ? surname : rng.pick(SURNAMES)}`
      : '';
    // A few customers give no email: letters and the phone only.
    const noEmail = rng.chance(personal ? 0.12 : 0.04);
    const email = noEmail ? '' : firm ? firmEmail(rng, name) : personalEmail(rng, first, surname);
    return {
      name,
      contactName,
      email,
      phone: makePhone(rng, address.phonePrefix),
      addressLine1: address.line1,
      addressLine2: address.line2,
      postcode: address.postcode,
      city: address.city,
      country: address.country,
    };
  }
}
