import { createHash } from 'node:crypto';

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

export const sha256Base64 = (data: string | Buffer): string => createHash('sha256').update(data).digest('base64');
