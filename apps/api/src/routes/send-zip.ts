import type { FastifyReply } from 'fastify';

/** Answers a zip as a download; the file name is ASCII by construction (slugified), so no RFC 5987 encoding is needed. */
export function sendZip(reply: FastifyReply, fileName: string, bytes: Uint8Array) {
  return reply
    .header('content-type', 'application/zip')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
