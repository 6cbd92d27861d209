import https from 'node:https';
import { UserFacingError } from '../../../core/ipc/result';

/** A schedule larger than this is not a schedule (the largest published ones are a few MB). */
export const MAX_SCHEDULE_BYTES = 20 * 1024 * 1024;
/** The whole download, redirects included, must finish within this. */
export const SCHEDULE_FETCH_TIMEOUT_MS = 15_000;
const MAX_REDIRECTS = 3;

export interface FetchOptions {
  maxBytes?: number;
  timeoutMs?: number;
  /** Certificates to trust besides the system's (tests serve a schedule on loopback with their own). */
  ca?: string | Buffer;
}

/** The URL as https, or a message that says why it is refused. Only https: a schedule read over plain http could be changed on the way. */
export function checkScheduleUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new UserFacingError('schedule-url', `“${text}” is not a web address. Paste the schedule's address, starting with https://.`);
  }
  if (url.protocol !== 'https:') {
    throw new UserFacingError('schedule-url', `${url.href} is not an https address. Plenary downloads schedules only over https; use the https:// address of the schedule.`);
  }
  if (url.username || url.password) throw new UserFacingError('schedule-url', 'Plenary does not send passwords in a schedule address; use the public address of the schedule.');
  return url;
}

/** The file name a URL's schedule is known by in messages ("schedule.json", else the host). */
export function nameOfUrl(url: URL): string {
  const last = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '');
  return last || url.host;
}

/**
 * Downloads a schedule, only when the user asks for it: https only, at most
 * `maxBytes`, within `timeoutMs` for the whole of it, following at most
 * three redirects (each again https). Nothing else in the app reaches the
 * network.
 */
export function fetchSchedule(address: string, options: FetchOptions = {}): Promise<{ name: string; bytes: Buffer }> {
  const maxBytes = options.maxBytes ?? MAX_SCHEDULE_BYTES;
  const timeoutMs = options.timeoutMs ?? SCHEDULE_FETCH_TIMEOUT_MS;
  const first = checkScheduleUrl(address);
  return new Promise((resolve, reject) => {
    let settled = false;
    let request: ReturnType<typeof https.get> | null = null;
    const finish = (error: Error | null, value?: { name: string; bytes: Buffer }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request?.destroy();
      if (error) reject(error);
      else resolve(value as { name: string; bytes: Buffer });
    };
    const timer = setTimeout(() => {
      finish(new UserFacingError('schedule-timeout', `${first.host} did not send the schedule within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} seconds`}. Try again, or download the file and import it.`));
    }, timeoutMs);

    const get = (url: URL, redirects: number) => {
      request = https.get(url, { headers: { accept: 'application/json, application/xml, text/calendar, */*;q=0.5', 'user-agent': 'Plenary schedule import' }, ...(options.ca ? { ca: options.ca } : {}) }, (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume();
          if (redirects >= MAX_REDIRECTS) return finish(new UserFacingError('schedule-fetch', `${first.href} redirects too often; open it in a browser and use the address it ends at.`));
          let next: URL;
          try {
            next = checkScheduleUrl(new URL(response.headers.location, url).href);
          } catch (error) {
            return finish(error as Error);
          }
          return get(next, redirects + 1);
        }
        if (status !== 200) {
          response.resume();
          return finish(new UserFacingError('schedule-fetch', `${url.href} answered ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}, not a schedule. Check the address.`));
        }
        const declared = Number(response.headers['content-length'] ?? 0);
        const tooLarge = () => new UserFacingError('schedule-too-large', `${url.href} is larger than ${maxBytes / 1024 / 1024} MB; that is not a schedule Plenary imports.`);
        if (declared > maxBytes) return finish(tooLarge());
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) finish(tooLarge());
          else chunks.push(chunk);
        });
        response.on('end', () => finish(null, { name: nameOfUrl(url), bytes: Buffer.concat(chunks) }));
        response.on('error', (error) => finish(new UserFacingError('schedule-fetch', `The download of ${url.href} broke off (${error.message}). Try again.`)));
      });
      request.on('error', (error: NodeJS.ErrnoException) => {
        const reason = error.code === 'ENOTFOUND' ? 'the address was not found' : error.code === 'ECONNREFUSED' ? 'the server refused the connection' : /certificate|self.signed/i.test(error.message) ? 'its certificate is not trusted' : error.message;
        finish(new UserFacingError('schedule-fetch', `${url.host} could not be reached: ${reason}. Check the address, or download the file and import it.`));
      });
    };
    get(first, 0);
  });
}
