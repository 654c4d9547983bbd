import { searchWords } from './search-words';

describe('searchWords', () => {
  it('lower-cases the words and drops the punctuation around them, not inside', () => {
    expect(searchWords('  "Family   Safeguarding" ')).toEqual(['family', 'safeguarding']);
    expect(searchWords('(Scale-Up) AND')).toEqual(['scale-up', 'and']);
  });

  it('returns no words for punctuation alone', () => {
    expect(searchWords('" ( *')).toEqual([]);
  });
});
