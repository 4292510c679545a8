// Names for the demo shop's customers: a Cornish hardware shop's account customers are local
// trades, holiday businesses, schools and councils, and householders, with the mix of names a real
// British customer list has, accents and other alphabets included, so every screen and export meets
// them from the first run.

// Comma-separated text rather than array literals: the formatter would put each name on a line.
const list = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export const FIRST_NAMES = list(`
  Amelia, Oliver, Jack, Emily, Harry, Sophie, George, Olivia, Charlie, Isla, Thomas, Grace, James,
  Lily, William, Chloe, Daniel, Ella, Samuel, Jessica, Joseph, Lucy, Matthew, Hannah, Benjamin,
  Megan, Ryan, Rebecca, Luke, Charlotte, Adam, Holly, Nathan, Katie, Liam, Laura, Ben, Sarah, Tom,
  Emma, Mark, Helen, Paul, Claire, Steve, Karen, Gary, Julie, Dave, Nicola, Ian, Tracey, Kevin,
  Joanne, Martin, Alison, Simon, Rachel, Andrew, Louise, Peter, Susan, Colin, Margaret, Keith, Jean,
  Derek, Pauline, Nigel, Gillian, Trevor, Wendy, Jago, Morwenna, Piran, Tamsin, Kerensa, Demelza,
  Loveday, Tristan, Rhys, Cerys, Dafydd, Siân, Bethan, Owain, Eilidh, Callum, Fraser, Iona, Seán,
  Siobhán, Aoife, Niamh, Ciarán, Zoë, Chloë, Renée, José, Noémie, Anaïs, Priya, Aarav, Fatima, Imran,
  Yusuf, Aisha, Mohammed, Zainab, Harjit, Gurpreet, Chen, Mei, Kwame, Ama, Tunde, Ngozi, Marek,
  Agnieszka, Tomasz, Katarzyna, Andrei, Ioana, Luca, Giulia, João, Inês, Björn, Freya, Astrid,
  Jürgen
`);

export const SURNAMES = list(`
  Penrose, Polglase, Trelawny, Tregenza, Pascoe, Rowe, Hocking, Nance, Jory, Kitto, Chegwidden,
  Angove, Roskilly, Curnow, Pengelly, Tonkin, Trewin, Carne, Opie, Tremayne, Rodda, Trebilcock,
  Penhaligon, Treloar, Bolitho, Trethewey, Williams, Smith, Jones, Taylor, Brown, Davies, Evans,
  Wilson, Thomas, Johnson, Roberts, Walker, Wright, Robinson, Thompson, White, Hughes, Edwards,
  Green, Hall, Wood, Harris, Lewis, Martin, Jackson, Clarke, Turner, Hill, Scott, Cooper, Morris,
  Ward, Moore, King, Watson, Baker, Harrison, Morgan, Patel, Young, Allen, Mitchell, James, Anderson,
  Phillips, Bell, Parker, Khan, Singh, Begum, Ali, Kaur, O'Connor, McDonald, MacLeod, Murphy, Kelly,
  Campbell, Stewart, Fraser, Price, Griffiths, Lloyd, Owen, Rees, Jenkins, Bennett, Cox, Shaw, Ellis,
  Marshall, Chapman, Mason, Carter, Webb, Gray, Fox, Hunt, Knight, Palmer, Stevens, Pearce, Bailey,
  Barnes, Holmes, Dixon, Richards, Hart, Fisher, Russell, Powell, Atkinson, Mills, Kennedy, Dunn,
  Spencer, Kowalski, Wiśniewski, Nguyen, Chen, Wong, Ahmed, Hussain, Okafor, Mensah, Adeyemi, Silva,
  Santos, Costa, Rossi, Ferreira, O'Brien, Ó Súilleabháin, Lefèvre, Jönsson, Ní Bhriain, Dąbrowski,
  Gonçalves
`);

