/**
 * Request bodies are read only up to a limit, so an unauthenticated client cannot make the server
 * hold (or parse) a body of any size: a declared `Content-Length` over the limit is refused before
 * anything is read, and a body without one (chunked) is counted while it streams in and dropped as
 * soon as it passes the limit. proxy.ts refuses by `Content-Length` for every route; the readers
 * below count for the routes that read a body.
 */
export const JSON_BODY_LIMIT = 64 * 1024;
/** The picture upload: 5 MB of picture plus room for the multipart framing. */
export const UPLOAD_BODY_LIMIT = 5 * 1024 * 1024 + 64 * 1024;

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is too large (at most ${formatBytes(limit)})`);
    this.name = "BodyTooLargeError";
  }
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** True when the request declares a body longer than `limit` bytes. */
export function declaresMoreThan(headers: Headers, limit: number): boolean {
  const declared = headers.get("content-length");
  return declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit;
}

/** The body's bytes, or BodyTooLargeError once more than `limit` bytes are declared or arrive. */
export async function readBodyLimited(request: Request, limit: number): Promise<Uint8Array> {
  if (declaresMoreThan(request.headers, limit)) throw new BodyTooLargeError(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
