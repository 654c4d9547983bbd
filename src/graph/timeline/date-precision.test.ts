import { DatePrecision, firstDayOf, lastDayOf, precisionOf } from './date-precision.enum';

describe('partial ISO dates', () => {
  it('names the precision of each form and refuses others', () => {
    expect(['2017', '2017-03', '2017-03-20'].map(precisionOf)).toEqual([DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.DAY]);
    expect(() => precisionOf('17')).toThrow('date must be YYYY, YYYY-MM or YYYY-MM-DD, but got: 17');
  });

  it('gives the first and last day a date can mean, as sortable strings', () => {
    expect(['2017', '2017-03', '2017-03-20'].map(firstDayOf)).toEqual(['2017-01-01', '2017-03-01', '2017-03-20']);
    expect(['2017', '2017-03', '2017-03-20'].map(lastDayOf)).toEqual(['2017-12-31', '2017-03-31', '2017-03-20']);
  });
});