export const TRADE_PATTERNS = list(`
  {S} Builders, {S} & Sons, {S} Plumbing & Heating, {T} Electrical Services, {S} Joinery,
  {F} {S} Roofing, {S} Landscapes, {S} Decorators, {S} Property Maintenance,
  {S} Building Services Ltd, {T} Carpentry, {S} Brothers Construction, {S} Tiling,
  {T} Handyman Services, {S} Glazing, {S} & {S2} Builders, {S} Kitchens & Bathrooms,
  {F} {S} Electrical, {S} Groundworks Ltd, {T} Gas & Heating, {S} Fencing, {S} Stonemasons,
  {S} Marine Engineering, {S} Scaffolding Ltd
`);

export const BUSINESS_PATTERNS = list(`
  The {T} Café, {T} Holiday Lets, {S}'s Bakery, {T} Guest House, {T} Sailing Club, {T} Garden Centre,
  The {A} Inn, {T} Surf School, {S} Estate Agents, {T} Boatyard, {S} Veterinary Practice,
  {T} Dental Practice, {T} Community Church, {S} Farm, {T} Caravan Park, The {A} & {A2},
  {S} Lettings Ltd, {T} Golf Club, {S} Fish Merchants, {T} Art Gallery
`);

export const COUNCIL_PATTERNS = list(`
  {T} Town Council, {V} Parish Council, {V} Primary School, {T} Academy, {T} Community College,
  {T} Housing Association, {T} Harbour Commissioners, {V} Village Hall Trust, {T} Scout Group
`);

export const PERSONAL_PATTERNS = [
  ['{F} {S}', 80],
  ['Mr & Mrs {S}', 8],
  ['Dr {F} {S}', 4],
  ['{F} and {F2} {S}', 8],
] as const;

export const ANIMALS = ['Anchor', 'Crab', 'Gull', 'Pilchard', 'Lugger', 'Mermaid', 'Ship', 'Smugglers'];

/**
 * Named customers that every demo shop has: accents, other alphabets, and a comma and quotes in
 * names, so that matching, sorting, search and CSV round trips meet them in every demo.
 */
export interface SpecialCustomer {
  name: string;
  segment: 'trade' | 'business' | 'personal';
  contactName: string;
  email: string;
  /** When absent: a local address like everyone else's. */
  address?: { line1: string; line2: string; postcode: string; city: string; country: string };
}

export const SPECIAL_CUSTOMERS: readonly SpecialCustomer[] = [
  {
    name: 'Café Müller',
    segment: 'business',
    contactName: 'Jürgen Müller',
    email: 'konto@cafe-mueller.example',
  },
  { name: 'Łukasz Nowak', segment: 'trade', contactName: 'Łukasz Nowak', email: 'lukasz.nowak@example.net' },
  {
    name: 'Ørsted Bikes',
    segment: 'business',
    contactName: 'Mette Ørsted',
    email: 'regnskab@orsted-bikes.example',
    address: {
      line1: 'Vesterbrogade 41',
      line2: '',
      postcode: '1620',
      city: 'København V',
      country: 'Denmark',
    },
  },
  {
    name: "Zoë O'Brien & Sons",
    segment: 'trade',
    contactName: "Zoë O'Brien",
    email: 'zoe@obrien-sons.example',
  },
  {
    name: 'Σοφία Παπαδοπούλου',
    segment: 'personal',
    contactName: '',
    email: 'sofia.papadopoulou@example.org',
  },
  { name: 'Ярослав Ковальчук', segment: 'trade', contactName: 'Ярослав Ковальчук', email: '' },
  {
    name: 'Smith, Jones & Partners',
    segment: 'business',
    contactName: 'Anne Smith',
    email: 'accounts@sjp.example',
  },
  {
    name: 'The "Old Forge" Tea Rooms',
    segment: 'business',
    contactName: 'Beryl Rowe',
    email: 'oldforge@example.com',
  },
  { name: 'Nguyễn Thị Lan', segment: 'personal', contactName: '', email: 'lan.nguyen@example.com' },
  {
    name: 'Siobhán Ní Bhriain',
    segment: 'personal',
    contactName: '',
    email: 'siobhan.nibhriain@example.net',
  },
];
