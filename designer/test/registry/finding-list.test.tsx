import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegistryDiagnostic } from '@syncraft/runtime/protocol';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FindingList } from '../../src/registry/FindingList';

const spec: unknown = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../templates/field-service.json'), 'utf8'),
);

const findings: RegistryDiagnostic[] = [
  {
    code: 'SPEC013',
    severity: 'error',
    pointer: '/entities/1/sync/priority',
    message: 'Entity “Job” › sync › priority is “urgent”, which is not allowed here.',
    hint: 'Use one of: “critical”, “high”, “normal”, “low”.',
  },
];

/** What a person reads: the markup's text, without tags and attributes. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the publish dialog’s findings', () => {
  it('name the kind of problem and the place in words, keeping the pointer for tools', () => {
    const html = renderToStaticMarkup(<FindingList findings={findings} spec={spec} />);
    const text = textOf(html);
    expect(text).toContain('Value not allowed');
    expect(text).toContain('entity “Job” › sync › priority');
    expect(text).not.toContain('/entities/1');
    expect(text.indexOf('Value not allowed')).toBeLessThan(text.indexOf('SPEC013'));
    expect(html).toContain('data-pointer="/entities/1/sync/priority"');
  });
});
