import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { eventually } from './eventually';

/** One device in a scenario, with the steps a person takes on it. */
export class Phone {
  constructor(
    readonly name: string,
    readonly context: BrowserContext,
    readonly page: Page,
    readonly errors: string[],
  ) {}

  async signIn(url: string, token: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByTestId('token').fill(token);
    await this.page.getByTestId('sign-in').click();
    await this.page.getByTestId('sync-status').waitFor();
    // The service worker must control the app before the network goes, or a reload finds nothing.
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  }

  async offline(offline: boolean): Promise<void> {
    await this.context.setOffline(offline);
  }

  /** Waits until the device says everything is synced (nothing pending, online, no push in flight). */
  async synced(timeout = 30_000): Promise<void> {
    await this.page.locator('[data-testid="sync-status"][data-state="synced"]').waitFor({ timeout });
  }

  async tab(name: 'jobs' | 'conflicts' | 'problems' | 'device'): Promise<void> {
    await this.page.getByTestId(`tab-${name}`).click();
  }

  async openJob(id: string): Promise<void> {
    await this.tab('jobs');
    await this.page.locator(`[data-testid="job-row"][data-job="${id}"] button`).click();
    await this.page.locator(`[data-testid="job-detail"][data-job="${id}"]`).waitFor();
  }

  async setStatus(status: string): Promise<void> {
    await this.page.getByTestId('status').selectOption(status);
    // The select shows the stored value: it reads `status` once the write reached IndexedDB.
    await eventually(async () => assert.equal(await this.page.getByTestId('status').inputValue(), status));
  }

  async saveNotes(text: string): Promise<void> {
    await this.page.getByTestId('notes').fill(text);
    await this.page.getByTestId('save-notes').click();
    await this.page.locator('[data-testid="save-notes"]:disabled').waitFor();
  }

  async addPart(name: string): Promise<void> {
    await this.page.getByTestId('part-input').fill(name);
    await this.page.getByTestId('add-part').click();
    await this.page.locator('[data-testid="part"]', { hasText: name }).waitFor();
  }

  async addTime(times: number): Promise<void> {
    for (let i = 0; i < times; i++) {
      const before = Number(await this.page.getByTestId('minutes').textContent());
      await this.page.getByTestId('add-time').click();
      await this.page.locator('[data-testid="minutes"]', { hasText: String(before + 15) }).waitFor();
    }
  }

  /** What the open job shows. */
  async jobShown(): Promise<{ status: string; notes: string; minutes: number; parts: string[] }> {
    return {
      status: await this.page.getByTestId('status').inputValue(),
      notes: await this.page.getByTestId('notes').inputValue(),
      minutes: Number(await this.page.getByTestId('minutes').textContent()),
      parts: (await this.page.getByTestId('part').allTextContents()).sort(),
    };
  }

  async pending(): Promise<number> {
    const count = this.page.getByTestId('pending-count');
    return (await count.count()) === 0 ? 0 : Number(await count.getAttribute('data-pending'));
  }
}
