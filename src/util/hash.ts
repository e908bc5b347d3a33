import { createHash } from 'node:crypto';

/** Hex SHA-256 of a string, cut to `length` characters (default 16: ids that stay readable). */
export function hashId(value: string, length = 16): string {
  return createHash('sha256').update(value).digest('hex').slice(0, length);
}
