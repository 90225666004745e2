import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';

test('closing the static server ends a connection a browser opened ahead of its next request, rather than waiting for it', async () => {
  const site = mkdtempSync(join(tmpdir(), 'static-server-'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>t</title>');
  const server = await serveStatic(site);
  // Chromium opens connections before it has a request to send (preconnect). Node does not count
  // such a connection as idle, and server.close() alone waits for it: up to its 300 s request
  // timeout, which is how a test of the built site hung for 5 minutes.
  const { hostname, port } = new URL(server.url);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  // Without ending the connection, close() does not return and Vitest's time limit ends the test.
  await server.close();
  await ended;
  expect(socket.destroyed).toBe(true);
});
