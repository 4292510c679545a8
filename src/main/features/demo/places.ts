import type { Prng } from './prng';

// Where the demo shop and its customers are: Falmouth and the towns a Cornish hardware shop
// delivers to, with their real postcode districts, and a few customers further away. Phone numbers
// come from the ranges Ofcom keeps for drama, and email addresses use reserved example domains
// (RFC 2606), so a reminder sent while trying the demo can never reach a real person.

export const SHOP = {
  businessName: 'Harbour Lane Hardware',
  addressLine1: '14 Harbour Lane',
  addressLine2: 'Custom House Quay',
  postcode: 'TR11 3HX',
  city: 'Falmouth',
  country: 'United Kingdom',
};

interface Town {
  name: string;
  districts: readonly string[];
  /** How many customers come from there: the shop's own town most. */
  weight: number;
  /** Landline: the area's drama range where Ofcom has one, else the national 01632 960 range. */
  phone: string;
}

const LOCAL = '01632 960';

const TOWNS: readonly Town[] = [
  { name: 'Falmouth', districts: ['TR11'], weight: 30, phone: LOCAL },
  { name: 'Penryn', districts: ['TR10'], weight: 10, phone: LOCAL },
  { name: 'Truro', districts: ['TR1', 'TR2', 'TR3', 'TR4'], weight: 14, phone: LOCAL },
  { name: 'Helston', districts: ['TR12', 'TR13'], weight: 7, phone: LOCAL },
  { name: 'Redruth', districts: ['TR15', 'TR16'], weight: 6, phone: LOCAL },
  { name: 'Camborne', districts: ['TR14'], weight: 5, phone: LOCAL },
  { name: 'St Ives', districts: ['TR26'], weight: 3, phone: LOCAL },
  { name: 'Penzance', districts: ['TR18', 'TR20'], weight: 4, phone: LOCAL },
  { name: 'Newquay', districts: ['TR7', 'TR8'], weight: 4, phone: LOCAL },
  { name: 'St Austell', districts: ['PL25', 'PL26'], weight: 4, phone: LOCAL },
  { name: 'St Agnes', districts: ['TR5'], weight: 2, phone: LOCAL },
  { name: 'Hayle', districts: ['TR27'], weight: 2, phone: LOCAL },
  { name: 'Plymouth', districts: ['PL1', 'PL4', 'PL6'], weight: 2, phone: LOCAL },
  { name: 'Exeter', districts: ['EX1', 'EX2', 'EX4'], weight: 1, phone: LOCAL },
  { name: 'Bristol', districts: ['BS1', 'BS6', 'BS8'], weight: 1, phone: '0117 496 0' },
  { name: 'London', districts: ['SE1', 'N7', 'E8', 'SW11'], weight: 1, phone: '020 7946 0' },
  { name: 'Manchester', districts: ['M1', 'M14', 'M20'], weight: 1, phone: '0161 496 0' },
  { name: 'Cardiff', districts: ['CF10', 'CF24'], weight: 1, phone: '029 2018 0' },
];
const TOWN_TABLE = TOWNS.map((t) => [t, t.weight] as const);

/** Villages around Falmouth: a second address line, and the names of parish councils and schools. */
export const VILLAGES = [
  'Mylor Bridge',
  'Flushing',
  'Mawnan Smith',
  'Constantine',
  'Budock Water',
  'Stithians',
  'Perranarworthal',
  'Feock',
  'Devoran',
  'Ponsanooth',
  'Mabe Burnthouse',
  'Gweek',
  'St Keverne',
  'Porthleven',
  'Mullion',
  'St Mawes',
  'Portscatho',
  'Probus',
  'Ladock',
  'Chacewater',
];

const STREETS = [
  'Church Road',
  'Station Road',
  'Fore Street',
  'Killigrew Street',
  'Arwenack Street',
  'Trelowarren Street',
  'Penwerris Lane',
  'Boscawen Road',
  'Tregenver Road',
  'Dracaena Avenue',
  'Melvill Road',
  'Quay Hill',
  'Harbour Terrace',
  'Lemon Street',
  'Trefusis Road',
  'Kimberley Park Road',
  'Bar Road',
  'Woodlane',
  'Western Terrace',
  'Clare Terrace',
  'Trevethan Road',
  'Greenbank',
  'Glasney Road',
  'Commercial Road',
  'Penmere Hill',
  'Old Hill',
  'Chapel Lane',
  'Mill Lane',
];

const ESTATES = [
  'Kernick Industrial Estate',
  'Tresillian Business Park',
  'Ponsharden Business Park',
  'Threemilestone Industrial Estate',
  'Pool Industrial Estate',
  'Newham Industrial Estate',
  'Falmouth Business Park',
];

// Letters Royal Mail uses in the inward part of a postcode.
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export interface Address {
  line1: string;
  line2: string;
  postcode: string;
  city: string;
  country: string;
  phonePrefix: string;
}

export function pickTownName(rng: Prng): string {
  return rng.weighted(TOWN_TABLE).name;
}

/** Firms mostly sit on a trading estate ("Unit 4, Kernick Industrial Estate": a comma in a CSV field). */
export function makeAddress(rng: Prng, firm: boolean): Address {
  const town = rng.weighted(TOWN_TABLE);
  const postcode = `${rng.pick(town.districts)} ${rng.int(1, 9)}${rng.pick([...INWARD_LETTERS])}${rng.pick([...INWARD_LETTERS])}`;
  let line1: string;
  let line2 = '';
  if (firm && rng.chance(0.5)) {
    line1 = `Unit ${rng.int(1, 24)}, ${rng.pick(ESTATES)}`;
  } else {
    line1 = `${rng.int(1, 140)} ${rng.pick(STREETS)}`;
    if (town.weight >= 10 && rng.chance(0.3)) line2 = rng.pick(VILLAGES);
    else if (!firm && rng.chance(0.1)) line2 = `Flat ${rng.int(1, 12)}`;
  }
  return { line1, line2, postcode, city: town.name, country: 'United Kingdom', phonePrefix: town.phone };
}

/** A number from Ofcom's drama ranges: mobiles 07700 900xxx, landlines as the town gives. */
export function makePhone(rng: Prng, landlinePrefix: string): string {
  const tail = String(rng.int(0, 999)).padStart(3, '0');
  return rng.chance(0.55) ? `07700 900${tail}` : `${landlinePrefix}${tail}`;
}

const MAIL_DOMAINS = ['example.com', 'example.net', 'example.org'];

/** firstname.lastname@example.net, from the accent-free letters of the name. */
export function personalEmail(rng: Prng, first: string, last: string): string {
  const clean = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  const local = rng.chance(0.7)
    ? `${clean(first)}.${clean(last)}`
    : `${clean(first)}${clean(last)}${rng.int(1, 99)}`;
  return `${local}@${rng.pick(MAIL_DOMAINS)}`;
}

export function firmEmail(rng: Prng, name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');
  return `${rng.pick(['accounts', 'info', 'office', 'admin'])}@${slug || 'firm'}.example`;
}
