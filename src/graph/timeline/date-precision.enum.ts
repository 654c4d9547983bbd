import { registerEnumType } from 'type-graphql';

/** How precisely a source gives a date: the length of its ISO string (YYYY, YYYY-MM, YYYY-MM-DD). */
export enum DatePrecision {
  YEAR = 'YEAR',
  MONTH = 'MONTH',
  DAY = 'DAY',
}

registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precisely a date is known.',
  valuesConfig: {
    YEAR: { description: 'Only the year is known ("2017").' },
    MONTH: { description: 'The year and month are known ("2017-03").' },
    DAY: { description: 'The exact day is known ("2017-03-20").' },
  },
});

/** The precision of a partial ISO date; must be YYYY, YYYY-MM or YYYY-MM-DD. */
export function precisionOf(date: string): DatePrecision {
  switch (date.length) {
    case 4: return DatePrecision.YEAR;
    case 7: return DatePrecision.MONTH;
    case 10: return DatePrecision.DAY;
    default: throw new TypeError(`date must be YYYY, YYYY-MM or YYYY-MM-DD, but got: ${date}`);
  }
}

/** First day a partial ISO date can mean ("2017" -> "2017-01-01"). */
export function firstDayOf(date: string): string {
  return date + '-01-01'.slice(date.length - 4);
}

/**
 * A key no day of a partial ISO date sorts after ("2017" -> "2017-12-31", "2017-02" -> "2017-02-31"):
 * an upper bound for string comparison, not always a real day.
 */
export function lastDayOf(date: string): string {
  return date + '-12-31'.slice(date.length - 4);
}
