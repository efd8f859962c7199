// Subresource Integrity: the value of an `integrity` attribute (or of
// fetch's `integrity` option) for a file's bytes.
import { createHash } from 'node:crypto';

export const sha384 = (body) => `sha384-${createHash('sha384').update(body).digest('base64')}`;
