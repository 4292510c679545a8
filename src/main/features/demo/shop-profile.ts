// The shape of the demo shop in numbers, in one place, so that tuning how the shop looks (how many
// customers pay late, how big a trade invoice is) never means reading the generator. All amounts in
// pence.

export type DemoSize = 'small' | 'large';

export interface SizeSpec {
  customers: number;
  /** Aimed for: the count comes out within a few percent, the same for the same seed. */
  invoices: number;
  years: number;
  /** Customers already buying when the history starts; the rest join over the years. */
  foundingShare: number;
  /** Of the customers who may leave, how many stop buying before today. */
  leavingShare: number;
  /** Customers whose first invoice is in the last two months. */
  newCustomers: number;
  /** Customers who pay one recent invoice twice or round up, leaving credit on account. */
  overpayers: number;
}

export const SIZES: Record<DemoSize, SizeSpec> = {
  small: {
    customers: 60,
    invoices: 1_500,
    years: 2,
    foundingShare: 0.7,
    leavingShare: 0.1,
    newCustomers: 4,
    overpayers: 2,
  },
  large: {
    customers: 5_000,
    invoices: 200_000,
    years: 10,
    foundingShare: 0.3,
    leavingShare: 0.5,
    newCustomers: 90,
    overpayers: 40,
  },
};

export type Segment = 'trade' | 'business' | 'personal' | 'council';

export type PaymentMethod = 'bank transfer' | 'card' | 'cash' | 'cheque';

export interface SegmentSpec {
  share: number;
  /** Relative invoice rate: a builder buys every week, a householder a few times a year. */
  weight: number;
  /** Median invoice total, before the customer's own size and inflation. */
  median: number;
  sigma: number;
  tag: string;
  tagChance: number;
  /** Payment terms in days; null: the business default (30). */
  terms: readonly (readonly [number | null, number])[];
  creditLimits: readonly (readonly [number | null, number])[];
  methods: readonly (readonly [PaymentMethod, number])[];
  /** Pays by one transfer per statement run, naming no invoice. */
  statementChance: number;
}

export const SEGMENTS: Record<Segment, SegmentSpec> = {
  trade: {
    share: 0.32,
    weight: 4,
    median: 26_000,
    sigma: 0.85,
    tag: 'trade',
    tagChance: 0.9,
    terms: [
      [30, 70],
      [null, 12],
      [60, 8],
      [14, 10],
    ],
    creditLimits: [
      [null, 35],
      [100_000, 15],
      [250_000, 25],
      [500_000, 17],
      [1_000_000, 8],
    ],
    methods: [
      ['bank transfer', 75],
      ['cheque', 13],
      ['card', 12],
    ],
    statementChance: 0.2,
  },
  business: {
    share: 0.17,
    weight: 1.6,
    median: 11_000,
    sigma: 0.8,
    tag: 'account',
    tagChance: 0.35,
    terms: [
      [30, 65],
      [null, 15],
      [14, 15],
      [7, 5],
    ],
    creditLimits: [
      [null, 60],
      [50_000, 20],
      [150_000, 20],
    ],
    methods: [
      ['bank transfer', 70],
      ['card', 15],
      ['cheque', 15],
    ],
    statementChance: 0.15,
  },
  personal: {
    share: 0.47,
    weight: 0.7,
    median: 4_200,
    sigma: 0.75,
    tag: 'retail',
    tagChance: 0.55,
    terms: [
      [30, 45],
      [null, 20],
      [14, 25],
      [7, 10],
    ],
    creditLimits: [
      [null, 80],
      [25_000, 12],
      [50_000, 8],
    ],
    methods: [
      ['card', 45],
      ['bank transfer', 30],
      ['cash', 15],
      ['cheque', 10],
    ],
    statementChance: 0,
  },
  council: {
    share: 0.04,
    weight: 2,
    median: 45_000,
    sigma: 0.7,
    tag: 'council',
    tagChance: 1,
    terms: [
      [30, 60],
      [60, 40],
    ],
    creditLimits: [[null, 1]],
    methods: [['bank transfer', 1]],
    statementChance: 0.3,
  },
};

export const INVOICE_MIN = 1_250;
export const INVOICE_MAX = 480_000;
/** Prices rise about 3% a year, so ten-year-old invoices are a little smaller. */
export const INFLATION = 0.03;
export const DEFAULT_TERMS = 30;

/**
 * How a customer pays. The payment-behaviour classes Duly shows (reliable payer, occasionally late,
 * chronically late, getting worse, new customer) must be detectable in the demo, and a few bad
 * payers give the ledger its 90+ tail.
 */
export type Behaviour = 'prompt' | 'occasional' | 'chronic' | 'worsening' | 'bad' | 'new';

/** Shares of the customers who are not new; prompt payers take whatever is left. */
export const BEHAVIOUR_SHARES: readonly (readonly [Exclude<Behaviour, 'prompt' | 'new'>, number])[] = [
  ['occasional', 0.2],
  ['chronic', 0.08],
  ['worsening', 0.05],
  ['bad', 0.04],
];

/** Late payers are mostly firms: a householder who pays late is usually just occasional. */
export const SEGMENT_BY_BEHAVIOUR: Partial<Record<Behaviour, readonly (readonly [Segment, number])[]>> = {
  chronic: [
    ['trade', 55],
    ['business', 25],
    ['council', 8],
    ['personal', 12],
  ],
  worsening: [
    ['trade', 60],
    ['business', 30],
    ['personal', 10],
  ],
  bad: [
    ['trade', 55],
    ['business', 25],
    ['personal', 20],
  ],
};

export const CREDIT_NOTE_REASONS = [
  'Damaged goods returned',
  'Wrong item supplied',
  'Goods returned unused',
  'Pricing error',
  'Short delivery',
  'Faulty item returned',
  'Discount agreed after invoicing',
  'Delivery charge refunded',
] as const;

export const FULL_CREDIT_REASONS = ['Order cancelled', 'Duplicate invoice', 'Goods returned unused'] as const;

export const WRITE_OFF_REASON = 'Bad debt written off';
