import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { ensureFreshBuild } from '../../../scripts/ensure-build.ts';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { serveDist } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    wsEndpoint: string;
  }
}

/** Builds once, serves dist/ on loopback and starts one Chromium that every e2e file connects to. */
export default async function setup(project: TestProject) {
  ensureFreshBuild();
  const { url, server } = await serveDist();
  const browserServer = await chromium.launchServer({
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
  });
  project.provide('baseURL', url);
  project.provide('wsEndpoint', browserServer.wsEndpoint());
  return async () => {
    await browserServer.close();
    await new Promise((done) => server.close(done));
  };
}
