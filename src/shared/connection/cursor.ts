import { BadUserInputError } from '../../errors';

/**
 * A keyset cursor: the sort key names and the values of one row under them, the id last. It is
 * opaque to clients (base64url of JSON) and points at a position in the order, not at an offset,
 * so a page stays stable when nodes are inserted before it.
 */
export interface CursorValue {
  keys: string[];
  values: unknown[];
}

/** Encodes the position of a row under the given sort keys. */
export function encodeCursor(cursor: CursorValue): string {
  return Buffer.from(JSON.stringify([cursor.keys, cursor.values]), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor and checks that it was made under the same sort keys as the current request;
 * anything else is a BAD_USER_INPUT error naming the argument.
 */
export function decodeCursor(cursor: string, keys: string[], argument: string): unknown[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = null;
  }
  if (!Array.isArray(decoded) || decoded.length !== 2 || !Array.isArray(decoded[0]) || !Array.isArray(decoded[1])) {
    throw new BadUserInputError(`"${argument}" is not a cursor returned by this API.`, { argument });
  }
  const [cursorKeys, values] = decoded as [unknown[], unknown[]];
  if (cursorKeys.join(',') !== keys.join(',') || values.length !== keys.length) {
    throw new BadUserInputError(
      `"${argument}" was made for the sort order (${cursorKeys.join(', ')}), not (${keys.join(', ')}); pass the same orderBy as for the page it came from.`,
      { argument },
    );
  }
  return values;
}
