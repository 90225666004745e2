/**
 * Where the system Chromium is, and the flags it needs on these machines: Playwright cannot
 * download its own browser here, and without the background-networking flags Chromium
 * tries to reach Google's servers through a closed network.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
