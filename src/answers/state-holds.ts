import holds from '../../data/state-holds.json' with { type: 'json' };

/** One state's emergency psychiatric hold facts, as verified (or not) in data/state-holds.json. */
export interface StateHold {
  status: 'verified' | 'partial' | 'unknown';
  common_name: string | null;
  citation: string | null;
  officer_may_initiate: string | null;
  initial_hold: string | null;
  forms: string | null;
  source: string | null;
  verified_on: string | null;
}

const table = holds.states as Record<string, Omit<StateHold, 'status'> & { status: string }>;

/** The hold facts for a state; a state with no row is `unknown` with every fact null. */
export function stateHoldOf(state: string): StateHold {
  const row = table[state];
  if (!row) {
    return {
      status: 'unknown',
      common_name: null,
      citation: null,
      officer_may_initiate: null,
      initial_hold: null,
      forms: null,
      source: null,
      verified_on: null,
    };
  }
  return { ...row, status: row.status === 'verified' ? 'verified' : 'partial' };
}

export const STATE_NAMES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'the District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  PR: 'Puerto Rico',
  GU: 'Guam',
  VI: 'the U.S. Virgin Islands',
  AS: 'American Samoa',
  MP: 'the Northern Mariana Islands',
};
