import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Runs axe on the page; throws listing every serious or critical violation. */
export async function assertAccessible(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length > 0)
    throw new Error(
      `${where}: ${serious.length} serious accessibility problems:\n${serious
        .map(
          (v) => `  ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        )
        .join('\n')}`,
    );
}
