import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSchedule } from './readSchedule';

const FIXTURES = fileURLToPath(new URL('../../../core/schedule/fixtures', import.meta.url));

let dir: string;
let cert: Buffer;
let server: https.Server;
let base: string;

/** Serves the fixtures over real https on loopback, with a certificate made for the test. */
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'plenary-schedule-read-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
  cert = await readFile(path.join(dir, 'cert.pem'));
  const json = await readFile(path.join(FIXTURES, 'pretalx-schedule.json'));
  server = https.createServer({ key: await readFile(path.join(dir, 'key.pem')), cert }, (request, response) => {
    if (request.url === '/schedule.json') return response.end(json);
    if (request.url === '/moved') return response.writeHead(302, { location: '/schedule.json' }).end();
    if (request.url === '/to-http') return response.writeHead(302, { location: 'http://127.0.0.1/schedule.json' }).end();
    if (request.url === '/huge') {
      response.writeHead(200);
      const chunk = Buffer.alloc(64 * 1024, 32);
      let sent = 0;
      const push = () => {
        while (sent < 200 && response.write(chunk)) sent++;
        if (sent < 200) response.once('drain', push);
        else response.end();
      };
      return push();
    }
    if (request.url === '/slow') return void response.writeHead(200).write('{');
    response.writeHead(404, 'Not Found').end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('reading a schedule', () => {
  it('downloads an https schedule when asked, following a redirect', async () => {
    const schedule = await readSchedule({ url: `${base}/moved` }, {}, { ca: cert });
    expect(schedule.conference.name).toBe('DemoCon 2026');
    expect(schedule.source).toBe('schedule.json');
    expect(schedule.talks).toHaveLength(6);
  });

  it('refuses plain http, a redirect to it, and a server it cannot trust', async () => {
    await expect(readSchedule({ url: 'http://127.0.0.1/schedule.json' })).rejects.toThrow('is not an https address. Plenary downloads schedules only over https');
    await expect(readSchedule({ url: `${base}/to-http` }, {}, { ca: cert })).rejects.toThrow('http://127.0.0.1/schedule.json is not an https address');
    await expect(readSchedule({ url: `${base}/schedule.json` })).rejects.toThrow('could not be reached: its certificate is not trusted');
    await expect(readSchedule({ url: 'not an address' })).rejects.toThrow('is not a web address');
  });

  it('stops a download over the size cap or past the timeout, and says a missing page is not a schedule', async () => {
    await expect(readSchedule({ url: `${base}/huge` }, {}, { ca: cert, maxBytes: 1024 * 1024 })).rejects.toThrow('is larger than 1 MB');
    await expect(readSchedule({ url: `${base}/slow` }, {}, { ca: cert, timeoutMs: 300 })).rejects.toThrow('did not send the schedule within 300 ms');
    await expect(readSchedule({ url: `${base}/missing.json` }, {}, { ca: cert })).rejects.toThrow('answered 404 Not Found, not a schedule');
  });

  it('reads a file, and names a file that is missing, binary or not a schedule', async () => {
    const schedule = await readSchedule({ path: path.join(FIXTURES, 'frab-schedule.xml') });
    expect(schedule.conference.name).toBe('Spring Camp 2026');
    await expect(readSchedule({ path: path.join(dir, 'nope.ics') })).rejects.toThrow('nope.ics cannot be imported: the file does not exist.');
    await writeFile(path.join(dir, 'slides.pdf'), Buffer.from('%PDF-1.4\u0000\u0001'));
    await expect(readSchedule({ path: path.join(dir, 'slides.pdf') })).rejects.toThrow('slides.pdf is not a text file, so it is not a schedule.');
    await expect(readSchedule({ name: 'notes.md', text: '# Keynote\n\nfast' })).rejects.toMatchObject({ code: 'schedule-invalid' });
  });
});
