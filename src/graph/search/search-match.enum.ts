import { registerEnumType } from 'type-graphql';

/** How a search hit matches the text, best first; hits are ranked by this before their score. */
export enum SearchMatch {
  EXACT = 'EXACT',
  PHRASE = 'PHRASE',
  ALL_WORDS = 'ALL_WORDS',
  ANY_WORD = 'ANY_WORD',
}

registerEnumType(SearchMatch, {
  name: 'SearchMatch',
  description: 'How a search hit matches the text (case-insensitive), from best to weakest.',
  valuesConfig: {
    EXACT: { description: 'Its name (or title, or statement) is the text.' },
    PHRASE: { description: 'It contains the words of the text together, in order.' },
    ALL_WORDS: { description: 'It contains every word of the text, not together.' },
    ANY_WORD: { description: 'It contains some of the words of the text.' },
  },
});
