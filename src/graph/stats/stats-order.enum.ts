import { registerEnumType } from 'type-graphql';

/** How the buckets of a statistic are ordered; each value maps to one allow-listed ORDER BY. */
export enum StatsOrder {
  KEY_ASC = 'KEY_ASC',
  LABEL_ASC = 'LABEL_ASC',
  COUNT_DESC = 'COUNT_DESC',
  COUNT_ASC = 'COUNT_ASC',
  SUM_DESC = 'SUM_DESC',
}

registerEnumType(StatsOrder, {
  name: 'StatsOrder',
  description: 'Order of the buckets of a statistic (ties are broken by key).',
  valuesConfig: {
    KEY_ASC: { description: 'By key, ascending.' },
    LABEL_ASC: { description: 'By label, ascending.' },
    COUNT_DESC: { description: 'Largest count first.' },
    COUNT_ASC: { description: 'Smallest count first.' },
    SUM_DESC: { description: 'Largest grantGbpSum first; buckets without a sum last.' },
  },
});
