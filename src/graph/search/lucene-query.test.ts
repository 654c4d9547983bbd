import { toLuceneQuery } from './lucene-query';

describe('toLuceneQuery', () => {
  it('keeps plain words as they are', () => {
    expect(toLuceneQuery('  family   safeguarding ')).toBe('family safeguarding');
  });

  it('escapes every special character of the classic query syntax', () => {
    expect(toLuceneQuery('"no wrong door"')).toBe('\\"no wrong door\\"');
    expect(toLuceneQuery('a+b-c&&d||e!f(g)h{i}j[k]l^m~n*o?p:q\\r/s')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\~n\\*o\\?p\\:q\\\\r\\/s',
    );
  });

  it('lower-cases operator words so they are searched for, not obeyed', () => {
    expect(toLuceneQuery('cats AND ( dogs OR NOT mice')).toBe('cats and \\( dogs or not mice');
  });

  it('returns an empty string for blank text', () => {
    expect(toLuceneQuery(' \t\n')).toBe('');
  });
});
